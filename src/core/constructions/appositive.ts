// An appositive between source and verb: "Alexander Gabov, a researcher ..., said" and
// "a Republican Assemblywoman, Jill Tolles, said": the named one speaks.
import { Construction, CueContext } from './context';
import { skipBack } from '../chunks';
import { contentAfter } from '../content';
import { tryLeft } from '../subjects';

export const appositive: Construction = {
  name: 'appositive before the verb',
  apply(ctx: CueContext): boolean {
    const { t, cue, lo, hi, k } = ctx;
    if (k < lo || t.val[k] !== ',' || t.low[cue.ts].endsWith('ing')) return false;
    for (let j = k - 1; j >= lo && j >= k - 18; j--) {
      if (t.val[j] !== ',' && t.pos[j] !== 'SPACE') continue;
      // "The Ministry has, in a statement, called on ...": a setting between commas, not a source.
      const setting = t.pos[j + 1] === 'ADP';
      const before = tryLeft(t, ctx.text, ctx.names, ctx.r, ctx.s, setting ? skipBack(t, j - 1, lo) : j - 1, lo);
      const between = setting ? null : tryLeft(t, ctx.text, ctx.names, ctx.r, ctx.s, k - 1, j + 1);
      const src = between?.person && !before?.person ? between : before ?? between;
      if (!src) return false;
      cue.source = src;
      contentAfter(t, cue, hi, ctx.clauseEnd, ctx.inQuote, ctx.pairs);
      return true;
    }
    return false;
  },
};
