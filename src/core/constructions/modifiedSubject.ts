// A subject kept apart from its verb by what describes it: "Some parents who have heard the
// mayor over the years, on radio or at town meetings, said ...", "One of the farmers, Joe Hill,
// 70, said ...". The clause opens with a noun phrase; everything between it and the cue is a
// relative clause, an appositive, an age or a setting, and none of it is a main clause.
import { Construction, CueContext } from './context';
import { isCloseMark, participle } from '../chunks';
import { contentAfter } from '../content';
import { subjectBeforeModifiers } from '../subjects';
import { PEOPLE_VERBS } from '../lexicon';

export const modifiedSubject: Construction = {
  name: 'subject before its modifiers',
  apply(ctx: CueContext): boolean {
    const { t, cue, lo, hi, k } = ctx;
    // 'who calls the mayor a "liar," said': the comma may stand inside the closing mark.
    const comma = t.val[k] === ',' ? k : isCloseMark(t.val[k]) && t.val[k - 1] === ',' ? k - 1 : -1;
    if (comma <= lo || participle(t, cue.ts, lo)) return false;
    const src = subjectBeforeModifiers(t, ctx.text, ctx.names, ctx.r, ctx.s, lo, comma, PEOPLE_VERBS.has(cue.base));
    if (!src) return false;
    cue.source = src;
    contentAfter(t, cue, hi, ctx.clauseEnd, ctx.inQuote, ctx.pairs);
    return true;
  },
};
