// Corrections to wink's tags where its model is reliably wrong for news text, applied once after
// tagging so that every later rule sees the same tags.
import { Tokens } from './nlp';
import { CueTable, QUANTIFIER_PRONOUNS } from './lexicon';

const SURVEYED = /^(surveyed|polled|questioned|interviewed|asked)$/;

const isCue = (cues: CueTable, low: string): boolean => cues.speech.has(low) || cues.thought.has(low);

/** Retags in place. Linear in the number of tokens. */
export function retag(t: Tokens, cues: CueTable): void {
  for (let i = 1; i < t.n; i++) {
    const low = t.low[i];
    // "according to police": wink reads "to police" as an infinitive.
    if (i >= 2 && t.pos[i] === 'VERB' && t.low[i - 1] === 'to' && t.low[i - 2] === 'according') t.pos[i] = /^\p{Lu}/u.test(t.val[i]) ? 'PROPN' : 'NOUN';
    // "Some say ...", "Many said ...": a quantifier before a reporting verb is its subject.
    else if (QUANTIFIER_PRONOUNS.has(t.low[i - 1]) && isCue(cues, low) && (i < 2 || t.pos[i - 2] === 'PUNCT' || t.pos[i - 2] === 'SPACE' || t.pos[i - 2] === 'CCONJ' || t.pos[i - 2] === 'SCONJ')) {
      t.pos[i - 1] = 'PRON';
      t.pos[i] = 'VERB';
    }
    // "Those surveyed said": the participle is the head of the subject.
    else if (SURVEYED.test(low) && (t.low[i - 1] === 'those' || t.low[i - 1] === 'people') && i + 1 < t.n && isCue(cues, t.low[i + 1])) {
      t.pos[i - 1] = 'DET';
      t.pos[i] = 'NOUN';
      t.pos[i + 1] = 'VERB';
    }
    // "42% say": a per cent sign after a number is a noun.
    else if (low === '%' && t.pos[i - 1] === 'NUM') t.pos[i] = 'NOUN';
  }
}
