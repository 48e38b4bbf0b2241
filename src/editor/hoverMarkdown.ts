// Builds hover cards as Markdown text. Every piece of document text is escaped: hovers are untrusted.
import type { Analysis, NameEntry, Quote, Span } from '../core/types';
import { clip, positionsOf } from '../core/lines';

/** Escapes Markdown and HTML so document text renders literally. */
export function escapeMarkdown(s: string): string {
  return s
    .replace(/\s+/g, ' ')
    .replace(/[\\`*_{}[\]()#+\-.!|~]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

const lineLabel = (line: number): string => `line ${line + 1}`;

export interface HoverCard {
  /** The span the hover applies to. */
  span: Span;
  markdown: string;
}

const within = (s: Span, offset: number): boolean => offset >= s.start && offset < s.end;

function nameAt(a: Analysis, offset: number): { index: number; span: Span } | null {
  for (let i = 0; i < a.names.length; i++) {
    for (const m of [...a.names[i].mentions, ...a.names[i].misspellings]) if (within(m, offset)) return { index: i, span: m };
  }
  return null;
}

/** Entries a hover card lists before "…and N more". */
export const MAX_LISTED = 10;

const capped = (items: string[], max: number): string => (items.length > max ? `${items.slice(0, max).join(', ')} …and ${items.length - max} more` : items.join(', '));

export function nameCard(a: Analysis, index: number, text: string): string {
  const n: NameEntry = a.names[index];
  const pos = positionsOf(text);
  const e = escapeMarkdown;
  const sections: string[] = [];
  const first = n.mentions[0];
  const count = `${n.mentions.length} mention${n.mentions.length === 1 ? '' : 's'}`;
  const firstText = first ? ` · first mention on ${lineLabel(pos(first.start).line)}: “${e(clip(first.text, 60))}”` : '';
  sections.push(`**${e(n.name)}**${n.role ? ` — ${e(n.role)}` : ''}  \n${n.kind === 'person' ? 'Person' : 'Organisation'} · ${count}${firstText}`);
  if (n.quotes.length) {
    const items = n.quotes.slice(0, 8).filter((qi) => a.quotes[qi]).map((qi) => {
      const q = a.quotes[qi];
      const cue = q.cue ? `*${e(q.cue)}*` : '*no cue*';
      const body = q.kind === 'direct' ? `“${e(clip(q.text, 90))}”` : e(clip(q.text, 90));
      return `- ${cue} ${body} (${lineLabel(pos(q.start).line)})`;
    });
    if (n.quotes.length > 8) items.push(`- …and ${n.quotes.length - 8} more`);
    sections.push(`**Quotes (${n.quotes.length})**\n\n${items.join('\n')}`);
  }
  // A card is read at a glance: lists stop after a few entries (one draft had a 264 KB card).
  if (n.variants.length) sections.push(`Also written: ${capped(n.variants.map((v) => `“${e(clip(v, 60))}”`), MAX_LISTED)}`);
  if (n.misspellings.length) {
    const items = n.misspellings.map((m) => `“${e(clip(m.text, 60))}” (${lineLabel(pos(m.start).line)})`);
    sections.push(`Suspected misspellings: ${capped(items, MAX_LISTED)}`);
  }
  return sections.join('\n\n');
}

export function quoteCard(a: Analysis, q: Quote): string {
  const e = escapeMarkdown;
  const kind = q.kind === 'direct' ? 'Direct quote' : 'Reported speech';
  const who = q.speaker === null ? '**No speaker found**' : `**${e(q.speaker)}**${q.anonymous ? ' (anonymous source)' : ''}`;
  const role = q.nameIndex >= 0 && a.names[q.nameIndex]?.role ? ` — ${e(a.names[q.nameIndex].role ?? '')}` : '';
  const cue = q.cue ? ` · cue: *${e(q.cue)}*` : '';
  return `${kind} · ${who}${role}${cue}`;
}

/** Hover for an offset: the name card on a name mention, the quote's speaker and cue inside a quote (both when both apply). */
export function hoverAt(a: Analysis, text: string, offset: number): HoverCard | null {
  const name = nameAt(a, offset);
  const quote = a.quotes.find((q) => within(q, offset) || (q.speakerSpan !== null && within(q.speakerSpan, offset)) || (q.cueSpan !== null && within(q.cueSpan, offset)));
  if (!name && !quote) return null;
  const parts: string[] = [];
  if (name) parts.push(nameCard(a, name.index, text));
  if (quote) parts.push(quoteCard(a, quote));
  const span = name ? name.span : within(quote!, offset) ? { start: quote!.start, end: quote!.end } : (quote!.speakerSpan && within(quote!.speakerSpan, offset) ? quote!.speakerSpan : quote!.cueSpan!);
  return { span: { start: span.start, end: span.end }, markdown: parts.join('\n\n---\n\n') };
}
