// "according to X, CONTENT", "CONTENT, according to X." and "A, according to X, B".
import { Construction, CueContext } from './context';
import { OPEN_MARKS, finiteClause, isWordTok, npRight } from '../chunks';
import { setContent } from '../content';
import { afterThat } from '../cues';
import { asWritten, writtenSource } from '../subjects';
import { OBJECT_PRONOUNS, PEOPLE_HEADS, REPORT_KINDS, REPORT_NOUNS, TIME_LEADS, TIME_WORDS } from '../lexicon';

const PUBLISHED = /^(released|issued|published|posted|made|signed|written|quoted)$/;

/** After "according to X,": the end of a following ", a ROLE," or ", who ...," (the token after its comma), or -1. */
function describesSource(t: CueContext['t'], from: number, hi: number): number {
  const relative = /^(who|whose|which)$/.test(t.low[from]);
  const role = t.pos[from] === 'DET' || t.pos[from] === 'ADJ' || t.pos[from] === 'NOUN';
  if (!relative && !role) return -1;
  for (let j = from + 1; j < hi && j < from + 16; j++) {
    if (t.val[j] === ',') return j + 1 < hi ? j + 1 : -1;
    // A role is a noun phrase; a verb in it means the clause itself started.
    if (!relative && (t.pos[j] === 'VERB' || t.pos[j] === 'AUX')) return -1;
  }
  return -1;
}

/** Where a source phrase's description ends when it runs to the sentence's end ("with knowledge
 * of the talks", "filed with the court"): the sentence's last word, or `e` when a comma, a
 * quotation or a finite verb says a clause follows. */
function sourceTail(t: CueContext['t'], e: number, hi: number): number {
  let end = hi;
  while (end > e && t.pos[end - 1] === 'PUNCT') end--;
  if (end - e > 10 || !(t.pos[e] === 'ADP' || (t.pos[e] === 'VERB' && /ed$/.test(t.low[e])) || t.pos[e] === 'ADJ')) return e;
  for (let i = e; i < end; i++) {
    // ("documents filed with the court", but "the ministry recovered ten survivors": a past
    // participle describes only with its preposition after it.)
    const participle = /(ed|en|ing)$/.test(t.low[i]) && t.pos[i + 1] === 'ADP';
    if (t.pos[i] === 'PUNCT' || t.pos[i] === 'AUX' || (t.pos[i] === 'VERB' && !participle)) return e;
    // ("according to police on Monday": a time is when, never who.)
    // ("a paper published on Wednesday in ...": not "a paper published", a participle cut from its phrase.)
    if (TIME_WORDS.has(t.low[i])) {
      const cut = t.pos[i - 1] === 'ADP' || TIME_LEADS.has(t.low[i - 1]) ? i - 1 : i;
      return cut - e <= 1 && (t.pos[e] === 'VERB' || /(?:ed|en)$/.test(t.low[e])) ? e : cut;
    }
  }
  return end;
}

/** Which side of "according to X" holds the content: the clause after it when the cue opens the
 * sentence or follows "and"; the clause before it when that is complete ("C, according to X, who
 * ..."); both when the source interrupts one clause. */
