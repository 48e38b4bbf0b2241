// Corrections to wink's tags where its model is reliably wrong for news text, applied once after
// tagging so that every later rule sees the same tags.
import { Tokens } from './nlp';
import { CueTable, FRACTION_NOUNS, QUANTIFIER_PRONOUNS, SAY_FORMS, VERB_LIKE_COMPOUNDS, isEvidenceNoun } from './lexicon';
import { Names } from './names';
import { startsUpper } from './letters';
import { posSet } from './pos';

const SURVEYED = /^(surveyed|polled|questioned|interviewed|asked)$/;

const SHOW_FORMS = /^(show|shows|showed|shown)$/;
/** What "show" is followed by as a verb: its object or its clause. */
const SHOWN = new Set(['DET', 'PROPN', 'NOUN', 'PRON', 'NUM', 'ADJ', 'SCONJ', 'ADV']);

/** Tags of the word before a noun that heads a phrase: "media reports", "the reports", "new reports". */
const PHRASE_HEAD_TAGS = posSet('NOUN', 'PROPN', 'ADJ', 'DET');

/** Tags that open a verb's object: a gerund before one is a verb ("according to people opposing the plan"). */
const OBJECT_TAGS = posSet('DET', 'PRON', 'PROPN', 'NUM');

const isCue = (cues: CueTable, low: string): boolean => cues.speech.has(low) || cues.thought.has(low);

/** Tags a reporting verb's subject can have (see reportingVerbAt). */
const SUBJECT_TAGS = posSet('PROPN', 'PRON', 'VERB', 'NOUN', 'NUM');

/** Retags in place. Linear in the number of tokens. Each rule tests its cheap conditions (the
 * neighbours' words and tags) before its lookups and regexes, which most tokens then never reach. */
export function retag(t: Tokens, cues: CueTable): void {
  /** Where the phrase after the last "according to" began. */
  let according = -9;
  for (let i = 1; i < t.n; i++) {
    const low = t.low[i];
    if (i >= 2 && t.low[i - 1] === 'to' && t.low[i - 2] === 'according') according = i;
    // "according to police": wink reads "to police" as an infinitive.
    if (according === i && t.pos[i] === 'VERB') t.pos[i] = startsUpper(t.val[i]) ? 'PROPN' : 'NOUN';
    // "according to recent polling,", "according to exit polling data": a gerund in the source
    // phrase, with no object of its own, is its noun.
    else if (i - according <= 3 && t.pos[i] === 'VERB' && low.endsWith('ing') && (t.pos[i - 1] === 'ADJ' || t.pos[i - 1] === 'NOUN' || t.pos[i - 1] === 'DET') && !(i + 1 < t.n && OBJECT_TAGS.has(t.pos[i + 1]))) t.pos[i] = 'NOUN';
    // "Some say ...", "Many said ...": a quantifier before a reporting verb is its subject.
    else if ((i < 2 || t.pos[i - 2] === 'PUNCT' || t.pos[i - 2] === 'SPACE' || t.pos[i - 2] === 'CCONJ' || t.pos[i - 2] === 'SCONJ') && QUANTIFIER_PRONOUNS.has(t.low[i - 1]) && isCue(cues, low)) {
      t.pos[i - 1] = 'PRON';
      t.pos[i] = 'VERB';
    }
    // "Those surveyed said": the participle is the head of the subject.
    else if ((t.low[i - 1] === 'those' || t.low[i - 1] === 'people') && SURVEYED.test(low) && i + 1 < t.n && isCue(cues, t.low[i + 1])) {
      t.pos[i - 1] = 'DET';
      t.pos[i] = 'NOUN';
      t.pos[i + 1] = 'VERB';
    }
    // "a third say", "one half": a fraction after an article or number is a noun.
    else if ((t.low[i - 1] === 'a' || t.pos[i - 1] === 'NUM' || t.low[i - 1] === 'one') && FRACTION_NOUNS.has(low)) t.pos[i] = 'NOUN';
    // "Polls show Hale ahead", "Recent polling shows that", "..., polls show.": "show" after
    // evidence is its verb, and the evidence before it a noun.
    else if (low.startsWith('show') && SHOW_FORMS.test(low) && isEvidenceNoun(t.low[i - 1]) && i + 1 < t.n && (SHOWN.has(t.pos[i + 1]) || (t.val[i + 1] === '.' && trailingEvidence(t, i - 1)))) {
      t.pos[i] = 'VERB';
      t.pos[i - 1] = 'NOUN';
    }
    // "Media reports said", "Local reports say": a plural cue noun right before a cue verb is the
    // verb's subject.
    else if (low.endsWith('s') && i + 1 < t.n && PHRASE_HEAD_TAGS.has(t.pos[i - 1]) && cues.speech.has(low) && SAY_FORMS.has(t.low[i + 1])) {
      t.pos[i] = 'NOUN';
      t.pos[i + 1] = 'VERB';
    }
    // "the center-left think tank": the first word of a compound noun is no verb.
    else if (t.pos[i] === 'VERB' && i + 1 < t.n && VERB_LIKE_COMPOUNDS.get(low)?.has(t.low[i + 1])) t.pos[i] = 'NOUN';
    // "wrote in an op-ed that ...": wink splits "op-ed" and reads its "ed" as a verb.
    else if ((low === 'ed' || low === 'eds') && t.val[i - 1] === '-' && t.start[i] === t.end[i - 1] && i >= 2 && t.low[i - 2] === 'op') t.pos[i] = 'NOUN';
    // "42% say": a per cent sign after a number is a noun.
    else if (low === '%' && t.pos[i - 1] === 'NUM') t.pos[i] = 'NOUN';
    // "A nurse who asked not to be named said staff were ...": "said" is an adjective only after
    // a determiner ("the said property").
    else if (low === 'said' && t.pos[i] === 'ADJ' && t.pos[i - 1] !== 'DET') t.pos[i] = 'VERB';
    // "Paul Grant said profits ...": wink sometimes tags a name's last word as a verb and the
    // reporting verb after it as an adjective or noun.
    else if (t.pos[i] !== 'VERB' && SUBJECT_TAGS.has(t.pos[i - 1]) && cues.speech.has(low) && reportingVerbAt(t, i, cues)) {
      t.pos[i] = 'VERB';
      if (t.pos[i - 1] === 'VERB' && startsUpper(t.val[i - 1])) t.pos[i - 1] = 'PROPN';
    }
  }
}

