// A passive with its agent: "X was projected by media outlets to have ...", "His death was
// announced on Friday by the University": content after the agent, else the subject before.
import { Construction, CueContext } from './context';
import { agentAfter, auxBefore, isWordTok, npRight } from '../chunks';
import { LISTENER_ONLY, NEEDS_CLAUSE, QUESTION_WORDS, THOUGHT_BASES } from '../lexicon';
import { setContent } from '../content';
import { nameInApposition, subjectStart, writtenSource } from '../subjects';

const BE = /^(was|were|been|being|be|is|are|as)$/;

export const passiveAgent: Construction = {
  name: 'passive with agent',
  apply(ctx: CueContext): boolean {
    const { t, cue, lo, hi } = ctx;
    if (cue.ts <= lo || !BE.test(t.low[auxBefore(t, cue.ts, lo)])) return false;
    // "was considered a great tackle by the likes of X": a passive belief is no one's words.
    if (THOUGHT_BASES.has(cue.base)) return true;
    const by = agentAfter(t, cue.te, hi);
    if (by < 0) return false;
    let e = npRight(t, by + 1, hi);
    // ("were told by the headteacher", "was asked by a caller": whoever told, informed or asked the subject spoke.)
    if (e > 0) cue.source = ctx.source(by + 1, e) ?? (LISTENER_ONLY.has(cue.base) || cue.base === 'ask' ? writtenSource(t, ctx.text, by + 1, e) : null);
    // "were told by the headteacher, Joanna Birch, that ...": the name in apposition speaks.
    const close = e > 0 ? nameInApposition(t, ctx.names, e, hi) : -1;
    const person = close > 0 ? ctx.source(e + 1, close) : null;
    if (person) {
      cue.source = person;
      e = close + 1;
    }
    if (!cue.source || NEEDS_CLAUSE.has(cue.base)) return true;
    let after = 0;
    for (let i = e; i < hi; i++) if (isWordTok(t, i)) after++;
    let aux = auxBefore(t, cue.ts, lo);
    while (aux > lo && /^(has|have|had|been|not|also)$/.test(t.low[aux - 1])) aux--;
    // "was asked by a caller why ...", "was asked by host X whether ...": the agent's question.
    if (cue.base === 'ask' && after >= 3 && QUESTION_WORDS.has(t.low[e])) setContent(t, cue, e, ctx.clauseEnd(e), false, ctx.inQuote);
    else if (after >= 3 && (t.low[e] === 'to' || t.low[e] === 'that')) setContent(t, cue, t.low[e] === 'that' ? e + 1 : e, ctx.clauseEnd(e), false, ctx.inQuote);
    // "The attack was claimed by the Houthi movement": responsibility was claimed, nothing reported.
    else if (aux > lo && cue.base !== 'claim') setContent(t, cue, subjectStart(t, lo, aux), aux, false, ctx.inQuote);
    return true;
  },
};
