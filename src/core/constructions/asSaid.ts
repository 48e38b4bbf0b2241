// "As X said, CONTENT": the content follows the comma; X may be any noun phrase ("As the
// ministry warned last week, ..."). The same inside a sentence ("..., and as X noted, CONTENT")
// and after its content ("CONTENT, as X noted.").
import { Construction, CueContext } from './context';
import { npLeft } from '../chunks';
import { restIsTail } from '../cues';
import { setContent } from '../content';

export const asSaid: Construction = {
  name: 'as X said',
  apply(ctx: CueContext): boolean {
    const { t, cue, lo, hi, k } = ctx;
    if (cue.ts <= lo) return false;
    // "As said", "As X said": nothing but the source between "as" and the verb.
    const a = k > lo ? (t.pos[k] === 'PRON' ? k : npLeft(t, k + 1, lo + 1)) : -1;
    const asAt = a > lo ? a - 1 : k === lo ? lo : -1;
    if (asAt < lo || t.low[asAt] !== 'as' || !(asAt === lo || t.val[asAt - 1] === ',' || t.pos[asAt - 1] === 'CCONJ')) return false;
    // Inside a sentence the verb must end its phrase: "as it considers the pipeline a priority"
    // is a reason, not a source.
    if (asAt > lo && !(t.val[cue.te] === ',' || restIsTail(t, cue.te, hi, cue.base))) return false;
    if (a > lo) cue.source = ctx.source(a, k + 1);
    for (let j = cue.te; j < hi && j < cue.te + 12; j++) {
      if (t.val[j] === ',') {
        setContent(t, cue, j + 1, ctx.clauseEnd(j + 1), false, ctx.inQuote);
        return true;
      }
    }
    // "People could still be punished, as Ann Hale noted.": the content comes first.
    if (asAt > lo + 1 && t.val[asAt - 1] === ',' && restIsTail(t, cue.te, hi, cue.base)) setContent(t, cue, lo, asAt - 1, false, ctx.inQuote, ctx.cues);
    return true;
  },
};
