// Quotes and their sources, sentence by sentence: find cue words outside quotation marks, the
// source phrase each cue points to, and the content it introduces; then give every quotation
// in the sentence to the cue that governs it, or to the speaker it continues.
import { Tokens } from './nlp';
import { Sentence } from './sentences';
import { QuotePair } from './quoteMarks';
import { Names } from './names';
import { Quote } from './types';
import { ANONYMOUS_HEADS, SOURCE_NOUNS, CueTable, LISTENER_NOUNS, LISTENER_VERBS, NEEDS_CLAUSE, BETWEEN_SOURCE_AND_CUE } from './lexicon';
import { Source, Resolver, newResolver, sourceOf, npLeft, npRight, isWordTok } from './sources';

interface Cue {
  /** Token range of the cue words. */
  ts: number;
  te: number;
  base: string;
  source: Source | null;
  /** Character range of the reported content, or null. */
  content: [number, number] | null;
  /** Content token range (for deciding which quotations the cue governs). */
  cs: number;
  ce: number;
  thatClause: boolean;
  /** The first half of a parenthetical attribution: "A, they reasoned, B". */
  extra?: [number, number];
}

export interface AttributionResult {
  quotes: Quote[];
  /** Sentences (by index) that carry an attribution. */
  attributed: Uint8Array;
}

const OPEN_MARKS = new Set(['"', '“', '„', '«', '‘']);

