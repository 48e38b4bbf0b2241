// The source after its verb: '"...," said X' and 'CONTENT, said X', hopping over a place or an
// organisation to the named person ('said University of California, San Diego's chancellor,
// Pradeep Khosla').
import { Construction, CueContext } from './context';
import { OPEN_MARKS, finiteClause, isCloseMark, npRight, participle } from '../chunks';
import { alsoReport, setContent } from '../content';
import { startsUpper } from '../letters';
import { LABEL_PARTICIPLES, LISTENER_ONLY, RELATIVE_WORDS } from '../lexicon';

/** 'Remarked city planner Ann Hale, "..."', 'Added Tom Reed: "..."': the verb opens the sentence,
 * its source follows, and the quotation after the comma or colon is what they said. */
function verbFirst(ctx: CueContext): boolean {
  const { t, cue, hi } = ctx;
  if (!/ed$/.test(t.low[cue.ts]) && t.low[cue.ts] !== 'said' && t.low[cue.ts] !== 'wrote') return false;
  const e = npRight(t, cue.te, hi);
  if (e < 0 || e + 1 >= hi || !(t.val[e] === ',' || t.val[e] === ':') || !OPEN_MARKS.has(t.val[e + 1])) return false;
  cue.source = ctx.source(cue.te, e);
  return !!cue.source;
}

/** A capitalised name from `a` up to a comma: "the Morning Gull,". */
function namedBetweenCommas(t: CueContext['t'], a: number, hi: number): boolean {
  const e = npRight(t, a, hi);
  if (e <= a || e >= hi || t.val[e] !== ',') return false;
  for (let i = a; i < e; i++) if (t.pos[i] === 'PROPN' || startsUpper(t.val[i])) return true;
  return false;
}

export const inverted: Construction = {
  name: 'source after the verb',
  apply(ctx: CueContext): boolean {
    const { t, cue, lo, hi, k, names } = ctx;
    const leftTok = k >= lo ? t.val[k] : '';
    if (k < lo && !participle(t, cue.ts, lo)) return verbFirst(ctx);
    if (!(leftTok === ',' || isCloseMark(leftTok)) || participle(t, cue.ts, lo) || cue.te >= hi || LISTENER_ONLY.has(cue.base)) return false;
    // "The sloop, called the Morning Gull, was towed": a name given to the noun before the comma
    // (not "denied the allegations, labeled them as disinformation").
    if (leftTok === ',' && LABEL_PARTICIPLES.has(t.low[cue.ts]) && (t.pos[k - 1] === 'NOUN' || t.pos[k - 1] === 'PROPN') && namedBetweenCommas(t, cue.te, hi)) return true;
    let e = npRight(t, cue.te, hi);
    let from = cue.te;
    const hasPerson = (a: number, b: number): boolean => {
      for (let i = a; i < b; i++) if (names.clusterAt[i] >= 0 && names.clusters[names.clusterAt[i]].kind === 'person') return true;
      return false;
    };
    let hopEnd = e;
    for (let hop = 0; hop < 3 && e > 0 && !hasPerson(from, e) && hopEnd < hi && t.val[hopEnd] === ','; hop++) {
      const e2 = npRight(t, hopEnd + 1, hi);
      if (e2 < 0) break;
      const hopFrom = hopEnd + 1;
      hopEnd = e2;
      if (hasPerson(hopFrom, hopEnd)) {
        from = hopFrom;
        e = hopEnd;
      }
    }
    if (e <= 0) return false;
    // "X, citing costs, said the council could not pay": a noun phrase with a verb after it is the
    // subject of what was said, not a source after the verb.
    if (from === cue.te && e < hi && (t.pos[e] === 'AUX' || (t.pos[e] === 'VERB' && !t.low[e].endsWith('ing'))) && finiteClause(t, cue.te, hi, ctx.inQuote)) return false;
    cue.source = ctx.source(from, e);
    if (!cue.source) return true;
    setContent(t, cue, lo, t.val[k] === ',' ? k : k + 1, false, ctx.inQuote, ctx.cues);
    // "Because only Congress may allocate funds, reads the motion, the declaration is void":
    // the attribution interrupts the sentence, and the clause after it is reported too.
    if (cue.content && e + 1 < hi && t.val[e] === ',' && !RELATIVE_WORDS.has(t.low[e + 1]) && finiteClause(t, e + 1, hi, ctx.inQuote)) {
      alsoReport(cue, () => setContent(t, cue, e + 1, ctx.clauseEnd(e + 1), false, ctx.inQuote, ctx.cues));
    }
    return true;
  },
};