function contentSide(ctx: CueContext, beforeEnd: number, from: number): 'before' | 'after' | 'around' {
  const { t, cue, lo, hi } = ctx;
  if (cue.ts <= lo + 2) return 'after';
  // "..., and according to X, ...", "but, according to her memoirs, ...".
  const before = t.val[cue.ts - 1] === ',' ? cue.ts - 2 : cue.ts - 1;
  const open = before >= lo && /^(and|but|while|whereas)$/.test(t.low[before]);
  if (open && from < hi && finiteClause(t, from, hi, ctx.inQuote)) return 'after';
  // "killed at least 62, including, according to government reports, 54 small children": what the
  // source vouches for is the phrase the open word before it waits for.
  if (before >= lo && (t.low[before] === 'including' || (t.pos[before] === 'ADP' && t.val[cue.ts - 1] === ','))) return 'after';
  // A verb, or an auxiliary that is not the last word ("One child was, according to ..." is open).
  let verb = false;
  for (let i = lo; i < beforeEnd; i++) {
    if (ctx.inQuote[i] >= 0) continue;
    if (t.pos[i] === 'VERB' || (t.pos[i] === 'AUX' && i !== beforeEnd - 1)) verb = true;
  }
  if (verb) return 'before';
  // "Last year, according to the census office, the town grew": a setting before the cue opens
  // the sentence; the content is the clause after it.
  if (setting(t, lo, beforeEnd) && from < hi && finiteClause(t, from, hi, ctx.inQuote)) return 'after';
  let words = 0;
  for (let i = from; i < hi; i++) if (isWordTok(t, i)) words++;
  return words >= 2 && t.val[cue.ts - 1] === ',' ? 'around' : 'before';
}

/** "reports", "some unconfirmed reports": reports and words of vagueness only ("local news reports"
 * names a kind of source). */
function ownerlessReports(t: CueContext['t'], a: number, e: number): boolean {
  if (e - a > 5 || !REPORT_NOUNS.has(t.low[e - 1])) return false;
  for (let i = a; i < e - 1; i++) if (!REPORT_KINDS.has(t.low[i])) return false;
  return true;
}

/** [a, e) is a time or a prepositional setting ("Last year", "In 2019", "On Tuesday night"). */
function setting(t: CueContext['t'], a: number, e: number): boolean {
  if (e <= a || e - a > 6) return false;
  if (t.pos[a] === 'ADP') return true;
  for (let i = a; i < e; i++) if (!(TIME_WORDS.has(t.low[i]) || TIME_LEADS.has(t.low[i]) || t.pos[i] === 'NUM' || t.low[i] === 'ago')) return false;
  return true;
}

/** The cue opens another cue's "that" clause: "reported that, according to". */
function withinReport(ctx: CueContext): boolean {
  const { t, cue, lo } = ctx;
  const that = afterThat(t, cue, lo);
  return that >= 0 && ctx.cues.some((o) => o !== cue && o.te === that);
}

/** Where the clause before the cue starts: the sentence's start, or past another report and the
 * "and" after it ("A, witnesses said, and B, according to the ministry": B is the ministry's). */
function afterOtherReport(ctx: CueContext, beforeEnd: number): number {
  const { t, cue, lo } = ctx;
  let from = lo;
  for (const o of ctx.cues) {
    if (o === cue || !o.source || o.ts < lo || o.te >= beforeEnd) continue;
    for (let j = o.te; j + 1 < beforeEnd; j++) {
      if (t.val[j] === ',' && (t.low[j + 1] === 'and' || t.low[j + 1] === 'but')) {
        // ("Gabov believes that A, but B, according to the researcher": B is already in what he believes.)
        if (!(o.content && o.ce > j + 2)) from = Math.max(from, j + 2);
        break;
      }
    }
  }
  return from;
}

