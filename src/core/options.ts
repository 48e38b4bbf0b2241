// Options as a caller may really pass them: from a settings file, a workspace's
// .vscode/settings.json, a CLI flag. A wrongly typed or oversized option is ignored (or cut) with
// a warning, never allowed to lose the whole analysis.
import { AnalyzeOptions } from './types';

/** Longest list an option may hold; a workspace could otherwise make every check slow. */
export const MAX_OPTION_ENTRIES = 500;
/** Longest single entry (a phrase), in characters. */
export const MAX_ENTRY_LENGTH = 100;

export interface CheckedOptions {
  extraCues: string[];
  extraAnonymous: string[];
  warnings: string[];
}

function list(name: keyof AnalyzeOptions, value: unknown, warnings: string[]): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    warnings.push(`${name} must be a list of strings; ignored`);
    return [];
  }
  const out: string[] = [];
  for (const v of value) {
    if (typeof v !== 'string') {
      warnings.push(`${name}: ${JSON.stringify(v)} is not a string; ignored`);
      continue;
    }
    const s = v.trim();
    if (!s) continue;
    if (s.length > MAX_ENTRY_LENGTH) {
      warnings.push(`${name}: an entry longer than ${MAX_ENTRY_LENGTH} characters was ignored`);
      continue;
    }
    out.push(s);
  }
  if (out.length > MAX_OPTION_ENTRIES) {
    warnings.push(`${name} has ${out.length} entries; only the first ${MAX_OPTION_ENTRIES} are used`);
    out.length = MAX_OPTION_ENTRIES;
  }
  return out;
}

/** The options to use, and what was wrong with the ones given. */
export function checkOptions(options: unknown): CheckedOptions {
  const warnings: string[] = [];
  if (options !== undefined && options !== null && (typeof options !== 'object' || Array.isArray(options))) {
    return { extraCues: [], extraAnonymous: [], warnings: ['options must be an object; ignored'] };
  }
  const o = (options ?? {}) as Record<string, unknown>;
  return { extraCues: list('extraCues', o.extraCues, warnings), extraAnonymous: list('extraAnonymous', o.extraAnonymous, warnings), warnings };
}

/** Does the speaker contain one of the phrases as whole words ("aide" marks "an aide", not "Zaidel")? */
export function anonymousMatcher(phrases: string[]): (speaker: string) => boolean {
  if (!phrases.length) return () => false;
  const escaped = phrases.map((p) => p.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'u');
  return (speaker) => re.test(speaker.toLowerCase());
}