/** ", the latest police figures show.": the evidence noun at `h` ends a short phrase after a comma. */
function trailingEvidence(t: Tokens, h: number): boolean {
  for (let k = h - 1; k >= 0 && k >= h - 5; k--) {
    if (t.val[k] === ',') return true;
    if (!(t.pos[k] === 'DET' || t.pos[k] === 'ADJ' || t.pos[k] === 'NOUN' || t.pos[k] === 'PROPN' || t.pos[k] === 'NUM')) return false;
  }
  return false;
}

/** A capitalised word found to be part of a person's or organisation's name is a proper noun,
 * whatever its common meaning ("Cook said", "Rice said"). */
export function retagNames(t: Tokens, names: Names): void {
  for (let i = 0; i < t.n; i++) {
    const c = names.clusterAt[i];
    if (c >= 0 && names.clusters[c].kind !== 'other' && startsUpper(t.val[i]) && t.pos[i] !== 'PUNCT') t.pos[i] = 'PROPN';
  }
}

const FOLLOWS_VERB = new Set(['DET', 'PRON', 'NOUN', 'PROPN', 'NUM', 'ADJ', 'PUNCT', 'SCONJ', 'ADP']);

/** A past or third-person form of a reporting verb right after its subject (a name, pronoun or
 * noun) and before its content: a verb, whatever the tagger said. Its subject's tag is
 * one of SUBJECT_TAGS, which retag() tests first. */
function reportingVerbAt(t: Tokens, i: number, cues: CueTable): boolean {
  const low = t.low[i];
  // A desk's own cue ("rétorqua", "harrumphed") after its subject is a verb.
  if (cues.extra.has(low) && i + 1 < t.n && (t.pos[i - 1] === 'PROPN' || t.pos[i - 1] === 'PRON')) return true;
  const sayForm = /^(say|says|said|told|tells|wrote)$/.test(low);
  const past = sayForm || /ed$/.test(low) || /^(spoke|writes)$/.test(low);
  if (!past || i + 1 >= t.n) return false;
  const before = t.pos[i - 1];
  // "Nearly a third say ...": the forms of "say" and "tell" are verbs after any noun or number.
  const subject = before === 'PROPN' || before === 'PRON' || (before === 'VERB' && startsUpper(t.val[i - 1])) ||
    (sayForm && (before === 'NOUN' || before === 'NUM'));
  return subject && FOLLOWS_VERB.has(t.pos[i + 1]) && !/^(his|her|their|its)$/.test(t.low[i - 1]);
}
