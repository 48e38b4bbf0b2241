// Cue words: where reporting verbs and "according to" sit in a sentence, which of them start a
// clause of their own, and the small token tests the attribution rules share.
import { Tokens } from './nlp';
import { Sentence } from './sentences';
import { CUE_PREPOSITIONS, JUDGEMENT_VERBS, PREPOSITION_ONLY, STATEMENT_NOUNS, SUBORDINATORS, CONTRAST_WORDS, CROWD_HEADS, CueTable, HEARD_FORMS, HEARING_BODIES, LISTENER_VERBS, PERSON_NOUNS, POSSESSIVES, QUANTIFIER_PRONOUNS, QUOTE_ONLY, REPORTED_PARTICIPLES, REPORTED_QUESTIONS, SAY_FORMS, DURATION_UNITS, SOURCE_NOUNS, THOUGHT_BASES, TIME_LEADS, TIME_WORDS, TITLES, VIEW_NOUNS } from './lexicon';
import { posSet } from './pos';
import { startsUpper } from './letters';
import { Source } from './sources';
import { OPEN_MARKS, agentAfter, answerAt, auxBefore, finiteClause, isBe, isBreak, isCloseMark, isWordTok, npLeft, npRight, skipBack, subjectAfterObject } from './chunks';

export interface Cue {
  /** Token range of the cue words. */
  ts: number;
  te: number;
  base: string;
  source: Source | null;
  /** Character range of the reported content, or null. */
  content: [number, number] | null;
  /** Content token range (for deciding which quotations the cue governs). */
  cs: number;
  ce: number;
  thatClause: boolean;
  /** The construction that decided this cue (for explanations and debugging). */
  construction?: string;
  /** The first half of a parenthetical attribution: "A, they reasoned, B". */
  extra?: [number, number];
}

/** "he broached the New York Times report that ...": a noun phrase after a verb or preposition
 * ends in a noun, not in a reporting verb. */
function objectNounPhrase(t: Tokens, i: number, lo: number): boolean {
  let k = i - 1;
  while (k > lo && /^(NOUN|PROPN|ADJ|PART)$/.test(t.pos[k])) k--;
  if (t.pos[k] !== 'DET') return false;
  // A subject opens its clause; "Estimates by the Argentinian government state ...": by/of/from
  // stay inside the subject.
  if (k <= lo) return false;
  const before = t.low[k - 1];
  return !(/^[,;:]$/.test(before) || /^(and|but|that|while|by|of|from)$/.test(before));
}

/** A quotation mark or colon within a few words of the verb: '"...," he continued', 'She continued: "..."'. */
function nextToQuotation(t: Tokens, i: number, s: Sentence): boolean {
  for (let j = Math.max(s.ts, i - 4); j < Math.min(s.te, i + 3); j++) {
    if (j !== i && (OPEN_MARKS.has(t.val[j]) || isCloseMark(t.val[j]) || t.val[j] === ':')) return true;
  }
  return false;
}

/** "in his view,", "in the analysis of X,", "in Smith's opinion,": [end of the cue words, the comma], or [-1, -1]. */
function viewSetting(t: Tokens, i: number, hi: number): [number, number] {
  for (let j = i + 1; j < hi && j < i + 12; j++) {
    if (t.val[j] === ',') break;
    if (!VIEW_NOUNS.has(t.low[j])) continue;
    const owner = t.low[j - 1];
    const possessive = /^(his|her|their|its|my|our)$/.test(owner) || owner === "'s" || owner === '’s';
    const ofOwner = t.low[j + 1] === 'of';
    if (!possessive && !ofOwner) break;
    let k = j + 1;
    while (k < hi && k < j + 12 && t.val[k] !== ',') k++;
    if (k < hi && t.val[k] === ',') return [ofOwner ? j + 2 : j + 1, k];
    break;
  }
  return [-1, -1];
}

/** Every form of every cue in a table (phrasal, speech, thought): one lookup rules out the tokens
 * that are no cue, almost all of them, where the three tables each took one. Derived once per
 * table; a table never changes once built. */
