// What evidence shows: "New polls released Sunday showed Hale taking a lead", "Exit polls from the
// primary showed that ...", "The little polling that was done before the vote showed a dead heat".
// The clause opens with a noun phrase headed by a poll, survey, study or document; whatever
// describes it (a participle, a preposition, a relative clause) stands between it and the verb,
// and none of it is the source ("Sunday", "the primary").
import { Construction, CueContext } from './context';
import { contentAfter, setContent } from '../content';
import { restIsTail } from '../cues';
import { asWritten } from '../subjects';
import { npRight } from '../chunks';
import type { Source } from '../sources';
import { EVIDENCE_VERBS, FINDING_VERBS, RELATIVE_PRONOUNS, TIME_LEADS, TIME_WORDS, isEvidenceNoun } from '../lexicon';

/** Words a described poll may span before its verb. */
const MAX_DESCRIPTION = 24;

export const evidenceSubject: Construction = {
  name: 'evidence before the verb',
  apply(ctx: CueContext): boolean {
    const { t, cue } = ctx;
    const finding = FINDING_VERBS.has(cue.base);
    if (!EVIDENCE_VERBS.has(cue.base) && !finding) return false;
    const head = evidenceHead(ctx);
    // For "find" and the like, only a study placed in its journal ("A study published in the
    // Journal of X found"): the journal published it and says nothing. "The study found", "a
    // report by the Audit Office found", "a study led by Dr. X found" read as usual.
    if (head < 0 || (finding && !placedIn(t, head + 1, cue.ts))) return false;
    const a = phraseStart(t, head, ctx.lo);
    cue.source = issuedBy(ctx, a, head) ?? ctx.source(a, head + 1) ?? asWritten(t, ctx.text, a, head + 1);
    // "Support has fallen to 28 percent, a new poll shows.": the content comes first.
    if (a - 1 > ctx.lo + 1 && t.val[a - 1] === ',' && restIsTail(t, cue.te, ctx.hi, cue.base)) setContent(t, cue, ctx.lo, a - 1, false, ctx.inQuote, ctx.cues);
    else contentAfter(t, cue, ctx.hi, ctx.clauseEnd, ctx.inQuote, ctx.pairs);
    return true;
  },
};

/** "A survey by the Corran Institute showed", "a poll from Gallup shows": the issuer, as the
 * source phrases read it; or null. */
function issuedBy(ctx: CueContext, a: number, head: number): Source | null {
  const { t, cue } = ctx;
  if (!(t.low[head + 1] === 'by' || t.low[head + 1] === 'from')) return null;
  let e = npRight(t, head + 2, cue.ts);
  if (e <= head + 2) return null;
  // ("A poll by the party last week showed": when is not who.)
  while (e > head + 2 && (TIME_WORDS.has(t.low[e - 1]) || TIME_LEADS.has(t.low[e - 1]))) e--;
  if (e <= head + 2) return null;
  for (let i = e; i < cue.ts; i++) if (!(t.pos[i] === 'ADV' || TIME_WORDS.has(t.low[i]) || TIME_LEADS.has(t.low[i]))) return null;
  const src = ctx.source(a, e);
  // Only a named body or person issues: not "by phone", "by region", nor "from the Pell County
  // primary", "from Kenya" (an event, a place).
  const kind = src && src.cluster >= 0 ? ctx.names.clusters[src.cluster].kind : 'other';
  return kind === 'person' || kind === 'organisation' ? src : null;
}

/** The head of the evidence phrase that opens the cue's clause, nearest the cue ("Polls closed
 * early and results showed": the results), or -1. */
function evidenceHead(ctx: CueContext): number {
  const { t, cue, lo } = ctx;
  const other = ctx.cues.filter((c) => c !== cue && c.ts < cue.ts).map((c) => c.te);
  for (let h = cue.ts - 1; h >= lo && cue.ts - h <= MAX_DESCRIPTION; h--) {
    if (other.some((e) => e > h)) return -1; // another cue between: its content, not this subject
    if (!isEvidenceNoun(t.low[h]) || ctx.inQuote[h] >= 0) continue;
    if (!opensClause(ctx, phraseStart(t, h, lo))) continue;
    if (h + 1 === cue.ts || describes(t, h + 1)) return h;
  }
  return -1;
}

/** "published (last week | online) in the journal X": a participle, maybe a time or an adverb, then "in". */
function placedIn(t: CueContext['t'], p: number, cue: number): boolean {
  if (!(t.pos[p] === 'VERB' && /ed$/.test(t.low[p]))) return false;
  for (let i = p + 1; i < cue && i <= p + 3; i++) {
    if (t.low[i] === 'in') return true;
    if (!(t.pos[i] === 'ADV' || t.pos[i] === 'ADJ' || TIME_WORDS.has(t.low[i]) || TIME_LEADS.has(t.low[i]))) return false;
  }
  return false;
}

/** Words before a head that belong to its phrase: "A new CNN/ORC poll", "the party's own survey". */
const PREMODIFIERS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART']);

/** The first word of the head's noun phrase (its premodifiers, not a conjunction before them). */
function phraseStart(t: CueContext['t'], h: number, lo: number): number {
  let a = h;
  while (a > lo && h - a < 8 && (PREMODIFIERS.has(t.pos[a - 1]) || (/^[-/.']$/.test(t.val[a - 1]) && t.start[a] === t.end[a - 1]) ||
    (t.pos[a - 1] === 'ADV' && t.pos[a - 2] === 'DET'))) a--; // "The little polling": wink may read "little" as an adverb
  return a;
}

/** The phrase starts its clause: at the clause start, or after punctuation or a conjunction. */
function opensClause({ t, lo }: CueContext, a: number): boolean {
  if (a === lo) return true;
  const p = t.pos[a - 1];
  return p === 'PUNCT' || p === 'CCONJ' || p === 'SCONJ' || (p === 'ADV' && a - 1 === lo);
}

/** What may follow the head and describe it: a preposition, a relative, a comma or a participle. */
function describes(t: CueContext['t'], i: number): boolean {
  const w = t.low[i];
  if (t.pos[i] === 'ADP' || RELATIVE_PRONOUNS.has(w) || w === 'that' || w === ',' || w === '(' || w === 'out') return true;
  return t.pos[i] === 'VERB' && /(?:ed|en|wn)$/.test(w);
}
