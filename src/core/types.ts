// The one result every front end (editor features, CLI) reads. Offsets are UTF-16 string
// indices into the analyzed text, end exclusive.

export interface Span {
  start: number;
  end: number;
}

export type QuoteKind = 'direct' | 'indirect';

export interface Quote extends Span {
  kind: QuoteKind;
  /** The quoted words (direct: between the marks) or the reported content clause (indirect). */
  text: string;
  /** Fullest form of the source the article gives ("Vladimir Putin", "a US State Department spokesman"); null when none found. */
  speaker: string | null;
  /** Index into Analysis.names when the speaker is a recurring or named entity, else -1. */
  nameIndex: number;
  /** Where the source is written for this quote (may be a pronoun or surname); null when carried over or missing. */
  speakerSpan: Span | null;
  /** The attribution word or phrase as written ("said", "according to", "quoted ... as saying"). */
  cue: string | null;
  cueSpan: Span | null;
  /** The source is not named ("officials", "a spokesman"). */
  anonymous: boolean;
  /** The attribution construction that found it ("source before the verb", "according to"); absent for quotations with no cue. */
  construction?: string;
}

export type ClaimKind = 'figure' | 'cause' | 'allegation' | 'hearsay' | 'prediction' | 'record' | 'characterisation';

export interface Claim extends Span {
  text: string;
  kind: ClaimKind;
  /** Short human reason, e.g. "figure without a source". */
  reason: string;
}

export interface Mention extends Span {
  text: string;
}

export interface NameEntry {
  /** Fullest form the article uses ("Vladimir Putin"). */
  name: string;
  kind: 'person' | 'organisation';
  /** Title before the name or appositive after it, as written; null when the article gives none. */
  role: string | null;
  /** Every mention in article order (full name, surname, title + surname...). */
  mentions: Mention[];
  /** Distinct written forms other than `name`. */
  variants: string[];
  /** Forms that look like misspellings of this name ("Brudzinski" for "Brudziński"). */
  misspellings: Mention[];
  /** Indexes into Analysis.quotes attributed to this entry. */
  quotes: number[];
}

export type HygieneKind = 'tk' | 'unbalanced-quote' | 'mismatched-quote';

export interface HygieneFinding extends Span {
  kind: HygieneKind;
  message: string;
}

export interface Analysis {
  quotes: Quote[];
  claims: Claim[];
  names: NameEntry[];
  hygiene: HygieneFinding[];
  /** Sentence spans as corrected around quotation marks (useful to front ends for ranges). */
  sentences: Span[];
  /** `error` is set when a rule failed and the result holds only what could be salvaged. */
  /** `warnings`: options that were ignored or cut (a wrongly typed setting, an unusable extra cue). */
  stats: { words: number; sentences: number; ms: number; error?: string; warnings?: string[] };
}

export interface AnalyzeOptions {
  /** Extra attribution verbs (base form or any inflection: "quip", "quipped"). */
  extraCues?: string[];
  /** Extra phrases that mark an unnamed source ("a person familiar with"). */
  extraAnonymous?: string[];
}

/** Inline marker an editor can put in a sentence to say it is sourced; the analyzer never flags such a sentence. */
export const SOURCED_MARKER = '[[sourced]]';
