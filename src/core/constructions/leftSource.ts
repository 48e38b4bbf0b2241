// The source on the left of its verb: "X said (that) CONTENT", "he told ...", and the same
// verb after its content: "CONTENT, X said." A parenthetical ("If A, they reasoned, B") reports
// both halves.
import { Construction, CueContext } from './context';
import { isBreak, isCloseMark, npLeft, participle, subjectAfterObject } from '../chunks';
import { restIsTail, takesClauseAt } from '../cues';
import { alsoReport, contentAfter, leadingPhraseOnly, setContent, subordinateOnly } from '../content';
import { Source } from '../sources';
import { startsUpper } from '../letters';
import { asWritten, writtenSource } from '../subjects';
import { ANONYMOUS_HEADS, EVIDENCE_VERBS, IDIOM_TELLERS, POLLED_PARTICIPLES, QUANTIFIER_PRONOUNS, PEOPLE_HEADS, PEOPLE_VERBS, PERSON_NOUNS, RELATIVE_WORDS, THIRD_PERSON_SUBJECTS } from '../lexicon';

/** "The billionaire real estate magnate says ...", "the candidate said ...": a described person
 * right before a verb of speech is its source as written, whatever noun describes them. */
function describedSubject(ctx: CueContext, a: number, k: number): Source | null {
  const { t } = ctx;
  // "The self-described democratic socialist said": wink may read the head noun as an adjective.
  const head = t.pos[k] === 'NOUN' || (t.pos[k] === 'ADJ' && t.pos[a] === 'DET' && k > a);
  // Verbs only people use, or any verb of speech after a noun for someone who acts ("The
  // contractor denied any wrongdoing").
  if (!head || !(PEOPLE_VERBS.has(ctx.cue.base) || (t.pos[k] === 'NOUN' && AGENT_SUFFIX.test(t.low[k]) && !EVIDENCE_VERBS.has(ctx.cue.base)))) return null;
  // "The candidate says", "local analysts say", "hacking specialists say": a determiner, or a
  // plural head, makes the phrase a subject.
  const modifier = t.pos[a] === 'ADJ' || t.pos[a] === 'NOUN' || (t.pos[a] === 'VERB' && /ing$/.test(t.low[a])); // "hacking specialists"
  if (!(t.pos[a] === 'DET' || /^(his|her|their|its|our)$/.test(t.low[a]) || (modifier && /[^s]s$/.test(t.low[k])))) return null;
  // Only a subject that opens its clause: "The candidate said", not "a plan the candidate said".
  if (a > ctx.lo && !(t.pos[a - 1] === 'PUNCT' || t.pos[a - 1] === 'CCONJ' || t.pos[a - 1] === 'SCONJ' || t.pos[a - 1] === 'ADV')) return null;
  // ("The general said": the head wink read as an adjective is the head all the same.)
  return writtenSource(t, ctx.text, a, k + 1) ?? asWritten(t, ctx.text, a, k + 1);
}

/** Nouns for someone who does something: "contractor", "developer", "activist", "physician". */
const AGENT_SUFFIX = /(?:[^e]er|or|ist|ian|ant)s?$/;

/** "Around 50 gallons of fuel, officials said, spilled and ignited": the source interrupts a
 * clause between its subject (no verb of its own) and its predicate (a verb after the comma). */
function subjectInterrupted(t: CueContext['t'], lo: number, e: number, te: number, hi: number): boolean {
  if (t.val[te] !== ',' || te + 1 >= hi || !(t.pos[te + 1] === 'VERB' || t.pos[te + 1] === 'AUX')) return false;
  for (let i = lo; i < e; i++) if (t.pos[i] === 'VERB' || t.pos[i] === 'AUX') return false;
  return true;
}

/** Words a restrictive relative clause may span before the verb: "People who have fought floods say". */
const MAX_RELATIVE = 14;

/** "Current staff who spoke with the Gazette said", "People briefed on the talks say": a subject
 * noun phrase whose modifier ends right before the verb. The source is the whole phrase as
 * written, or the named person in it; null when there is no such subject. */
