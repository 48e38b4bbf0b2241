// Chunks over wink's tokens and tags: noun phrases (walked left from a verb or right from a
// cue), verb groups (auxiliaries and adverbs before a verb), finite clauses, and the small token
// classes (quotation marks, breaks, capitalised words) every construction reads. No parser: wink
// stays the tokenizer, tagger and sentence splitter; these are the only phrase rules.
import { Tokens } from './nlp';
import { posSet } from './pos';
import { startsUpper } from './letters';
import { FLOATING_QUANTIFIERS, MODALS, PAST_FORMS, PRESENT_FORMS, SENTENCE_LINKS, COMPARATIVES, SUBJECT_PRONOUNS, FRACTION_WORDS, PEOPLE_HEADS, POSSESSIVES, PERSON_NOUNS, POLLED_PARTICIPLES, RELATIVE_PRONOUNS, ANSWER_WORDS, QUANTIFIER_PRONOUNS, BETWEEN_SOURCE_AND_CUE, QUANTITY_PREPOSITIONS, DEGREE_ADVERBS, RELATIVE_WORDS, ROLES_TO, SOURCE_NOUNS, STATEMENT_NOUNS, SUBORDINATORS, TIME_LEADS, TIME_WORDS, DOCUMENT_NOUNS, MESSAGE_NOUNS, AUTHORED_PARTICIPLES, SPONSOR_PARTICIPLES, PLACED_PARTICIPLES } from './lexicon';

export const OPEN_MARKS = new Set(['"', '“', '„', '«', '‘']);

export const isCloseMark = (v: string): boolean => v === '"' || v === '”' || v === '»' || v === '’';

/** A comma, or a closing mark after a comma: '"...," further remarking'. */
/** A comma, a dash or a closing quotation mark: where an attribution's own phrase may begin. */
export const isBreak = (v: string): boolean => v === ',' || v === '–' || v === '—' || isCloseMark(v);

/** A capitalised word that is not a pronoun: part of a name, whatever wink tagged it. */
export const isCapWord = (t: Tokens, i: number): boolean => t.pos[i] !== 'PUNCT' && t.pos[i] !== 'PRON' && startsUpper(t.val[i]);

/** A hyphen standing alone between spaces, written for a dash: "Tom Reed - who said ... - said". */
const spacedHyphen = (t: Tokens, k: number): boolean => t.val[k] === '-' && t.start[k] > t.end[k - 1] && (k + 1 >= t.n || t.start[k + 1] > t.end[k]);

/** A dash at token k: an em or en dash, or a hyphen written for one. */
export const isDashAt = (t: Tokens, k: number): boolean => t.val[k] === '—' || t.val[k] === '–' || spacedHyphen(t, k);

/** The comma at `c` closes a phrase set off by an earlier comma after the subject ("The players,
 * who ..., all said"), not an opening setting ("After the match, all said"). */
function setOff(t: Tokens, lo: number, c: number): boolean {
  for (let j = c - 2; j > lo; j--) if (t.val[j] === ',') return t.pos[lo] !== 'ADP' && t.pos[lo] !== 'SCONJ' && t.pos[lo] !== 'ADV';
  return false;
}

