// What the CLI prints for each --format. Per-file formats print as they go; json and sarif collect
// every file and print one document at the end.
import type { CheckedFinding, CheckResult, SuppressedCheckedFinding } from './core/check';
import { escapeControls } from './core/lines';
import { toGithub } from './core/output/github';
import { toSarif } from './core/output/sarif';
import { formatReport } from './core/report';
import type { Analysis } from './core/types';

export const FORMATS = ['text', 'json', 'jsonl', 'sarif', 'github'] as const;
export type Format = (typeof FORMATS)[number];

export interface Checked {
  /** The name shown: the path as given, or --stdin-filename. */
  file: string;
  text: string;
  analysis: Analysis;
  result: CheckResult;
}

const located = (f: CheckedFinding): object => ({
  code: f.code,
  severity: f.severity,
  message: f.message,
  line: f.line,
  column: f.column,
  endLine: f.endLine,
  endColumn: f.endColumn,
  start: f.start,
  end: f.end,
  ...(f.suggestion ? { suggestion: f.suggestion } : {}),
});

const suppressedRecord = (s: SuppressedCheckedFinding): object => ({ ...located(s.finding), reason: s.reason, markerLine: s.markerLine });

/** The JSON Lines record: the scorer's contract (quotes, claims, names, hygiene) plus the findings. */
export function toJsonRecord(c: Checked, withSuppressed = false): object {
  const a = c.analysis;
  return {
    file: c.file,
    quotes: a.quotes.map((q) => ({
      start: q.start,
      end: q.end,
      kind: q.kind,
      speaker: q.speaker,
      cue: q.cue,
      anonymous: q.anonymous,
      text: q.text,
    })),
    claims: a.claims.map((cl) => ({ start: cl.start, end: cl.end, kind: cl.kind, reason: cl.reason })),
    names: a.names.map((n) => ({
      name: n.name,
      kind: n.kind,
      role: n.role,
      variants: n.variants,
      misspellings: n.misspellings.map((m) => m.text),
      mentions: n.mentions.map((m) => ({ start: m.start, end: m.end })),
    })),
    hygiene: a.hygiene.map((h) => ({ start: h.start, end: h.end, kind: h.kind, message: h.message })),
    findings: c.result.findings.map(located),
    ...(withSuppressed ? { suppressed: c.result.suppressed.map(suppressedRecord) } : {}),
  };
}

/** The readable report, then one line per finding (file:line:col severity code message). */
function textOf(c: Checked, withSuppressed: boolean): string {
  const name = escapeControls(c.file);
  const line = (f: CheckedFinding): string => `${name}:${f.line}:${f.column}  ${f.severity.padEnd(11)} ${f.code.padEnd(18)} ${escapeControls(f.message)}`;
  const out = [formatReport(c.file, c.text, c.analysis)];
  if (c.result.findings.length) out.push('', '  Findings', ...c.result.findings.map((f) => `    ${line(f)}`));
  if (withSuppressed && c.result.suppressed.length) {
    out.push(
      '',
      '  Suppressed',
      ...c.result.suppressed.map((s) => `    ${line(s.finding)} (line ${s.markerLine}: ${escapeControls(s.reason || 'no reason given')})`),
    );
  }
  return out.join('\n');
}

export class Printer {
  private readonly all: Checked[] = [];

  constructor(
    private readonly format: Format,
    private readonly out: (s: string) => void,
    private readonly withSuppressed: boolean,
    private readonly version: string,
  ) {}

  file(c: Checked): void {
    if (this.format === 'text') this.out(textOf(c, this.withSuppressed));
    else if (this.format === 'jsonl') this.out(JSON.stringify(toJsonRecord(c, this.withSuppressed)));
    else if (this.format === 'github') for (const f of c.result.findings) this.out(toGithub(c.file, f));
    else this.all.push(c);
  }

  end(): void {
    if (this.format === 'json')
      this.out(
        JSON.stringify(
          this.all.map((c) => ({
            file: c.file,
            findings: c.result.findings.map(located),
            ...(this.withSuppressed ? { suppressed: c.result.suppressed.map(suppressedRecord) } : {}),
          })),
          null,
          2,
        ),
      );
    if (this.format === 'sarif')
      this.out(
        JSON.stringify(
          toSarif(
            this.all.map((c) => ({ uri: c.file, result: c.result })),
            this.version,
            this.withSuppressed,
          ),
          null,
          2,
        ),
      );
  }
}
