// Who a cue points to: the source on its left, after it ("said X"), behind an appositive, as
// the agent of a passive, after "according to", or the subject it shares with an earlier verb.
import { Tokens } from './nlp';
import { Sentence } from './sentences';
import { QuotePair } from './quoteMarks';
import { Names } from './names';
import { ANONYMOUS_HEADS, NEEDS_CLAUSE } from './lexicon';
import { Source, Resolver, sourceOf, npLeft, npRight, isWordTok } from './sources';
import { Cue, OPEN_MARKS, isCloseMark, isBreak, isCapWord, skipBack, auxBefore, clauseStarter, restIsTail } from './cues';
import { contentAfter, setContent, leadingPhraseOnly } from './content';

export function resolveCue(t: Tokens, text: string, s: Sentence, cue: Cue, all: Cue[], names: Names, r: Resolver, subject: Source | null, inQuote: Int32Array, pairs: QuotePair[]): void {
  let lo = s.ts;
  const hi = s.te;
  for (let i = cue.ts - 1; i > lo; i--) if (t.val[i] === ';') {
    lo = i + 1;
    break;
  }
  const idx = all.indexOf(cue);
  // A semicolon ends a clause: content never runs across one.
  let semi = hi;
  for (let i = cue.te; i < hi; i++) if (t.val[i] === ';') {
    semi = i;
    break;
  }
  const clauseEnd = (from: number): number => Math.min(clauseEndIn(from), Math.max(semi, from));
  const clauseEndIn = (from: number): number => {
    // The content runs to the sentence end, or to ", adding ..." / ", according to ..." / ", X said".
    let e = hi;
    const nextIdx = all.findIndex((c, j) => j > idx && clauseStarter(t, c, lo, hi));
    const next = nextIdx >= 0 ? all[nextIdx] : undefined;
    if (next) {
      e = next.ts;
      // Back off over the source phrase of a trailing attribution and the comma before it.
      let k = e - 1;
      k = skipBack(t, k, from);
      const a = k >= from && t.pos[k] !== 'PUNCT' ? npLeft(t, k + 1, from) : -1;
      if (a >= 0 && a > from && t.val[a - 1] === ',') e = a - 1;
      else if (a >= 0 && a > from && t.pos[k] === 'PRON') e = a;
      else {
        while (e > from && (t.pos[e - 1] === 'PUNCT' && !isCloseMark(t.val[e - 1]))) e--;
      }
      if (e < from) e = hi;
    }
    return e;
  };

  // "according to X, CONTENT", "CONTENT, according to X." and "A, according to X, B".
  if (cue.base === 'according to') {
    let e = npRight(t, cue.te, hi);
    if (e < 0) return;
    // "police in Baytown, Texas," keeps its place name.
    if (e + 2 < hi && t.val[e] === ',' && t.pos[e + 1] === 'PROPN') {
      let p = e + 1;
      while (p < hi && t.pos[p] === 'PROPN') p++;
      if (p < hi && t.val[p] === ',' && p - e <= 3 && t.low[e - 1] !== 'and') e = p;
    }
    // "according to his publicist", "according to a court clerk": the construction itself marks a
    // source, so any phrase will do, kept as written.
    cue.source = sourceOf(t, text, names, cue.te, e, r, s.para) ?? writtenSource(t, text, cue.te, e);
    // "according to the reports by Johns Hopkins Center ...", "a statement released by X": the author speaks.
    const byAt = e < hi && t.low[e] === 'by' ? e : e + 1 < hi && /^(released|issued|published|posted|made|signed|written|quoted)$/.test(t.low[e]) && t.low[e + 1] === 'by' ? e + 1 : -1;
    if (byAt > 0) {
      e = byAt;
      const e2 = npRight(t, e + 1, hi);
      const by = e2 > 0 ? sourceOf(t, text, names, e + 1, e2, r, s.para) : null;
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
    const cueFollows = all.some((o) => o !== cue && o.ts > e && o.ts <= e + 6);
    if (cueFollows && before) after = 0;
    if (e < hi && t.val[e] === ',' && (after >= 3 || !before)) setContent(t, cue, e + 1, clauseEnd(e + 1), false, inQuote);
    else if (before) setContent(t, cue, lo, t.val[cue.ts - 1] === ',' ? cue.ts - 1 : cue.ts, false, inQuote, all);
    return;
  }

  const low = t.low[cue.ts];
  const participle = low.endsWith('ing');
  // "quoted X as saying": the source is the object of "quoted".
  if (participle && cue.ts - 1 >= lo && t.low[cue.ts - 1] === 'as') {
    for (let k = cue.ts - 2; k >= lo && k >= cue.ts - 25; k--) {
      if (/^(quoted|cited|quotes|quote)$/.test(t.low[k])) {
        if (k + 1 === cue.ts - 1 && k > lo && /^(was|were|is|are|been|being)$/.test(t.low[auxBefore(t, k, lo)])) {
          // Passive: "X was quoted as saying": the subject speaks.
          const aux = auxBefore(t, k, lo);
          const sk = skipBack(t, aux - 1, lo);
          const a = sk >= lo && t.pos[sk] === 'PRON' ? sk : npLeft(t, sk + 1, lo);
          if (a >= 0) cue.source = sourceOf(t, text, names, a, sk + 1, r, s.para);
        } else {
          const e = npRight(t, k + 1, cue.ts);
          if (e > 0) cue.source = sourceOf(t, text, names, k + 1, e, r, s.para);
        }
        break;
      }
    }
    if (cue.source) {
      cue.base = 'quoted ... as saying';
      contentAfter(t, cue, hi, clauseEnd, inQuote, pairs);
    }
    return;
  }

  // Passive with its agent: "X was projected by media outlets to have ...", "His death was
  // announced on Friday by the University": content after the agent, else the subject before.
  if (cue.ts > lo && /^(was|were|been|being|be|is|are|as)$/.test(t.low[auxBefore(t, cue.ts, lo)])) {
    let by = cue.te;
    while (by < hi && by < cue.te + 8 && t.low[by] !== 'by' && (t.pos[by] !== 'PUNCT' || OPEN_MARKS.has(t.val[by]) || isCloseMark(t.val[by])) && t.pos[by] !== 'VERB') by++;
    if (by < hi && t.low[by] === 'by') {
      const e = npRight(t, by + 1, hi);
      if (e > 0) cue.source = sourceOf(t, text, names, by + 1, e, r, s.para);
      if (!cue.source || NEEDS_CLAUSE.has(cue.base)) return;
      let after = 0;
      for (let i = e; i < hi; i++) if (isWordTok(t, i)) after++;
      let aux = auxBefore(t, cue.ts, lo);
      while (aux > lo && /^(has|have|had|been|not|also)$/.test(t.low[aux - 1])) aux--;
      if (after >= 3 && (t.low[e] === 'to' || t.low[e] === 'that')) setContent(t, cue, t.low[e] === 'that' ? e + 1 : e, clauseEnd(e), false, inQuote);
      else if (aux > lo) setContent(t, cue, subjectStart(t, lo, aux), aux, false, inQuote);
      return;
    }
  }
  if (cue.ts > lo && t.low[cue.ts - 1] === 'as' && cue.ts - 1 === lo) {
    for (let j = cue.te; j < hi && j < cue.te + 12; j++) {
      if (t.val[j] === ',') {
        setContent(t, cue, j + 1, clauseEnd(j + 1), false, inQuote);
        return;
      }
    }
    return;
  }
  let k = skipBack(t, cue.ts - 1, lo);
  const leftTok = k >= lo ? t.val[k] : '';
  // "Prime Minister Tuilaepa, who told the press ...": the relative pronoun's antecedent speaks.
  if (k > lo + 1 && t.low[k] === 'who' && t.val[k - 1] === ',') {
    const a = npLeft(t, k - 1, lo);
    if (a >= 0) cue.source = sourceOf(t, text, names, a, k - 1, r, s.para);
    if (cue.source) contentAfter(t, cue, hi, clauseEnd, inQuote, pairs);
    return;
  }
  // Source on the left: "X said", "X, a ROLE, said", "he told".
  const capital = k > lo && t.pos[k] !== 'PUNCT' && /^\p{Lu}/u.test(t.val[k]); // "the Holy See said", whatever wink tagged "See"
  if (k >= lo && !participle && (t.pos[k] === 'PRON' || t.pos[k] === 'PROPN' || t.pos[k] === 'NOUN' || t.pos[k] === 'NUM' || capital)) {
    const a = t.pos[k] === 'PRON' ? k : npLeft(t, k + 1, lo);
    if (a >= 0) {
      cue.source = sourceOf(t, text, names, a, k + 1, r, s.para);
      // Trailing attribution: "CONTENT, X said." — content before the comma.
      if (cue.source && a - 1 > lo + 1 && (t.val[a - 1] === ',' || isCloseMark(t.val[a - 1]))) {
        const e = isCloseMark(t.val[a - 1]) ? a : a - 1;
        if (restIsTail(t, cue.te, hi) && !leadingPhraseOnly(t, lo, e)) setContent(t, cue, lo, e, false, inQuote, all);
        else {
          contentAfter(t, cue, hi, clauseEnd, inQuote, pairs);
          // Parenthetical: "If the birds had been farmed, they reasoned, the specimens would ...".
          if (cue.content && t.val[cue.te] === ',' && t.val[a - 1] === ',' && !leadingPhraseOnly(t, lo, a - 1)) {
            const keep = { content: cue.content, cs: cue.cs, ce: cue.ce };
            setContent(t, cue, lo, a - 1, false, inQuote, all);
            if (cue.content && cue.content !== keep.content) cue.extra = cue.content;
            Object.assign(cue, keep);
          }
        }
      } else if (cue.source) contentAfter(t, cue, hi, clauseEnd, inQuote, pairs);
    }
    return;
  }
  // Appositive between source and cue: "Alexander Gabov, a researcher ..., said".
  if (leftTok === ',' && !participle) {
    for (let j = k - 1; j >= lo && j >= k - 18; j--) {
      if (t.val[j] === ',' || t.pos[j] === 'SPACE') {
        // "Gabov, a researcher, said" and "a Republican Assemblywoman, Jill Tolles, said": the named one speaks.
        // "The Ministry has, in a statement, called on ...": a setting between commas, not a source.
        const setting = t.pos[j + 1] === 'ADP';
        const before = tryLeft(t, text, names, r, s, setting ? skipBack(t, j - 1, lo) : j - 1, lo);
        const between = setting ? null : tryLeft(t, text, names, r, s, k - 1, j + 1);
        const src = between?.person && !before?.person ? between : before ?? between;
        if (src) {
          cue.source = src;
          contentAfter(t, cue, hi, clauseEnd, inQuote, pairs);
          return;
        }
        break;
      }
    }
  }
  // Inverted: '"...," said X' or 'CONTENT, said X'.
  if ((leftTok === ',' || isCloseMark(leftTok)) && !participle && cue.te < hi) {
    let e = npRight(t, cue.te, hi);
    let from = cue.te;
    // 'said University of California, San Diego's chancellor, Pradeep Khosla': hop to the named person.
    const hasPerson = (a: number, b: number): boolean => {
      for (let i = a; i < b; i++) if (names.clusterAt[i] >= 0 && names.clusters[names.clusterAt[i]].kind === 'person') return true;
      return false;
    };
    let hopFrom = from;
    let hopEnd = e;
    for (let hop = 0; hop < 3 && e > 0 && !hasPerson(from, e) && hopEnd < hi && t.val[hopEnd] === ','; hop++) {
      const e2 = npRight(t, hopEnd + 1, hi);
      if (e2 < 0) break;
      hopFrom = hopEnd + 1;
      hopEnd = e2;
      if (hasPerson(hopFrom, hopEnd)) {
        from = hopFrom;
        e = hopEnd;
      }
    }
    if (e > 0) {
      cue.source = sourceOf(t, text, names, from, e, r, s.para);
      if (cue.source) setContent(t, cue, lo, t.val[k] === ',' ? k : k + 1, false, inQuote, all);
      return;
    }
  }
  // Participle or coordinated verb: the sentence's subject speaks (", adding that ...").
  // "went on to say", "continued to add": the speaker carries on; "tried to warn" is no attribution.
  const infinitive = k > lo && t.low[k] === 'to' && /^(on|continued|continues|proceeded|went)$/.test(t.low[k - 1]);
  const nounParticiple = participle && k >= lo && t.pos[k] === 'NOUN' && /^(claim|say|state|warn|argue|allege|insist)$/.test(cue.base);
  if (nounParticiple) {
    const src = nearestSubject(t, text, names, r, s, k);
    if (src) {
      cue.source = src;
      contentAfter(t, cue, hi, clauseEnd, inQuote, pairs);
    }
    return;
  }
  if (participle || infinitive || (k >= lo && (t.low[k] === 'and' || t.low[k] === ','))) {
    const src = subject ?? (participle ? sentenceSubject(t, text, names, r, s) : nearestSubject(t, text, names, r, s, k));
    if (src && (participle ? k >= lo && (isBreak(t.val[k]) || t.low[k] === 'and' || t.low[k] === 'while' || t.low[k] === 'by') : true)) {
      cue.source = src;
      contentAfter(t, cue, hi, clauseEnd, inQuote, pairs);
    }
  }
}

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
  let from = s.ts;
  // "In a statement posted to her account, Vázquez affirmed ...": skip the opening setting.
  if (t.pos[from] === 'ADP' || t.pos[from] === 'SCONJ') {
    for (let i = from; i < s.te && i < from + 25; i++) {
      if (t.val[i] === ',') {
        from = i + 1;
        break;
      }
      // "In the filing itself Ford also made ...": no comma; the phrase ends at the subject's name.
      if (t.pos[i] === 'VERB' || t.pos[i] === 'AUX') {
        for (let j = i - 1; j > from; j--) if (isCapWord(t, j) && !isCapWord(t, j - 1) && t.pos[j - 1] !== 'DET') {
          from = j;
          break;
        }
        break;
      }
    }
  }
  for (let i = from; i < s.te && i < from + 30; i++) {
    if ((t.pos[i] === 'VERB' || t.pos[i] === 'AUX') && !(i > s.ts && isCapWord(t, i))) {
      const k = skipBack(t, i - 1, from);
      if (k < from) return null;
      if (t.pos[k] === 'PRON') return sourceOf(t, text, names, k, k + 1, r, s.para);
      const a = npLeft(t, k + 1, from);
      return a >= 0 ? sourceOf(t, text, names, a, k + 1, r, s.para) : null;
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
