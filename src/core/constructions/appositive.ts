// Appositives between source and verb: "Alexander Gabov, a researcher ..., said",
// "a Republican Assemblywoman, Jill Tolles, said", "Leo Marsh, 54, a retired teacher, said".
// Of the comma-separated phrases before the verb, a named person speaks; failing one, the
// first phrase (the head the others describe).
import { Construction, CueContext } from './context';
import { skipBack } from '../chunks';
import { contentAfter } from '../content';
import { tryLeft } from '../subjects';
import { Source } from '../sources';

/** At most this many phrases in the chain: "X, 54, a teacher from Y, said". */
const MAX_PHRASES = 4;

export const appositive: Construction = {
  name: 'appositive before the verb',
  apply(ctx: CueContext): boolean {
    const { t, cue, lo, hi, k } = ctx;
    if (k < lo || t.val[k] !== ',' || t.low[cue.ts].endsWith('ing')) return false;
    const phrases: Source[] = [];
    let end = k; // the comma closing the current phrase
    for (let j = k - 1; j >= lo - 1 && j >= k - 30 && phrases.length < MAX_PHRASES; j--) {
      const boundary = j < lo || t.val[j] === ',' || t.pos[j] === 'SPACE';
      if (!boundary) continue;
      // "The Ministry has, in a statement, called on ...": a setting between commas, not a source.
      if (t.pos[j + 1] === 'ADP') {
        const src = tryLeft(t, ctx.text, ctx.names, ctx.r, ctx.s, skipBack(t, j - 1, lo), lo);
        if (src) phrases.push(src);
        break;
      }
      const bare = /^\d+$/.test(t.val[j + 1]) && j + 2 === end; // an age: ", 54,"
      const src = bare ? null : tryLeft(t, ctx.text, ctx.names, ctx.r, ctx.s, end - 1, j + 1);
      // A phrase that names no one ("a researcher specializing in bears") describes the next one left.
      if (src) phrases.push(src);
      if (j < lo || t.val[j] !== ',') break;
      end = j;
    }
    if (!phrases.length) return false;
    // The leftmost person: "Susan Bro, the mother of Heather Heyer, said" is Susan Bro.
    cue.source = [...phrases].reverse().find((p) => p.person) ?? phrases[phrases.length - 1];
    contentAfter(t, cue, hi, ctx.clauseEnd, ctx.inQuote, ctx.pairs);
    return true;
  },
};
