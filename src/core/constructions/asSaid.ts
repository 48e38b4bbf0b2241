// "As X said, CONTENT": the content follows the comma; X may be any noun phrase ("As the
// ministry warned last week, ...").
import { Construction, CueContext } from './context';
import { npLeft } from '../chunks';
import { setContent } from '../content';

export const asSaid: Construction = {
  name: 'as X said',
  apply(ctx: CueContext): boolean {
    const { t, cue, lo, hi, k } = ctx;
    if (t.low[lo] !== 'as' || cue.ts <= lo) return false;
    // "As said", "As X said": nothing but the source between "as" and the verb.
    if (k > lo) {
      const a = npLeft(t, k + 1, lo + 1);
      if (a !== lo + 1 && t.pos[k] !== 'PRON') return false;
      cue.source = t.pos[k] === 'PRON' ? ctx.source(k, k + 1) : ctx.source(a, k + 1);
    }
    for (let j = cue.te; j < hi && j < cue.te + 12; j++) {
      if (t.val[j] === ',') {
        setContent(t, cue, j + 1, ctx.clauseEnd(j + 1), false, ctx.inQuote);
        break;
      }
    }
    return true;
  },
};
