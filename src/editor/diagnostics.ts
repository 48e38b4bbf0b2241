// Problems-panel entries from the cached analysis: source "copydesk", code = finding kind, severity from settings.
import * as vscode from 'vscode';
import type { Analysis } from '../core/types';
import type { AnalysisCache } from './analysisCache';
import { rulesOf, settingsFor, toSeverity } from './config';
import { check } from '../core/check';
import type { Finding } from '../core/findings';
import type { Ignores } from './ignores';
import { positionsOf } from '../core/lines';

export const SOURCE = 'copydesk';

/** Characters of a finding's text kept to match it after an edit. */
const MAX_COVERED = 200;

export class DiagnosticsFeature implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection(SOURCE);
  /** Findings behind the diagnostics currently shown, per URI, for the quick fixes, each with the
   * text it covered (clipped): a file's whole text is not kept (a workspace check reads thousands). */
  private readonly shown = new Map<string, { findings: Finding[]; covered: string[] }>();
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(
    private readonly cache: AnalysisCache,
    private readonly ignores: Ignores,
    /** docs/findings.md, which each diagnostic's code links to (at the finding's heading). */
    private readonly docs?: vscode.Uri,
  ) {
    this.subscriptions.push(
      cache.onDidChange(({ uri, entry }) => (entry ? this.set(uri, entry.text, entry.analysis) : this.delete(uri))),
      ignores.onDidChange((uri) => this.reapply(uri)),
    );
  }

  /** Sets diagnostics for a URI from its text and analysis (open documents and workspace-check files alike). */
  set(uri: vscode.Uri, text: string, analysis: Analysis): Finding[] {
    const settings = settingsFor(uri);
    const ignored = this.ignores.keys(uri);
    // The same check as the CLI (rules, house spellings, story markers), minus this user's own ignores.
    const findings = check(analysis, text, rulesOf(settings)).findings.filter((f) => !ignored.has(f.key));
    const pos = positionsOf(text);
    const range = (start: number, end: number): vscode.Range => {
      const a = pos(start);
      const b = pos(Math.max(start, end));
      return new vscode.Range(a.line, a.character, b.line, b.character);
    };
    const diags = findings.map((f) => {
      const d = new vscode.Diagnostic(range(f.start, f.end), f.message, toSeverity(f.severity));
      d.source = SOURCE;
      d.code = this.docs ? { value: f.code, target: this.docs.with({ fragment: f.code }) } : f.code;
      return d;
    });
    this.shown.set(uri.toString(), { findings, covered: findings.map((f) => text.slice(f.start, Math.min(f.end, f.start + MAX_COVERED))) });
    this.collection.set(uri, diags);
    return findings;
  }

  /** Shows every open document's findings again (the desk's rules changed). */
  reapplyAll(): void {
    this.reapply(undefined);
  }

  delete(uri: vscode.Uri): void {
    this.shown.delete(uri.toString());
    this.collection.delete(uri);
  }

  /** The finding shown as `diag` in `doc`, matched by code and start offset. */
  findingFor(doc: vscode.TextDocument, diag: vscode.Diagnostic): Finding | undefined {
    const shown = this.shown.get(doc.uri.toString());
    if (!shown) return undefined;
    const start = doc.offsetAt(diag.range.start);
    const code = typeof diag.code === 'object' ? diag.code.value : diag.code;
    const at = shown.findings.findIndex((f) => f.code === code && f.start === start);
    if (at >= 0) return shown.findings[at];
    // After an edit the diagnostic has moved but the findings have not been recomputed yet: match by text.
    const here = doc.getText(diag.range).slice(0, MAX_COVERED);
    const i = shown.findings.findIndex((f, j) => f.code === code && shown.covered[j] === here);
    return i >= 0 ? shown.findings[i] : undefined;
  }

  private reapply(uri: vscode.Uri | undefined): void {
    for (const doc of vscode.workspace.textDocuments) {
      if (uri && doc.uri.toString() !== uri.toString()) continue;
      const entry = this.cache.latest(doc.uri);
      if (entry) this.set(entry.uri, entry.text, entry.analysis);
    }
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    this.collection.dispose();
  }
}