export const skipBack = (t: Tokens, k: number, lo: number): number => {
  for (;;) {
    while (k >= lo && (BETWEEN_SOURCE_AND_CUE.has(t.low[k]) || (t.pos[k] === 'ADV' && /ly$/.test(t.low[k])))) k--;
    // "They all said", "The ministers both told reporters": a quantifier floated after its subject.
    // ("The players, who had been unpaid for months, all said": after the modifiers' comma too.)
    if (k - 1 >= lo && FLOATING_QUANTIFIERS.has(t.low[k]) && (t.pos[k - 1] === 'PRON' || t.pos[k - 1] === 'NOUN' || t.pos[k - 1] === 'PROPN' || (t.val[k - 1] === ',' && setOff(t, lo, k - 1))) && !QUANTIFIER_PRONOUNS.has(t.low[k - 1])) {
      k--;
      continue;
    }
    // "The government on Tuesday announced", "Smith last week said": a time between source and verb.
    if (k - 1 > lo && TIME_WORDS.has(t.low[k]) && TIME_LEADS.has(t.low[k - 1])) k -= 2;
    // "Spicer on Thursday evening said", "the council late Monday night voted", "Hale this past
    // week announced".
    else if (k - 2 > lo && TIME_WORDS.has(t.low[k]) && (TIME_WORDS.has(t.low[k - 1]) || t.low[k - 1] === 'past') && TIME_LEADS.has(t.low[k - 2])) k -= 3;
    // "A statement released Monday said", "Court documents filed Monday say": a participle and its
    // time describe the source; the day is not the source.
    else if (k - 1 > lo && TIME_WORDS.has(t.low[k]) && t.pos[k - 1] === 'VERB' && /(?:ed|en)$/.test(t.low[k - 1])) k -= 2;
    // "Sen. Bernie Sanders (I-Vt.) said", "Many speakers — including X — said": an aside.
    else if (k > lo && (t.val[k] === ')' || isDashAt(t, k))) {
      const open = t.val[k] === ')' ? '(' : t.val[k];
      let j = k - 1;
      while (j > lo && k - j < 20 && t.val[j] !== open) j--;
      if (j <= lo || t.val[j] !== open || !(t.pos[j - 1] === 'PROPN' || t.pos[j - 1] === 'NOUN')) return k;
      k = j - 1;
    } else return k;
  }
};


/** The word before a verb, past any adverbs ("was previously announced"). */
export function auxBefore(t: Tokens, i: number, lo: number): number {
  let j = i - 1;
  while (j > lo && t.pos[j] === 'ADV') j--;
  return Math.max(j, lo);
}

