// A verb that shares its subject with an earlier one: a participle (", adding that ..."), a
// coordinated verb ("the Department expressed concern ... and said"), "went on to say". A noun
// before a participle ("a statement saying ...") is the source itself when it can be one.
import { Construction, CueContext } from './context';
import { auxBefore, finiteClause, isBe, isBreak, npLeft } from '../chunks';
import { CROWD_HEADS, PEOPLE_HEADS, PERSON_NOUNS, QUANTIFIER_PRONOUNS, RECEIVING_VERBS, REPORTED_PARTICIPLES, SIGN_NOUNS, SPEECH_PURPOSE, SUBORDINATORS, WITHHOLD_VERBS } from '../lexicon';
import { contentAfter } from '../content';
import { nearestSubject, sentenceSubject, subjectSpan, writtenSource } from '../subjects';
import type { Source } from '../sources';

const CARRY_ON = /^(on|continued|continues|proceeded|went)$/;
const NOUN_PARTICIPLE = /^(claim|say|state|warn|argue|allege|insist)$/;

/** The participle opens the sentence, alone or after a subordinator ("Saying ...", "After saying ..."). */
const opensSentence = (ctx: CueContext): boolean => ctx.k < ctx.lo || (ctx.k === ctx.lo && SUBORDINATORS.has(ctx.t.low[ctx.k]));

/** ", saying ..." is said by the subject of the clause it hangs on, whatever noun that is:
 * "Some candidates have called for troops, saying airstrikes failed". */
function participleSubject(ctx: CueContext): Source | null {
  const { t, text, names, r } = ctx;
  // An opening participle phrase hangs on the clause after its comma: "After saying he was
  // nervous, the man ...", "Saying he was tired, Reed left".
  const opening = opensSentence(ctx);
  let s = ctx.s;
  if (opening) {
    let comma = ctx.cue.te;
    while (comma < ctx.hi && (t.val[comma] !== ',' || ctx.inQuote[comma] >= 0)) comma++;
    if (comma >= ctx.hi) return null;
    s = { ...s, ts: comma + 1 };
  }
  const known = sentenceSubject(t, text, names, r, s);
  if (known) return known;
  const span = subjectSpan(t, s);
  return span && (span[1] <= ctx.cue.ts || opening) ? writtenSource(t, text, span[0], span[1]) : null;
}

/** The cue is a second verb of a relative clause set off by commas ("Ann Beck, who endorsed him
 * and said she would campaign, did not"): its content ends at the clause's closing comma. */
function inRelative(ctx: CueContext): boolean {
  const { t, lo } = ctx;
  for (let i = ctx.cue.ts - 1; i > lo; i--) {
    if (t.val[i] === ',' && ctx.inQuote[i] < 0) return false;
    if (t.low[i] === 'who' && t.val[i - 1] === ',') return true;
  }
  return false;
}

/** "took to Twitter to say ...", "called a news conference to announce ...": an infinitive of
 * purpose after a place or medium reports what the subject went there to say. Not after a verb
 * ("declined to say", "is expected to say"): those say nothing yet. */
function purpose(ctx: CueContext): boolean {
  const { t, k, lo } = ctx;
  if (!(t.pos[k - 1] === 'NOUN' || t.pos[k - 1] === 'PROPN') || !SPEECH_PURPOSE.has(ctx.cue.base)) return false;
  for (let i = lo; i < k; i++) if (WITHHOLD_VERBS.has(t.low[i])) return false;
  return true;
}

/** The people the noun phrase ending right before the participle names ("62 percent of voters",
 * "voters", "residents"), or null for a thing ("a statement saying", whose issuer speaks). */
function peopleBefore(ctx: CueContext, a: number): Source | null {
  const { t, k, lo } = ctx;
  if (a < 0 || !(PEOPLE_HEADS.has(t.low[k]) || CROWD_HEADS.has(t.low[k]) || PERSON_NOUNS.has(t.low[k]))) return null;
  // Only a share of people, as polls count them ("62 percent of voters", "most residents"): after
  // a plain object, the participle is the subject's ("The school emailed parents saying ...").
  let share = false;
  for (let i = a; i <= k && !share; i++) share = t.pos[i] === 'NUM' || CROWD_HEADS.has(t.low[i]) || QUANTIFIER_PRONOUNS.has(t.low[i]);
  if (!share) return null;
  // In the subject ("The share of voters saying they want a ban is high"), the clause runs into
  // the sentence's own verb, and where one ends is anyone's guess: only an object is read.
  let verb = false;
  for (let i = lo; i < a && !verb; i++) verb = (t.pos[i] === 'VERB' || t.pos[i] === 'AUX') && ctx.inQuote[i] < 0;
  if (!verb) return null;
  const src = ctx.source(a, k + 1);
  return src && (src.person || src.anonymous) ? src : null;
}

