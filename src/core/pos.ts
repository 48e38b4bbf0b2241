// wink-eng-lite-web-model's part-of-speech tags (Universal Dependencies, plus SPACE for
// whitespace tokens). A union type, so that a mistyped tag is a compile error, not a rule that
// silently never fires.
export type Pos =
  | 'ADJ' | 'ADP' | 'ADV' | 'AUX' | 'CCONJ' | 'DET' | 'INTJ' | 'NOUN' | 'NUM' | 'PART'
  | 'PRON' | 'PROPN' | 'PUNCT' | 'SCONJ' | 'SYM' | 'VERB' | 'X' | 'SPACE';

export const ALL_POS: readonly Pos[] = ['ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM', 'PART', 'PRON', 'PROPN', 'PUNCT', 'SCONJ', 'SYM', 'VERB', 'X', 'SPACE'];

/** A set of tags, typed: posSet('NOUN', 'PROPN'). */
export const posSet = (...tags: Pos[]): ReadonlySet<Pos> => new Set(tags);

const known = new Set<string>(ALL_POS);

/** wink's tag as our type; anything unexpected (a future model's new tag) reads as X. */
export const asPos = (tag: string): Pos => (known.has(tag) ? (tag as Pos) : 'X');
