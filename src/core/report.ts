// The CLI's readable report: quotes grouped by speaker, claims, names, hygiene findings.
import { Analysis } from './types';
import { clip as clipTo, escapeControls, positionsOf } from './lines';

const clip = (s: string, n = 90): string => escapeControls(clipTo(s, n));
/** Every piece of the draft printed goes through this: the report is for a terminal. */
const safe = (s: string): string => escapeControls(s);

export function formatReport(file: string, text: string, a: Analysis): string {
  const position = positionsOf(text);
  const at = (offset: number): string => `${position(offset).line + 1}`;
  const out: string[] = [];
  const sources = new Set(a.quotes.map((q) => q.speaker ?? ''));
  out.push(safe(file));
  out.push(`  ${a.quotes.length} quotes from ${[...sources].filter(Boolean).length} sources · ${a.claims.length} unattributed claims · ${a.names.length} recurring names · ${a.hygiene.length} hygiene findings`);

  const groups = new Map<string, number[]>();
  a.quotes.forEach((q, i) => {
    const key = q.speaker ?? '(no speaker)';
    groups.set(key, [...(groups.get(key) ?? []), i]);
  });
  if (groups.size) out.push('', '  Quotes by speaker');
  for (const [speaker, idx] of groups) {
    const anon = a.quotes[idx[0]].anonymous ? ' (anonymous)' : '';
    out.push(`    ${safe(speaker)}${anon}: ${idx.length}`);
    for (const i of idx) {
      const q = a.quotes[i];
      const text = q.kind === 'direct' ? `“${clip(q.text)}”` : clip(q.text);
      out.push(`      line ${at(q.start)}  ${q.kind.padEnd(8)} ${safe(q.cue ?? '-').padEnd(12)} ${text}`);
    }
  }
  if (a.claims.length) out.push('', '  Unattributed claims');
  for (const c of a.claims) out.push(`    line ${at(c.start)}  ${c.reason}: ${clip(c.text)}`);
  if (a.names.length) out.push('', '  Recurring names');
  for (const n of a.names) {
    const role = n.role ? `, ${safe(n.role)}` : '';
    const miss = n.misspellings.length ? ` · suspected misspelling: ${safe([...new Set(n.misspellings.map((m) => m.text))].join(', '))}` : '';
    out.push(`    ${safe(n.name)}${role} · ${n.mentions.length} mentions · first on line ${at(n.mentions[0]?.start ?? 0)} · ${n.quotes.length} quotes${miss}`);
  }
  if (a.hygiene.length) out.push('', '  Draft hygiene');
  for (const h of a.hygiene) out.push(`    line ${at(h.start)}  ${safe(h.message)}`);
  out.push('');
  return out.join('\n');
}