function modifiedSubject(ctx: CueContext, k: number): Source | null {
  const { t, lo } = ctx;
  // ("The officers objected to the criticism and said": a second verb of the same subject, no modifier.)
  if (t.pos[k] === 'CCONJ') return null;
  // "Some of the protesters Wikinews interviewed said": a relative clause with no "who" or "that".
  if (t.pos[k] === 'VERB' && t.low[k].endsWith('ed') && k - 1 > lo && (t.pos[k - 1] === 'PROPN' || t.pos[k - 1] === 'PRON')) {
    // The relative's own subject: a pronoun or a name ("we", "Wikinews").
    let b = k - 1;
    while (t.pos[k - 1] === 'PROPN' && b - 1 > lo && t.pos[b - 1] === 'PROPN') b--;
    const noun = b > lo ? t.low[b - 1] : '';
    if (b > lo && (PERSON_NOUNS.has(noun) || PEOPLE_HEADS.has(noun))) {
      const a = npLeft(t, b, lo);
      const written = a >= 0 ? writtenSource(t, ctx.text, a, k + 1) : null;
      if (written) return { ...written, anonymous: true };
    }
  }
  for (let j = k; j > lo && k - j < MAX_RELATIVE; j--) {
    if (t.pos[j] === 'PUNCT' || t.pos[j] === 'SPACE') return null;
    // ("The state officials whose laws were struck down say": "whose" too.)
    const relative = t.low[j] === 'who' || (t.low[j] === 'whose' && j + 1 < k);
    // "briefed on", "involved in": a past participle and its preposition after a person noun.
    // ("small business owners surveyed by the chamber": any noun before a poll's participle and its agent.)
    const reduced = t.pos[j] === 'VERB' && t.low[j].endsWith('ed') && t.pos[j + 1] === 'ADP' && (PEOPLE_HEADS.has(t.low[j - 1]) || (POLLED_PARTICIPLES.has(t.low[j]) && t.low[j + 1] === 'by' && (t.pos[j - 1] === 'NOUN' || t.pos[j - 1] === 'PROPN')));
    if (!relative && !reduced) continue;
    const a = npLeft(t, j, lo);
    if (a < 0) return null;
    const head = ctx.source(a, j);
    if (head?.person) return { ...head, te: k + 1 };
    const written = writtenSource(t, ctx.text, a, k + 1);
    if (!written) return null;
    if (head) return { ...written, anonymous: head.anonymous || written.anonymous || head.cluster < 0 };
    // "A man who lives nearby said": an unnamed person, described.
    const noun = t.low[j - 1];
    return reduced || PERSON_NOUNS.has(noun) || ANONYMOUS_HEADS.has(noun) ? { ...written, anonymous: true } : null;
  }
  return null;
}

/** [a, e) of the phrase before an aside that closes at k: "NAME (ACRONYM)", "Many speakers —
 * including priests and imams —"; or null. */
function beforeAside(t: CueContext['t'], k: number, lo: number): [number, number] | null {
  const opener = t.val[k] === ')' ? '(' : t.val[k];
  const reach = t.val[k] === ')' ? 6 : 20;
  let j = k - 1;
  while (j > lo && k - j < reach && t.val[j] !== opener) j--;
  if (t.val[j] !== opener || j - 1 < lo) return null;
  const a = npLeft(t, j, lo);
  return a >= 0 ? [a, j] : null;
}

/** "He said, she said": the pronoun at k and its verb (ending at te) are one half of the saying. */
function heSaidSheSaid(t: CueContext['t'], k: number, te: number): boolean {
  const other = t.low[k] === 'he' ? 'she' : 'he';
  return (t.val[te] === ',' && t.low[te + 1] === other && t.low[te + 2] === t.low[te - 1]) || (t.val[k - 1] === ',' && t.low[k - 2] === t.low[te - 1] && t.low[k - 3] === other);
}

