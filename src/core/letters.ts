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

/** "$5", "€40m", "us$3": a sum of money. A currency sign first, or else a dollar sign somewhere
 * before the regex runs (/^[$€£¥]|^(us|cdn|a|c)\$/ read without running it on every word). */
const MONEY = /^(us|cdn|a|c)\$/;
export const isMoney = (w: string): boolean => {
  const c = w.charCodeAt(0);
  return c === 36 || c === 8364 || c === 163 || c === 165 || (w.includes('$') && MONEY.test(w)); // $ € £ ¥
};
