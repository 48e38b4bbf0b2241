// Draft hygiene: "TK" placeholders left for facts still to come.
import { HygieneFinding } from './types';

export function findPlaceholders(text: string): HygieneFinding[] {
  const out: HygieneFinding[] = [];
  const re = /(?<![\p{L}\p{N}])(?:TK)+(?![\p{L}\p{N}])/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) out.push({ start: m.index, end: m.index + m[0].length, kind: 'tk', message: 'TK placeholder: a fact still to come' });
  return out;
}

/** Editor notes in [[...]] are not article text: blank them out, keeping every offset. */
export function maskNotes(text: string): string {
  return text.replace(/\[\[[^\]\n]{0,500}\]\]/g, (m) => ' '.repeat(m.length));
}