export const leftSource: Construction = {
  name: 'source before the verb',
  apply(ctx: CueContext): boolean {
    const { t, cue, lo, hi, k } = ctx;
    if (k < lo || participle(t, cue.ts, lo)) return false;
    // "the Holy See said", whatever wink tagged "See".
    const capital = (k > lo && t.pos[k] !== 'PUNCT' && startsUpper(t.val[k])) || ctx.names.clusterAt[k] >= 0;
    // "the National Emergency Operation Centre (NEOC) announced": the name before its acronym.
    const abbreviated = t.val[k] === ')' || t.val[k] === '—' || t.val[k] === '–' ? beforeAside(t, k, lo) : null;
    const modified = abbreviated ? ctx.source(abbreviated[0], abbreviated[1]) : modifiedSubject(ctx, k);
    // "farmers polled said": a poll's participle ends the subject.
    const polled = POLLED_PARTICIPLES.has(t.low[k]);
    const adjectiveHead = t.pos[k] === 'ADJ' && PEOPLE_VERBS.has(cue.base);
    if (!modified && !(t.pos[k] === 'PRON' || t.pos[k] === 'PROPN' || t.pos[k] === 'NOUN' || t.pos[k] === 'NUM' || capital || polled || adjectiveHead || QUANTIFIER_PRONOUNS.has(t.low[k]))) return false;
    // "A source close to him said": an object pronoun ends a longer phrase.
    let a = modified ? modified.ts : t.pos[k] === 'PRON' && !/^(him|them)$/.test(t.low[k]) && t.low[k - 1] !== 'of' ? k : npLeft(t, k + 1, lo);
    // "asked for a photo and Smith said": Smith, not the photo.
    if (!modified && a > lo) a = subjectAfterObject(t, a, k + 1, cue.ts, lo, (i) => takesClauseAt(ctx.cues, i));
    // "The general said": an article and a head wink read as an adjective.
    if (a < 0 && adjectiveHead && k > lo && t.pos[k - 1] === 'DET') a = k - 1;
    // "No group has claimed responsibility": no one is the source; "Time will tell whether": nor here.
    if (a < 0 || t.low[a] === 'no' || (a === k && cue.base === 'tell' && IDIOM_TELLERS.has(t.low[k]))) return true;
    // "mediating in several Middle Eastern disputes": the object of a verb's preposition is no
    // subject, and the "verb" after it is a noun ("consensus among scientists says" still speaks).
    if (!modified && a - 2 >= lo && t.pos[a - 1] === 'ADP' && t.low[a - 1] !== 'to' && t.pos[a - 2] === 'VERB' && /(ing|ed)$/.test(t.low[a - 2]) && /s$/.test(t.low[cue.ts]) && t.pos[k] !== 'PRON') return true;
    cue.source = modified ?? ctx.source(a, k + 1) ?? describedSubject(ctx, a, k);
    // "He says the plan is flawed" with no one for "he" to be: the report stands, its speaker unknown,
    // for the editor to see (and so the sentence is no unattributed claim). "He said, she said" is a
    // saying.
    if (!cue.source && !(a === k && THIRD_PERSON_SUBJECTS.has(t.low[k]) && !heSaidSheSaid(t, k, cue.te))) return true;
    const afterBreak = a - 1 > lo + 1 && isBreak(t.val[a - 1]);
    // "The rules, which officials said will take effect in May, ...": the relative clause ends at its comma.
    if (a - 1 >= lo && RELATIVE_WORDS.has(t.low[a - 1])) {
      // "the plan, which critics say will raise rents": the relative's own verb phrase is the content.
      if (t.pos[cue.te] === 'AUX' || (t.pos[cue.te] === 'VERB' && !participle(t, cue.te, lo))) setContent(t, cue, cue.te, ctx.commaEnd(cue.te), false, ctx.inQuote, ctx.cues);
      else contentAfter(t, cue, hi, ctx.commaEnd, ctx.inQuote, ctx.pairs);
      return true;
    }
    if (!afterBreak) {
      contentAfter(t, cue, hi, ctx.clauseEnd, ctx.inQuote, ctx.pairs);
      return true;
    }
    // Trailing attribution: "CONTENT, X said." — content before the comma.
    const e = isCloseMark(t.val[a - 1]) ? a : a - 1;
    // "CONTENT, analysts say; in 2012, ...": the tail ends at the semicolon.
    if (restIsTail(t, cue.te, ctx.semi, cue.base) && !leadingPhraseOnly(t, lo, e) && !subordinateOnly(t, lo, e, ctx.inQuote, ctx.cues.some((o) => o !== cue && o.ts >= lo && o.ts < e)) && !subjectInterrupted(t, lo, e, cue.te, hi)) {
      setContent(t, cue, lo, e, false, ctx.inQuote, ctx.cues);
      return true;
    }
    contentAfter(t, cue, hi, ctx.clauseEnd, ctx.inQuote, ctx.pairs);
    // Parenthetical: "If the birds had been farmed, they reasoned, the specimens would ...".
    if (cue.content && t.val[cue.te] === ',' && t.val[a - 1] === ',' && !leadingPhraseOnly(t, lo, a - 1)) {
      alsoReport(cue, () => setContent(t, cue, lo, a - 1, false, ctx.inQuote, ctx.cues));
    }
    return true;
  },
};
