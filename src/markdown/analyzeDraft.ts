// analyze() behind the Markdown front end: the analyzer reads the prose mask (same length as the
// source, see mask.ts), so every span is already on the source's characters. Spans are trimmed of
// blanked markup at their edges (a quote opened by "&ldquo;" starts after the reference, not in its
// tail), and the texts the analysis quotes ("Sadiq   Khan" with a link's markup blanked) are
// rebuilt from prose alone.
import { analyze } from '../core/analyze';
import type { DraftAnalysis } from '../core/check';
import type { Analysis, Span } from '../core/types';
import type { DraftOptions } from './language';
import { maskMarkdown, type MaskedMarkdown } from './mask';

/**
 * An article goes straight to analyze(); Markdown costs nothing unless the draft is Markdown. A
 * Markdown analysis carries its markup (the prose read, where the HTML is), so that check() reads
 * house spellings and markers in prose and comments only, not in code, URLs or front matter.
 */
export function analyzeDraft(text: string, options: DraftOptions = {}): DraftAnalysis {
  const { language, ...rest } = options ?? {};
  if (language !== 'markdown' && language !== 'mdx') return analyze(text, rest);
  if (typeof text !== 'string') return analyze(text, rest);
  const masked = maskMarkdown(text, language);
  return { ...withProseTexts(analyze(masked.text, rest), masked), markup: { prose: masked.text, html: masked.html } };
}

/** Trims every span to prose and rewrites every text field from the prose characters of its span. */
function withProseTexts(a: Analysis, m: MaskedMarkdown): Analysis {
  const reader = proseReader(m);
  const trim = (s: Span): void => trimToProse(s, m.prose);
  for (const q of a.quotes) {
    [q, q.cueSpan, q.speakerSpan].forEach((s) => s && trim(s));
    q.text = reader(q);
    if (q.cueSpan) q.cue = reader(q.cueSpan);
    if (q.speaker) q.speaker = squeeze(q.speaker);
  }
  for (const c of a.claims) {
    trim(c);
    c.text = reader(c);
  }
  for (const n of a.names) {
    n.name = squeeze(n.name);
    if (n.role) n.role = squeeze(n.role);
    for (const x of [...n.mentions, ...n.misspellings]) {
      trim(x);
      x.text = reader(x);
    }
    n.variants = [...new Set(n.mentions.map((x) => x.text))].filter((t) => t !== n.name);
  }
  a.hygiene.forEach(trim);
  a.sentences.forEach(trim);
  return a;
}

/** Moves a span's edges off blanked markup (never past each other). */
function trimToProse(s: Span, prose: Uint8Array): void {
  while (s.start < s.end && !prose[s.start]) s.start++;
  while (s.end > s.start && !prose[s.end - 1]) s.end--;
}

/** The prose in a span; O(1) for a span with no markup in it (a prefix count of blanked characters). */
function proseReader(m: MaskedMarkdown): (s: Span) => string {
  const blanks = new Uint32Array(m.prose.length + 1);
  for (let i = 0; i < m.prose.length; i++) blanks[i + 1] = blanks[i] + (m.prose[i] ? 0 : 1);
  return ({ start, end }) => {
    if (blanks[end] === blanks[start]) return m.text.slice(start, end);
    let s = '';
    for (let i = start; i < end; i++) if (m.prose[i]) s += m.text[i];
    return s;
  };
}

/** Names and roles are one line: blanked markup inside one leaves runs of spaces. */
const squeeze = (s: string): string => s.replace(/\s{2,}/g, ' ');
