// White space as one space, the way speakers and claims are shown.
const SPACE_RUN = /\s+/g;
/** White space other than a single space: a tab, a line break, two spaces in a row. */
const ODD_SPACE = /[^\S ]| {2}/;

/** The text with every run of white space made one space, like replace(/\s+/g, ' '). Most texts
 * have single spaces only, and replacing each with itself would copy the text for nothing. */
export const oneSpaced = (s: string): string => (ODD_SPACE.test(s) ? s.replace(SPACE_RUN, ' ') : s);