const cueForms = new WeakMap<CueTable, ReadonlySet<string>>();
function formsOf(cues: CueTable): ReadonlySet<string> {
  let forms = cueForms.get(cues);
  if (!forms) {
    forms = new Set([...cues.phrasal.keys(), ...cues.speech.keys(), ...cues.thought.keys()]);
    cueForms.set(cues, forms);
  }
  return forms;
}

export function newCue(ts: number, te: number, base: string): Cue {
  return { ts, te, base, source: null, content: null, cs: 0, ce: 0, thatClause: false };
}

export function findCues(t: Tokens, s: Sentence, inQuote: Int32Array, cues: CueTable): Cue[] {
  const out: Cue[] = [];
  const forms = formsOf(cues);
  let headline: boolean | undefined;
  for (let i = s.ts; i < s.te; i++) {
    if (inQuote[i] >= 0) continue;
    const low = t.low[i];
    if (low === 'according' && i + 1 < s.te && t.low[i + 1] === 'to') {
      out.push(newCue(i, i + 2, 'according to'));
      i++;
      continue;
    }
    // "In his view, ...", "In the opinion of the court, ...": the whole setting is the cue.
    if ((low === 'in' || low === 'from') && (i === s.ts || t.val[i - 1] === ',')) {
      const [cueEnd, comma] = viewSetting(t, i, s.te);
      if (comma > 0) {
        out.push(newCue(i, cueEnd, 'in the view of'));
        i = comma - 1;
        continue;
      }
    }
    // "The court heard that ...": evidence given in the proceedings.
    if (HEARD_FORMS.has(low) && i > s.ts && HEARING_BODIES.has(t.low[i - 1]) && i + 1 < s.te && (t.low[i + 1] === 'that' || t.low[i + 1] === 'how')) {
      out.push(newCue(i, i + 1, 'hear'));
      continue;
    }
    if (!forms.has(low)) continue;
    const phrasal = cues.phrasal.get(low);
    if (phrasal && i + 1 < s.te && t.low[i + 1] === phrasal[1] && t.pos[i] === 'VERB') {
      out.push(newCue(i, i + 2, phrasal[0]));
      i++;
      continue;
    }
    const base = cues.speech.get(low) ?? cues.thought.get(low);
    if (!base) continue;
    // "Theresa May's proposed deal", "the stated goal", "a reported attack": a participle before
    // a noun describes it and reports nothing.
    if (prenominal(t, i, s)) continue;
    if (low === 'state' && stateAsNoun(t, i, s)) continue;
    // "A painting said to be by Vermeer", "Ruiz, said to be furious,": hearsay about the noun, and
    // no one's report ("Ruiz is said to be" is hearsay too: a claim, see HEARSAY).
    if (REPORTED_PARTICIPLES.has(low) && t.low[i + 1] === 'to' && (t.low[i + 2] === 'be' || t.low[i + 2] === 'have')) continue;
    // "All told, the storm left 14,000 homes without power": in all, no one told anything.
    if (low === 'told' && i > s.ts && t.low[i - 1] === 'all' && t.val[i + 1] === ',') continue;
    // "questioned whether the plan would work" reports a question; "questioned the suspect" does not.
    const asksQuestion = base === 'question' && i + 1 < s.te && REPORTED_QUESTIONS.has(t.low[i + 1]);
    if (QUOTE_ONLY.has(base) && !nextToQuotation(t, i, s) && !asksQuestion) continue;
    const pos = t.pos[i];
    const prev = i > s.ts ? t.pos[i - 1] : '';
    // "United States", "Reports" in a title; but in a headline set in title case ("Trump Says He
    // Will Run") every word is capitalised, the verb too.
    if (i > s.ts && t.val[i] !== low && !(headline ??= titleCase(t, s))) continue;
    // wink sometimes tags a cue as a noun after a noun ("Estimates by the government state ...").
    const nounCue = (pos === 'NOUN' || pos === 'PROPN') && (prev === 'PRON' || prev === 'PROPN' || prev === 'NOUN') &&
      // "which critics say will raise rents": a modal right after it makes it a verb too.
      // ("the primary contests award delegates", "contests in Florida": an -s noun is a verb only
      // before its clause, its object or its quotation.)
      (low.endsWith('ed') || (i + 1 < s.te && (t.low[i + 1] === 'that' || t.pos[i + 1] === 'AUX' || (low.endsWith('s') && (OBJECT_START.has(t.pos[i + 1]) || t.val[i + 1] === ':' || inQuote[i + 1] >= 0)) || finiteClause(t, i + 1, s.te, inQuote)))) &&
      !objectNounPhrase(t, i, s.ts) &&
      // ("Media reports said": the noun is the subject of the verb after it.)
      !(i + 1 < s.te && SAY_FORMS.has(t.low[i + 1]));
    // "have alleged fraud": after "have", an -ed form wink read as an adjective is the perfect.
    const perfect = pos === 'ADJ' && low.endsWith('ed') && i > s.ts && /^(have|has|had|'ve|’ve)$/.test(t.low[auxBefore(t, i, s.ts)]);
    const verbish = pos === 'VERB' || (pos === 'AUX' && base === 'say') || nounCue || perfect;
    const afterComma = low.endsWith('ing') && skipBack(t, i - 1, s.ts) >= s.ts && isBreak(t.val[skipBack(t, i - 1, s.ts)]);
    if (!verbish && !afterComma) continue;
    // A passive is a cue only with its agent: "was projected by multiple media outlets".
    // "X was said to be ..." is hearsay with no source: like any passive, a cue only with its agent.
    const passive = !low.endsWith('ing') && /^(was|were|been|being|be|is|are)$/.test(t.low[auxBefore(t, i, s.ts)]);
    if (passive && agentAfter(t, i + 1, s.te) < 0) continue;
    out.push(newCue(i, i + 1, base));
  }
  return out;
}

/** Tags of a word that modifies the noun after it: "former state Rep.", "some state officials". */
const MODIFIER_TAGS = posSet('DET', 'ADJ', 'NUM');

/** An -ed form between a determiner or possessive and a noun: an adjective, not a verb. */
function prenominal(t: Tokens, i: number, s: Sentence): boolean {
  if (!t.low[i].endsWith('ed') || i <= s.ts || i + 1 >= s.te) return false;
  const before = t.low[i - 1];
  const determined = t.pos[i - 1] === 'DET' || POSSESSIVES.has(before) || before === "'s" || before === '’s';
  return (determined || afterModifier(t, i, s)) && (t.pos[i + 1] === 'NOUN' || t.pos[i + 1] === 'PROPN');
}

/** The -ed form at i follows another modifier of a noun: "an able and determined opponent", "a
 * fierce, determined rival", "the widely reported attack". ("The wealthy argued taxes were too
 * high" is an adjective standing for people, then a verb and its clause.) */
function afterModifier(t: Tokens, i: number, s: Sentence): boolean {
  if (i - 2 < s.ts) return false;
  const before = t.low[i - 1];
  const adjective = t.pos[i - 1] === 'ADJ' && t.pos[i - 2] === 'DET' && !finiteClause(t, i + 1, s.te, NO_QUOTES);
  const coordinated = (before === 'and' || before === ',') && t.pos[i - 2] === 'ADJ' && i - 3 >= s.ts && t.pos[i - 3] === 'DET';
  const adverb = t.pos[i - 1] === 'ADV' && before.endsWith('ly') && t.pos[i - 2] === 'DET';
  return adjective || coordinated || adverb;
}

/** "Former state Rep. Hale", "some state officials", "battleground state Florida": "state" before a
 * noun, after a modifier or before a title or a name, is the noun ("Witnesses state police fired
 * first" keeps its verb). */
function stateAsNoun(t: Tokens, i: number, s: Sentence): boolean {
  if (i + 1 >= s.te) return false;
  const next = t.pos[i + 1];
  if (next === 'PROPN') return true;
  return (next === 'NOUN' || next === 'ADJ') && (i === s.ts || MODIFIER_TAGS.has(t.pos[i - 1]) || QUANTIFIER_PRONOUNS.has(t.low[i - 1]) || TITLES.has(t.low[i + 1]));
}

/** A headline in title case: most words of four or more capitalised ("Mayor Says Bridge Will Reopen"). */
function titleCase(t: Tokens, s: Sentence): boolean {
  let words = 0;
  let caps = 0;
  for (let i = s.ts; i < s.te; i++) {
    if (!isWordTok(t, i) || /^\d/.test(t.val[i])) continue;
    words++;
    if (startsUpper(t.val[i])) caps++;
  }
  return words >= 4 && caps >= 0.8 * words;
}

/** A noun that can head a source phrase: "officials", "three-quarters", "the candidate". */
const sourceLike = (low: string): boolean => SOURCE_NOUNS.has(low) || SOURCE_NOUNS.has(low.replace(/s$/, '')) || CROWD_HEADS.has(low) || PERSON_NOUNS.has(low);

/** "that, according to an audit, ...": the phrase opens a "that" clause, which goes on after it.
 * The "that", or -1. */
export function afterThat(t: Tokens, c: Cue, lo: number): number {
  const k = t.val[c.ts - 1] === ',' ? c.ts - 2 : c.ts - 1;
  return k > lo && t.low[k] === 'that' ? k : -1;
}

/** Whether the verb at token i is a cue of the sentence that reports a clause ("said"), not only
 * a judgement of someone ("criticized the plan"). */
export const takesClauseAt = (cues: readonly Cue[], i: number): boolean => cues.some((c) => c.ts <= i && i < c.te && !JUDGEMENT_VERBS.has(c.base));

/** A later cue that starts its own clause (", adding", ", according to", ", X said") ends the content before it. */
export function clauseStarter(t: Tokens, c: Cue, lo: number, hi: number, isCue: (i: number) => boolean): boolean {
  // ("reported that, according to an audit, 85 meetings ...": the phrase sits inside the clause.)
  if (c.base === 'according to') return afterThat(t, c, lo) < 0;
  if (c.base === 'in the view of') return true;
  const k = skipBack(t, c.ts - 1, lo);
  if (k < lo) return false;
  if (isBreak(t.val[k]) || t.low[k] === 'and' || t.low[k] === 'but') {
    // "characterised the deaths as X and wrote Y": a second verb of the same subject.
    const coordinated = (t.low[k] === 'and' || t.low[k] === 'but') && t.pos[c.ts] === 'VERB' && !THOUGHT_BASES.has(c.base);
    // ("and had not been thinking clearly": a progressive after "be" is no participle clause.)
    const participle = t.low[c.ts].endsWith('ing') && !isBe(t.low[c.ts - 1]);
    return coordinated || participle || t.val[k] === ',' || (k > lo && t.val[k - 1] === ',') || t.low[c.te] === 'that';
  }
  // "..., compared with 64 percent who say the same": a relative clause with its own speaker.
  if (t.low[k] === 'who' && k > lo + 1) return true;
  // "and several said": a quantifier alone is a subject, whatever wink tagged it.
  const a = t.pos[k] === 'PRON' || QUANTIFIER_PRONOUNS.has(t.low[k]) ? k : npLeft(t, k + 1, lo);
  if (a <= lo) return false;
  // "and his wife will also speak at the convention": speaking reports nothing without its
  // preposition ("speak about"), so with a subject of its own it opens no clause; after a comma
  // ("..., but Jones spoke against the plan") the clause is new all the same.
  const afterComma = t.val[a - 1] === ',' || (t.pos[a - 1] === 'CCONJ' && t.val[a - 2] === ',');
  if (PREPOSITION_ONLY.has(c.base) && !afterComma && !CUE_PREPOSITIONS.get(c.base)?.has(t.low[c.te] ?? '')) return false;
  // "asked for a photo and Smith said": the subject of a new clause after the verb's object.
  if (subjectAfterObject(t, a, k + 1, c.ts, lo, isCue) > a) return true;
  // ", while only 49 percent of teachers say the same": a contrast opens a clause of its own.
  let before = a - 1;
  while (before > lo && t.pos[before] === 'ADV') before--;
  if (CONTRAST_WORDS.has(t.low[before]) && t.val[before - 1] === ',') return true;
  if (t.pos[k] === 'NOUN' && !sourceLike(t.low[k]) && !QUANTIFIER_PRONOUNS.has(t.low[k])) return false; // "the virus claimed"
  // "... while Interior Minister X wrote he had ordered ...": a new clause with its own source.
  // ", but she said ...": after a comma, a pronoun subject opens the clause too.
  if (/^(while|whereas|but|although|though|and)$/.test(t.low[a - 1]) && (t.pos[k] !== 'PRON' || QUANTIFIER_PRONOUNS.has(t.low[k]) || t.val[a - 2] === ',')) return true;
  return (t.val[a - 1] === ',' || isCloseMark(t.val[a - 1])) && restIsTail(t, c.te, hi, c.base);
}

const NO_QUOTES = new Int32Array(0);
const OBJECT_START = posSet('DET', 'NOUN', 'ADJ', 'NUM', 'PROPN');

/** Only punctuation, a short phrase or a further attribution follow the cue: "..., X said (on Monday)." */
/** "two days after voters went to the polls", "hours before the vote": when, relative to an event. */
export function intervalBefore(t: Tokens, i: number, hi: number): boolean {
  const duration = (k: number): boolean => DURATION_UNITS.has(t.low[k]) || DURATION_UNITS.has(`${t.low[k]}s`); // "a day after"
  const unit = duration(i) ? i : i + 1 < hi && (t.pos[i] === 'NUM' || t.low[i] === 'a') && duration(i + 1) ? i + 1 : -1;
  return unit >= 0 && (t.low[unit + 1] === 'after' || t.low[unit + 1] === 'before');
}

/** "in a statement that blamed the council": a "that" after a statement, with its verb next, is a
 * relative pronoun, and opens no reported clause. */
function relativeThat(t: Tokens, j: number): boolean {
  return j > 0 && j + 1 < t.n && t.low[j] === 'that' && STATEMENT_NOUNS.has(t.low[j - 1]) && (t.pos[j + 1] === 'VERB' || t.pos[j + 1] === 'AUX');
}

/** An "according to" in [i, hi). */
function accordingLater(t: Tokens, i: number, hi: number): boolean {
  for (let k = i; k + 1 < hi; k++) if (t.low[k] === 'according' && t.low[k + 1] === 'to') return true;
  return false;
}

export function restIsTail(t: Tokens, from: number, hi: number, base = ''): boolean {
  // "..., Principal Omar Diaz told parents in a letter.": the listener is no content.
  if (LISTENER_VERBS.has(base) && from < hi) {
    // "told her closest advisers", "told his aides": a possessive opens the listener's noun phrase
    // ("her" only before a noun or adjective: "told her the plan was dead" is told her).
    const possessive = POSSESSIVES.has(t.low[from]) && (t.low[from] !== 'her' || t.pos[from + 1] === 'ADJ' || t.pos[from + 1] === 'NOUN');
    const e = t.pos[from] === 'PRON' && !possessive ? from + 1 : npRight(t, from, hi);
    // "..., she told her advisers as she worked on the speech": the listener, then when.
    // ("as he labored over the speech": "as" with a subject after it is a time clause too.)
    if (e > from && e < hi && (SUBORDINATORS.has(t.low[e]) || (t.low[e] === 'as' && (t.pos[e + 1] === 'PRON' || t.pos[e + 1] === 'PROPN' || t.pos[e + 1] === 'DET')))) return true;
    if (e > from && e < hi && !finiteClause(t, e, hi, NO_QUOTES) && t.low[e] !== 'that') from = e;
    else if (e >= hi) return true;
  }
  // "..., Kennedy wrote Linick.": a name alone after "wrote" is whom the letter was to.
  if (base === 'write' && from < hi && t.pos[from] === 'PROPN') {
    let k = from;
    while (k < hi && t.pos[k] === 'PROPN') k++;
    if (k >= hi || (t.pos[k] === 'PUNCT' && k + 1 >= hi)) return true;
  }
  let i = from;
  while (i < hi && (t.val[i] === ',' || t.val[i] === ':')) i++;
  // "Police fired tear gas, witnesses said, and 30 people were arrested, according to the
  // ministry": a clause joined after the comma with a source of its own is not more of what was
  // said. (Without one, "A, Maróth said, and B seems realistic" may well go on with his words.)
  if (i > from && i < hi && t.val[from] === ',' && (t.low[i] === 'and' || t.low[i] === 'but') && accordingLater(t, i, hi)) return true;
  // "..., Hale said, answering a question at a town hall": a participle after the comma is how it
  // was said.
  if (i > from && i < hi && (t.pos[i] === 'VERB' || t.pos[i] === 'NOUN') && t.low[i].endsWith('ing') && t.pos[i + 1] !== 'VERB' && t.pos[i + 1] !== 'AUX') return true;
  // "..., he said, on condition of anonymity to speak freely", "..., Hale said Thursday at a forum
  // hosted by the group.": a phrase (after a comma, or after a time) with no "that" and no
  // quotation is the attribution's own circumstances.
  let p = i;
  // ("said Thursday at", "said last week at"; not "revealed that in December, ...".)
  if (p === from) while (p < hi && p < i + 3 && (TIME_WORDS.has(t.low[p]) || (TIME_LEADS.has(t.low[p]) && TIME_WORDS.has(t.low[p + 1] ?? '')))) p++;
  // ("said in an interview at his home outside Ebira.": right after the verb too, for where and
  // when; "tweeted about X", "told them of X" name what was said.)
  const setting = p === from && /^(in|at|during)$/.test(t.low[p]) && !(CUE_PREPOSITIONS.get(base)?.has(t.low[p]) ?? false);
  if ((i > from || p > i || setting) && p < hi && t.pos[p] === 'ADP' && !finiteClause(t, p, hi, NO_QUOTES)) {
    let plain = true;
    for (let j = p; j < hi && plain; j++) if ((t.low[j] === 'that' && !relativeThat(t, j)) || OPEN_MARKS.has(t.val[j])) plain = false;
    if (plain) return true;
  }
  if (i < hi && (OPEN_MARKS.has(t.val[i]) || t.low[i] === 'that' || answerAt(t, i, hi))) return false;
  // "Last spring, Governor Ana Ruiz said she would veto the bill": a clause of its own is the
  // content, however short, and the words before the comma are only a setting.
  if (i < hi && finiteClause(t, i, hi, NO_QUOTES)) return false;
  // "..., the AU announced an electronic payment system": an object is what the verb reports;
  // a time ("said Monday", "said last week") is not.
  if (i === from && i < hi && OBJECT_START.has(t.pos[i]) && !TIME_WORDS.has(t.low[i]) && !TIME_WORDS.has(t.low[i + 1] ?? '')) return false;
  let words = 0;
  for (; i < hi; i++) {
    // ", adding ...", ", who ...", ", according to ...", a quotation: the attribution's own tail.
    if ((t.val[i] === '—' || t.val[i] === '–') && words <= 6) return true; // "..., they said Sunday — murder carrying ..."
    // (", as cheap imports eat into its margins", ", amid protests": the writer's context.)
    if (t.val[i] === ',' && words <= 6) return i + 1 >= hi || t.low[i + 1].endsWith('ing') || /^(who|according|in|on|at|after|before|during|when|as|while|because|amid|although|though|despite)$/.test(t.low[i + 1]) || OPEN_MARKS.has(t.val[i + 1]) || intervalBefore(t, i + 1, hi);
    if (OPEN_MARKS.has(t.val[i])) return false;
    if (isWordTok(t, i)) words++;
  }
  return words <= 6;
}
