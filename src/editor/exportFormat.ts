// Quote list for fact-checkers as CSV or Markdown (no vscode, unit-tested).
import type { Analysis } from '../core/types';
import { positionsOf } from '../core/lines';
import { quotesInOrder, sourceLabel } from './quoteGroups';

export type ExportFormat = 'markdown' | 'csv';

export interface QuoteRow {
  speaker: string;
  kind: 'direct' | 'indirect';
  cue: string;
  quote: string;
  /** 1-based. */
  line: number;
}

export function quoteRows(a: Analysis, text: string): QuoteRow[] {
  const pos = positionsOf(text);
  return quotesInOrder(a).map((i) => {
    const q = a.quotes[i];
    const speaker = q.speaker === null ? '' : sourceLabel(a, q) + (q.anonymous ? ' (anonymous)' : '');
    return { speaker, kind: q.kind, cue: q.cue ?? '', quote: q.text.replace(/\s+/g, ' ').trim(), line: pos(q.start).line + 1 };
  });
}

const CSV_HEADER = ['speaker', 'kind', 'cue', 'quote', 'line'];

/** RFC 4180, CRLF rows; cells that a spreadsheet would run as a formula get a leading apostrophe. */
export function toCsv(rows: QuoteRow[]): string {
  const cell = (v: string | number): string => {
    let s = String(v);
    if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
    // Quoted too when it holds a semicolon: in a locale whose list separator is ";" an unquoted
    // "a;=cmd" would split into a cell that starts a formula.
    return /[",;\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const lines = [CSV_HEADER.join(','), ...rows.map((r) => [r.speaker, r.kind, r.cue, r.quote, r.line].map(cell).join(','))];
  return lines.join('\r\n') + '\r\n';
}

export function toMarkdown(rows: QuoteRow[], title: string): string {
  // Quotes come from drafts pasted from anywhere: every Markdown-active character is escaped, so an
  // image (![x](url)), a link, raw HTML (<img ...>) or an autolinked URL in a quote stays text.
  const cell = (v: string | number): string => String(v).replace(/\r?\n/g, ' ').replace(/[\\`*_{}[\]()<>#!|~]/g, '\\$&').replace(/:\/\//g, ':\\/\\/');
  const out = [`# Quotes in ${cell(title)}`, '', `${rows.length} quote${rows.length === 1 ? '' : 's'}`, ''];
  if (rows.length) {
    out.push('| Speaker | Kind | Cue | Quote | Line |', '| --- | --- | --- | --- | ---: |');
    for (const r of rows) {
      const quote = r.kind === 'direct' ? `“${cell(r.quote)}”` : cell(r.quote);
      out.push(`| ${r.speaker ? cell(r.speaker) : '(no speaker)'} | ${r.kind} | ${r.cue ? cell(r.cue) : '–'} | ${quote} | ${r.line} |`);
    }
  }
  return out.join('\n') + '\n';
}

export function formatQuotes(a: Analysis, text: string, format: ExportFormat, title: string): string {
  const rows = quoteRows(a, text);
  return format === 'csv' ? toCsv(rows) : toMarkdown(rows, title);
}
