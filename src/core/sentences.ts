// Sentences from wink's boundaries, corrected for newsroom text: a line break always ends a
// sentence, and a boundary inside a quotation or before a lower-case continuation
// ('"Really?" she asked.') is undone.
import { Tokens } from './nlp';
import { QuotePair, endOf } from './quoteMarks';

export interface Sentence {
  /** First token and one past the last token. */
  ts: number;
  te: number;
  start: number;
  end: number;
  /** Paragraph number (blank-line separated), counting from 0. */
  para: number;
}

const isNewline = (t: Tokens, i: number): boolean => t.pos[i] === 'SPACE' && t.val[i].includes('\n');

export function buildSentences(t: Tokens, text: string, pairs: QuotePair[], paras: [number, number][]): Sentence[] {
  const raw: Sentence[] = [];
  // Paragraph numbers come from the same blank-line split the quotation pairing uses.
  let para = 0;
  const paraOf = (offset: number): number => {
    while (para + 1 < paras.length && paras[para + 1][0] <= offset) para++;
    return para;
  };
  const emit = (a: number, b: number): void => {
    while (a < b && t.pos[a] === 'SPACE') a++;
    while (b > a && t.pos[b - 1] === 'SPACE') b--;
    if (b > a) raw.push({ ts: a, te: b, start: t.start[a], end: t.end[b - 1], para: paraOf(t.start[a]) });
  };
  for (const [first, last] of t.winkSentences) {
    let a = first;
    const stop = Math.min(last + 1, t.n);
    for (let i = first; i < stop; i++) {
      if (!isNewline(t, i)) continue;
      emit(a, i);
      a = i + 1;
    }
    emit(a, stop);
  }
  const out: Sentence[] = [];
  let q = 0;
  for (const s of raw) {
    const prev = out[out.length - 1];
    let merge = false;
    if (prev && prev.para === s.para) {
      while (q < pairs.length && endOf(pairs[q]) < prev.end - 1) q++;
      const inside = q < pairs.length && pairs[q].open < prev.end && endOf(pairs[q]) >= s.start;
      const first = text[s.start];
      const lower = first !== undefined && first !== first.toUpperCase();
      // A line break inside a paragraph ends a sentence (a headline, a caption line), unless the
      // text is hard-wrapped: the line breaks inside a quotation, or the next line goes on in
      // lower case ("... on Friday,\nand the ferry ...").
      // Only a line flush against its break wraps: the Markdown front end turns a table cell's or a
      // list item's marker into a line break with a space after it, and those are blocks.
      const wrapped = (): boolean => text[s.start - 1] === '\n' && (text[prev.end] === '\n' || (text[prev.end] === '\r' && text[prev.end + 1] === '\n'));
      // "at 4.15pm": wink may end a sentence at a decimal point with no space after it.
      const decimal = s.start === prev.end && /\d\.$/.test(text.slice(prev.end - 2, prev.end)) && /\d/.test(first ?? '');
      // "Rep. Ann Hale (D-N.Y.) said", "Hale, D-N.Y., said": wink may end a sentence inside an
      // abbreviation of initials, with no space after the point.
      const initials = s.start === prev.end && /(?:^|[^A-Za-z])[A-Z]\.$/.test(text.slice(prev.end - 3, prev.end)) && /^[A-Z]\./.test(text.slice(s.start, s.start + 2));
      merge = newlineBetween(t, prev.te, s.ts) ? (inside || (lower && !/[.!?]$/.test(text.slice(prev.start, prev.end)))) && wrapped() : inside || lower || decimal || initials;
    }
    if (merge) {
      prev.te = s.te;
      prev.end = s.end;
    } else out.push(s);
  }
  return capLength(t, out);
}

/** Real sentences stay far below this; a run-on line is cut so per-sentence work stays bounded. */
const MAX_TOKENS = 250;

function capLength(t: Tokens, sentences: Sentence[]): Sentence[] {
  if (!sentences.some((s) => s.te - s.ts > MAX_TOKENS)) return sentences;
  const out: Sentence[] = [];
  for (const s of sentences) {
    let a = s.ts;
    while (s.te - a > MAX_TOKENS) {
      // Cut after the last punctuation mark in the window, else at the window's end.
      let b = a + MAX_TOKENS;
      for (let i = b - 1; i > a + MAX_TOKENS / 2; i--) if (t.pos[i] === 'PUNCT') {
        b = i + 1;
        break;
      }
      out.push({ ts: a, te: b, start: t.start[a], end: t.end[b - 1], para: s.para });
      a = b;
    }
    out.push({ ts: a, te: s.te, start: t.start[a], end: s.end, para: s.para });
  }
  return out;
}

function newlineBetween(t: Tokens, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (isNewline(t, i)) return true;
  return false;
}
