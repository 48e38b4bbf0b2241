// JSON with comments (what VS Code's settings.json and .copydesk.json accept): comments and
// trailing commas are blanked in one pass, keeping every offset, then JSON.parse does the rest.

export type JsoncResult = { value: unknown; error?: undefined } | { value?: undefined; error: { message: string; offset: number } };

/** Blanks // and /* *\/ comments and trailing commas outside strings; linear, never throws. */
export function stripJsonc(text: string): string {
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
      const stop = end < 0 ? text.length : end + 2;
      for (; i < stop; i++) if (text[i] !== '\n') out[i] = ' ';
      i--;
    } else if (c === ',') lastComma = i;
    else if ((c === '}' || c === ']') && lastComma >= 0) {
      out[lastComma] = ' ';
      lastComma = -1;
    } else if (!/\s/.test(c)) lastComma = -1;
  }
  return out.join('');
}

/** Parses JSON with comments; the error carries the offset JSON.parse reported (0 when none). */
export function parseJsonc(text: string): JsoncResult {
  const stripped = stripJsonc(text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text);
  if (!stripped.trim()) return { error: { message: 'the file is empty (write {} for no rules)', offset: 0 } };
  try {
    return { value: JSON.parse(stripped) as unknown };
  } catch (e) {
    const message = (e as Error).message.split('\n')[0];
    const at = /position (\d+)/.exec(message);
    const offset = at ? Math.min(Number(at[1]), text.length) : 0;
    return { error: { message: message.replace(/^Unexpected/, 'unexpected').replace(/ in JSON at position \d+.*$/, ''), offset } };
  }
}