export const sharedSubject: Construction = {
  name: 'shared subject',
  apply(ctx: CueContext): boolean {
    const { t, cue, lo, hi, k } = ctx;
    const participle = t.low[cue.ts].endsWith('ing');
    // "went on to say", "continued to add": the speaker carries on; "tried to warn" is no attribution.
    // "The minister is reported to have said that ...": the subject said it, by report.
    if (k > lo + 1 && t.low[k] === 'to' && t.low[cue.ts - 1] === 'have' && REPORTED_PARTICIPLES.has(t.low[k - 1])) {
      const aux = auxBefore(t, k - 1, lo);
      const a = isBe(t.low[aux]) ? npLeft(t, aux, lo) : -1;
      const src = a >= 0 ? ctx.source(a, aux) ?? writtenSource(t, ctx.text, a, aux) : null;
      if (src) {
        cue.source = src;
        contentAfter(t, cue, hi, ctx.clauseEnd, ctx.inQuote, ctx.pairs);
      }
      return true;
    }
    const infinitive = k > lo && t.low[k] === 'to' && (CARRY_ON.test(t.low[k - 1]) || purpose(ctx));
    // "with Senator Ana Ruiz calling the governor a fascist": an absolute phrase has its own subject.
    // ("with three in 10 saying": a share of people ends in its number.)
    if (participle && k > lo && (t.pos[k] === 'PROPN' || t.pos[k] === 'NOUN' || t.pos[k] === 'NUM')) {
      const a = npLeft(t, k + 1, lo);
      const src = a > lo && t.low[a - 1] === 'with' ? ctx.source(a, k + 1) : null;
      // People speak; "a banner from People's Vote saying" is a sign.
      if (src && (src.person || src.anonymous)) {
        cue.source = src;
        contentAfter(t, cue, hi, ctx.clauseEnd, ctx.inQuote, ctx.pairs);
        return true;
      }
    }
    if (participle && k >= lo && t.pos[k] === 'NOUN' && NOUN_PARTICIPLE.test(cue.base)) {
      // "People holding a banner saying ...": a sign says what is written on it; no one speaks.
      if (SIGN_NOUNS.has(t.low[k])) return true;
      // "left 62 percent of voters saying ...", "the share of voters saying ...": people right
      // before the participle are the ones saying it (a reduced relative clause).
      // "Residents received a letter saying ...": the one who got it did not write it.
      const a = npLeft(t, k + 1, lo);
      if (a > lo && RECEIVING_VERBS.has(t.low[a - 1])) return true;
      const people = peopleBefore(ctx, a);
      if (people) {
        cue.source = people;
        contentAfter(t, cue, hi, ctx.clauseEnd, ctx.inQuote, ctx.pairs);
        return true;
      }
      const src = nearestSubject(t, ctx.text, ctx.names, ctx.r, ctx.s, k);
      if (src) {
        cue.source = src;
        contentAfter(t, cue, hi, ctx.clauseEnd, ctx.inQuote, ctx.pairs);
      }
      return true;
    }
    if (!(participle || infinitive || (k >= lo && (t.low[k] === 'and' || t.low[k] === 'but' || t.low[k] === ',')))) return false;
    const src = ctx.subject ?? (participle ? participleSubject(ctx) : nearestSubject(t, ctx.text, ctx.names, ctx.r, ctx.s, k));
    // ", saying", "and saying", "by saying", "After saying ..., the man": the participle hangs on a clause.
    if (src && (participle ? k < lo || isBreak(t.val[k]) || t.low[k] === 'and' || t.low[k] === 'by' || SUBORDINATORS.has(t.low[k]) : true)) {
      cue.source = src;
      contentAfter(t, cue, hi, inRelative(ctx) ? ctx.commaEnd : ctx.clauseEnd, ctx.inQuote, ctx.pairs);
      // An opening phrase reports only a clause: "Saying he was tired, Reed left", but
      // "Commenting on the radio calls, the captain said" names a topic.
      if (opensSentence(ctx) && cue.content && (t.pos[cue.cs - 1] === 'ADP' || !finiteClause(t, cue.cs, cue.ce, ctx.inQuote))) cue.content = null;
    }
    return true;
  },
};