/** Forms of "be" that make a progressive with -ing ("is saying") or a passive with -ed ("was said"). */
const BE_FORMS = new Set(['am', 'is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re", '’s', '’re']);

/** A form of "be": what makes a passive ("was known as") or a progressive ("is saying"). */
export const isBe = (w: string): boolean => BE_FORMS.has(w);

/** A past participle right after an article describes the noun after it ("the leaked memo", "an
 * emailed statement"), whatever wink tagged it. */
export const describingParticiple = (t: Tokens, k: number): boolean => t.pos[k] === 'VERB' && /ed$/.test(t.low[k]) && k > 0 && t.pos[k - 1] === 'DET';

export type Tense = 'past' | 'present' | 'modal';

/** The tense a finite verb shows ("said", "went": past; "says", "is": present; "would": modal),
 * or null for a participle, an infinitive or a base form, which show none. */
export function tenseOf(t: Tokens, i: number): Tense | null {
  const w = t.low[i];
  if (t.pos[i] !== 'VERB' && t.pos[i] !== 'AUX') return null;
  if (MODALS.has(w)) return 'modal';
  if (PAST_FORMS.has(w) || w.endsWith('ed')) return 'past';
  if (PRESENT_FORMS.has(w) || (/[^s]s$/.test(w) && t.pos[i] === 'VERB')) return 'present';
  return null;
}

/** "is saying", "have been stressing": an -ing form after "be" is a finite verb, not a participle. */
export function progressive(t: Tokens, i: number, lo: number): boolean {
  return t.low[i].endsWith('ing') && i > lo && BE_FORMS.has(t.low[auxBefore(t, i, lo)]);
}

/** An -ing form standing alone (", saying ...", "announcing ..."): it borrows a subject. */
export function participle(t: Tokens, i: number, lo: number): boolean {
  return t.low[i].endsWith('ing') && !progressive(t, i, lo);
}

const NP_POS = posSet('PROPN', 'NOUN', 'ADJ', 'DET', 'NUM', 'PART');
const NP_JOIN = new Set(['of', 'for', 'from', 'at', 'in', 'and', '&', 'during']);

/** Noun-phrase material; a capitalised word counts whatever wink tagged it ("the Associated Press"). */
const npTok = (t: Tokens, i: number): boolean =>
  NP_POS.has(t.pos[i]) || SOURCE_NOUNS.has(t.low[i]) ||
  (t.pos[i] !== 'PUNCT' && t.pos[i] !== 'SPACE' && t.pos[i] !== 'PRON' && startsUpper(t.val[i]) && t.low[i] !== 'according');

export const isWordTok = (t: Tokens, i: number): boolean => t.pos[i] !== 'PUNCT' && t.pos[i] !== 'SPACE';

const PRON_OBJECT = new Set(['him', 'her', 'them', 'it']);
const PRON_GROUP = new Set(['them', 'us', 'you', 'those']);

/** The phrase [a, e) is names joined by "and" (so a comma before it continues the list). */
function listOfNames(t: Tokens, a: number, e: number): boolean {
  let and = false;
  for (let i = a; i < e; i++) {
    if (t.low[i] === 'and') and = true;
    else if (t.pos[i] !== 'PROPN' && t.val[i] !== ',') return false;
  }
  return and;
}

const POSSESSIVE_DET = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);

/** [a, e) after a "that" can be a relative clause's subject: a name, a pronoun, people, a phrase
 * ("prosecutors", "the police", "Hale"), not one singular common noun ("that day", "that summer"). */
function relativeSubject(t: Tokens, a: number, e: number): boolean {
  if (e - a > 1) return true;
  const w = t.low[a];
  return t.pos[a] !== 'NOUN' || w.endsWith('s') || PEOPLE_HEADS.has(w) || PERSON_NOUNS.has(w);
}

/** Noun phrase ending at token `e` (exclusive), walking left. Returns its first token or -1. */
export function npLeft(t: Tokens, e: number, lo: number): number {
  let a = e;
  while (a > lo && e - a < 16) {
    const k = a - 1;
    const p = t.pos[k];
    // "both Mugabe and Tsvangirai claimed": a coordination opens at "both".
    if (t.low[k] === 'both' || t.low[k] === 'either' || t.low[k] === 'neither') {
      a = k;
      break;
    }
    // "a group that prosecutors said was ...": "that" after a noun, with a subject after it,
    // opens a relative clause; it is no determiner of the phrase.
    // ("Witnesses that day said": a demonstrative before one singular thing is the phrase's.)
    if (t.low[k] === 'that' && a < e && k > lo && (t.pos[k - 1] === 'NOUN' || t.pos[k - 1] === 'PROPN') && relativeSubject(t, k + 1, e)) break;
    if (npTok(t, k) || (p === 'PUNCT' && (t.val[k] === '-' || t.val[k] === '.') && t.start[k + 1] === t.end[k])) a = k;
    else if (p === 'X' && t.start[k + 1] === t.end[k]) a = k;
    // "the regional growers' cooperative": a plural possessive's apostrophe inside the phrase.
    else if ((t.val[k] === "'" || t.val[k] === '’') && k > lo && t.start[k] === t.end[k - 1] && t.low[k - 1].endsWith('s') && a < e) a = k;
    // "Some 56 percent of farmers polled said": the participle of a poll ends its people.
    else if (a === e && POLLED_PARTICIPLES.has(t.low[k]) && k > lo && (t.pos[k - 1] === 'NOUN' || t.pos[k - 1] === 'PROPN' || t.low[k - 1] === 'those')) a = k;
    // "People with direct knowledge of the talks said", "officials with the agency said".
    else if (t.low[k] === 'with' && k > lo && (PEOPLE_HEADS.has(t.low[k - 1]) || PERSON_NOUNS.has(t.low[k - 1]))) a = k;
    // "more than 4 in 10 said", "fewer than half": a comparison opens the share.
    else if (t.low[k] === 'than' && k > lo && COMPARATIVES.has(t.low[k - 1]) && a < e && (t.pos[a] === 'NUM' || FRACTION_WORDS.has(t.low[a]))) a = k - 1;
    // "Center for Microbial Oceanography: Research and Education said": a colon inside a name.
    else if (t.val[k] === ':' && k > lo && t.pos[k - 1] === 'PROPN' && !TIME_WORDS.has(t.low[k - 1]) && a < e && t.pos[a] === 'PROPN' && t.start[k] === t.end[k - 1]) a = k;
    // "That person said": a demonstrative opening the clause, whatever wink tagged it.
    else if ((t.low[k] === 'this' || t.low[k] === 'that') && a === k + 1 && t.pos[a] === 'NOUN' && (k === lo || t.pos[k - 1] === 'PUNCT' || t.pos[k - 1] === 'ADV')) a = k;
    // "she and another reporter said": a pronoun joined to the phrase.
    else if (t.low[k] === 'and' && a < e && k > lo && SUBJECT_PRONOUNS.has(t.low[k - 1])) a = k - 1;
    // "All but two said": a share that leaves some out.
    else if (t.low[k] === 'but' && k > lo && t.low[k - 1] === 'all' && a < e && t.pos[a] === 'NUM') a = k - 1;
    // "A well-known lawyer": a hyphenated compound is one modifier, whatever its words' tags.
    else if (k - 2 >= lo && t.val[k - 1] === '-' && t.start[k] === t.end[k - 1] && t.start[k - 1] === t.end[k - 2]) a = k - 2;
    else if (t.val[k] === ')' && a < e) {
      // "the World Health Organization (WHO) told": step over a short parenthesis.
      let j = k - 1;
      while (j > lo && k - j < 8 && t.val[j] !== '(') j--;
      if (t.val[j] !== '(' || j <= lo) break;
      a = j;
    } else if ((NP_JOIN.has(t.low[k]) || (t.low[k] === 'on' && STATEMENT_NOUNS.has(t.low[k - 1] ?? '')) || (t.low[k] === 'by' && DOCUMENT_NOUNS.has(t.low[k - 1] ?? ''))) && k > lo && NP_POS.has(t.pos[k - 1]) && t.pos[k - 1] !== 'DET') a = k; // "the statement on the death"
    // "A report released by the state auditor found", "a study funded by the industry": a
    // document's participle and its agent (whether the agent speaks is the source's to say).
    else if (t.low[k] === 'by' && k - 2 >= lo && (AUTHORED_PARTICIPLES.has(t.low[k - 1]) || SPONSOR_PARTICIPLES.has(t.low[k - 1])) && DOCUMENT_NOUNS.has(t.low[k - 2])) a = k - 1;
    // "Carson, Fiorina and Huckabee say": a list of names, joined by commas and a final "and".
    else if (t.val[k] === ',' && k > lo && t.pos[k - 1] === 'PROPN' && t.pos[a] === 'PROPN' && listOfNames(t, a, e)) a = k;
    // "an aide to the mayor", "an adviser to the president": the person in the role speaks.
    else if (t.low[k] === 'to' && k > lo && ROLES_TO.has(t.low[k - 1])) a = k;
    // "Hale's message to lawmakers was blunt": the words and whom they were for.
    else if (t.low[k] === 'to' && k > lo && MESSAGE_NOUNS.has(t.low[k - 1])) a = k;
    // "The deputy head of the delegation to the summit said": a noun's own "to" phrase.
    else if (t.low[k] === 'to' && k > lo && t.pos[k - 1] === 'NOUN' && a < e && t.pos[a] === 'DET') a = k;
    // "Shopkeepers on Fennel Street say", "residents on the island said": people and where they are.
    else if (t.low[k] === 'on' && k > lo && a < e && !TIME_WORDS.has(t.low[k + 1]) && (t.pos[k - 1] === 'NOUN' || t.pos[k - 1] === 'PROPN') && /[^s]s$/.test(t.low[k - 1])) a = k;
    // "The leaked memo", "the revised figures": a participle between article and noun describes it;
    // so does a gerund opening the phrase ("But hacking specialists say", "polling firms").
    else if (k > lo && describingParticiple(t, k) && a === k + 1) a = k;
    else if (t.pos[k] === 'VERB' && /ing$/.test(t.low[k]) && a === k + 1 && t.pos[a] === 'NOUN' && (k === lo || t.pos[k - 1] === 'DET' || t.pos[k - 1] === 'CCONJ' || t.pos[k - 1] === 'PUNCT')) a = k;
    // "a source close to him", "people familiar with the matter": a standard unnamed source.
    else if (PRON_OBJECT.has(t.low[k]) && k - 2 >= lo && /^(to|with)$/.test(t.low[k - 1]) && /^(close|familiar)$/.test(t.low[k - 2])) a = k - 2;
    else if (/^(to|with)$/.test(t.low[k]) && k - 1 >= lo && /^(close|familiar)$/.test(t.low[k - 1])) a = k - 1;
    // "Most of them said", "two of us agreed": a share of a group the pronoun names.
    else if (a === e && PRON_GROUP.has(t.low[k]) && k - 2 >= lo && t.low[k - 1] === 'of' && (QUANTIFIER_PRONOUNS.has(t.low[k - 2]) || t.pos[k - 2] === 'NUM' || t.low[k - 2] === 'each')) a = k - 2;
    else break;
  }
  // A phrase may not start with a joiner, a possessive or a parenthesis.
  // Nor with a subordinator or a relative: "After the council said" is the council, "which
  // officials said" officials.
  while (a < e && (NP_JOIN.has(t.low[a]) || t.pos[a] === 'CCONJ' || SENTENCE_LINKS.has(t.low[a]) || t.pos[a] === 'PART' || t.val[a] === '(' || SUBORDINATORS.has(t.low[a]) || RELATIVE_WORDS.has(t.low[a]))) a++;
  // "On Tuesday the company denied": a time opening the clause is no part of the subject.
  if ((t.pos[a] === 'ADP' || TIME_LEADS.has(t.low[a])) && TIME_WORDS.has(t.low[a + 1] ?? '') && a + 2 < e) a += TIME_WORDS.has(t.low[a + 2]) && a + 3 < e ? 3 : 2;
  if (a >= e) return -1;
  // "her son Anderson Cooper announced": a possessive determiner opens the phrase.
  if (a > lo && POSSESSIVE_DET.has(t.low[a - 1])) a--;
  for (let i = a; i < e; i++) if (t.pos[i] === 'PROPN' || t.pos[i] === 'NOUN' || t.pos[i] === 'NUM') return a;
  return a < e - 2 && PRON_GROUP.has(t.low[e - 1]) && t.low[e - 2] === 'of' ? a : -1;
}

/** "asked for a photo and Smith said", "backed the plan and Jones said": a phrase right after a
 * verb (or after the verb's preposition) is that verb's object, so an "and" or "but" inside it
 * opens a clause of its own, whose subject starts after it. Returns that start, or `a`. A verb of
 * speech takes a clause ("said Jones and Smith agreed"), so what follows it is no such phrase. */
export function subjectAfterObject(t: Tokens, a: number, e: number, cue: number, lo: number, takesClause: (i: number) => boolean): number {
  // Only a finite verb has a subject: not "persuade utilities and mills to agree", not "urged
  // voters and donors saying", not "an end to the cuts known as sequestration".
  if (t.low[cue - 1] === 'to' || t.low[cue].endsWith('ing') || (t.pos[cue - 1] === 'NOUN' && (t.low[cue + 1] === 'as' || t.low[cue + 1] === 'by'))) return a;
  let v = a - 1;
  const prep = v > lo && t.pos[v] === 'ADP' && !SUBORDINATORS.has(t.low[v]) && t.low[v] !== 'by' && t.low[v] !== 'of';
  if (prep) v--;
  // ("Scientists studying whales and dolphins said", "Companies based in Ohio and Texas said": a
  // participle describes the subject.)
  if (v < lo || t.pos[v] !== 'VERB' || (!prep && takesClause(v)) || t.low[v].endsWith('ing') || PLACED_PARTICIPLES.has(t.low[v])) return a;
  for (let j = e - 2; j > a; j--) if (t.low[j] === 'and' || t.low[j] === 'but') return j + 1;
  return a;
}

/** Noun phrase starting at token `s`, walking right. Returns its end (exclusive) or -1. */
export function npRight(t: Tokens, s: number, hi: number): number {
  let e = s;
  // "his son Abhijit Mukherjee": a possessive pronoun may open the phrase.
  if (e < hi && /^(his|her|their|its|our)$/.test(t.low[e])) e++;
  while (e < hi && e - s < 18) {
    const p = t.pos[e];
    // "announced by Vellmar Rail that fares would rise": "that" after a noun opens a clause.
    if (t.low[e] === 'that' && e > s && (t.pos[e - 1] === 'PROPN' || t.pos[e - 1] === 'NOUN')) break;
    // "some parents who ..." opens a relative clause ("the WHO" is an organisation).
    if (e > s && RELATIVE_PRONOUNS.has(t.val[e])) break;
    // "told his aides the plan was dead": an article after a noun opens the next phrase.
    if (p === 'DET' && e > s && (t.pos[e - 1] === 'NOUN' || t.pos[e - 1] === 'PROPN')) break;
    if (npTok(t, e) && !(p === 'PART' && t.low[e] !== "'s" && t.low[e] !== '’s')) e++;
    // "two of her aides": a possessive after "of" goes on with the phrase.
    else if (e > s && t.low[e - 1] === 'of' && POSSESSIVES.has(t.low[e]) && e + 1 < hi && (t.pos[e + 1] === 'NOUN' || t.pos[e + 1] === 'ADJ')) e++;
    // "the most recent data": a degree adverb before an adjective is part of the phrase.
    else if (DEGREE_ADVERBS.has(t.low[e]) && e + 1 < hi && t.pos[e + 1] === 'ADJ') e++;
    // "the managing director", "the operator's ruling board": a gerund between a determiner (or a
    // possessive) and its noun modifies the noun.
    else if (p === 'VERB' && e > s && t.low[e].endsWith('ing') && (t.pos[e - 1] === 'DET' || t.low[e - 1] === "'s" || t.low[e - 1] === '’s') && e + 1 < hi && t.pos[e + 1] === 'NOUN') e++;
    // "a new Associated Press poll": after an article, a word wink read as an adverb modifies the noun.
    else if (p === 'ADV' && e > s && t.pos[e - 1] === 'DET' && e + 1 < hi && (t.pos[e + 1] === 'PROPN' || t.pos[e + 1] === 'NOUN' || t.pos[e + 1] === 'ADJ')) e++;
    // "a just-released poll", "a well-known lawyer": a hyphenated compound is one modifier.
    else if (e + 2 < hi && t.val[e + 1] === '-' && t.start[e + 1] === t.end[e] && t.start[e + 2] === t.end[e + 1]) e += 3;
    else if ((p === 'X' || p === 'PUNCT' && (t.val[e] === '-' || t.val[e] === '.')) && e > s && t.start[e] === t.end[e - 1]) e++;
    else if (NP_JOIN.has(t.low[e]) && e > s && e + 1 < hi && (t.pos[e + 1] === 'PROPN' || t.pos[e + 1] === 'DET' || t.pos[e + 1] === 'NOUN' || t.pos[e + 1] === 'ADJ' || (t.low[e] === 'of' && POSSESSIVES.has(t.low[e + 1])))) e++;
    // "a person familiar with the talks", "a source close to the mayor".
    else if (e > s && ((t.low[e] === 'with' && t.low[e - 1] === 'familiar') || (t.low[e] === 'to' && t.low[e - 1] === 'close'))) e++;
    else break;
  }
  while (e > s && (NP_JOIN.has(t.low[e - 1]) || t.pos[e - 1] === 'DET' || t.pos[e - 1] === 'PUNCT')) e--;
  for (let i = s; i < e; i++) if (t.pos[i] === 'PROPN' || t.pos[i] === 'NOUN' || startsUpper(t.val[i])) return e;
  return -1;
}

/** A finite verb before any relative clause: "Sales rose 8%" (not "who has lived here", "a Democrat who
 * has refused", "specializing in bears"). */
export function finiteVerbIn(t: Tokens, a: number, e: number): boolean {
  for (let i = a; i < e; i++) {
    // "a Democrat who has refused to endorse him": the verbs after a relative belong to it.
    if (RELATIVE_PRONOUNS.has(t.low[i])) return false;
    // ("the center-left think tank": a word glued on by a hyphen is part of a compound.)
    if (i > a && t.val[i - 1] === '-' && t.start[i] === t.end[i - 1]) continue;
    // ("helping to organize the boycott": an infinitive is no finite verb.)
    if ((t.pos[i] === 'AUX' || (t.pos[i] === 'VERB' && !/(ing|ed|en)$/.test(t.low[i]))) && t.low[i - 1] !== 'to') return true;
  }
  return false;
}

/** A subject followed by a finite verb ("his nephew needed a dose"), not an object ("a state of emergency"). */
const NP_TAGS = posSet('DET', 'ADJ', 'NOUN', 'PROPN', 'PRON', 'NUM', 'PART');

/** "up to 50mm", "at least six", "at most 20": a bound before a number is an estimate, like "about". */
export const numberBound = (t: Tokens, i: number): boolean =>
  ((t.low[i] === 'up' && t.low[i + 1] === 'to') || (t.low[i] === 'at' && (t.low[i + 1] === 'least' || t.low[i + 1] === 'most'))) && (t.pos[i + 2] === 'NUM' || FRACTION_WORDS.has(t.low[t.low[i + 2] === 'a' ? i + 3 : i + 2] ?? ''));

export function finiteClause(t: Tokens, a: number, e: number, inQuote: Int32Array): boolean {
  // "down-ballot races can help": a hyphenated compound is one modifier, whatever its first word.
  if (a + 3 < e && t.val[a + 1] === '-' && t.start[a + 1] === t.end[a] && t.start[a + 2] === t.end[a + 1]) a += 2;
  // "her biggest concern is ...": "her" before a noun phrase is a possessive, not an object.
  const possessive = t.low[a] === 'her' && (t.pos[a + 1] === 'NOUN' || t.pos[a + 1] === 'ADJ');
  if ((/^(him|her|them|us|me)$/.test(t.low[a]) && !possessive) || t.pos[a] === 'VERB' || t.pos[a] === 'AUX' || t.pos[a] === 'PUNCT') return false;
  // A clause does not open with a preposition ("with 25 others injured"), except an estimate ("about 200 people attended").
  if (t.pos[a] === 'ADP' && !((QUANTITY_PREPOSITIONS.has(t.low[a]) && t.pos[a + 1] === 'NUM') || numberBound(t, a))) return false;
  for (let i = a; i < e && i < a + 14; i++) {
    if (inQuote[i] >= 0) continue;
    const p = t.pos[i];
    if ((p === 'VERB' || p === 'AUX') && i > a) {
      if (t.low[i].endsWith('ing') && p === 'VERB') continue; // "Zhukovskyy's driving history rendered"
      return t.low[i - 1] !== 'to';
    }
    // Only a noun phrase may come before the verb: "around 200 people attended", not "last Friday so he could".
    // "the FAA and the NTSB were to investigate": coordinated subjects too.
    // ("her resignation and left the building": "and" before a verb joins predicates, not subjects.)
    const joins = (p === 'ADP' && (t.pos[i + 1] === 'NUM' || t.low[i] === 'of')) || (t.low[i] === 'and' && i > a && t.pos[i + 1] !== 'VERB' && t.pos[i + 1] !== 'AUX') || (p === 'ADV' && i === a);
    if (!NP_TAGS.has(p) && !joins) return false;
  }
  return false;
}


/** "Asked whether he would run, she said no": a one-word answer ends its clause at c. */
export function answerAt(t: Tokens, c: number, hi: number): boolean {
  // wink reads a final "no." as the abbreviation of "number": one token.
  if (t.low[c].endsWith('.') && ANSWER_WORDS.has(t.low[c].slice(0, -1))) return true;
  return ANSWER_WORDS.has(t.low[c]) && (c + 1 >= hi || (t.pos[c + 1] === 'PUNCT' && t.val[c + 1] !== '-'));
}

/** The "by" of a passive's agent within eight words after the verb ("was announced on Friday by
 * the University"), or -1: no punctuation but quotation marks, and no other verb, on the way. */
export function agentAfter(t: Tokens, from: number, hi: number): number {
  let by = from;
  while (by < hi && by < from + 8 && t.low[by] !== 'by' && (t.pos[by] !== 'PUNCT' || OPEN_MARKS.has(t.val[by]) || isCloseMark(t.val[by])) && t.pos[by] !== 'VERB') by++;
  return by < hi && t.low[by] === 'by' ? by : -1;
}
