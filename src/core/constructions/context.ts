// What every construction handler reads: the cue in its sentence, the clause it sits in, the
// sentence's other cues, names and pronoun state; and the one rule for where reported content
// ends.
import { Tokens } from '../nlp';
import { Sentence } from '../sentences';
import { QuotePair } from '../quoteMarks';
import { Names } from '../names';
import { Source, Resolver, sourceOf } from '../sources';
import { Cue, clauseStarter, takesClauseAt } from '../cues';
import { finiteClause, finiteVerbIn, isCloseMark, npLeft, npRight, skipBack, subjectAfterObject } from '../chunks';
import { FOCUS_ADVERBS, SUBORDINATORS } from '../lexicon';
import { startsUpper } from '../letters';

export interface CueContext {
  t: Tokens;
  text: string;
  s: Sentence;
  cue: Cue;
  /** Every cue of the sentence, in order. */
  cues: Cue[];
  names: Names;
  r: Resolver;
  /** The source of an earlier cue in this sentence, which later verbs may share. */
  subject: Source | null;
  inQuote: Int32Array;
  pairs: QuotePair[];
  /** The clause the cue is in: after the last semicolon before it, to the sentence end. */
  lo: number;
  hi: number;
  /** Where the cue's own clause ends: the next semicolon after it, or `hi`. */
  semi: number;
  /** The last word before the cue, past adverbs and auxiliaries ("he also has said"). */
  k: number;
  /** Where content starting at `from` ends: the next semicolon or the next cue's own clause. */
  clauseEnd: (from: number) => number;
  /** The same, but no further than the next comma outside a quotation (a relative clause's end). */
  commaEnd: (from: number) => number;
  /** Who the tokens [a, e) name, or null. */
  source: (a: number, e: number) => Source | null;
}

/** A construction: claims the cue (returns true) when its shape matches, setting the cue's
 * source and content; the first handler in the list that claims a cue decides it. */
export interface Construction {
  name: string;
  apply(ctx: CueContext): boolean;
}

/** The comma after `from` that a finite clause follows (outside quotations), or -1. */
function mainClauseAfter(t: Tokens, from: number, hi: number, inQuote: Int32Array): number {
  for (let i = from; i + 1 < hi; i++) if (t.val[i] === ',' && inQuote[i] < 0 && (finiteClause(t, i + 1, hi, inQuote) || placedSubjectClause(t, i + 1, hi))) return i;
  return -1;
}

/** "shares in the largest utilities fell": a subject with a phrase of place or kind, then its verb. */
function placedSubjectClause(t: Tokens, a: number, hi: number): boolean {
  const np = npRight(t, a, hi);
  return np > a + 2 && np < hi && (t.pos[np] === 'AUX' || (t.pos[np] === 'VERB' && !t.low[np].endsWith('ing')));
}

/** Words an opener before a subordinate clause may have ("First,", "On Monday,", "In 2019,"). */
const MAX_OPENER = 4;

/** Where the story starts after a dateline ("HARBURY, Velland (Reuters) - ", "LONDON — "): a
 * place in capitals, maybe a region and an agency, then a dash set off by spaces; else `lo`. */
