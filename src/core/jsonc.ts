// JSON with comments (what VS Code's settings.json and .copydesk.json accept): comments and
// trailing commas are blanked in one pass, keeping every offset, then JSON.parse does the rest.

export type JsoncResult = { value: unknown; error?: undefined } | { value?: undefined; error: { message: string; offset: number } };

/** Blanks // and /* *\/ comments and trailing commas outside strings; linear, never throws. */
export function stripJsonc(text: string): string {
  return scan(text).stripped;
}

/** The stripped text, and where a block comment opens that never closes (-1 when none). */
function scan(text: string): { stripped: string; unclosed: number } {
  let unclosed = -1;
  const out = text.split('');
  let lastComma = -1; // a comma that only whitespace or comments follow so far
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      lastComma = -1;
      for (i++; i < text.length && text[i] !== '"' && text[i] !== '\n'; i++) if (text[i] === '\\') i++;
    } else if (c === '/' && text[i + 1] === '/') {
      for (; i < text.length && text[i] !== '\n'; i++) out[i] = ' ';
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      if (end < 0) unclosed = i;
      const stop = end < 0 ? text.length : end + 2;
      for (; i < stop; i++) if (text[i] !== '\n') out[i] = ' ';
      i--;
    } else if (c === ',') lastComma = i;
    else if ((c === '}' || c === ']') && lastComma >= 0) {
      out[lastComma] = ' ';
      lastComma = -1;
    } else if (!/\s/.test(c)) lastComma = -1;
  }
  return { stripped: out.join(''), unclosed };
}

/** V8 quotes at most this many characters either side of an unexpected token. */
const CONTEXT = 10;

/**
 * Where JSON.parse failed: "at position N" when V8 says so; for "Unexpected token 'x', …"snippet"…"
 * (which has no position) the snippet is found in the text: V8 cuts it CONTEXT characters either
 * side of the token, and quotes a short text whole.
 */
function errorOffset(message: string, stripped: string): number {
  const at = /position (\d+)/.exec(message);
  if (at) return Number(at[1]);
  const m = /^Unexpected token '(.+?)', (\.\.\.)?"([\s\S]*)"(\.\.\.)? is not valid JSON/.exec(message);
  if (!m) return 0;
  const [, token, before, snippet, after] = m;
  if (!before && !after) return Math.max(0, stripped.indexOf(token));
  const from = before ? stripped.indexOf(snippet) : 0;
  if (from < 0) return 0;
  return before ? from + CONTEXT : Math.max(0, snippet.length - CONTEXT);
}

/** Parses JSON with comments; the error carries the offset where the text breaks (0 when unknown). */
export function parseJsonc(text: string): JsoncResult {
  const { stripped, unclosed } = scan(text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text);
  if (!stripped.trim()) return { error: { message: 'the file is empty (write {} for no rules)', offset: 0 } };
  // JSON.parse would accept what comes before it, but the writer meant to close it somewhere.
  if (unclosed >= 0) return { error: { message: 'a /* comment is never closed', offset: unclosed } };
  try {
    return { value: JSON.parse(stripped) as unknown };
  } catch (e) {
    // The snippet V8 quotes may span lines of the file: locate with all of it, show none of it.
    const message = (e as Error).message;
    const offset = Math.min(errorOffset(message, stripped), text.length);
    const short = message
      .replace(/, (?:\.\.\.)?"[\s\S]*"(?:\.\.\.)? is not valid JSON$/, '')
      .split('\n')[0]
      .replace(/ (?:in JSON )?at position \d+.*$/, '');
    return { error: { message: short.charAt(0).toLowerCase() + short.slice(1), offset } };
  }
}