export function attribute(t: Tokens, text: string, sentences: Sentence[], pairs: QuotePair[], names: Names, cues: CueTable, extraAnonymous: string[] = []): AttributionResult {
  const anon = extraAnonymous.map((p) => p.toLowerCase().trim()).filter(Boolean);
  const quotes: Quote[] = [];
  const attributed = new Uint8Array(sentences.length);
  // Token → index of the quotation containing it (linear sweep; pairs are in text order).
  const inQuote = new Int32Array(t.n).fill(-1);
  {
    let p = 0;
    for (let i = 0; i < t.n; i++) {
      while (p < pairs.length && endOf(pairs[p]) <= t.start[i]) p++;
      if (p < pairs.length && t.start[i] >= pairs[p].open && t.end[i] <= endOf(pairs[p]) + 1) inQuote[i] = p;
    }
  }
  const personMentions = names.clusters.flatMap((c, ci) => (c.kind === 'person' ? c.mentions.map((m) => ({ at: m.start, ci })) : [])).sort((x, y) => x.at - y.at);
  const r = newResolver((offset) => {
    let lo = 0;
    let hi = personMentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (personMentions[mid].at < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 ? { cluster: personMentions[lo - 1].ci, at: personMentions[lo - 1].at } : null;
  });
  let pairPtr = 0;
  let last: { source: Source | null; para: number; sentence: number } = { source: null, para: -9, sentence: -9 };

  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si];
    const found = findCues(t, s, inQuote, cues);
    let subject: Source | null = null;
    let coveredTo = -1;
    for (const cue of found) {
      if (cue.ts < coveredTo) continue; // inside an earlier cue's content: "said it had warned ..."
      resolveCue(t, text, s, cue, found, names, r, subject, inQuote, pairs);
      if (cue.source && !subject) subject = cue.source;
      if (cue.source) remember(r, cue.source, s.para);
      if (cue.content && cue.ce > cue.ts && cue.base !== 'according to') coveredTo = cue.ce;
    }
    const live = found.filter((c) => c.source || c.content);
    // The sentence carries an attribution when a cue reports content, or has a pronoun source
    // even one we cannot resolve ("..., they reasoned, ..."); a bare "X emphasized the need" does not.
    if (found.some((c) => c.content || c.extra || (c.ts > s.ts && t.pos[skipBack(t, c.ts - 1, s.ts)] === 'PRON'))) attributed[si] = 1;
    // Quotations inside this sentence.
    const here: number[] = [];
    while (pairPtr < pairs.length && pairs[pairPtr].open < s.start) pairPtr++;
    for (let p = pairPtr; p < pairs.length && pairs[p].open < s.end; p++) here.push(p);

    for (const cue of live) {
      if (cue.extra) quotes.push(makeQuote('indirect', cue.extra[0], cue.extra[1], text, cue, t));
      if (cue.content) {
        const [a, b] = cue.content;
        quotes.push(makeQuote('indirect', a, b, text, cue, t));
      }
    }
    for (const p of here) {
      const pair = pairs[p];
      const qs = pair.textStart;
      const qe = pair.textEnd;
      const qtext = text.slice(qs, qe);
      if (!qtext.trim() || isTitle(qtext)) continue;
      const gov = governing(live, t, pair);
      if (gov && gov.source) {
        quotes.push(makeQuote('direct', qs, qe, text, gov, t));
        attributed[si] = 1;
        continue;
      }
      const words = qtext.trim().split(/\s+/).length;
      // No cue, but a person is the subject: 'She typically chooses "to portray ..."'.
      if (!gov) {
        subject = subject ?? sentenceSubject(t, text, names, r, s);
        const confirmed = subject?.person && (t.pos[subject.ts] === 'PRON' || names.clusters[subject.cluster]?.confirmed);
        if (confirmed && words >= 2) {
          quotes.push(makeQuote('direct', qs, qe, text, { ts: -1, te: -1, base: '', source: subject, content: null, cs: 0, ce: 0, thatClause: false }, t));
          attributed[si] = 1;
          continue;
        }
        if (words <= 2) continue; // a scare quote
      }
      const wholeSentence = (qe - qs) >= 0.6 * (s.end - s.start);
      const carried = last.source && (last.sentence === si - 1 || (wholeSentence && s.para - last.para <= 1)) ? last.source : null;
      if (gov && !gov.source) {
        quotes.push(makeQuote('direct', qs, qe, text, { ...gov, source: carried }, t));
        attributed[si] = 1;
      } else if (/:\s*$/.test(text.slice(Math.max(s.start, pair.open - 3), pair.open)) && (subject = subject ?? sentenceSubject(t, text, names, r, s))) {
        quotes.push(makeQuote('direct', qs, qe, text, { ts: -1, te: -1, base: '', source: subject, content: null, cs: 0, ce: 0, thatClause: false }, t, true));
        attributed[si] = 1;
      } else if (wholeSentence && carried) {
        quotes.push(makeQuote('direct', qs, qe, text, { ts: -1, te: -1, base: '', source: carried, content: null, cs: 0, ce: 0, thatClause: false }, t, true));
        attributed[si] = 1;
      } else if (words >= 5 && /[.!?,]["”’]?$/.test(qtext.trim()) && wholeSentence) {
        quotes.push(makeQuote('direct', qs, qe, text, { ts: -1, te: -1, base: '', source: null, content: null, cs: 0, ce: 0, thatClause: false }, t, true));
      }
    }
    // Remember the last speaker for pronouns and floating quotations.
    for (const cue of live) if (cue.source) last = { source: cue.source, para: s.para, sentence: si };
    if (!live.some((c) => c.source) && quotes.length && quotes[quotes.length - 1].start >= s.start && quotes[quotes.length - 1].speaker) {
      last = { ...last, para: s.para, sentence: si };
    }
  }
  quotes.sort((a, b) => a.start - b.start || a.end - b.end);
  if (anon.length) for (const q of quotes) if (q.speaker && anon.some((p) => q.speaker!.toLowerCase().includes(p))) q.anonymous = true;
  return { quotes, attributed };
}

/** A capitalised word that is not a pronoun: part of a name, whatever wink tagged it. */
const isCapWord = (t: Tokens, i: number): boolean => t.pos[i] !== 'PUNCT' && t.pos[i] !== 'PRON' && /^\p{Lu}/u.test(t.val[i]);

/** A source phrase as written, for constructions that mark a source by themselves. */
function writtenSource(t: Tokens, text: string, a: number, e: number): Source | null {
  let head = -1;
  for (let i = e - 1; i >= a && head < 0; i--) if (t.pos[i] === 'NOUN' || t.pos[i] === 'PROPN') head = i;
  if (head < 0) return null;
  const speaker = text.slice(t.start[a], t.end[e - 1]).replace(/\s+/g, ' ');
  return { speaker, cluster: -1, anonymous: ANONYMOUS_HEADS.has(t.low[head]) || /^(his|her|their|its)$/.test(t.low[a]), ts: a, te: e, person: false };
}

