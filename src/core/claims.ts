// Unattributed claims: sentences with no attribution that state something an editor would
// want sourced (AP: figures, causes, allegations, predictions, records, characterisations).
import { Tokens } from './nlp';
import { isWordTok } from './chunks';
import { Sentence } from './sentences';
import { Claim, ClaimKind, Span } from './types';
import {
  ABSOLUTES, ALLEGATION, DURATION_UNITS, APPROX, CAUSE, CHANGE_FIGURES, CHARACTER, HALVES_OF, HEARSAY, LARGE_NUMBERS, MONTHS, NOT_SUPERLATIVE, NUMBER_WORDS, NUMBERED_NOUNS,
  PREDICTED_CHANGES, PREDICTION, RECORD, SHARE_WORDS, TIME_SUFFIXES, TOLL_NOUNS, TOLL_VERBS, VAGUE_COUNTS,
} from './lexicon';

// One alternation per list, so a sentence is scanned once per kind, not once per phrase.
/** Matches any phrase of the list as whole words, followed by one of `after`. */
const phrases = (list: readonly string[], after = ' ,'): RegExp =>
  new RegExp(`(?:^| )(?:${list.map((p) => p.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')).join('|')})[${after}]`);
const CAUSE_RE = phrases(CAUSE);
const PREDICTION_RE = phrases(PREDICTION);
const HEARSAY_RE = phrases(HEARSAY, ' ,.');
// A prediction of a change: "prices will double", "sales will probably fall", "rents are expected to rise".
const WILL_CHANGE = new RegExp(` (?:will|(?:expected|projected|forecast|set|likely|poised) to) (?:\\w+ )?(?:${[...PREDICTED_CHANGES].join('|')})\\b`);
const CHARACTER_RE = phrases(CHARACTER);

const REASONS: Record<ClaimKind, string> = {
  figure: 'figure without a source',
  record: 'record or superlative without a source',
  cause: 'causal claim without a source',
  allegation: 'allegation without a source',
  hearsay: 'hearsay ("reportedly", "is said to") without a source',
  prediction: 'prediction without a source',
  characterisation: 'characterisation without a source',
};

export function findClaims(t: Tokens, text: string, sentences: Sentence[], attributed: Uint8Array, sourced: (s: Sentence) => boolean, quotes: Span[]): Claim[] {
  const claims: Claim[] = [];
  let q = 0; // quotes are in text order, like sentences
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si];
    if (attributed[si] || sourced(s)) continue;
    // "He added that ..." style continuations carry their own cue; a bare follow-on sentence is
    // judged on its own (AP: attribute what the reporter did not witness).
    const raw = text.slice(s.start, s.end);
    if (!/[.!]["”’)]?$/.test(raw)) continue; // headings, datelines, captions
    // A quotation found in the sentence is a quote problem, not a claim; scare quotes do not count.
    while (q < quotes.length && quotes[q].end <= s.start) q++;
    if (q < quotes.length && quotes[q].start < s.end) continue;
    let words = 0;
    for (let i = s.ts; i < s.te; i++) if (isWordTok(t, i)) words++;
    if (words < 6) continue;
    const kind = claimKind(t, s, ` ${raw.toLowerCase().replace(/\s+/g, ' ')} `);
    if (kind) claims.push({ start: s.start, end: s.end, text: raw, kind, reason: REASONS[kind] });
  }
  return claims;
}