function afterDateline(t: Tokens, lo: number, hi: number): number {
  if (!/^[A-Z][A-Z.'’-]+$/.test(t.val[lo])) return lo;
  for (let i = lo + 1; i < hi && i < lo + 12; i++) {
    const v = t.val[i];
    // ("NATO - which has 32 members - said": a story after a dateline opens with a capital.)
    if (/^[-–—]$/.test(v)) return t.start[i] > t.end[i - 1] && i + 1 < hi && t.start[i + 1] > t.end[i] && startsUpper(t.val[i + 1]) ? i + 1 : lo;
    if (!(v === ',' || v === '(' || v === ')' || startsUpper(v))) return lo;
  }
  return lo;
}

/** The two commas of an appositive that ends right before the cue ("the minister, Siobhan
 * Tarrant, announced"): a short phrase with no verb after a noun; else [-1, -1]. */
function appositiveBefore(t: Tokens, lo: number, cueAt: number, inQuote: Int32Array): [number, number] {
  const close = skipBack(t, cueAt - 1, lo);
  if (close <= lo || t.val[close] !== ',' || inQuote[close] >= 0) return [-1, -1];
  for (let i = close - 1; i > lo && close - i <= 8; i--) {
    if (t.pos[i] === 'VERB' || t.pos[i] === 'AUX') break;
    if (t.val[i] === ',') return i - 1 >= lo && (t.pos[i - 1] === 'NOUN' || t.pos[i - 1] === 'PROPN') && i + 1 < close ? [i, close] : [-1, -1];
  }
  return [-1, -1];
}

export function cueContext(t: Tokens, text: string, s: Sentence, cue: Cue, cues: Cue[], names: Names, r: Resolver, subject: Source | null, inQuote: Int32Array, pairs: QuotePair[]): CueContext {
  let lo = afterDateline(t, s.ts, cue.ts);
  const hi = s.te;
  for (let i = cue.ts - 1; i > lo; i--) if (t.val[i] === ';') {
    lo = i + 1;
    break;
  }
  // A semicolon ends a clause: content never runs across one.
  let semi = hi;
  for (let i = cue.te; i < hi; i++) if (t.val[i] === ';') {
    semi = i;
    break;
  }
  const idx = cues.indexOf(cue);
  const isCue = (i: number): boolean => takesClauseAt(cues, i);
  const nextStarter = cues.find((c, j) => j > idx && clauseStarter(t, c, lo, hi, isCue));
  const clauseEndIn = (from: number): number => {
    // The content runs to the sentence end, or to ", adding ..." / ", according to ..." / ", X said".
    if (!nextStarter) return hi;
    let e = nextStarter.ts;
    // Back off over the source phrase of a trailing attribution and the comma before it.
    // (", but his lawyer, Ambrose Keel, said": over the source's appositive to its head.)
    const [apo] = appositiveBefore(t, from, e, inQuote);
    const k = apo > from ? apo - 1 : skipBack(t, e - 1, from);
    // "..., compared with 64 percent who say ...": back off over the relative's antecedent too.
    const np = k >= from && t.low[k] === 'who' ? npLeft(t, k, from) : k >= from && t.pos[k] === 'PRON' ? k : k >= from && t.pos[k] !== 'PUNCT' ? npLeft(t, k + 1, from) : -1;
    // ("asked for a photo and Smith said": the new clause's subject is after the object's "and".)
    const a = np >= from ? subjectAfterObject(t, np, k + 1, nextStarter.ts, lo, isCue) : np;
    // ", while only 49 percent say": adverbs before the subject belong to the new clause.
    let b = a - 1;
    while (a >= 0 && b > from && t.pos[b] === 'ADV' && (t.pos[b - 1] === 'CCONJ' || SUBORDINATORS.has(t.low[b - 1]))) b--;
    if (a >= 0 && a > from && t.val[a - 1] === ',') e = a - 1;
    // "..., and guard Sam Ortiz admitted ...": the conjunction (and its comma) opens the new clause.
    else if (a >= 0 && b > from && (t.pos[b] === 'CCONJ' || SUBORDINATORS.has(t.low[b]))) e = b > from && t.val[b - 1] === ',' ? b - 1 : b;
    else if (a >= 0 && a > from && t.pos[k] === 'PRON') e = a;
    else while (e > from && t.pos[e - 1] === 'PUNCT' && !isCloseMark(t.val[e - 1])) e--;
    return e < from ? hi : e;
  };
  // "When Kweisi Mfume announced his resignation, Cummings joined the race": in a subordinate
  // clause opening the sentence, content ends where the main clause begins.
  // ("First, after Lockhart questioned whether ..., Trump alleged": a short opener with no verb
  // may stand before the subordinate clause.)
  // ("Even though the developer insisted": a focus adverb before the subordinator.)
  let opens = FOCUS_ADVERBS.has(t.low[lo]) && SUBORDINATORS.has(t.low[lo + 1]) ? lo + 1 : lo;
  let commaBefore = false;
  // ("After the minister, Siobhan Tarrant, announced": the commas of the subject's appositive.)
  const [apoOpen, apoClose] = appositiveBefore(t, lo, cue.ts, inQuote);
  for (let i = lo; i < cue.ts; i++) if (t.val[i] === ',' && inQuote[i] < 0 && i !== apoOpen && i !== apoClose) {
    if (opens === lo && !commaBefore && i + 1 < cue.ts && i - lo <= MAX_OPENER && SUBORDINATORS.has(t.low[i + 1]) && !finiteVerbIn(t, lo, i) && t.pos[lo] !== 'PROPN') opens = i + 1;
    else commaBefore = true;
  }
  // An opening participle phrase too: "Saying he was tired, Reed left".
  const inSubordinate = !commaBefore && ((SUBORDINATORS.has(t.low[opens]) && cue.ts > opens) || (cue.ts === lo && cue.base !== 'according to' && t.low[cue.ts].endsWith('ing')));
  const clauseSemi = semi;
  const mainAt = inSubordinate ? mainClauseAfter(t, cue.te, semi, inQuote) : -1;
  if (mainAt > 0) semi = mainAt;
  const clauseEnd = (from: number): number => Math.min(clauseEndIn(from), Math.max(semi, from));
  return {
    t, text, s, cue, cues, names, r, subject, inQuote, pairs, lo, hi,
    semi: clauseSemi,
    k: skipBack(t, cue.ts - 1, lo),
    clauseEnd,
    commaEnd: (from) => {
      let e = from;
      while (e < hi && (t.val[e] !== ',' || inQuote[e] >= 0)) e++;
      return Math.min(e, clauseEnd(from));
    },
    source: (a, e) => sourceOf(t, text, names, a, e, r, s.para),
  };
}
