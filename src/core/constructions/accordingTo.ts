// "according to X, CONTENT", "CONTENT, according to X." and "A, according to X, B".
import { Construction, CueContext } from './context';
import { OPEN_MARKS, isWordTok, npRight } from '../chunks';
import { setContent } from '../content';
import { writtenSource } from '../subjects';

const PUBLISHED = /^(released|issued|published|posted|made|signed|written|quoted)$/;

export const accordingTo: Construction = {
  name: 'according to',
  apply(ctx: CueContext): boolean {
    const { t, cue, lo, hi } = ctx;
    if (cue.base !== 'according to') return false;
    let e = npRight(t, cue.te, hi);
    if (e < 0) return true;
    // "police in Baytown, Texas," keeps its place name.
    if (e + 2 < hi && t.val[e] === ',' && t.pos[e + 1] === 'PROPN') {
      let p = e + 1;
      while (p < hi && t.pos[p] === 'PROPN') p++;
      if (p < hi && t.val[p] === ',' && p - e <= 3 && t.low[e - 1] !== 'and') e = p;
    }
    // "according to his publicist", "according to a court clerk": the construction itself marks a
    // source, so any phrase will do, kept as written.
    cue.source = ctx.source(cue.te, e) ?? writtenSource(t, ctx.text, cue.te, e);
    // "according to the reports by Johns Hopkins Center ...", "a statement released by X": the author speaks.
    const byAt = e < hi && t.low[e] === 'by' ? e : e + 1 < hi && PUBLISHED.test(t.low[e]) && t.low[e + 1] === 'by' ? e + 1 : -1;
    if (byAt > 0) {
      e = byAt;
      const e2 = npRight(t, e + 1, hi);
      const by = e2 > 0 ? ctx.source(e + 1, e2) : null;
      if (by) {
        cue.source = by;
        e = e2;
      }
    }
    // "the World Health Organization (WHO), ...", "the WHO's situation report dated March 16, ...".
    if (e < hi && t.val[e] !== ',') {
      for (let j = e; j < hi && j < e + 14; j++) {
        if (t.val[j] === ',') {
          if (cue.ts === lo) e = j;
          break;
        }
        if (OPEN_MARKS.has(t.val[j])) break;
      }
    }
    let after = 0;
    for (let i = e + 1; i < hi; i++) if (isWordTok(t, i)) after++;
    const before = cue.ts > lo + 2;
    const cueFollows = ctx.cues.some((o) => o !== cue && o.ts > e && o.ts <= e + 6);
    if (cueFollows && before) after = 0;
    if (e < hi && t.val[e] === ',' && (after >= 3 || !before)) setContent(t, cue, e + 1, ctx.clauseEnd(e + 1), false, ctx.inQuote);
    else if (before) setContent(t, cue, lo, t.val[cue.ts - 1] === ',' ? cue.ts - 1 : cue.ts, false, ctx.inQuote, ctx.cues);
    return true;
  },
};
