// wink-nlp adapter: loads the model once, on first use, and turns a document into flat token
// arrays with UTF-16 offsets. Everything downstream works on these arrays, never on wink objects.
import type { WinkMethods } from 'wink-nlp';
import { WinkState, winkState } from './winkState';
import { Pos, asPos } from './pos';

export interface Tokens {
  n: number;
  start: Int32Array;
  end: Int32Array;
  /** Token text as written. */
  val: string[];
  /** Lower-cased token text. */
  low: string[];
  /** Universal POS tag from wink (PROPN, NOUN, VERB, PUNCT, SPACE...). */
  pos: Pos[];
  /** wink's sentence boundaries as [firstToken, lastToken] pairs. */
  winkSentences: [number, number][];
}

let nlp: WinkMethods | undefined;
let state: WinkState | undefined;

/** The wink pipes the core needs. */
export const PIPE = ['sbd', 'pos'];

/** The wink-nlp instance, created on first call (model load ~100 ms). */
export function winkInstance(): WinkMethods {
  if (!nlp) {
    // Loaded on first use (not at import): activation and the CLI's --help never pay for the model.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const winkNLP = require('wink-nlp') as (model: unknown, pipe: string[]) => WinkMethods;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const model = require('wink-eng-lite-web-model') as Record<string, unknown>;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const makeCache = require('wink-nlp/src/cache.js') as Parameters<typeof winkState>[1];
    state = winkState(model, makeCache);
    // Only sentence boundaries and POS: the rules use no NER, negation or sentiment, and
    // skipping those pipes gives the same tokens, tags and sentences at about 60% of the cost.
    const w = winkNLP(state.model, PIPE);
    state.capture(w.readDoc('.'), w.its.readabilityStats);
    state.reset();
    nlp = w;
  }
  return nlp;
}

/** Words wink knows now; stays at the model's own size between documents (see winkState.ts). */
export function lexiconSize(): number {
  winkInstance();
  return state ? state.lexemes() : 0;
}

/** Longest run of non-space characters wink sees; its tokenizer is quadratic in run length. */
const MAX_RUN = 64;

/** Breaks very long runs of non-space characters (base64 blobs, "!!!!...") with spaces, keeping
 * the length, so every offset still points at the same character of the original. */
export function breakLongRuns(text: string): string {
  // A plain scan: a /\S{65}/ test backtracks at every position and costs more than this.
  let run = 0;
  let long = false;
  for (let i = 0; i < text.length && !long; i++) {
    const c = text.charCodeAt(i);
    run = c === 32 || c === 10 || c === 13 || c === 9 || c === 160 ? 0 : run + 1;
    long = run > MAX_RUN;
  }
  if (!long) return text;
  return text.replace(/\S{65,}/g, (run) => {
    // Every MAX_RUN units, the next whole character (two units for an emoji's surrogate pair)
    // becomes spaces, so no token, and no span, ever ends in the middle of a character.
    let out = '';
    let i = 0;
    while (run.length - i > MAX_RUN) {
      let cut = i + MAX_RUN;
      if (isLowSurrogate(run.charCodeAt(cut))) cut--; // keep a pair whole on the left
      const width = isHighSurrogate(run.charCodeAt(cut)) && isLowSurrogate(run.charCodeAt(cut + 1)) ? 2 : 1;
      out += run.slice(i, cut) + ' '.repeat(width);
      i = cut + width;
    }
    return out + run.slice(i);
  });
}

const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

export function tokenize(original: string): Tokens {
  const w = winkInstance();
  try {
    const plain = plainLetters(breakLongRuns(original));
    return readTokens(w, plain, plain === original ? null : original);
  } finally {
    // Same text, same tokens, whatever was read before; memory bounded over a long session.
    state?.reset();
  }
}

/** Letters wink's tokenizer splits words at: Latin beyond Latin-1 ("Erdo|ğ|an", "Wa|łę|sa", "Nguy|ễ|n",
 * "M|ə|mmədov"), and modifier letters such as the ʻokina of "Hawaiʻi". */
const SPLIT_LETTERS = /[\u0100-\u02ff\u1e00-\u1eff\u2c60-\u2c7f\ua720-\ua7ff]/g;
/** Letters with no decomposition to a base letter. */
const BASE_LETTER: Readonly<Record<string, string>> = { ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ı: 'i', ħ: 'h', Ħ: 'H', ŋ: 'n', Ŋ: 'N', ŧ: 't', Ŧ: 'T', ſ: 's', œ: 'o', Œ: 'O', ƒ: 'f', ĸ: 'k' };

/** The text with each such letter replaced by its base letter, one unit for one, so that a name
 * like "Kılıçdaroğlu" stays one word with one tag and every offset still points into the original. */
export function plainLetters(text: string): string {
  SPLIT_LETTERS.lastIndex = 0;
  if (!SPLIT_LETTERS.test(text)) return text;
  return text.replace(SPLIT_LETTERS, (c) => {
    const base = BASE_LETTER[c] ?? c.normalize('NFD')[0];
    if (base.length === 1 && base.charCodeAt(0) < 0x100) return base;
    return c === c.toLowerCase() ? 'a' : 'A';
  });
}

/** Tokens of `text` as wink reads it; token text from `original` (the draft) when they differ. */
function readTokens(w: WinkMethods, text: string, original: string | null): Tokens {
  const its = w.its;
  const doc = w.readDoc(text);
  const tokens = doc.tokens();
  const val = tokens.out<string>(its.value);
  const spaces = tokens.out<string>(its.precedingSpaces);
  const pos = tokens.out<string>(its.pos).map(asPos);
  const n = val.length;
  const start = new Int32Array(n);
  const end = new Int32Array(n);
  const low = new Array<string>(n);
  let at = 0;
  for (let i = 0; i < n; i++) {
    at += spaces[i].length;
    // wink's tokens reproduce the text exactly; re-sync defensively if one ever does not.
    if (text.startsWith(val[i], at) === false) {
      const found = text.indexOf(val[i], at);
      if (found >= 0 && found - at < 16) at = found;
    }
    start[i] = at;
    at += val[i].length;
    end[i] = at;
    if (original) val[i] = original.slice(start[i], at);
    low[i] = val[i].toLowerCase();
  }
  const winkSentences = doc.sentences().out(its.span) as unknown as [number, number][];
  return { n, start, end, val, low, pos, winkSentences };
}
