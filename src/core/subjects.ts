// Subjects and source phrases outside the cue's own construction: the subject of the sentence's
// first verb, the subject of the nearest verb before a coordinated cue, a source phrase as written.
import { Tokens } from './nlp';
import { Sentence } from './sentences';
import { Names, justName } from './names';
import { ANONYMOUS_HEADS, PERSON_NOUNS, RELATIVE_PRONOUNS, SUBORDINATORS } from './lexicon';
import { Source, Resolver, sourceOf } from './sources';
import { OPEN_MARKS, finiteVerbIn, isCapWord, isCloseMark, npLeft, npRight, skipBack } from './chunks';

/** A source phrase as written, for constructions that mark a source by themselves. */
export function writtenSource(t: Tokens, text: string, a: number, e: number): Source | null {
  let head = -1;
  for (let i = e - 1; i >= a && head < 0; i--) if (t.pos[i] === 'NOUN' || t.pos[i] === 'PROPN') head = i;
  if (head < 0) return null;
  return { ...asWritten(t, text, a, e), anonymous: ANONYMOUS_HEADS.has(t.low[head]) || /^(his|her|their|its)$/.test(t.low[a]) };
}

/** The phrase [a, e) as written, an unnamed source with no cluster. */
export function asWritten(t: Tokens, text: string, a: number, e: number): Source {
  return { speaker: text.slice(t.start[a], t.end[e - 1]).replace(/\s+/g, ' '), cluster: -1, anonymous: false, ts: a, te: e, person: false };
}

export function tryLeft(t: Tokens, text: string, names: Names, r: Resolver, s: Sentence, k: number, lo: number): Source | null {
  if (k < lo) return null;
  if (t.pos[k] === 'PRON') return null;
  const a = npLeft(t, k + 1, lo);
  if (a < 0) return null;
  return sourceOf(t, text, names, a, k + 1, r, s.para);
}

/** The subject of the sentence's first verb, when it is a name or pronoun. */
export function sentenceSubject(t: Tokens, text: string, names: Names, r: Resolver, s: Sentence): Source | null {
  const span = subjectSpan(t, s);
  if (!span) return null;
  // "The manager, Gareth Pryce, was blunt": a name in apposition is who the description means.
  const close = nameInApposition(t, names, span[1], s.te);
  if (close > 0) return sourceOf(t, text, names, span[1] + 1, close, r, s.para);
  return sourceOf(t, text, names, span[0], span[1], r, s.para);
}

/** After a noun phrase ending at the comma `comma`, a person's name set off by commas ("the
 * headteacher, Joanna Birch, ..."): the index of the closing comma, or -1. */
export function nameInApposition(t: Tokens, names: Names, comma: number, hi: number): number {
  if (t.val[comma] !== ',') return -1;
  let q = comma + 1;
  while (q < hi && q < comma + 8 && t.val[q] !== ',') q++;
  const c = q < hi && t.val[q] === ',' ? justName(t, names, comma + 1, q) : -1;
  return c >= 0 && names.clusters[c].kind === 'person' ? q : -1;
}

