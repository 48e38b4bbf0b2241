// Writing a house spelling into a .copydesk.json without disturbing the rest of it: the comments,
// the order and the formatting the desk wrote stay as they are; only the "names" list grows.
import { stripJsonc, parseJsonc } from './jsonc';

/** A new config file holding one name. */
const fresh = (name: string): string => `{\n  "names": [${JSON.stringify(name)}]\n}\n`;

/** Index of the "]" closing the array opened at `open`, skipping strings; -1 when none. */
function closingBracket(s: string, open: number): number {
  for (let i = open + 1; i < s.length; i++) {
    if (s[i] === '"') {
      for (i++; i < s.length && s[i] !== '"'; i++) if (s[i] === '\\') i++;
    } else if (s[i] === ']') return i;
  }
  return -1;
}

/**
 * The config text with `name` added to "names" (created when missing); the same text when the name
 * is already there; undefined when the text is not a JSON object (fix the file first).
 */
export function addHouseName(text: string | undefined, name: string): string | undefined {
  if (text === undefined || !text.trim()) return fresh(name);
  const parsed = parseJsonc(text);
  if (parsed.error || typeof parsed.value !== 'object' || parsed.value === null || Array.isArray(parsed.value)) return undefined;
  const names = (parsed.value as { names?: unknown }).names;
  if (Array.isArray(names) && names.includes(name)) return text;
  const s = stripJsonc(text); // same offsets, comments blanked: what is left is structure
  const quoted = JSON.stringify(name);
  const key = /"names"\s*:\s*\[/.exec(s);
  if (Array.isArray(names) && key) {
    const close = closingBracket(s, key.index + key[0].length - 1);
    if (close < 0) return undefined;
    const before = s.slice(0, close).trimEnd();
    const sep = before.endsWith('[') ? '' : before.endsWith(',') ? ' ' : ', ';
    return text.slice(0, before.length) + sep + quoted + text.slice(before.length);
  }
  if (names !== undefined) return undefined; // "names" is there but not a list: the user's to fix
  const open = s.indexOf('{');
  const empty = !s.slice(open + 1, s.lastIndexOf('}')).trim();
  return `${text.slice(0, open + 1)}\n  "names": [${quoted}]${empty ? '\n' : ','}${text.slice(open + 1)}`;
}
