// Corrections to wink's tags where its model is reliably wrong for news text, applied once after
// tagging so that every later rule sees the same tags.
import { Tokens } from './nlp';

/** Retags in place. Linear in the number of tokens. */
export function retag(t: Tokens): void {
  for (let i = 2; i < t.n; i++) {
    // "according to police": wink reads "to police" as an infinitive.
    if (t.pos[i] === 'VERB' && t.low[i - 1] === 'to' && t.low[i - 2] === 'according') t.pos[i] = /^\p{Lu}/u.test(t.val[i]) ? 'PROPN' : 'NOUN';
  }
}