export const accordingTo: Construction = {
  name: 'according to',
  apply(ctx: CueContext): boolean {
    const { t, cue, lo, hi } = ctx;
    if (cue.base !== 'according to') return false;
    // ("according to him", "according to her": a pronoun is the whole phrase.)
    const pronoun = t.pos[cue.te] === 'PRON' && OBJECT_PRONOUNS.has(t.low[cue.te]) && !(t.pos[cue.te + 1] === 'NOUN' || t.pos[cue.te + 1] === 'ADJ');
    let e = pronoun ? cue.te + 1 : npRight(t, cue.te, hi);
    if (e < 0) return true;
    // "an indictment unsealed on Thursday": the participle describes the noun; it is not its end.
    if (e - 2 > cue.te && /(?:ed|en)$/.test(t.low[e - 1]) && (t.pos[e - 1] === 'VERB' || t.pos[e - 1] === 'ADJ') && t.pos[e - 2] === 'NOUN' && e < hi && t.pos[e] === 'ADP') e--;
    // "The agency reported that, according to an audit, 85 meetings were with donors": inside
    // another report's clause the phrase says where that report came from, and the clause,
    // with the phrase, is the agency's.
    if (withinReport(ctx)) return true;
    // "police in Baytown, Texas," keeps its place name.
    if (e + 2 < hi && t.val[e] === ',' && t.pos[e + 1] === 'PROPN') {
      let p = e + 1;
      while (p < hi && t.pos[p] === 'PROPN') p++;
      if (p < hi && t.val[p] === ',' && p - e <= 3 && t.low[e - 1] !== 'and') e = p;
    }
    // "According to reports, ...", "according to some unconfirmed reports": reports with no owner
    // name no source (GUIDELINES: like "by reports", a claim when otherwise contestable).
    if (ownerlessReports(t, cue.te, e)) return true;
    // "according to his publicist", "according to a court clerk": the construction itself marks a
    // source, so any phrase will do, kept as written.
    // "according to two people briefed on the negotiations": a participle phrase describes the people.
    const briefed = e + 2 < hi && t.pos[e] === 'VERB' && t.low[e].endsWith('ed') && PEOPLE_HEADS.has(t.low[e - 1]) && t.pos[e + 1] === 'ADP' ? npRight(t, e + 2, hi) : -1;
    if (briefed > 0) e = briefed;
    cue.source = briefed > 0 ? { ...asWritten(t, ctx.text, cue.te, e), anonymous: true } : ctx.source(cue.te, e) ?? writtenSource(t, ctx.text, cue.te, e);
    // "according to the reports by Johns Hopkins Center ...", "a statement released by X": the author speaks.
    const byAt = e < hi && t.low[e] === 'by' ? e : e + 1 < hi && PUBLISHED.test(t.low[e]) && t.low[e + 1] === 'by' ? e + 1 : -1;
    if (byAt > 0) {
      e = byAt;
      const e2 = npRight(t, e + 1, hi);
      const by = e2 > 0 ? ctx.source(e + 1, e2) : null;
      if (by) {
        cue.source = by;
        e = e2;
      }
    }
    // "the World Health Organization (WHO), ...", "the WHO's situation report dated March 16, ...".
    if (e < hi && t.val[e] !== ',') {
      for (let j = e; j < hi && j < e + 14; j++) {
        if (t.val[j] === ',') {
          if (cue.ts === lo) e = j;
          break;
        }
        if (OPEN_MARKS.has(t.val[j])) break;
      }
    }
    let from = e < hi && t.val[e] === ',' ? e + 1 : e;
    // "According to Dr. Irene Sato, an economist at Dunmore University, the recession is over":
    // an appositive or a relative clause describes the source and is not what it said.
    if (cue.ts === lo && from > e) {
      const next = describesSource(t, from, hi);
      if (next > 0) from = next;
    }
    const beforeEnd = t.val[cue.ts - 1] === ',' ? cue.ts - 1 : cue.ts;
    const side = contentSide(ctx, beforeEnd, from);
    // "..., according to two people with knowledge of the talks.": a source with no name of its
    // own that ends the sentence is the whole phrase, as written (GUIDELINES), not its first noun.
    if (side === 'before' && cue.source && cue.source.cluster < 0) {
      const tail = sourceTail(t, e, hi);
      const whole = tail > e ? writtenSource(t, ctx.text, cue.te, tail) : null;
      if (whole) cue.source = { ...whole, anonymous: cue.source.anonymous };
    }
    if (side === 'after') setContent(t, cue, from, ctx.clauseEnd(from), false, ctx.inQuote);
    else if (side === 'before') setContent(t, cue, afterOtherReport(ctx, beforeEnd), beforeEnd, false, ctx.inQuote, ctx.cues);
    // "One child was, according to the fire service, among the dead": one clause around the source.
    else setContent(t, cue, lo, ctx.clauseEnd(from), false, ctx.inQuote, ctx.cues);
    return true;
  },
};
