// Unattributed claims: sentences with no attribution that state something an editor would
// want sourced (AP: figures, causes, allegations, predictions, records, characterisations).
import { Tokens } from './nlp';
import { isWordTok } from './chunks';
import { Sentence } from './sentences';
import { Claim, ClaimKind, Span } from './types';
import { oneSpaced } from './spaces';
import { isMoney } from './letters';
import {
  ABSOLUTES, AGE_SUPERLATIVES, ALLEGATION, AVERAGE_WORDS, RANK_PLACES, RANK_SCOPES, CHANGE_VERBS, MEASURE_NOUNS, DURATION_UNITS, APPROX, CAUSE, CHANGE_FIGURES, CHARACTER, FRACTIONS, HALF_NOT_SHARE, HALF_SHARE_LEADS, HALVES_OF, HEARSAY, LARGE_NUMBERS,
  DEFINITIONS, LIKELIHOOD, MONTHS, NOT_SUPERLATIVE, NUMBER_WORDS, NUMBERED_NOUNS, PREDICTED_CHANGES, PREDICTION, PRICE_LEADS, PRICED_UNITS, RANK_WORDS, RECORD, REPORT_KINDS, REPORT_NOUNS, RECORD_SCOPES, RELATIVE_TIME, REQUIREMENTS, SHARE_WORDS, STREAK_MEASURES, STREAK_UNITS, CHANGE_PARTICIPLES, TIME_SUFFIXES,
  TOLL_NOUNS, TOLL_VERBS, VAGUE_COUNTS, VAGUE_WITH_CHARACTER,
} from './lexicon';

// One alternation per list, so a sentence is scanned once per kind, not once per phrase.
/** A pattern every match of which contains `needle`: a quick includes() rules most sentences
 * out before the regex scans them. */
const guarded = (needle: string, re: RegExp) => (low: string): boolean => low.includes(needle) && re.test(low);
/** Matches any phrase of the list as whole words, followed by one of `after`. */
const phrases = (list: readonly string[], after = ' ,.;:'): RegExp =>
  new RegExp(`(?:^| )(?:${list.map((p) => p.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')).join('|')})[${after}]`);
const CAUSE_RE = phrases(CAUSE);
const PREDICTION_RE = phrases(PREDICTION);
const HEARSAY_RE = phrases(HEARSAY, ' ,.');
// A prediction of a change: "prices will double", "sales will probably fall", "rents are expected to rise".
const WILL_CHANGE = new RegExp(` (?:will|(?:expected|projected|forecast|set|likely|poised) to) (?:\\w+ )?(?:${[...PREDICTED_CHANGES].join('|')})\\b`);
// "Morale has never been lower", "more overcrowded than at any time since": a record in other words.
const NEVER_SO = guarded(' never been ', / (?:has|have|had) never been (?:so |more |less )?(?:\w+er|worse|better)\b/);
/** "ranks 48th in the nation", "ranked last among the states": a league table someone compiled
 * (not "ranked 27th in the ATP rankings", which names its table). */
