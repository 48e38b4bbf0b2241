// "Prime Minister Tuilaepa, who told the press ...", "business leaders who say the law ...": the
// relative pronoun's antecedent speaks. A restrictive relative (no comma) ends at the next comma:
// "Among those who said they cared most about honesty, most backed Sanders."
import { Construction, CueContext } from './context';
import { npLeft } from '../chunks';
import { contentAfter } from '../content';

export const relativeWho: Construction = {
  name: 'relative who',
  apply(ctx: CueContext): boolean {
    const { t, cue, lo, hi, k } = ctx;
    if (!(k > lo && t.low[k] === 'who')) return false;
    const restrictive = t.val[k - 1] !== ',';
    const e = restrictive ? k : k - 1;
    let a = npLeft(t, e, lo);
    // "a backlash from business leaders who say": the antecedent is the last noun phrase.
    if (restrictive) for (let i = e - 1; i > a && a >= 0; i--) if (t.pos[i] === 'ADP') {
      a = i + 1;
      break;
    }
    if (a >= 0) cue.source = ctx.source(a, e);
    // "those who said", "anyone who says": the people meant, as written.
    else if (restrictive && /^(those|anyone|everyone|people|many|some|others)$/.test(t.low[k - 1])) {
      cue.source = { speaker: t.val[k - 1], cluster: -1, anonymous: true, ts: k - 1, te: k, person: false };
    }
    if (!cue.source) return true;
    if (!restrictive) {
      contentAfter(t, cue, hi, ctx.clauseEnd, ctx.inQuote, ctx.pairs);
      return true;
    }
    contentAfter(t, cue, hi, ctx.commaEnd, ctx.inQuote, ctx.pairs);
    return true;
  },
};
