// "As X said, CONTENT": the content follows the comma.
import { Construction, CueContext } from './context';
import { setContent } from '../content';

export const asSaid: Construction = {
  name: 'as X said',
  apply(ctx: CueContext): boolean {
    const { t, cue, lo, hi } = ctx;
    if (!(cue.ts > lo && t.low[cue.ts - 1] === 'as' && cue.ts - 1 === lo)) return false;
    for (let j = cue.te; j < hi && j < cue.te + 12; j++) {
      if (t.val[j] === ',') {
        setContent(t, cue, j + 1, ctx.clauseEnd(j + 1), false, ctx.inQuote);
        break;
      }
    }
    return true;
  },
};