const RANKED_AT = guarded(' rank', new RegExp(` (?:ranks?|ranked) (?:\\w+ )?(?:\\d+(?:st|nd|rd|th)|${[...RANK_PLACES].join('|')}) (?:in the (?:${[...RANK_SCOPES].join('|')})|among)\\b`));
const RANKED = (low: string): boolean => RANKED_AT(low) && !/ rankings?\b| ranked \S+ \S+ \S+ (?:\S+ )?by /.test(low);
const AT_ANY_TIME = guarded(' than at any ', / than at any (?:time|point) since /);
// "fallen for a fifth consecutive year", "for six years running", "the third month in a row".
const UNITS = [...STREAK_UNITS].join('|');
// The measure or its change comes first, within a few words of the streak, in the same clause.
const MEASURED = [...MEASURE_NOUNS, ...CHANGE_VERBS, ...CHANGE_PARTICIPLES, ...STREAK_MEASURES].join('|');
const STREAK = new RegExp(` (?:${MEASURED})(?: [^ ,;]+){0,6}? (?:(?:consecutive|straight|successive) (?:${UNITS})\\b|(?:${UNITS}) (?:running|in a row)\\b)`);
// "The new law is likely to drive landlords out": a likelihood is a forecast, whatever the verb.
const LIKELY = guarded('likely to ', / (?:is|are|was|were|seems|seem) (?:\w+ )?(?:likely|unlikely) to /);
const LIKELIHOOD_RE = phrases(LIKELIHOOD);
// "A bear market is defined as ...": a definition states no fact to source.
const DEFINITION_RE = phrases(DEFINITIONS);
const DEFINED_AS = guarded(' defined as ', / is (?:\w+ )?defined as /);
const CHARACTER_RE = phrases(CHARACTER);
// "rates dropped in 2018 after two children died": a measure's change put after an event is a
// cause by implication ("Zapata fell into the water after ..." is no measure).
const CHANGED_AFTER = guarded(' after ', new RegExp(` (?:${[...MEASURE_NOUNS].join('|')})(?: [^ ,;]+){0,4} (?:${[...CHANGE_VERBS].join('|')})\\b[^,;]{0,60} after (?!(?:\\d|one|${[...NUMBER_WORDS].join('|')})\\S* (?:${[...DURATION_UNITS].join('|')}|periods?|rounds?)\\b)`));
const RULE_RE = phrases(REQUIREMENTS);
// "according to (some unconfirmed) reports": reports with no owner, hearsay like "by reports".
const OWNERLESS_REPORTS = guarded(' according to ', new RegExp(` according to (?:(?:${[...REPORT_KINDS].join('|')}) )*(?:${[...REPORT_NOUNS].join('|')})[ ,.;]`));
const VOTE_RESULT = guarded(' vote', / of the (?:popular )?votes?\b| voted /);
/** "increased fivefold", "a 10-fold rise". */
const FOLD = new RegExp(`^(?:${[...NUMBER_WORDS].join('|')}|\\d+)-?fold$`);
const isFold = (w: string): boolean => w.endsWith('fold') && FOLD.test(w);
/** Starts with an ASCII digit, like /^\d/ without running a regex per word. */
const startsWithDigit = (w: string): boolean => {
  const c = w.charCodeAt(0);
  return c >= 48 && c <= 57;
};
/** Every word one of claimKind's word tests looks up; see plainWord. */
const CLAIM_WORDS: ReadonlySet<string> = new Set([...NUMBER_WORDS, ...FRACTIONS, ...RECORD, ...ALLEGATION, 'first']);

/** A word none of claimKind's word tests can fire on (no number, sum, fraction, "-fold", "first",
 * record, superlative or allegation): most words, ruled out with one lookup instead of one per list. */
const plainWord = (t: Tokens, i: number, w: string): boolean =>
  t.pos[i] !== 'NUM' && !CLAIM_WORDS.has(w) && !startsWithDigit(w) && !isMoney(w) && !w.endsWith('fold') && !(t.pos[i] === 'ADJ' && w.endsWith('est'));

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
    const kind = claimKind(t, s, ` ${oneSpaced(raw.toLowerCase())} `);
    if (kind) claims.push({ start: s.start, end: s.end, text: raw, kind, reason: REASONS[kind] });
  }
  return claims;
}

