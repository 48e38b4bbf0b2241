// "Prime Minister Tuilaepa, who told the press ...": the relative pronoun's antecedent speaks.
import { Construction, CueContext } from './context';
import { npLeft } from '../chunks';
import { contentAfter } from '../content';

export const relativeWho: Construction = {
  name: 'relative who',
  apply(ctx: CueContext): boolean {
    const { t, cue, lo, hi, k } = ctx;
    if (!(k > lo + 1 && t.low[k] === 'who' && t.val[k - 1] === ',')) return false;
    const a = npLeft(t, k - 1, lo);
    if (a >= 0) cue.source = ctx.source(a, k - 1);
    if (cue.source) contentAfter(t, cue, hi, ctx.clauseEnd, ctx.inQuote, ctx.pairs);
    return true;
  },
};