/** Token span [a, e) of the subject of the sentence's first verb, past an opening setting; or null. */
export function subjectSpan(t: Tokens, s: Sentence): [number, number] | null {
  let from = s.ts;
  // "In a statement posted to her account, Vázquez affirmed ...": skip the opening setting, and a
  // subordinate clause after it ("In 2017, after the allegations came to light, Conyers resigned").
  for (let pass = 0; pass < 2 && (t.pos[from] === 'ADP' || t.pos[from] === 'SCONJ' || SUBORDINATORS.has(t.low[from])); pass++) {
    const before = from;
    const clause = SUBORDINATORS.has(t.low[from]);
    for (let i = from; i < s.te && i < from + 25; i++) {
      if (t.val[i] === ',') {
        from = i + 1;
        break;
      }
      // "In the filing itself Ford also made ...": no comma; the phrase ends at the subject's name.
      // A subordinate clause has verbs of its own and ends only at its comma.
      if (!clause && (t.pos[i] === 'VERB' || t.pos[i] === 'AUX')) {
        for (let j = i - 1; j > from; j--) if (isCapWord(t, j) && !isCapWord(t, j - 1) && t.pos[j - 1] !== 'DET') {
          from = j;
          break;
        }
        break;
      }
    }
    if (from === before) break;
  }
  for (let i = from; i < s.te && i < from + 30; i++) {
    if ((t.pos[i] === 'VERB' || t.pos[i] === 'AUX') && !(i > s.ts && isCapWord(t, i))) {
      const k = skipBack(t, i - 1, from);
      if (k < from) return null;
      // "Republicans, who hold a majority, have blocked ...": the relative clause describes the
      // subject before its comma.
      if (RELATIVE_PRONOUNS.has(t.low[k]) && k - 1 > from && t.val[k - 1] === ',') {
        const a = npLeft(t, k - 1, from);
        return a >= 0 ? [a, k - 1] : null;
      }
      if (t.pos[k] === 'PRON') return [k, k + 1];
      // "John Hutchinson, an evolutionary biologist at ..., questioned": the subject is before the appositive.
      if (t.val[k] === ',') {
        let comma = from;
        while (comma < k && t.val[comma] !== ',') comma++;
        // "The Montreal team, led by Björn Benneke, used ...": a passive participle right after the
        // first comma describes the noun phrase before it, which is the subject. ("Reuters, citing
        // sources," and "Baloch, nicknamed the ..." are left alone: their participles are cues.)
        const described = comma === k && t.pos[i] === 'VERB' && /(?:ed|en)$/.test(t.low[i]) && t.low[i + 1] === 'by';
        const a = comma < k || described ? npLeft(t, comma, from) : -1;
        return a >= 0 ? [a, comma] : null;
      }
      const a = npLeft(t, k + 1, from);
      return a >= 0 ? [a, k + 1] : null;
    }
  }
  return null;
}

/** Start of the noun phrase just before a verb, for a passive's subject ("His death was announced"). */
export function subjectStart(t: Tokens, lo: number, aux: number): number {
  const a = npLeft(t, aux, lo);
  return a >= 0 ? a : lo;
}

/** Subject of the nearest verb before a coordinated cue: "the Department expressed concern ... and said". */
export function nearestSubject(t: Tokens, text: string, names: Names, r: Resolver, s: Sentence, from: number): Source | null {
  for (let i = from - 1; i >= s.ts && from - i < 40; i--) {
    if (t.pos[i] !== 'VERB') continue;
    let k = skipBack(t, i - 1, s.ts);
    // "had served in Korea and said": the subject stands before the auxiliaries.
    // "have all characterized ... and say": a floating quantifier too.
    while (k > s.ts && (t.pos[k] === 'AUX' || t.low[k] === 'not' || ((t.low[k] === 'all' || t.low[k] === 'both') && t.pos[k - 1] === 'AUX'))) k = skipBack(t, k - 1, s.ts);
    // "Ann Beck, who endorsed him in May and said ...": the relative's antecedent.
    if (k > s.ts && t.low[k] === 'who') {
      const e = t.val[k - 1] === ',' ? k - 1 : k;
      const a = npLeft(t, e, s.ts);
      const src = a >= 0 ? sourceOf(t, text, names, a, e, r, s.para) : null;
      if (src) return src;
    }
    if (k < s.ts || /^(that|which|who|to)$/.test(t.low[k])) continue;
    let src: Source | null = null;
    // "One of the farmers, Joe Hill, 70, had served ... and said": a subject and its appositives.
    if (t.val[k] === ',') src = subjectBeforeModifiers(t, text, names, r, s, s.ts, k);
    else if (t.pos[k] === 'PRON') src = sourceOf(t, text, names, k, k + 1, r, s.para);
    else if (t.pos[k] === 'PROPN' || t.pos[k] === 'NOUN') {
      const a = npLeft(t, k + 1, s.ts);
      // ("When Ann Hale thanked the crowd and said ...": a subordinator wink tags as an adverb.)
      if (a >= 0 && (a === s.ts || t.pos[a - 1] === 'PUNCT' || t.pos[a - 1] === 'SCONJ' || SUBORDINATORS.has(t.low[a - 1]))) src = sourceOf(t, text, names, a, k + 1, r, s.para);
    }
    if (src) return src;
  }
  return null;
}