function claimKind(t: Tokens, s: Sentence, low: string): ClaimKind | null {
  let strongFigure = false;
  let counts = 0;
  let record = false;
  let allegation = false;
  for (let i = s.ts; i < s.te; i++) {
    const w = t.low[i];
    if (t.pos[i] === 'NUM' || /^\d/.test(w) || NUMBER_WORDS.has(w)) {
      if (isDateOrTime(t, i, s) || /^(one|1)$/.test(w)) continue;
      if (w === 'half' && HALVES_OF.has(t.low[i - 1])) continue; // "the first half" of a match
      // A statistic, not a count of what anyone can see: a share, a sum, an estimate, a big number.
      const prev = i > s.ts ? t.low[i - 1] : '';
      const next = i + 1 < s.te ? t.low[i + 1] : '';
      if (SHARE_WORDS.has(next) || w.endsWith('%') || CHANGE_FIGURES.has(w) || APPROX.has(prev) || LARGE_NUMBERS.has(w) ||
        /^\d{1,3}(,\d{3})+$|^\d{4,}$/.test(w) || TOLL_NOUNS.has(next) || TOLL_VERBS.has(prev)) strongFigure = true;
      else counts++;
    } else if (/^[$€£¥]|^(us|cdn|a|c)\$/.test(w)) strongFigure = true;
    else if (w === 'first') {
      // "the first state to ...", "for the first time", "first-ever": a record, not an ordinal.
      if (t.low[i - 1] === 'the' && (/\bthe first (\S+ ){0,4}to\b/.test(low.slice(low.indexOf(' the first '))) || / for the first time/.test(low))) record = true;
    } else if (RECORD.has(w) && !(w === 'most' && t.low[i + 1] === 'of')) record = true; // "most of his career" is a share
    // "the strictest in the country", "the hottest July ever".
    else if (t.pos[i] === 'ADJ' && w.length > 5 && w.endsWith('est') && !NOT_SUPERLATIVE.has(w) && (t.low[i - 1] === 'the' || t.low[i - 1] === 'its' || t.low[i - 1] === 'their')) record = true;
    else if (ALLEGATION.has(w)) allegation = true;
  }
  const has = (re: RegExp): boolean => re.test(low);
  if (has(HEARSAY_RE)) return 'hearsay';
  if (record) return 'record';
  if (has(CAUSE_RE) && CAUSE_RE.test(scheduled(t, s, low))) return 'cause';
  if (allegation) return 'allegation';
  if (strongFigure) return 'figure';
  // "several joint military exercises" is a vague figure; "great importance" a characterisation.
  if (has(CHARACTER_RE)) return counts > 0 && low.split(' ').some((w) => VAGUE_COUNTS.has(w)) ? 'figure' : 'characterisation';
  if ((has(PREDICTION_RE) && low.split(/\W+/).some((w) => ABSOLUTES.has(w))) || WILL_CHANGE.test(low)) return 'prediction';
  return null;
}

/** The sentence without "due to" before a verb: "was due to stand down in August" is a schedule, not a cause. */
function scheduled(t: Tokens, s: Sentence, low: string): string {
  for (let i = s.ts; i + 2 < s.te; i++) if (t.low[i] === 'due' && t.low[i + 1] === 'to' && t.pos[i + 2] === 'VERB' && !t.low[i + 2].endsWith('ing')) return low.replace(/ due to (?=\S)/g, ' ');
  return low;
}

function isDateOrTime(t: Tokens, i: number, s: Sentence): boolean {
  const w = t.low[i];
  if (/^(1[5-9]|20)\d\d(s)?$/.test(w)) return true; // a year
  const prev = i > s.ts ? t.low[i - 1] : '';
  const next = i + 1 < s.te ? t.low[i + 1] : '';
  if (MONTHS.has(prev) || MONTHS.has(next)) return true;
  // "10 a.m.", "10:30" (a colon after the hour is a clock too).
  if (TIME_SUFFIXES.has(next) || next === ':' || /^\d{1,2}:\d\d/.test(w)) return true;
  // "questioned him for more than three hours": how long something lasted is a matter of record.
  if (DURATION_UNITS.has(next) && [1, 2, 3].some((d) => t.low[i - d] === 'for')) return true;
  if (prev === 'on' && /^\d{1,2}(st|nd|rd|th)$/.test(w)) return true;
  // Ages in apposition: "Bryant, 41, ..."
  if (prev === ',' && next === ',') return true;
  if (NUMBERED_NOUNS.has(prev)) return true;
  return false;
}
