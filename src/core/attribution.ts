// Quotes and their sources, sentence by sentence: find cue words outside quotation marks, the
// source phrase each cue points to, and the content it introduces; then give every quotation
// in the sentence to the cue that governs it, or to the speaker it continues.
import { Tokens } from './nlp';
import { Sentence } from './sentences';
import { QuotePair, endOf } from './quoteMarks';
import { NameCluster, Names } from './names';
import { Quote } from './types';
import { AFTER_HEAD, CueTable, EVIDENCE_VERBS, isEvidenceNoun, FIRST_PERSON, LABEL_PARTICIPLES, SUBJECT_PRONOUNS, THIRD_PERSON_SUBJECTS } from './lexicon';
import { Source, Resolver, newResolver, sourceOf } from './sources';
import { Cue, findCues, newCue, restIsTail } from './cues';
import { auxBefore, isBe, isCapWord, npLeft, skipBack } from './chunks';
import { sentenceSubject } from './subjects';
import { pronounResolver } from './pronouns';
import { anonymousMatcher } from './options';
import { CONSTRUCTIONS, cueContext } from './constructions';
import { evidenceSubject } from './constructions/evidenceSubject';
import { startsUpper } from './letters';

export interface AttributionResult {
  quotes: Quote[];
  /** Sentences (by index) that carry an attribution. */
  attributed: Uint8Array;
}