/** One comma-separated piece between a subject and its verb that only describes the subject: a
 * relative clause ("who have heard him"), a setting ("on radio"), an age ("70"), a participle
 * phrase or an appositive with no verb of its own. */
function describesOnly(t: Tokens, a: number, b: number, inRelative: boolean): boolean {
  if (a >= b) return false;
  // 'who calls the mayor a "liar,"': a relative clause may quote.
  if (RELATIVE_PRONOUNS.has(t.low[a])) return true;
  // 'citing "the cost of the bridge,"': so may a participle phrase.
  // ("speaking on condition of anonymity because the talks were private": its own subordinate
  // clause has verbs of its own.)
  if (t.pos[a] === 'VERB' && t.low[a].endsWith('ing') && !finiteVerbIn(t, a + 1, subordinateAt(t, a + 1, b))) return true;
  for (let i = a; i < b; i++) if (OPEN_MARKS.has(t.val[i]) || isCloseMark(t.val[i]) || t.val[i] === ':' || t.val[i] === '(' || t.val[i] === '—') return false;
  if (t.pos[a] === 'CCONJ' || SUBORDINATORS.has(t.low[a])) return false;
  if (t.pos[a] === 'ADP') return inRelative || !finiteVerbIn(t, a, b);
  return !finiteVerbIn(t, a, b);
}

/** The first subordinator in [a, b) ("because", "while"), or b. */
function subordinateAt(t: Tokens, a: number, b: number): number {
  for (let i = a; i < b; i++) if (SUBORDINATORS.has(t.low[i])) return i;
  return b;
}

/** Words a subject's modifiers may span before its verb. */
const MAX_MODIFIERS = 40;

/** The subject at the clause's start [lo, ...) of a verb whose comma stands at `comma`, when all
 * between them only describes it ("Some parents who have heard him, on radio, said"); or null. */
export function subjectBeforeModifiers(t: Tokens, text: string, names: Names, r: Resolver, s: Sentence, lo: number, comma: number, speech = false): Source | null {
  let a = lo;
  // "Yet some parents ...", "But one of the farmers ...": a conjunction or adverb opens the clause.
  while (a < comma && (t.pos[a] === 'CCONJ' || t.pos[a] === 'ADV')) a++;
  if (comma - a > MAX_MODIFIERS || t.pos[a] === 'ADP' || t.pos[a] === 'SCONJ' || t.pos[a] === 'PRON') return null;
  const e = npRight(t, a, comma);
  if (e < 0 || e >= comma || !(RELATIVE_PRONOUNS.has(t.low[e]) || t.val[e] === ',')) return null;
  let named = -1;
  let inRelative = false;
  for (let p = t.val[e] === ',' ? e + 1 : e; p < comma;) {
    let q = p;
    while (q < comma && t.val[q] !== ',') q++;
    if (!describesOnly(t, p, q, inRelative)) return null;
    if (RELATIVE_PRONOUNS.has(t.low[p])) inRelative = true;
    else if (!inRelative && named < 0) {
      // "One of the farmers, Joe Hill, 70,": an appositive that is a person's name.
      const c = justName(t, names, p, q);
      if (c >= 0 && names.clusters[c].kind === 'person') named = c;
    }
    p = q + 1;
  }
  if (named >= 0) return { speaker: names.clusters[named].name, cluster: named, anonymous: false, ts: a, te: comma, person: true };
  const src = sourceOf(t, text, names, a, e, r, s.para);
  if (src) return src;
  // "who" describes people: "Some parents who have heard him" are people, whatever the noun.
  // Before "say" or "tell", whoever the phrase is speaks: "the party's biggest donors, like X, say".
  const people = PERSON_NOUNS.has(t.low[e - 1]) || (t.pos[e - 1] === 'NOUN' && (t.low[e] === 'who' || speech));
  const written = people ? writtenSource(t, text, a, e) : null;
  return written ? { ...written, anonymous: true } : null;
}

/** "the general", "the accused": an article and a head wink read as an adjective, written as a
 * source phrase; null for anything else. */
export function articleAdjective(t: Tokens, text: string, k: number, lo: number): Source | null {
  return k - 1 < lo || t.pos[k] !== 'ADJ' || t.pos[k - 1] !== 'DET' ? null : asWritten(t, text, k - 1, k + 1);
}
