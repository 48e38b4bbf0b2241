// Where the quick fixes put their text; pure so the punctuation rules are unit-tested.
import { SOURCED_MARKER, type Span } from '../core/types';

export interface SnippetEdit {
  /** Replace text[start, end) with `snippet` (VS Code snippet syntax: $1 is the selected placeholder). */
  start: number;
  end: number;
  snippet: string;
}

const CLOSERS = '"”’\'';
const TERMINAL = '.!?';

/** The sentence containing `span.start`, from the analysis' sentences, else the span's paragraph. */
export function sentenceAround(text: string, span: Span, sentences: Span[]): Span {
  const s = sentences.find((x) => span.start >= x.start && span.start < x.end);
  if (s) return { start: s.start, end: Math.max(s.end, Math.min(span.end, paragraphEnd(text, span.start))) };
  return { start: span.start, end: Math.max(span.end, paragraphEnd(text, span.start)) };
}

function paragraphEnd(text: string, from: number): number {
  const nl = text.indexOf('\n', from);
  return nl < 0 ? text.length : nl;
}

/** End of the sentence's text without trailing whitespace. */
function trimmedEnd(text: string, sentence: Span): number {
  let k = sentence.end;
  while (k > sentence.start && /\s/.test(text[k - 1])) k--;
  return k;
}

/**
 * ", SOURCE said" at the end of the sentence, before its full stop; a sentence ending in a quotation
 * ('... world order."') becomes '... world order," SOURCE said.' as newsrooms write it.
 */
export function attributionEdit(text: string, span: Span, sentences: Span[]): SnippetEdit {
  const sentence = sentenceAround(text, span, sentences);
  const k = trimmedEnd(text, sentence);
  const last = text[k - 1] ?? '';
  const before = text[k - 2] ?? '';
  if (CLOSERS.includes(last) && TERMINAL.includes(before) && k - 2 >= sentence.start) {
    if (before === '.') return { start: k - 2, end: k, snippet: `,${escape(last)} \${1:SOURCE} said.` };
    return { start: k, end: k, snippet: ' ${1:SOURCE} said.' };
  }
  if (TERMINAL.includes(last)) return { start: k - 1, end: k - 1, snippet: ', ${1:SOURCE} said' };
  return { start: k, end: k, snippet: ', ${1:SOURCE} said' };
}

/** Inserts the marker inside the sentence, just before its final punctuation. */
export function sourcedMarkerEdit(text: string, span: Span, sentences: Span[]): { offset: number; insert: string } {
  const sentence = sentenceAround(text, span, sentences);
  if (text.slice(sentence.start, sentence.end).includes(SOURCED_MARKER)) return { offset: sentence.end, insert: '' };
  let k = trimmedEnd(text, sentence);
  if (CLOSERS.includes(text[k - 1] ?? '') && TERMINAL.includes(text[k - 2] ?? '')) k -= 2;
  else if (TERMINAL.includes(text[k - 1] ?? '')) k -= 1;
  return { offset: k, insert: ` ${SOURCED_MARKER}` };
}

function escape(s: string): string {
  return s.replace(/[$}\\]/g, (c) => `\\${c}`);
}
