// Unattributed claims: sentences with no attribution that state something an editor would
// want sourced (AP: figures, causes, allegations, predictions, records, characterisations).
import { Tokens } from './nlp';
import { Sentence } from './sentences';
import { Claim, ClaimKind } from './types';

const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);
const NUMBER_WORDS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'twenty', 'thirty', 'forty', 'fifty', 'hundred', 'hundreds', 'thousand', 'thousands', 'million', 'millions', 'billion', 'billions', 'trillion', 'dozen', 'dozens', 'half', 'halved', 'doubled', 'tripled', 'several', 'percent', 'per', '%']);
const RECORD = new Set(['first', 'largest', 'biggest', 'highest', 'lowest', 'most', 'least', 'worst', 'best', 'record', 'unprecedented', 'longest', 'shortest', 'fastest', 'slowest', 'oldest', 'youngest', 'deadliest', 'strongest', 'weakest', 'greatest', 'richest', 'poorest', 'historic', 'ever', 'faster', 'slower', 'larger', 'only']);
const CAUSE = ['because', 'due to', 'caused', 'causing', 'led to', 'leading to', 'resulted in', 'as a result', 'associated with', 'linked to', 'triggered', 'blamed', 'thanks to', 'in response to', 'after two', 'responsible for'];
const ALLEGATION = new Set(['allegedly', 'accused', 'illegal', 'illegally', 'corrupt', 'corruption', 'fraud', 'rigged', 'lied', 'lying', 'cover-up', 'crime', 'abuse', 'bribe', 'bribery', 'scandal', 'misconduct', 'propaganda']);
const PREDICTION = ['will', 'would become', 'expected to', 'likely to', 'is set to', 'are set to', 'forecast', 'poised to', 'on track to'];
const CHARACTER = ['careful not to', 'well-known', 'well known', 'prominent', 'evident', 'clearly', 'dramatic', 'dramatically', 'massive', 'great importance', 'significant', 'significantly', 'controversial', 'notorious', 'famous', 'renowned', 'severe', 'crucial', 'huge', 'vast', 'no legal standing', 'merely', 'so far', 'refrained', 'rapprochement', 'long-standing', 'resurgence', 'mistrust', 'hesitancy', 'failed', 'failure', 'crisis', 'unequal', 'successful', 'popular', 'among the'];

// One alternation per list, so a sentence is scanned once per kind, not once per phrase.
const phrases = (list: string[]): RegExp => new RegExp(` (?:${list.map((p) => p.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')).join('|')})[ ,]`);
const CAUSE_RE = phrases(CAUSE);
const PREDICTION_RE = phrases(PREDICTION);
const CHARACTER_RE = phrases(CHARACTER);

const REASONS: Record<ClaimKind, string> = {
  figure: 'figure without a source',
  record: 'record or superlative without a source',
  cause: 'causal claim without a source',
  allegation: 'allegation without a source',
  prediction: 'prediction without a source',
  characterisation: 'characterisation without a source',
};

export function findClaims(t: Tokens, text: string, sentences: Sentence[], attributed: Uint8Array, sourced: (s: Sentence) => boolean): Claim[] {
  const claims: Claim[] = [];
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si];
    if (attributed[si] || sourced(s)) continue;
    const prev = sentences[si - 1];
    if (prev && prev.para === s.para && attributed[si - 1]) continue; // continues the attribution before it
    const raw = text.slice(s.start, s.end);
    if (!/[.!]["”’)]?$/.test(raw)) continue; // headings, datelines, captions
    if (/["“”«»]/.test(raw)) continue; // quotation without a found speaker: a quote problem, not a claim
    let words = 0;
    for (let i = s.ts; i < s.te; i++) if (t.pos[i] !== 'PUNCT' && t.pos[i] !== 'SPACE') words++;
    if (words < 6) continue;
    const kind = claimKind(t, s, ` ${raw.toLowerCase().replace(/\s+/g, ' ')} `);
    if (kind) claims.push({ start: s.start, end: s.end, text: raw, kind, reason: REASONS[kind] });
  }
  return claims;
}

function claimKind(t: Tokens, s: Sentence, low: string): ClaimKind | null {
  let figure = false;
  let record = false;
  let allegation = false;
  for (let i = s.ts; i < s.te; i++) {
    const w = t.low[i];
    if (t.pos[i] === 'NUM' || /^\d/.test(w) || NUMBER_WORDS.has(w)) {
      if (isDateOrTime(t, i, s)) continue;
      if (/^(one|1)$/.test(w)) continue;
      figure = true;
    } else if (/^[$€£¥]/.test(w)) figure = true;
    else if (RECORD.has(w)) record = true;
    else if (ALLEGATION.has(w)) allegation = true;
  }
  const has = (re: RegExp): boolean => re.test(low);
  if (record) return 'record';
  if (has(CAUSE_RE)) return 'cause';
  if (allegation) return 'allegation';
  if (figure) return 'figure';
  if (has(CHARACTER_RE)) return 'characterisation';
  if (has(PREDICTION_RE) && /\b(first|most|never|all|every|no)\b/.test(low)) return 'prediction';
  return null;
}

function isDateOrTime(t: Tokens, i: number, s: Sentence): boolean {
  const w = t.low[i];
  if (/^(1[5-9]|20)\d\d(s)?$/.test(w)) return true; // a year
  const prev = i > s.ts ? t.low[i - 1] : '';
  const next = i + 1 < s.te ? t.low[i + 1] : '';
  if (MONTHS.has(prev) || MONTHS.has(next)) return true;
  if (/^(a\.m\.|p\.m\.|am|pm|gmt|utc|o'clock|:)$/.test(next) || /^\d{1,2}:\d\d/.test(w)) return true;
  if (prev === 'on' && /^\d{1,2}(st|nd|rd|th)$/.test(w)) return true;
  // Ages in apposition: "Bryant, 41, ..."
  if (prev === ',' && next === ',') return true;
  if (/^(round|week|day|chapter|article|section|route|game|stage)$/.test(prev)) return true;
  return false;
}
