// analyze(): the one entry point. Each stage is linear in the length of the draft (per-sentence
// rules see at most 250 tokens, see sentences.ts).
import { Analysis, AnalyzeOptions, HygieneFinding, NameEntry, Quote } from './types';
import { tokenize } from './nlp';
import { retag, retagNames } from './retag';
import { isWordTok } from './chunks';
import { normaliseDoubledMarks, normaliseSingleMarks, paragraphs, pairQuotes } from './quoteMarks';
import { buildSentences, Sentence } from './sentences';
import { findNames, NameCluster } from './names';
import { assignRoles } from './roles';
import { cueTable } from './lexicon';
import { attribute } from './attribution';
import { findClaims } from './claims';
import { findPlaceholders, maskNotes } from './hygiene';
import { checkOptions } from './options';

const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

export function emptyAnalysis(): Analysis {
  return { quotes: [], claims: [], names: [], hygiene: [], sentences: [], stats: { words: 0, sentences: 0, ms: 0 } };
}

/** Analyzes an article draft. Never throws: bad input gives an empty result. */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const t0 = now();
  if (typeof text !== 'string' || !text.trim()) return emptyAnalysis();
  try {
    const result = run(text, options ?? {});
    result.stats.ms = now() - t0;
    return result;
  } catch (e) {
    // A bug in a rule must not take the editor down; the draft still gets hygiene checks, and the
    // front end learns what failed.
    const a = emptyAnalysis();
    a.stats.error = String(e instanceof Error ? e.message : e).split('\n')[0];
    try {
      a.hygiene = findPlaceholders(maskNotes(text));
    } catch {
      /* nothing more to salvage */
    }
    a.stats.ms = now() - t0;
    return a;
  }
}

function run(original: string, given: AnalyzeOptions): Analysis {
  const options = checkOptions(given);
  const masked = maskNotes(original);
  const text = normaliseSingleMarks(normaliseDoubledMarks(masked));
  const t = tokenize(text);
  const cues = cueTable(options.extraCues);
  retag(t, cues);
  // Paragraphs from the draft as written: a line holding only an editor note ("[[copydesk-disable-
  // next-line ...]]") is blank once masked, but it does not end the paragraph it sits in.
  const paras = paragraphs(masked === original ? text : original);
  const { pairs, findings } = pairQuotes(text, paras);
  const sentences = buildSentences(t, text, pairs, paras);
  const names = findNames(t, text, sentences);
  assignRoles(t, text, names);
  retagNames(t, names);
  const { quotes, attributed } = attribute(t, text, sentences, pairs, names, cues, options.extraAnonymous);
  const warnings = [...options.warnings, ...cues.rejected.map((c) => `extra cue ${JSON.stringify(c)} is not a word; ignored`)];
  // Quote texts as written (the doubled marks were only normalised for reading).
  if (text !== masked) for (const q of quotes) q.text = masked.slice(q.start, q.end);
  const sourced = sourcedSentences(original);
  const claims = findClaims(t, text, sentences, attributed, sourced, quotes);
  const hygiene: HygieneFinding[] = [...findPlaceholders(text), ...findings].sort((a, b) => a.start - b.start);
  let words = 0;
  for (let i = 0; i < t.n; i++) if (isWordTok(t, i)) words++;
  return {
    quotes,
    claims,
    names: nameEntries(names.clusters, quotes),
    hygiene,
    sentences: sentences.map((s) => ({ start: s.start, end: s.end })),
    stats: { words, sentences: sentences.length, ms: 0, ...(warnings.length ? { warnings } : {}) },
  };
}

/** Sentences an editor marked "[[sourced]]" (the marker may sit just after the full stop). */
function sourcedSentences(original: string): (s: Sentence) => boolean {
  const marks: number[] = [];
  // Bounded like maskNotes: an unclosed marker costs at most 200 characters of look-ahead.
  const re = /\[\[\s{0,20}sourced\b[^\]\n]{0,200}\]\]/gi;
  let m: RegExpExecArray | null;
  while ((m = re.exec(original))) marks.push(m.index);
  if (!marks.length) return () => false;
  return (s) => {
    // Marker inside the sentence or right after it, before the next one starts.
    let lo = 0;
    let hi = marks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (marks[mid] < s.start) lo = mid + 1;
      else hi = mid;
    }
    if (lo >= marks.length) return false;
    const at = marks[lo];
    return at < s.end || /^[\s]*$/.test(original.slice(s.end, at));
  };
}

function nameEntries(clusters: NameCluster[], quotes: Quote[]): NameEntry[] {
  const out: NameEntry[] = [];
  const remap = new Map<number, number>();
  clusters.forEach((c, i) => {
    if (c.kind === 'other' || c.mentions.length < 2) return;
    remap.set(i, out.length);
    const forms = new Set(c.mentions.map((m) => m.text));
    forms.delete(c.name);
    out.push({
      name: c.name,
      kind: c.kind === 'person' ? 'person' : 'organisation',
      role: c.role,
      mentions: c.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text })),
      variants: [...forms],
      misspellings: c.misspelt.map((m) => ({ start: m.start, end: m.end, text: m.text })),
      quotes: [],
    });
  });
  quotes.forEach((q, qi) => {
    const n = remap.get(q.nameIndex);
    q.nameIndex = n ?? -1;
    if (n !== undefined) out[n].quotes.push(qi);
  });
  return out;
}
