// Grouping and counting quotes by source, shared by the trees, status bar and summary (no vscode).
import type { Analysis, Quote } from '../core/types';
import { clip } from '../core/lines';

export type GroupKind = 'speaker' | 'anonymous' | 'none';

export interface QuoteGroup {
  id: string;
  label: string;
  kind: GroupKind;
  /** Indexes into Analysis.quotes, in article order. */
  quotes: number[];
}

export const ANONYMOUS_GROUP = 'Anonymous sources';
export const NO_SPEAKER_GROUP = 'No speaker';

/**
 * One source = one recurring name when the core linked it, else the speaker string (case-insensitive).
 * An unnamed source linked to an organisation ("a State Department spokesman") is a source of its own.
 */
export function sourceKey(a: Analysis, q: Quote): string | null {
  if (q.speaker === null) return null;
  if (q.nameIndex >= 0 && a.names[q.nameIndex] && !q.anonymous) return `name:${q.nameIndex}`;
  return `speaker:${q.speaker.toLowerCase().replace(/\s+/g, ' ').trim()}`;
}

export function sourceLabel(a: Analysis, q: Quote): string {
  if (q.nameIndex >= 0 && a.names[q.nameIndex] && !q.anonymous) return a.names[q.nameIndex].name;
  return q.speaker ?? NO_SPEAKER_GROUP;
}

function order(a: Analysis): number[] {
  return a.quotes.map((_, i) => i).sort((x, y) => a.quotes[x].start - a.quotes[y].start);
}

/** Named speakers in order of first quote, then anonymous sources, then quotes with no speaker. */
export function groupBySpeaker(a: Analysis): QuoteGroup[] {
  const named = new Map<string, QuoteGroup>();
  const anonymous: QuoteGroup = { id: 'anonymous', label: ANONYMOUS_GROUP, kind: 'anonymous', quotes: [] };
  const none: QuoteGroup = { id: 'none', label: NO_SPEAKER_GROUP, kind: 'none', quotes: [] };
  for (const i of order(a)) {
    const q = a.quotes[i];
    const key = sourceKey(a, q);
    if (key === null) none.quotes.push(i);
    else if (q.anonymous) anonymous.quotes.push(i);
    else {
      let g = named.get(key);
      if (!g) named.set(key, (g = { id: key, label: sourceLabel(a, q), kind: 'speaker', quotes: [] }));
      g.quotes.push(i);
    }
  }
  return [...named.values(), anonymous, none].filter((g) => g.quotes.length > 0);
}

export function quotesInOrder(a: Analysis): number[] {
  return order(a);
}

export interface SourceRow {
  key: string;
  label: string;
  anonymous: boolean;
  quotes: number[];
  direct: number;
  indirect: number;
}

export interface SourcesSummary {
  rows: SourceRow[];
  totalQuotes: number;
  anonymousQuotes: number;
  noSpeakerQuotes: number;
}

/** Sources by number of quotes (most first), ties in article order. */
export function sourcesOf(a: Analysis): SourcesSummary {
  const rows = new Map<string, SourceRow>();
  let anonymousQuotes = 0;
  let noSpeakerQuotes = 0;
  for (const i of order(a)) {
    const q = a.quotes[i];
    const key = sourceKey(a, q);
    if (key === null) {
      noSpeakerQuotes++;
      continue;
    }
    if (q.anonymous) anonymousQuotes++;
    let r = rows.get(key);
    if (!r) rows.set(key, (r = { key, label: sourceLabel(a, q), anonymous: q.anonymous, quotes: [], direct: 0, indirect: 0 }));
    r.quotes.push(i);
    if (q.kind === 'direct') r.direct++;
    else r.indirect++;
  }
  const list = [...rows.values()].sort((x, y) => y.quotes.length - x.quotes.length);
  return { rows: list, totalQuotes: a.quotes.length, anonymousQuotes, noSpeakerQuotes };
}

export interface Counts {
  quotes: number;
  sources: number;
  anonymousSources: number;
  claims: number;
}

export function countsOf(a: Analysis): Counts {
  const s = sourcesOf(a);
  return { quotes: a.quotes.length, sources: s.rows.length, anonymousSources: s.rows.filter((r) => r.anonymous).length, claims: a.claims.length };
}

const plural = (n: number, one: string, many = one + 's'): string => `${n} ${n === 1 ? one : many}`;

/** "12 quotes from 5 sources, 1 anonymous, 3 unattributed claims" */
export function summaryText(c: Counts): string {
  return `${plural(c.quotes, 'quote')} from ${plural(c.sources, 'source')}, ${c.anonymousSources} anonymous, ${plural(c.claims, 'unattributed claim')}`;
}

/** "12 quotes · 5 sources · 3 claims" */
export function statusText(c: Counts): string {
  return `${plural(c.quotes, 'quote')} · ${plural(c.sources, 'source')} · ${plural(c.claims, 'claim')}`;
}

/** Tree label: direct quotes in curly quotes, reported speech bare. */
export function quoteLabel(q: Quote, max = 70): string {
  const t = clip(q.text, max);
  return q.kind === 'direct' ? `“${t}”` : t;
}

/** "direct · said" / "reported · according to" */
export function quoteDescription(q: Quote): string {
  const kind = q.kind === 'direct' ? 'direct' : 'reported';
  return q.cue ? `${kind} · ${q.cue}` : kind;
}
