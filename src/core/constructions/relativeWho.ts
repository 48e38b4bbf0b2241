// "Prime Minister Tuilaepa, who told the press ...", "business leaders who say the law ...": the
// relative pronoun's antecedent speaks. A restrictive relative (no comma) ends at the next comma:
// "Among those who said they cared most about honesty, most backed Sanders."
import { Construction, CueContext } from './context';
import { npLeft } from '../chunks';
import { contentAfter } from '../content';
import { RELATIVE_WORDS, SUBORDINATORS } from '../lexicon';

/** A comma within a few words of `from`: a phrase set off on both sides (", drafted in May,"). */
function closesSoon(t: CueContext['t'], from: number, end: number): boolean {
  for (let k = from; k < end && k < from + 5; k++) if (t.val[k] === ',') return true;
  return false;
}

/** "X, who said last year that he would never vote for it, voted for it": the relative clause, and
 * what it reports, end at the comma before the main clause's verb. A relative inside the content
 * ("who said the bridge, which was built in 1921, would close, left") is stepped over. */
function mainPredicate(t: CueContext['t'], from: number, end: number): number {
  // The last such comma: "who says the budget, drafted in May, is balanced, will vote" (a participle
  // and its preposition set off by commas describe; "would, if approved, raise" is one verb interrupted).
  let last = end;
  for (let j = from + 1; j + 1 < end; j++) {
    if (t.val[j] !== ',') continue;
    // A relative inside the content ("the bridge, which was built in 1921, would close") ends
    // at its own comma, and the verb after that comma is the content's, not the main one.
    if (RELATIVE_WORDS.has(t.low[j + 1])) {
      let m = j + 2;
      while (m < end && t.val[m] !== ',') m++;
      if (m >= end) return last;
      j = m;
      continue;
    }
    const next = t.pos[j + 1];
    const describing = next === 'VERB' && /(?:ed|en)$/.test(t.low[j + 1]) && t.pos[j + 2] === 'ADP' && closesSoon(t, j + 3, end);
    const interrupted = t.pos[j - 1] === 'AUX' || SUBORDINATORS.has(t.low[j - 1]) || (j >= 2 && SUBORDINATORS.has(t.low[j - 2]));
    if ((next === 'AUX' || (next === 'VERB' && !t.low[j + 1].endsWith('ing'))) && !describing && !interrupted) last = j;
  }
  return last;
}

export const relativeWho: Construction = {
  name: 'relative who',
  apply(ctx: CueContext): boolean {
    const { t, cue, lo, hi, k } = ctx;
    // ("The Dunmore Post, which argued that ...": an outlet or an organisation is a "which".)
    const which = k > lo + 1 && t.low[k] === 'which' && t.val[k - 1] === ',';
    if (!(k > lo && (t.low[k] === 'who' || which))) return false;
    const restrictive = t.val[k - 1] !== ',';
    const e = restrictive ? k : k - 1;
    let a = npLeft(t, e, lo);
    // "a backlash from business leaders who say": the antecedent is the last noun phrase.
    if (restrictive) for (let i = e - 1; i > a && a >= 0; i--) if (t.pos[i] === 'ADP') {
      a = i + 1;
      break;
    }
    if (a >= 0) cue.source = ctx.source(a, e);
    // ("the plan, which said nothing about rents": only a source that can speak.)
    if (which && (!cue.source || cue.source.person)) {
      cue.source = null;
      return true;
    }
    // "those who said", "anyone who says": the people meant, as written.
    else if (restrictive && /^(those|anyone|everyone|people|many|some|others)$/.test(t.low[k - 1])) {
      cue.source = { speaker: t.val[k - 1], cluster: -1, anonymous: true, ts: k - 1, te: k, person: false };
    }
    if (!cue.source) return true;
    if (!restrictive) {
      const end = (from: number): number => mainPredicate(t, from, ctx.clauseEnd(from));
      contentAfter(t, cue, hi, end, ctx.inQuote, ctx.pairs);
      return true;
    }
    contentAfter(t, cue, hi, ctx.commaEnd, ctx.inQuote, ctx.pairs);
    return true;
  },
};