export function attribute(t: Tokens, text: string, sentences: Sentence[], pairs: QuotePair[], names: Names, cues: CueTable, extraAnonymous: string[] = []): AttributionResult {
  const isAnonymous = anonymousMatcher(extraAnonymous);
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
  const firstPerson = firstPersonParagraphs(t, sentences, inQuote);
  const r = newResolver(pronounResolver(t, sentences, names, inQuote), text, t);
  let pairPtr = 0;
  let last: { source: Source | null; para: number; sentence: number } = { source: null, para: -9, sentence: -9 };

  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si];
    // "show" reports only for evidence named before it: "and showing disregard" ends no content.
    const found = findCues(t, s, inQuote, cues).filter((c) => !EVIDENCE_VERBS.has(c.base) || evidenceBefore(t, s.ts, c.ts));
    let subject: Source | null = null;
    /** Who speaks a quotation with no cue that runs on into the next paragraph: that paragraph's
     * quotation is theirs too. */
    let spoke: Source | null = null;
    let coveredTo = -1;
    for (const cue of found) {
      if (cue.ts < coveredTo) continue; // inside an earlier cue's content: "said it had warned ..."
      const ctx = cueContext(t, text, s, cue, found, names, r, subject, inQuote, pairs);
      for (const c of CONSTRUCTIONS) {
        if (!c.apply(ctx)) continue;
        cue.construction = c.name;
        break;
      }
      // "show" reports for evidence only, and "according to" in the sentence speaks for the evidence.
      if (EVIDENCE_VERBS.has(cue.base) && ((cue.construction !== evidenceSubject.name && !isEvidenceNoun(t.low[skipBack(t, cue.ts - 1, s.ts)] ?? '')) || found.some((c) => c.base === 'according to'))) dropCue(cue);
      if (onlyNextSubject(t, cue, found, s.te)) dropCue(cue);
      // "They told me ..." in an interview answer or a column: the people of a first-person account
      // are the narrator's to name, and no report of ours.
      // "As they say, ...", "They say the first step is the hardest": "they say" with no one for
      // "they" to be is people in general ("they said" is a report whose speaker is missing).
      const pronoun = cue.source ? '' : subjectPronoun(t, cue, s.ts);
      if (pronoun && (firstPerson.has(s.para) || (pronoun === 'they' && t.low[cue.ts] === 'say'))) dropCue(cue);
      if (cue.source && !subject) subject = cue.source;
      if (cue.source) remember(r, cue.source, s.para, cue.ts);
      if (cue.content && cue.ce > cue.ts && cue.base !== 'according to') coveredTo = cue.ce;
      // "According to police reports, ...": "reports" inside the source phrase is no cue of its own.
      if (cue.base === 'according to' && cue.source && cue.source.te > coveredTo) coveredTo = cue.source.te;
    }
    const live = found.filter((c) => c.source || c.content);
    // A paragraph told in the first person (an interview answer, a column) is its narrator's account:
    // what it states has its source, as a quotation has.
    if (firstPerson.has(s.para)) attributed[si] = 1;
    // The sentence carries an attribution when a cue reports content, or has a pronoun source
    // even one we cannot resolve ("..., they reasoned, ..."); a bare "X emphasized the need" does not.
    if (found.some((c) => c.content || c.extra || (c.ts > s.ts && t.pos[skipBack(t, c.ts - 1, s.ts)] === 'PRON'))) attributed[si] = 1;
    // Quotations inside this sentence.
    const here: number[] = [];
    while (pairPtr < pairs.length && pairs[pairPtr].open < s.start) pairPtr++;
    for (let p = pairPtr; p < pairs.length && pairs[p].open < s.end; p++) here.push(p);
    // '"We will win." Hale said.': a source and its cue standing alone after a quotation that is a
    // sentence of its own (a full stop where the comma belongs) speak it.
    const alone = si > 0 && sentences[si - 1].para === s.para ? live.find((c) => c.source && !c.content && onlySourceAndCue(t, s, c)) : undefined;
    const before = alone ? quotationSentence(text, sentences[si - 1], pairs, pairPtr) : -1;
    if (alone && before >= 0) {
      const pair = pairs[before];
      const q = quotes.findIndex((x) => x.kind === 'direct' && x.start === pair.textStart);
      if (q < 0 || !quotes[q].speaker) {
        const quote = makeQuote('direct', pair.textStart, pair.textEnd, text, alone, t);
        if (q < 0) quotes.push(quote);
        else quotes[q] = quote;
        attributed[si - 1] = 1;
      }
    }

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
      if (!qtext.trim() || isTitle(qtext, afterColon(text, s.start, pair.open)) || isGloss(text, pair)) continue;
      const gov = governing(live, t, pair);
      if (gov && gov.source) {
        quotes.push(makeQuote('direct', qs, qe, text, gov, t));
        attributed[si] = 1;
        continue;
      }
      const words = qtext.trim().split(/\s+/).length;
      const wholeSentence = (qe - qs) >= 0.6 * (s.end - s.start);
      const carried = last.source && (last.sentence === si - 1 || (wholeSentence && s.para - last.para <= 1)) ? last.source : null;
      // No cue, but a person is the subject: 'She typically chooses "to portray ..."'.
      if (!gov) {
        subject = subject ?? sentenceSubject(t, text, names, r, s);
        const confirmed = subject?.person && (t.pos[subject.ts] === 'PRON' || names.clusters[subject.cluster]?.confirmed);
        if (confirmed && words >= 4 && !labelled(t, s.ts, s.te)) {
          quotes.push(makeQuote('direct', qs, qe, text, bare(subject), t));
          attributed[si] = 1;
          if (pair.close < 0) spoke = subject;
          continue;
        }
        // '"Nobody called us," she said': a cue whose pronoun names no one yet; the quote stays,
        // with no speaker, for the editor to see.
        const unresolved = governing(found, t, pair);
        if (unresolved && !unresolved.source && subjectPronoun(t, unresolved, s.ts, SUBJECT_PRONOUNS)) {
          quotes.push(makeQuote('direct', qs, qe, text, unresolved, t));
          attributed[si] = 1;
          continue;
        }
        // A scare quote, unless it is a whole sentence going on from the last speaker ('"Nobody came."').
        if (words <= 2 && !(wholeSentence && carried && /[.!?]["”’]?$/.test(qtext.trim()))) continue;
      }
      if (gov && !gov.source) {
        // A pronoun that names no one is not the last speaker either.
        quotes.push(makeQuote('direct', qs, qe, text, { ...gov, source: subjectPronoun(t, gov, s.ts) ? null : carried }, t));
        attributed[si] = 1;
      } else if (/:\s*$/.test(text.slice(Math.max(s.start, pair.open - 3), pair.open)) && (subject = subject ?? sentenceSubject(t, text, names, r, s)) && t.start[subject.ts] < pair.open) {
        // (The subject stands before the colon, not inside the quotation: "A lesson from X: 'Be ...'".)
        quotes.push(makeQuote('direct', qs, qe, text, bare(subject), t, true));
        attributed[si] = 1;
        if (pair.close < 0) spoke = subject;
      } else if (!gov && endsSentence(text, s, pair) && (subject = headlineSpeaker(t, text, names, r, s, pair.open))) {
        quotes.push(makeQuote('direct', qs, qe, text, bare(subject), t, true));
        attributed[si] = 1;
      } else if (wholeSentence && carried) {
        quotes.push(makeQuote('direct', qs, qe, text, bare(carried), t, true));
        attributed[si] = 1;
      } else if (words >= 5 && /[.!?,]["”’]?$/.test(qtext.trim()) && wholeSentence) {
        quotes.push(makeQuote('direct', qs, qe, text, bare(null), t, true));
      }
    }
    // Remember the last speaker for pronouns and floating quotations.
    for (const cue of live) if (cue.source) last = { source: cue.source, para: s.para, sentence: si };
    // "Mayor Ruiz released the following statement:": the quotation after the colon is the subject's.
    const announced = live.some((c) => c.source) ? null : announcer(t, text, names, r, s);
    if (announced) last = { source: announced, para: s.para, sentence: si };
    else if (spoke && !live.some((c) => c.source)) last = { source: spoke, para: s.para, sentence: si };
    if (!live.some((c) => c.source) && quotes.length && quotes[quotes.length - 1].start >= s.start && quotes[quotes.length - 1].speaker) {
      last = { ...last, para: s.para, sentence: si };
    }
  }
  quotes.sort((a, b) => a.start - b.start || a.end - b.end);
  for (const q of quotes) if (q.speaker && isAnonymous(q.speaker)) q.anonymous = true;
  sameDescription(quotes);
  return { quotes, attributed };
}

/** "A senior European diplomat said ... 'Everyone wants peace,' the diplomat said.": the definite
 * description takes up the unnamed source the article introduced with the same noun, so both
 * quotes have one speaker. */
function sameDescription(quotes: Quote[]): void {
  const introduced = new Map<string, Quote>();
  for (const q of quotes) {
    if (!q.speaker) continue;
    // ("A spokesman for the mayor" is a spokesman: only a phrase that ends in its head, and the
    // latest one with that noun: "A second official said".)
    const indefinite = /^[Aa]n? (?:[\p{L}-]+ ){0,4}?(\p{Ll}+)$/u.exec(q.speaker);
    if (indefinite && !q.speaker.split(' ').some((w) => AFTER_HEAD.has(w) || w === 'to')) introduced.set(indefinite[1], q);
    const definite = /^[Tt]he (\p{Ll}+)$/u.exec(q.speaker);
    const first = definite ? introduced.get(definite[1]) : undefined;
    if (first) {
      q.speaker = first.speaker;
      q.anonymous = first.anonymous;
    }
  }
}

/** A quotation's attribution with no cue word: carried over, or the subject of the sentence. */
const bare = (source: Source | null): Cue => ({ ...newCue(-1, -1, ''), source });

/** The last source that spoke, for pronouns later in the same sentence or after it. */
function remember(r: Resolver, src: Source, para: number, at: number): void {
  if (src.person) {
    r.lastPerson = src;
    r.lastPersonPara = para;
    r.lastPersonAt = at;
  } else {
    r.lastGroup = src;
    r.lastGroupPara = para;
  }
}

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

/** 'an anti-Brexit ("British exit") march': a quotation that is all of a parenthesis glosses a
 * word; nobody said it. */
function isGloss(text: string, pair: QuotePair): boolean {
  return pair.close > 0 && text[pair.open - 1] === '(' && text[pair.close + 1] === ')';
}

/** A colon stands before the quotation in its sentence: a headline naming its speaker ("Hale: 'We
 * Will Rebuild.'", "Dr. Ann Hale: Ben Ruiz 'Not Fit To Serve.'"). */
const afterColon = (text: string, from: number, open: number): boolean => text.slice(from, open).includes(':');

/** Titles and names in quotation marks ("Mister America", "Don't Hug Cacti") are not speech. */
function isTitle(q: string, headline: boolean): boolean {
  // US style puts the sentence's full stop or comma inside the closing mark ('hosted "The Late Hour
  // With Ann Hale."'). Not for one word ('"However," he said' is speech), nor after a headline's
  // colon ("Hale: 'We Will Rebuild the Bridge.'" is what she said).
  const trimmed = q.trim();
  const s = /\s/.test(trimmed) && !headline ? trimmed.replace(/[.,]$/, '') : trimmed;
  const words = s.split(/\s+/);
  if (words.length > 7 || /[.!?,;:]$/.test(s)) return false;
  if (words.length === 1 && /^#/.test(s)) return true;
  return words.every((w) => TITLE_SMALL_WORD.test(w) || TITLE_WORD.test(w)) && words.some(startsUpper);
}

/** Words a title leaves in lower case, and how its other words begin. */
const TITLE_SMALL_WORD = /^(a|an|the|of|and|or|in|on|at|to|for|with|from|by|de|la|le|is)$/i;
const TITLE_WORD = /^[\p{Lu}\p{N}#@]/u;

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
    construction: hasCue ? cue.construction : undefined,
  };
}

/** "using social media references, federal officials said": a word read as a verb whose whole
 * content is the subject of a trailing attribution is a noun inside that attribution's content. */
function onlyNextSubject(t: Tokens, cue: Cue, found: Cue[], hi: number): boolean {
  if (!cue.content || cue.extra) return false;
  const next = found.find((c) => c.ts === cue.ce || (c.ts === cue.ce + 1 && t.pos[cue.ce] === 'ADV'));
  return !!next && t.val[cue.cs - 1] === ',' && npLeft(t, cue.ce, cue.cs) === cue.cs && restIsTail(t, next.te, hi, next.base);
}

/** "He was known as a "friend to all"": a passive label says what others called the subject, so
 * the subject is no speaker of the quotation. */
function labelled(t: Tokens, a: number, e: number): boolean {
  for (let i = a + 1; i < e; i++) if (LABEL_PARTICIPLES.has(t.low[i]) && isBe(t.low[auxBefore(t, i, a)])) return true;
  return false;
}


/** Paragraphs with "I", "me", "my" or "we" outside quotation marks: someone's own account. */
function firstPersonParagraphs(t: Tokens, sentences: Sentence[], inQuote: Int32Array): Set<number> {
  const out = new Set<number>();
  for (const s of sentences) {
    if (out.has(s.para)) continue;
    for (let i = s.ts; i < s.te; i++) {
      if (inQuote[i] < 0 && t.pos[i] === 'PRON' && FIRST_PERSON.has(t.low[i])) {
        out.add(s.para);
        break;
      }
    }
  }
  return out;
}

/** The cue's source is a lone pronoun of `set` right before it ("she said") or after it ("said
 * she"): that pronoun, or ''. */
function subjectPronoun(t: Tokens, cue: Cue, lo: number, set: ReadonlySet<string> = THIRD_PERSON_SUBJECTS): string {
  const k = skipBack(t, cue.ts - 1, lo);
  if (k >= lo && set.has(t.low[k])) return t.low[k];
  return set.has(t.low[cue.te] ?? '') ? t.low[cue.te] : '';
}

/** A cue that turned out to report nothing ("He showed he could win"). */
function dropCue(cue: Cue): void {
  cue.source = null;
  cue.content = null;
  cue.extra = undefined;
}

/** A poll, survey or document named in [a, e). */
function evidenceBefore(t: Tokens, a: number, e: number): boolean {
  for (let i = a; i < e; i++) if (isEvidenceNoun(t.low[i])) return true;
  return false;
}

/** Named things that speak: people and organisations, not places or other names ("Warning:"). */
const SPEAKING_KINDS: ReadonlySet<NameCluster['kind']> = new Set(['person', 'organisation']);
const speaks = (names: Names, src: Source | null): src is Source => !!src && src.cluster >= 0 && SPEAKING_KINDS.has(names.clusters[src.cluster].kind);

/** "Hale: 'We will rebuild'", "Ann Hale on the bridge: '…'": a headline names its speaker before a
 * colon, with no verb; the quotation may follow a few words on ("Hale: Ruiz 'not fit to serve'"). */
function headlineSpeaker(t: Tokens, text: string, names: Names, r: Resolver, s: Sentence, open: number): Source | null {
  let colon = -1;
  for (let i = s.ts; i < s.te && t.start[i] < open; i++) if (t.val[i] === ':') colon = i;
  if (colon <= s.ts || colon - s.ts > 8 || s.te - colon > 20) return null;
  let e = colon;
  for (let i = s.ts + 1; i < colon; i++) if (t.low[i] === 'on' || t.low[i] === 'about') {
    e = i;
    break;
  }
  // All of it a name with its title ("Dr. Ann Hale", "Pell Times Editor"), in a headline's capitals.
  for (let i = s.ts; i < e; i++) if (!(isCapWord(t, i) || (t.val[i] === '.' && t.start[i] === t.end[i - 1]))) return null;
  const src = sourceOf(t, text, names, s.ts, e, r, s.para);
  return speaks(names, src) ? src : null;
}

/** The quotation ends its sentence (a headline's quotation comes last). */
function endsSentence(text: string, s: Sentence, pair: QuotePair): boolean {
  return pair.close > 0 && !/\w/.test(text.slice(pair.close + 1, s.end));
}

/** The named subject of a sentence that ends in a colon ("Ruiz released the following statement:"),
 * whose quotation comes next; or null. */
function announcer(t: Tokens, text: string, names: Names, r: Resolver, s: Sentence): Source | null {
  if (!endsInColon(text, s.start, s.end)) return null;
  const src = sentenceSubject(t, text, names, r, s);
  return speaks(names, src) ? src : null;
}

/** text[a, b) ends in a colon, maybe with white space after it: /:\s*$/ read from the end, not
 * run over the whole sentence. */
function endsInColon(text: string, a: number, b: number): boolean {
  let k = b;
  while (k > a && /\s/.test(text[k - 1])) k--;
  return k > a && text[k - 1] === ':';
}

/** The sentence is its cue's source and the cue, and nothing more ("Hale said."). */
function onlySourceAndCue(t: Tokens, s: Sentence, cue: Cue): boolean {
  if (!cue.source || cue.source.ts !== s.ts || cue.ts < cue.source.te) return false;
  for (let i = cue.te; i < s.te; i++) if (t.pos[i] !== 'PUNCT' && t.pos[i] !== 'SPACE') return false;
  return true;
}

/** The quotation pair that is all of sentence `s` (just before pair index `upTo`), or -1. */
function quotationSentence(text: string, s: Sentence, pairs: QuotePair[], upTo: number): number {
  for (let p = upTo - 1; p >= 0 && pairs[p].open >= s.start; p--) {
    const pair = pairs[p];
    if (pair.close > 0 && !/\S/.test(text.slice(s.start, pair.open)) && !/\w/.test(text.slice(pair.close + 1, s.end))) return p;
  }
  return -1;
}
