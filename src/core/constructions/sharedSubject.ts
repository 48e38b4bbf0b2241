// A verb that shares its subject with an earlier one: a participle (", adding that ..."), a
// coordinated verb ("the Department expressed concern ... and said"), "went on to say". A noun
// before a participle ("a statement saying ...") is the source itself when it can be one.
import { Construction, CueContext } from './context';
import { isBreak } from '../chunks';
import { contentAfter } from '../content';
import { nearestSubject, sentenceSubject } from '../subjects';

const CARRY_ON = /^(on|continued|continues|proceeded|went)$/;
const NOUN_PARTICIPLE = /^(claim|say|state|warn|argue|allege|insist)$/;

export const sharedSubject: Construction = {
  name: 'shared subject',
  apply(ctx: CueContext): boolean {
    const { t, cue, lo, hi, k } = ctx;
    const participle = t.low[cue.ts].endsWith('ing');
    // "went on to say", "continued to add": the speaker carries on; "tried to warn" is no attribution.
    const infinitive = k > lo && t.low[k] === 'to' && CARRY_ON.test(t.low[k - 1]);
    if (participle && k >= lo && t.pos[k] === 'NOUN' && NOUN_PARTICIPLE.test(cue.base)) {
      const src = nearestSubject(t, ctx.text, ctx.names, ctx.r, ctx.s, k);
      if (src) {
        cue.source = src;
        contentAfter(t, cue, hi, ctx.clauseEnd, ctx.inQuote, ctx.pairs);
      }
      return true;
    }
    if (!(participle || infinitive || (k >= lo && (t.low[k] === 'and' || t.low[k] === 'but' || t.low[k] === ',')))) return false;
    const src = ctx.subject ?? (participle ? sentenceSubject(t, ctx.text, ctx.names, ctx.r, ctx.s) : nearestSubject(t, ctx.text, ctx.names, ctx.r, ctx.s, k));
    if (src && (participle ? k >= lo && (isBreak(t.val[k]) || t.low[k] === 'and' || t.low[k] === 'while' || t.low[k] === 'by') : true)) {
      cue.source = src;
      contentAfter(t, cue, hi, ctx.clauseEnd, ctx.inQuote, ctx.pairs);
    }
    return true;
  },
};