function claimKind(t: Tokens, s: Sentence, low: string): ClaimKind | null {
  let strongFigure = false;
  let vague = false;
  let counts = 0;
  let record = false;
  let allegation = false;
  // "Two-thirds of senators must vote to convict": a share in a rule is a threshold, not a statistic.
  // "took 54.2 per cent of the vote", "52% of voters voted to leave": a vote's result is on the record.
  const rule = RULE_RE.test(low) || VOTE_RESULT(low);
  for (let i = s.ts; i < s.te; i++) {
    const w = t.low[i];
    if (plainWord(t, i, w)) continue;
    if (t.pos[i] === 'NUM' || startsWithDigit(w) || NUMBER_WORDS.has(w)) {
      if (isRatio(t, i, s)) strongFigure = true; // "one in five households"
      if (isDateOrTime(t, i, s) || /^(one|1)$/.test(w) || !isShare(t, i, s)) continue;
      if (isStatistic(t, i, s) && !(rule && isShareOf(t, i, s))) strongFigure = true;
      else {
        counts++;
        if (VAGUE_COUNTS.has(w) && !(t.low[i - 1] === 'of' && t.low[i - 2] === 'one')) vague = true; // "one of several diseases" is a kind
      }
    } else if (isMoney(w)) {
      const lead = PRICE_LEADS.has(t.low[i - 1]) || PRICE_LEADS.has(t.low[i - 2]);
      const unitPrice = /^costs?$/.test(t.low[i - 1]) && PRICED_UNITS.has(t.low[i - 2]);
      if (!lead && !unitPrice) strongFigure = true;
    }
    else if ((isFraction(t, i, s) && !rule) || isFold(w)) strongFigure = true;
    else if (w === 'first') {
      // "the first state to ...", "for the first time", "first-ever": a record, not an ordinal.
      if (t.low[i - 1] === 'the' && t.low[i - 2] !== 'not' && (/\bthe first (\S+ ){0,4}to\b/.test(low.slice(low.indexOf(' the first '))) || / for the first time/.test(low))) record = true;
    } else if (isRecord(t, i, s)) record = true;
    else if (ALLEGATION.has(w)) allegation = true;
  }
  const has = (re: RegExp): boolean => re.test(low);
  if (has(DEFINITION_RE) || DEFINED_AS(low)) return null;
  if (HEARSAY_RE.test(deliberation(low)) || OWNERLESS_REPORTS(low)) return 'hearsay';
  if (record || NEVER_SO(low) || AT_ANY_TIME(low) || RANKED(low) || has(STREAK)) return 'record';
  if ((has(CAUSE_RE) && CAUSE_RE.test(scheduled(t, s, low))) || CHANGED_AFTER(low)) return 'cause';
  if (allegation) return 'allegation';
  if (strongFigure || vague) return 'figure';
  // "dozens of massive craters" is a vague figure; "great importance" a characterisation.
  if (has(CHARACTER_RE)) return counts > 0 && low.split(' ').some((w) => VAGUE_WITH_CHARACTER.has(w)) ? 'figure' : 'characterisation';
  if ((has(PREDICTION_RE) && low.split(/\W+/).some((w) => ABSOLUTES.has(w))) || WILL_CHANGE.test(low) || LIKELY(low) || has(LIKELIHOOD_RE)) return 'prediction';
  return null;
}

/** "was considered as an alternative route" is deliberation, not hearsay: the sentence with that
 * "considered" read as "weighed". */
function deliberation(low: string): string {
  return low.includes(' considered ') ? low.replace(/ considered (?=as an? |for )/g, ' weighed ') : low;
}

/** "one in five households", "4 in 10 voters": a share written as a ratio. */
function isRatio(t: Tokens, i: number, s: Sentence): boolean {
  const number = (k: number): boolean => k < s.te && (t.pos[k] === 'NUM' || NUMBER_WORDS.has(t.low[k]) || t.low[k] === 'one');
  return t.low[i + 1] === 'in' && number(i + 2) && !isDateOrTime(t, i + 2, s);
}

/** "half" is a share unless it names a period or a place: "the first half", "flags at half staff", "in their own half." */
function isShare(t: Tokens, i: number, s: Sentence): boolean {
  if (t.low[i] !== 'half') return true;
  const prev = t.low[i - 1], next = i + 1 < s.te ? t.low[i + 1] : '.';
  // ("half empty", "half full": a look at a room, not a share.)
  if (HALVES_OF.has(prev) || HALF_NOT_SHARE.has(next) || (i + 1 < s.te && t.pos[i + 1] === 'ADJ')) return false;
  return /\w/.test(next) || HALF_SHARE_LEADS.has(prev);
}

