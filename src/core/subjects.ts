// Subjects and source phrases outside the cue's own construction: the subject of the sentence's
// first verb, the subject of the nearest verb before a coordinated cue, a source phrase as written.
import { Tokens } from './nlp';
import { Sentence } from './sentences';
import { Names } from './names';
import { ANONYMOUS_HEADS, SUBORDINATORS } from './lexicon';
import { Source, Resolver, sourceOf } from './sources';
import { isCapWord, npLeft, skipBack } from './chunks';

/** A source phrase as written, for constructions that mark a source by themselves. */
export function writtenSource(t: Tokens, text: string, a: number, e: number): Source | null {
  let head = -1;
  for (let i = e - 1; i >= a && head < 0; i--) if (t.pos[i] === 'NOUN' || t.pos[i] === 'PROPN') head = i;
  if (head < 0) return null;
  const speaker = text.slice(t.start[a], t.end[e - 1]).replace(/\s+/g, ' ');
  return { speaker, cluster: -1, anonymous: ANONYMOUS_HEADS.has(t.low[head]) || /^(his|her|their|its)$/.test(t.low[a]), ts: a, te: e, person: false };
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
  return span ? sourceOf(t, text, names, span[0], span[1], r, s.para) : null;
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
      if (t.pos[k] === 'PRON') return [k, k + 1];
      // "John Hutchinson, an evolutionary biologist at ..., questioned": the subject is before the appositive.
      if (t.val[k] === ',') {
        let comma = from;
        while (comma < k && t.val[comma] !== ',') comma++;
        const a = comma < k ? npLeft(t, comma, from) : -1;
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
    const k = skipBack(t, i - 1, s.ts);
    if (k < s.ts || /^(that|which|who|to)$/.test(t.low[k])) continue;
    let src: Source | null = null;
    if (t.pos[k] === 'PRON') src = sourceOf(t, text, names, k, k + 1, r, s.para);
    else if (t.pos[k] === 'PROPN' || t.pos[k] === 'NOUN') {
      const a = npLeft(t, k + 1, s.ts);
      if (a >= 0 && (a === s.ts || t.pos[a - 1] === 'PUNCT' || t.pos[a - 1] === 'SCONJ')) src = sourceOf(t, text, names, a, k + 1, r, s.para);
    }
    if (src) return src;
  }
  return null;
}