/** The last source that spoke, for pronouns later in the same sentence or after it. */
function remember(r: Resolver, src: Source, para: number): void {
  if (src.person) {
    r.lastPerson = src;
    r.lastPersonPara = para;
  } else {
    r.lastGroup = src;
    r.lastGroupPara = para;
  }
}

const endOf = (p: QuotePair): number => (p.close >= 0 ? p.close : p.textEnd);

function findCues(t: Tokens, s: Sentence, inQuote: Int32Array, cues: CueTable): Cue[] {
  const out: Cue[] = [];
  for (let i = s.ts; i < s.te; i++) {
    if (inQuote[i] >= 0) continue;
    const low = t.low[i];
    if (low === 'according' && i + 1 < s.te && t.low[i + 1] === 'to') {
      out.push(newCue(i, i + 2, 'according to'));
      i++;
      continue;
    }
    const base = cues.speech.get(low) ?? cues.thought.get(low);
    if (!base) continue;
    const pos = t.pos[i];
    const prev = i > s.ts ? t.pos[i - 1] : '';
    if (i > s.ts && t.val[i] !== low) continue; // "United States", "Reports" in a title
    // wink sometimes tags a cue as a noun after a noun ("Estimates by the government state ...").
    const nounCue = (pos === 'NOUN' || pos === 'PROPN') && (prev === 'PRON' || prev === 'PROPN' || prev === 'NOUN') &&
      (/(ed|s)$/.test(low) || (i + 1 < s.te && (t.low[i + 1] === 'that' || finiteClause(t, i + 1, s.te, inQuote))));
    const verbish = pos === 'VERB' || (pos === 'AUX' && base === 'say') || nounCue;
    const afterComma = low.endsWith('ing') && skipBack(t, i - 1, s.ts) >= s.ts && isBreak(t.val[skipBack(t, i - 1, s.ts)]);
    if (!verbish && !afterComma) continue;
    // A passive is a cue only with its agent: "was projected by multiple media outlets".
    const passive = /^(was|were|been|being|be|is|are)$/.test(t.low[auxBefore(t, i, s.ts)]) && base !== 'say';
    if (passive) {
      let by = i + 1;
      while (by < s.te && by < i + 9 && t.low[by] !== 'by' && (t.pos[by] !== 'PUNCT' || OPEN_MARKS.has(t.val[by]) || isCloseMark(t.val[by])) && t.pos[by] !== 'VERB') by++;
      if (!(by < s.te && t.low[by] === 'by')) continue;
    }
    out.push(newCue(i, i + 1, base));
  }
  return out;
}

function newCue(ts: number, te: number, base: string): Cue {
  return { ts, te, base, source: null, content: null, cs: 0, ce: 0, thatClause: false };
}

const skipBack = (t: Tokens, k: number, lo: number): number => {
  while (k >= lo && (BETWEEN_SOURCE_AND_CUE.has(t.low[k]) || (t.pos[k] === 'ADV' && /ly$/.test(t.low[k])))) k--;
  return k;
};

