// Pairs quotation marks paragraph by paragraph, in one linear scan. Drafts often have odd
// numbers of marks: an unpaired mark becomes a hygiene finding, never an error.
import { HygieneFinding } from './types';

export interface QuotePair {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or -1 when the quotation runs on into the next paragraph. */
  close: number;
  /** The quoted text, between the marks. */
  textStart: number;
  textEnd: number;
}

/** Where a quotation ends: its closing mark, or the end of its paragraph when it runs on. */
export const endOf = (p: QuotePair): number => (p.close >= 0 ? p.close : p.textEnd);

const MARKS = /["“”„«»‘’]/g;
const OPENERS = new Set(['“', '„', '«']);
const CLOSERS = new Set(['”', '»']);
const isSpace = (c: string): boolean => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\u00a0';
/** Hoisted like the tests in letters.ts (esbuild would rebuild an inline /\p{..}/u at every call). */
const LETTER_OR_DIGIT = /\p{L}|\p{N}/u;
const isLetter = (c: string): boolean => LETTER_OR_DIGIT.test(c);

/**
 * Wire and typewriter copy writes double quotation marks as two apostrophes (''...'') or two
 * backticks (``...''). They become one straight double mark plus a space, keeping the length,
 * so every offset still points at the same character: an opening pair is read as ' "' (the mark
 * next to the quoted words), a closing pair as '" '.
 */
export function normaliseDoubledMarks(text: string): string {
  if (!text.includes("''") && !text.includes('``')) return text;
  return text.replace(/''|``/g, (pair, at: number) => {
    const before = at > 0 ? text[at - 1] : ' ';
    const opening = pair === '``' || /[\s([{—–-]/.test(before);
    return opening ? ' "' : '" ';
  });
}

/**
 * British copy writes quotations in straight single marks ('It is a sad day,' said Marr). A
 * straight single mark is mostly an apostrophe ("don't", "the boys' club"), so a pair is read only
 * when it opens before a word at a word's start and closes right after the quotation's own
 * punctuation or at a word's end (not an "s"'s), within one paragraph; such a pair becomes ‘…’,
 * keeping every offset.
 */
export function normaliseSingleMarks(text: string): string {
  if (!text.includes("'")) return text;
  let out: string[] | null = null;
  let open = -1;
  let paraEnd = -1; // where the open mark's paragraph ends
  const blank = /\n[ \t\r]*\n/g;
  for (let i = text.indexOf("'"); i >= 0; i = text.indexOf("'", i + 1)) {
    const before = i > 0 ? text[i - 1] : '\n';
    const after = i + 1 < text.length ? text[i + 1] : '\n';
    if (open >= 0 && i > paraEnd) open = -1; // never closed in its paragraph
    if (open < 0) {
      if (/[\s([—–"“]/.test(before) && isLetter(after)) {
        open = i;
        blank.lastIndex = i;
        paraEnd = blank.exec(text)?.index ?? text.length;
      }
    } else if ((/[,.!?]/.test(before) || (isLetter(before) && before !== 's' && i - open > 2 && /[\s,.;:!?)]/.test(after))) && !isLetter(after)) {
      // ("had been 'encouraging' despite": a word-final mark closes a quotation opened in the same
      // paragraph; not after an "s", where "the workers' union" is a possessive, nor round one
      // letter, "rock 'n' roll".)
      out ??= text.split('');
      out[open] = '‘';
      out[i] = '’';
      open = -1;
    }
  }
  return out ? out.join('') : text;
}

/** Paragraphs: runs of non-blank lines, as [start, end) with surrounding whitespace trimmed. */
export function paragraphs(text: string): [number, number][] {
  const out: [number, number][] = [];
  const re = /\n[ \t\r]*\n/g;
  let from = 0;
  let m: RegExpExecArray | null;
  const push = (s: number, e: number): void => {
    while (s < e && isSpace(text[s])) s++;
    while (e > s && isSpace(text[e - 1])) e--;
    if (e > s) out.push([s, e]);
  };
  while ((m = re.exec(text))) {
    push(from, m.index);
    from = m.index + m[0].length;
    re.lastIndex = from;
  }
  push(from, text.length);
  return out;
}

export function pairQuotes(text: string, paras: [number, number][]): { pairs: QuotePair[]; findings: HygieneFinding[] } {
  const pairs: QuotePair[] = [];
  const findings: HygieneFinding[] = [];
  // Every mark's offset, found in one pass: a paragraph with no mark must not scan on to the next
  // mark in the draft (100,000 mark-free paragraphs made that quadratic).
  const marks: number[] = [];
  MARKS.lastIndex = 0;
  for (let m = MARKS.exec(text); m; m = MARKS.exec(text)) marks.push(m.index);
  let next = 0;
  for (let p = 0; p < paras.length; p++) {
    const [ps, pe] = paras[p];
    let open = -1;
    let openCh = '';
    let single = -1; // an open curly single quote at top level
    while (next < marks.length && marks[next] < ps) next++;
    for (; next < marks.length && marks[next] < pe; next++) {
      const i = marks[next];
      const c = text[i];
      const straight = c === '"';
      if (straight || OPENERS.has(c) || CLOSERS.has(c)) {
        const opening = OPENERS.has(c) || (straight && open < 0 && !(i > ps && isLetter(text[i - 1]) && (i + 1 >= pe || isSpace(text[i + 1]))));
        if (opening) {
          if (open >= 0) findings.push(unbalanced(open, 'opening quotation mark is never closed'));
          open = i;
          openCh = c;
          single = -1;
        } else if (open < 0) {
          findings.push(unbalanced(i, 'closing quotation mark without an opening one'));
        } else {
          if ((openCh === '"') !== straight) {
            findings.push({ start: open, end: i + 1, kind: 'mismatched-quote', message: `quotation opened with ${openCh} but closed with ${c}` });
          }
          pairs.push({ open, close: i, textStart: open + 1, textEnd: i });
          open = -1;
        }
      } else if (c === '‘' && open < 0 && (i === ps || !isLetter(text[i - 1]))) {
        single = i;
      } else if (c === '’' && single >= 0 && (i + 1 >= pe || !isLetter(text[i + 1])) && !isSpace(text[i - 1])) {
        pairs.push({ open: single, close: i, textStart: single + 1, textEnd: i });
        single = -1;
      }
    }
    if (open >= 0) {
      // A quotation running over paragraphs reopens each paragraph and closes only at the end.
      const next = paras[p + 1];
      if (next && (text[next[0]] === '"' || OPENERS.has(text[next[0]]))) {
        pairs.push({ open, close: -1, textStart: open + 1, textEnd: pe });
      } else {
        findings.push(unbalanced(open, 'opening quotation mark is never closed'));
      }
    }
  }
  return { pairs, findings };
}

function unbalanced(at: number, message: string): HygieneFinding {
  return { start: at, end: at + 1, kind: 'unbalanced-quote', message };
}
