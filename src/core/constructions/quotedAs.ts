// "quoted X as saying", "X was quoted as saying": the source is the object of "quoted", or the
// subject of the passive.
import { Construction, CueContext } from './context';
import { auxBefore, npLeft, npRight, skipBack } from '../chunks';
import { contentAfter } from '../content';
import { articleAdjective } from '../subjects';

const QUOTED = /^(quoted|cited|quotes|quote)$/;
const BE = /^(was|were|is|are|been|being)$/;

export const quotedAs: Construction = {
  name: 'quoted as saying',
  apply(ctx: CueContext): boolean {
    const { t, cue, lo, hi } = ctx;
    if (!t.low[cue.ts].endsWith('ing') || cue.ts - 1 < lo || t.low[cue.ts - 1] !== 'as') return false;
    for (let k = cue.ts - 2; k >= lo && k >= cue.ts - 25; k--) {
      if (!QUOTED.test(t.low[k])) continue;
      // "was quoted by the Herald as saying", "was quoted in the Herald as saying": the outlet
      // between "quoted" and "as" reported it; the subject said it.
      const outlet = (t.low[k + 1] === 'by' || t.low[k + 1] === 'in') && npRight(t, k + 2, cue.ts) === cue.ts - 1;
      if ((k + 1 === cue.ts - 1 || outlet) && k > lo && BE.test(t.low[auxBefore(t, k, lo)])) {
        const aux = auxBefore(t, k, lo);
        let sk = skipBack(t, aux - 1, lo);
        // "Lena Ortiz, the union leader, was quoted": the subject before the appositive.
        if (sk > lo && t.val[sk] === ',') {
          let j = sk - 1;
          while (j > lo && t.val[j] !== ',') j--;
          if (t.val[j] === ',' && j > lo) sk = j - 1;
        }
        const a = sk >= lo && t.pos[sk] === 'PRON' ? sk : npLeft(t, sk + 1, lo);
        if (a >= 0) cue.source = ctx.source(a, sk + 1);
        else cue.source = articleAdjective(t, ctx.text, sk, lo); // "The general was quoted as saying"
      } else {
        const e = npRight(t, k + 1, cue.ts);
        if (e > 0) cue.source = ctx.source(k + 1, e);
      }
      break;
    }
    if (cue.source) {
      cue.base = 'quoted ... as saying';
      contentAfter(t, cue, hi, ctx.clauseEnd, ctx.inQuote, ctx.pairs);
    }
    return true;
  },
};