function resolveCue(t: Tokens, text: string, s: Sentence, cue: Cue, all: Cue[], names: Names, r: Resolver, subject: Source | null, inQuote: Int32Array, pairs: QuotePair[]): void {
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
    const nextIdx = all.findIndex((c, j) => j > idx && clauseStarter(t, c, lo));
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
    if (e < hi && t.val[e] === ',' && (after >= 3 || !before)) setContent(t, text, cue, e + 1, clauseEnd(e + 1), false, inQuote);
    else if (before) setContent(t, text, cue, lo, t.val[cue.ts - 1] === ',' ? cue.ts - 1 : cue.ts, false, inQuote, all);
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
      contentAfter(t, text, cue, hi, clauseEnd, inQuote, pairs);
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
      if (after >= 3 && (t.low[e] === 'to' || t.low[e] === 'that')) setContent(t, text, cue, t.low[e] === 'that' ? e + 1 : e, clauseEnd(e), false, inQuote);
      else if (aux > lo) setContent(t, text, cue, subjectStart(t, lo, aux), aux, false, inQuote);
      return;
    }
  }
  if (cue.ts > lo && t.low[cue.ts - 1] === 'as' && cue.ts - 1 === lo) {
    for (let j = cue.te; j < hi && j < cue.te + 12; j++) {
      if (t.val[j] === ',') {
        setContent(t, text, cue, j + 1, clauseEnd(j + 1), false, inQuote);
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
    if (cue.source) contentAfter(t, text, cue, hi, clauseEnd, inQuote, pairs);
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
        if (restIsTail(t, cue.te, hi) && !leadingPhraseOnly(t, lo, e)) setContent(t, text, cue, lo, e, false, inQuote, all);
        else {
          contentAfter(t, text, cue, hi, clauseEnd, inQuote, pairs);
          // Parenthetical: "If the birds had been farmed, they reasoned, the specimens would ...".
          if (cue.content && t.val[cue.te] === ',' && t.val[a - 1] === ',' && !leadingPhraseOnly(t, lo, a - 1)) {
            const keep = { content: cue.content, cs: cue.cs, ce: cue.ce };
            setContent(t, text, cue, lo, a - 1, false, inQuote, all);
            if (cue.content && cue.content !== keep.content) cue.extra = cue.content;
            Object.assign(cue, keep);
          }
        }
      } else if (cue.source) contentAfter(t, text, cue, hi, clauseEnd, inQuote, pairs);
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
          contentAfter(t, text, cue, hi, clauseEnd, inQuote, pairs);
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
      if (cue.source) setContent(t, text, cue, lo, t.val[k] === ',' ? k : k + 1, false, inQuote, all);
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
      contentAfter(t, text, cue, hi, clauseEnd, inQuote, pairs);
    }
    return;
  }
  if (participle || infinitive || (k >= lo && (t.low[k] === 'and' || t.low[k] === ','))) {
    const src = subject ?? (participle ? sentenceSubject(t, text, names, r, s) : nearestSubject(t, text, names, r, s, k));
    if (src && (participle ? k >= lo && (isBreak(t.val[k]) || t.low[k] === 'and' || t.low[k] === 'while' || t.low[k] === 'by') : true)) {
      cue.source = src;
      contentAfter(t, text, cue, hi, clauseEnd, inQuote, pairs);
    }
  }
}

function tryLeft(t: Tokens, text: string, names: Names, r: Resolver, s: Sentence, k: number, lo: number): Source | null {
  if (k < lo) return null;
  if (t.pos[k] === 'PRON') return null;
  const a = npLeft(t, k + 1, lo);
  if (a < 0) return null;
  const src = sourceOf(t, text, names, a, k + 1, r, s.para);
  return src && (src.person || src.cluster >= 0 || !src.anonymous || true) ? src : null;
}