/** "a third of the staff", "rose by a quarter", "two-thirds": a share; "a third term" is an ordinal. */
function isFraction(t: Tokens, i: number, s: Sentence): boolean {
  if (!FRACTIONS.has(t.low[i])) return false;
  const prev = t.low[i - 1], next = i + 1 < s.te ? t.low[i + 1] : '.';
  if (t.low[i].endsWith('s')) return (NUMBER_WORDS.has(prev) || prev === '-') && next === 'of';
  return (prev === 'a' || prev === 'one') && (next === 'of' || HALF_SHARE_LEADS.has(t.low[i - 2]));
}

/** A share ("40%", "40 percent"), which in a rule or a vote's result is a threshold or a result. */
function isShareOf(t: Tokens, i: number, s: Sentence): boolean {
  return t.low[i].endsWith('%') || (i + 1 < s.te && SHARE_WORDS.has(t.low[i + 1]));
}

/** A statistic, not a count of what anyone can see: a share, a sum, an estimate, a big number, a toll. */
function isStatistic(t: Tokens, i: number, s: Sentence): boolean {
  const w = t.low[i];
  const prev = i > s.ts ? t.low[i - 1] : '';
  const next = i + 1 < s.te ? t.low[i + 1] : '';
  return SHARE_WORDS.has(next) || w.endsWith('%') || CHANGE_FIGURES.has(w) || APPROX.has(prev) || LARGE_NUMBERS.has(w) || (prev === 'of' && AVERAGE_WORDS.has(t.low[i - 2])) ||
    /^\d{1,3}(,\d{3})+$|^\d{4,}$/.test(w) || TOLL_NOUNS.has(next) || TOLL_VERBS.has(prev);
}

/**
 * A record or superlative an editor would want sourced. Not: a share ("most of his career"), a rank
 * in an office ("the most senior Democrat"), a negation ("not the largest"), a member of a group
 * ("the youngest of their children"), a ranked list someone made ("Time's 25 most influential"),
 * a title ("Most Valuable Player"), or the record the story already named ("the new record").
 */
function isRecord(t: Tokens, i: number, s: Sentence): boolean {
  const w = t.low[i];
  const prev = t.low[i - 1], next = t.low[i + 1];
  // "the strictest in the country", "the hottest July ever".
  const superlative = t.pos[i] === 'ADJ' && w.length > 5 && w.endsWith('est') && !NOT_SUPERLATIVE.has(w) && (prev === 'the' || prev === 'its' || prev === 'their');
  if (!RECORD.has(w) && !superlative) return false;
  if ((w === 'most' && next === 'of') || RANK_WORDS.has(next === '-' ? t.low[i + 2] : next) || (prev === 'the' && t.low[i - 2] === 'not')) return false;
  if ((AGE_SUPERLATIVES.has(w) && next === 'of') || (i - 1 >= s.ts && t.pos[i - 1] === 'NUM')) return false;
  if (i > s.ts && /^[A-Z]/.test(t.val[i]) && /^[A-Z]/.test(t.val[i + 1] ?? '')) return false;
  return !(w === 'record' && (prev === 'the' || (t.low[i - 2] === 'the' && !RECORD_SCOPES.has(prev))));
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
  // "13 hours later", "six minutes ahead of her rivals": when, relative to another event.
  if (DURATION_UNITS.has(next) && RELATIVE_TIME.has(t.low[i + 2])) return true;
  if (prev === 'on' && /^\d{1,2}(st|nd|rd|th)$/.test(w)) return true;
  // Ages in apposition: "Bryant, 41, ..."
  if (prev === ',' && next === ',') return true;
  if (NUMBERED_NOUNS.has(prev)) return true;
  return false;
}
