// Draft hygiene: "TK" placeholders left for facts still to come.
import { HygieneFinding } from './types';

export function findPlaceholders(text: string): HygieneFinding[] {
  const out: HygieneFinding[] = [];
  const re = /(?<![\p{L}\p{N}])(?:TK)+(?![\p{L}\p{N}])/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) out.push({ start: m.index, end: m.index + m[0].length, kind: 'tk', message: 'TK placeholder: a fact still to come' });
  return out;
}

/** Longest note body, in characters: a longer "[[" ... "]]" is article text with brackets in it. */
const MAX_NOTE = 500;

/**
 * Editor notes in [[...]] are not article text: blank them out, keeping every offset. A note is
 * the earliest "[[" after the last "]" or line break, closed by "]]" within MAX_NOTE characters
 * (what /\[\[[^\]\n]{0,500}\]\]/ matches), found in one pass: the regex costs up to 500 steps at
 * every "[[", so a megabyte of unclosed "[[" took seconds.
 */
export function maskNotes(text: string): string {
  if (!text.includes('[[')) return text;
  const spans: [number, number][] = [];
  const opens: number[] = []; // "[[" positions since the last barrier, oldest first
  let head = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 91 && text.charCodeAt(i + 1) === 91) {
      opens.push(i);
      i++;
      // "[[[": the next "[[" may start at the second bracket too.
      if (text.charCodeAt(i + 1) === 91) i--;
      continue;
    }
    if (c === 93) {
      if (text.charCodeAt(i + 1) === 93) {
        while (head < opens.length && i - (opens[head] + 2) > MAX_NOTE) head++;
        if (head < opens.length) {
          spans.push([opens[head], i + 2]);
          i++;
        }
      }
      opens.length = 0;
      head = 0;
    } else if (c === 10) {
      opens.length = 0;
      head = 0;
    }
  }
  if (!spans.length) return text;
  let out = '';
  let at = 0;
  for (const [a, b] of spans) {
    out += text.slice(at, a) + ' '.repeat(b - a);
    at = b;
  }
  return out + text.slice(at);
}