/** The subject of the sentence's first verb, when it is a name or pronoun. */
function sentenceSubject(t: Tokens, text: string, names: Names, r: Resolver, s: Sentence): Source | null {
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

/** The word before a verb, past any adverbs ("was previously announced"). */
function auxBefore(t: Tokens, i: number, lo: number): number {
  let j = i - 1;
  while (j > lo && t.pos[j] === 'ADV') j--;
  return Math.max(j, lo);
}

/** Start of the noun phrase just before a verb, for a passive's subject ("His death was announced"). */
function subjectStart(t: Tokens, lo: number, aux: number): number {
  const a = npLeft(t, aux, lo);
  return a >= 0 ? a : lo;
}

/** Subject of the nearest verb before a coordinated cue: "the Department expressed concern ... and said". */
function nearestSubject(t: Tokens, text: string, names: Names, r: Resolver, s: Sentence, from: number): Source | null {
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

/** Only punctuation, a short phrase or a further attribution follow the cue: "..., X said (on Monday)." */
function restIsTail(t: Tokens, from: number, hi: number): boolean {
  let i = from;
  while (i < hi && (t.val[i] === ',' || t.val[i] === ':')) i++;
  if (i < hi && (OPEN_MARKS.has(t.val[i]) || t.low[i] === 'that')) return false;
  let words = 0;
  for (; i < hi; i++) {
    // ", adding ...", ", who ...", ", according to ...", a quotation: the attribution's own tail.
    if (t.val[i] === ',' && words <= 6) return i + 1 >= hi || t.low[i + 1].endsWith('ing') || /^(who|according|in|on|at|after|before|during|when)$/.test(t.low[i + 1]) || OPEN_MARKS.has(t.val[i + 1]);
    if (OPEN_MARKS.has(t.val[i])) return false;
    if (isWordTok(t, i)) words++;
  }
  return words <= 6;
}

/** "In remarks to the press," is a setting, not reported content. */
function leadingPhraseOnly(t: Tokens, a: number, e: number): boolean {
  if (t.pos[a] !== 'ADP' && t.pos[a] !== 'ADV' && t.pos[a] !== 'SCONJ') return false;
  for (let i = a; i < e; i++) if ((t.pos[i] === 'VERB' || t.pos[i] === 'AUX') && t.low[i] !== 'according') return false;
  return true;
}

function contentAfter(t: Tokens, text: string, cue: Cue, hi: number, clauseEnd: (from: number) => number, inQuote: Int32Array, pairs: QuotePair[]): void {
  let c = cue.te;
  const base = cue.base;
  // "told reporters that", "assured him of", "told the BBC:"
  if (LISTENER_VERBS.has(base) && c < hi) {
    if (t.pos[c] === 'PRON' && /^(him|her|them|us|me|you)$/.test(t.low[c])) c++;
    else if (t.pos[c] === 'PROPN' && !LISTENER_NOUNS.has(t.low[c])) {
      // "told Agence France-Presse the male victim ...": the listener is the name alone.
      while (c < hi && (t.pos[c] === 'PROPN' || (t.val[c] === '-' && t.start[c] === t.end[c - 1]) || t.low[c] === "'s" || t.low[c] === '’s')) c++;
    } else if (LISTENER_NOUNS.has(t.low[c])) {
      c++; // "told reporters the bridge would reopen"
    } else if (t.pos[c] === 'DET' && c + 1 < hi && LISTENER_NOUNS.has(t.low[c + 1])) {
      c += 2; // "told the press ..."
    } else if (t.pos[c] === 'DET') {
      const e = npRight(t, c, hi);
      if (e > c && (e >= hi || t.low[e] === 'that' || t.val[e] === ':' || t.val[e] === ',' || OPEN_MARKS.has(t.val[e]) || LISTENER_NOUNS.has(t.low[e - 1]) || t.pos[c] === 'PROPN')) c = e;
    }
    if (c < hi && (t.low[c] === 'of' || t.low[c] === 'about')) c++;
  }
  if (c < hi && (t.low[c] === 'on' || t.low[c] === 'to') && base === 'call') c++;
  if (c < hi && (t.low[c] === 'of' || t.low[c] === 'about') && (base === 'talk' || base === 'speak')) c++;
  let that = false;
  // "told Wikinews after the event that ...": a short phrase may sit before "that".
  for (let k = c; k < hi && k < c + 10; k++) {
    if (t.low[k] === 'that') {
      that = true;
      c = k + 1;
      break;
    }
    if (t.pos[k] === 'VERB' || t.pos[k] === 'AUX' || t.pos[k] === 'PRON' || OPEN_MARKS.has(t.val[k]) || t.val[k] === ':' || t.val[k] === ';') break;
  }
  // "announced on Twitter the FAA and the NTSB were to investigate": a short setting phrase.
  if (!that && c < hi && t.pos[c] === 'ADP' && t.pos[c + 1] !== 'NUM') {
    for (let k = c + 2; k < hi && k <= c + 4; k++) {
      if ((t.pos[k] === 'DET' || t.pos[k] === 'PROPN') && t.pos[k - 1] !== 'DET' && finiteClause(t, k, hi, inQuote)) {
        c = k;
        break;
      }
    }
  }
  // "reported on Thursday, coverage had risen": a setting phrase before the clause.
  if (!that && c < hi && t.pos[c] === 'ADP' && t.pos[c + 1] !== 'NUM') {
    for (let k = c + 1; k < hi && k < c + 8; k++) {
      if (t.val[k] === ',') {
        if (finiteClause(t, k + 1, hi, inQuote)) c = k + 1;
        break;
      }
      if (t.pos[k] === 'VERB' || t.pos[k] === 'AUX') break;
    }
  }
  while (c < hi && (t.val[c] === ':' || t.val[c] === ',')) c++;
  if (c < hi && !that && (t.pos[c] === 'ADP' || t.pos[c] === 'ADV')) {
    for (let k = c + 1; k < hi && k < c + 12; k++) {
      if ((t.val[k] === ',' || t.val[k] === ':') && k + 1 < hi && OPEN_MARKS.has(t.val[k + 1])) {
        c = k + 1;
        break;
      }
      if (t.pos[k] === 'VERB' || OPEN_MARKS.has(t.val[k])) break;
    }
  }
  if (c >= hi) return;
  const e = clauseEnd(c);
  if (e <= c) return;
  cue.cs = c;
  cue.ce = e;
  // Content that is one quotation ("said: "...""), or a phrase that is mostly one, is direct only.
  const q = inQuote[c];
  if (q >= 0 && !that) {
    const qEnd = endOf(pairs[q]);
    let after = 0;
    for (let i = c; i < e; i++) if (t.start[i] > qEnd && isWordTok(t, i)) after++;
    if (after < 3) return;
  }
  let outside = 0;
  for (let i = c; i < e; i++) if (inQuote[i] < 0 && isWordTok(t, i)) outside++;
  if (!that && outside < 2) return;
  if (!that && t.pos[c] === 'ADP' && t.pos[c + 1] !== 'NUM') return; // "shouted at Lam", but "estimated around 200 ..." 
  if (!that && (NEEDS_CLAUSE.has(base) || THOUGHT_BASES.has(base)) && !finiteClause(t, c, e, inQuote)) return;
  setContent(t, text, cue, c, e, that, inQuote);
}

const THOUGHT_BASES = new Set(['believe', 'think', 'feel', 'hope', 'fear', 'consider', 'expect', 'know', 'understand', 'doubt', 'worry']);

/** A subject followed by a finite verb ("his nephew needed a dose"), not an object ("a state of emergency"). */
function finiteClause(t: Tokens, a: number, e: number, inQuote: Int32Array): boolean {
  if (/^(him|her|them|us|me)$/.test(t.low[a]) || t.pos[a] === 'VERB' || t.pos[a] === 'AUX' || t.pos[a] === 'PUNCT') return false;
  for (let i = a; i < e && i < a + 14; i++) {
    if (inQuote[i] >= 0) continue;
    const p = t.pos[i];
    if ((p === 'VERB' || p === 'AUX') && i > a) {
      if (t.low[i].endsWith('ing') && p === 'VERB') continue; // "Zhukovskyy's driving history rendered"
      return t.low[i - 1] !== 'to';
    }
    // Only a noun phrase may come before the verb: "around 200 people attended", not "last Friday so he could".
    if (!/^(DET|ADJ|NOUN|PROPN|PRON|NUM|PART)$/.test(p) && !(p === 'ADP' && (t.pos[i + 1] === 'NUM' || t.low[i] === 'of')) && !(p === 'ADV' && i === a)) return false;
  }
  return false;
}

function setContent(t: Tokens, text: string, cue: Cue, a: number, e: number, that: boolean, inQuote: Int32Array, others: Cue[] = []): void {
  if (others.some((o) => o !== cue && o.source && o.ts >= a && o.ts < e)) return;
  while (e > a && t.pos[e - 1] === 'PUNCT' && !isCloseMark(t.val[e - 1])) e--;
  while (a < e && t.pos[a] === 'PUNCT' && !OPEN_MARKS.has(t.val[a])) a++;
  if (e - a < 2) return;
  let words = 0;
  for (let i = a; i < e; i++) if (isWordTok(t, i)) words++;
  if (words < 2) return;
  // Mostly quotation ('With "Abe, I wanted ...," Chapman told'): the direct quote alone.
  let outside = 0;
  let quoted = 0;
  for (let i = a; i < e; i++) if (isWordTok(t, i)) inQuote[i] >= 0 ? quoted++ : outside++;
  cue.cs = a;
  cue.ce = e;
  if (quoted > 0 && outside < 3 && !that) return;
  // Content that is exactly one quotation is reported as the direct quote alone.
  const first = t.val[a];
  const lastTok = t.val[e - 1];
  if (OPEN_MARKS.has(first) && isCloseMark(lastTok) && !that) {
    let marks = 0;
    for (let i = a; i < e; i++) if (OPEN_MARKS.has(t.val[i]) || isCloseMark(t.val[i])) marks++;
    if (marks <= 2) {
      cue.cs = a;
      cue.ce = e;
      return;
    }
  }
  cue.cs = a;
  cue.ce = e;
  cue.thatClause = that;
  cue.content = [t.start[a], t.end[e - 1]];
}

/** A later cue that starts its own clause (", adding", ", according to", ", X said") ends the content before it. */
function clauseStarter(t: Tokens, c: Cue, lo: number): boolean {
  if (c.base === 'according to') return true;
  let k = skipBack(t, c.ts - 1, lo);
  if (k < lo) return false;
  if (isBreak(t.val[k]) || t.low[k] === 'and') {
    return t.low[c.ts].endsWith('ing') || t.val[k] === ',' || (k > lo && t.val[k - 1] === ',') || t.low[c.te] === 'that';
  }
  const a = t.pos[k] === 'PRON' ? k : npLeft(t, k + 1, lo);
  if (a <= lo) return false;
  if (t.pos[k] === 'NOUN' && !SOURCE_NOUNS.has(t.low[k]) && !SOURCE_NOUNS.has(t.low[k].replace(/s$/, ''))) return false; // "the virus claimed
  // "... while Interior Minister X wrote he had ordered ...": a new clause with its own source.
  if (/^(while|whereas|but|although|though|and)$/.test(t.low[a - 1]) && t.pos[k] !== 'PRON') return true;
  return (t.val[a - 1] === ',' || isCloseMark(t.val[a - 1])) && restIsTail(t, c.te, t.n);
}

/** A comma, or a closing mark after a comma: '"...," further remarking'. */
const isBreak = (v: string): boolean => v === ',' || isCloseMark(v);

const isCloseMark = (v: string): boolean => v === '"' || v === '”' || v === '»' || v === '’';

/** The cue whose content holds the quotation, else the nearest cue in the sentence. */
function governing(cues: Cue[], t: Tokens, pair: QuotePair): Cue | null {
  let best: Cue | null = null;
  let bestDist = Infinity;
  let inner: Cue | null = null;
  for (const c of cues) {
    // The innermost cue whose content holds the quotation governs it.
    if (c.ce > c.cs && t.start[c.cs] <= pair.open + 1 && t.end[c.ce - 1] >= pair.textEnd - 1 && (!inner || c.cs >= inner.cs)) inner = c;
  }
  if (inner) return inner;
  for (const c of cues) {
    const at = t.start[c.ts];
    const d = at > pair.textEnd ? at - pair.textEnd : pair.open - t.end[c.te - 1];
    if (d < bestDist) {
      bestDist = d;
      best = c;
    }
  }
  return best;
}

/** Titles and names in quotation marks ("Mister America", "Don't Hug Cacti") are not speech. */
function isTitle(q: string): boolean {
  const s = q.trim();
  const words = s.split(/\s+/);
  if (words.length > 7 || /[.!?,;:]$/.test(s)) return false;
  if (words.length === 1 && /^#/.test(s)) return true;
  const small = /^(a|an|the|of|and|or|in|on|at|to|for|with|from|by|de|la|le|is)$/i;
  return words.every((w) => small.test(w) || /^[\p{Lu}\p{N}#@]/u.test(w)) && words.some((w) => /^\p{Lu}/u.test(w));
}

function makeQuote(kind: 'direct' | 'indirect', start: number, end: number, text: string, cue: Cue, t: Tokens, floating = false): Quote {
  const src = cue.source;
  const hasCue = cue.ts >= 0 && !floating;
  return {
    kind,
    start,
    end,
    text: text.slice(start, end),
    speaker: src ? src.speaker : null,
    nameIndex: src ? src.cluster : -1,
    speakerSpan: src && src.ts >= 0 && !floating ? { start: t.start[src.ts], end: t.end[src.te - 1] } : null,
    cue: hasCue ? (cue.base.includes('...') ? cue.base : text.slice(t.start[cue.ts], t.end[cue.te - 1])) : null,
    cueSpan: hasCue ? { start: t.start[cue.ts], end: t.end[cue.te - 1] } : null,
    anonymous: src ? src.anonymous : false,
  };
}
