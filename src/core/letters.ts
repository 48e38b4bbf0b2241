// Unicode letter tests the per-token rules share. They live here as module-level constants on
// purpose: for a Node target esbuild rewrites a /\p{...}/u literal into `new RegExp(...)`, so
// written inline in a function the regex is built again at every call, about five times the cost
// of the test itself.
const UPPER_FIRST = /^\p{Lu}/u;
const LETTER_FIRST = /^\p{L}/u;
const LETTER = /\p{L}/u;

/** The text starts with an upper-case letter ("Hale", "Élise"). */
export const startsUpper = (s: string): boolean => UPPER_FIRST.test(s);

/** The text starts with a letter, in any script. */
export const startsLetter = (s: string): boolean => LETTER_FIRST.test(s);

/** The text holds a letter somewhere. */
export const hasLetter = (s: string): boolean => LETTER.test(s);
