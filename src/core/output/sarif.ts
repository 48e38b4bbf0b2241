// SARIF 2.1.0, the format code-scanning services read: one rule per finding code with its help
// text, one result per finding, suppressed findings (when asked for) with their in-source reason.
import type { CheckedFinding, CheckResult } from '../check';
import { FINDING_DOCS } from '../findingDocs';
import { DEFAULT_SEVERITY, FINDING_CODES, type SeverityName } from '../findings';

export interface SarifFile {
  /** Path as given, shown relative to the run's folder with "/" separators. */
  uri: string;
  result: CheckResult;
}

const LEVEL: Record<SeverityName, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

const rules = FINDING_CODES.map((id) => {
  const d = FINDING_DOCS[id];
  const help = `${d.meaning}\n\nWhy it matters: ${d.why}\n\nHow to resolve it: ${d.resolve}`;
  return {
    id,
    shortDescription: { text: d.title },
    fullDescription: { text: d.meaning },
    help: { text: help },
    defaultConfiguration: { level: LEVEL[DEFAULT_SEVERITY[id]] },
  };
});

/** A relative path stays relative (to the run's folder, as code scanning expects); an absolute one becomes a file: URI. */
function artifactUri(p: string): string {
  const enc = (x: string): string => encodeURI(x).replace(/[#?]/g, (c) => encodeURIComponent(c));
  const s = p.replace(/\\/g, '/');
  if (s.startsWith('/')) return `file://${enc(s)}`;
  if (/^[A-Za-z]:\//.test(s)) return `file:///${enc(s)}`;
  // A colon would make "a:b.article" a URI with the scheme "a"; encoded, it stays a relative path.
  return enc(s).replace(/:/g, '%3A');
}

function result(uri: string, f: CheckedFinding, reason?: string): object {
  return {
    ruleId: f.code,
    ruleIndex: FINDING_CODES.indexOf(f.code),
    level: LEVEL[f.severity],
    message: { text: f.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: artifactUri(uri) },
          region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
        },
      },
    ],
    ...(reason === undefined ? {} : { suppressions: [{ kind: 'inSource', ...(reason ? { justification: reason } : {}) }] }),
  };
}

/** The SARIF log for every file checked; suppressed findings are included when `withSuppressed`. */
export function toSarif(files: SarifFile[], version: string, withSuppressed: boolean): object {
  const results = files.flatMap(({ uri, result: r }) => [
    ...r.findings.map((f) => result(uri, f)),
    ...(withSuppressed ? r.suppressed.map((s) => result(uri, s.finding, s.reason)) : []),
  ]);
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{ tool: { driver: { name: 'Copydesk', version, rules } }, columnKind: 'utf16CodeUnits', results }],
  };
}
