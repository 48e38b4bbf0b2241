// "In his view, CONTENT", "In Smith's opinion, CONTENT", "In the analysis of the institute,
// CONTENT": the owner of the view speaks; the clause after the comma is what they said.
import { Construction, CueContext } from './context';
import { VIEW_NOUNS } from '../lexicon';
import { npLeft } from '../chunks';
import { setContent } from '../content';
import { Source, personPronoun } from '../sources';

const PERSONAL: Record<string, 'he' | 'she'> = { his: 'he', her: 'she' };

/** The comma that closes the setting. */
function commaAfter(ctx: CueContext): number {
  let k = ctx.cue.te;
  while (k < ctx.hi && ctx.t.val[k] !== ',') k++;
  return k;
}

function owner(ctx: CueContext): Source | null {
  const { t, cue } = ctx;
  let v = cue.ts + 1;
  while (v < cue.te && !VIEW_NOUNS.has(t.low[v])) v++;
  if (t.low[v + 1] === 'of') return ctx.source(v + 2, commaAfter(ctx));
  const poss = v - 1;
  const pronoun = PERSONAL[t.low[poss]];
  if (pronoun) return personPronoun(ctx.names, ctx.r, poss, poss + 1, pronoun, ctx.s.para);
  if (t.low[poss] === 'their' || t.low[poss] === 'its') return ctx.r.lastGroup ? { ...ctx.r.lastGroup, ts: poss, te: poss + 1 } : null;
  // "In Smith's view": the phrase before the possessive.
  const a = npLeft(t, poss, cue.ts + 1);
  return a >= 0 ? ctx.source(a, poss) : null;
}

export const inTheirView: Construction = {
  name: 'in their view',
  apply(ctx: CueContext): boolean {
    if (ctx.cue.base !== 'in the view of') return false;
    ctx.cue.source = owner(ctx);
    const from = commaAfter(ctx) + 1;
    if (ctx.cue.source) setContent(ctx.t, ctx.cue, from, ctx.clauseEnd(from), false, ctx.inQuote);
    return true;
  },
};
