// One analysis per document version: the cache every feature reads, the debounced scheduler that fills it,
// and the only place that calls the analyzer.
import * as vscode from 'vscode';
import { analyze, type Analysis, type AnalyzeOptions } from '../core';
import { analyzeOptions, settingsFor } from './config';

export interface CachedAnalysis {
  uri: vscode.Uri;
  version: number;
  text: string;
  analysis: Analysis;
}

export interface Timings {
  activationMs: number | undefined;
  /** The first analysis includes loading the language model. */
  firstAnalysisMs: number | undefined;
  lastAnalysisMs: number | undefined;
  analyses: number;
}

export interface Logger {
  error(message: string): void;
  info(message: string): void;
}

export class AnalysisCache implements vscode.Disposable {
  private readonly entries = new Map<string, CachedAnalysis>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly emitter = new vscode.EventEmitter<{ uri: vscode.Uri; entry: CachedAnalysis | undefined }>();
  /** Fires after a new analysis is stored, or with entry undefined when a document's result is dropped. */
  readonly onDidChange = this.emitter.event;
  readonly timings: Timings = { activationMs: undefined, firstAnalysisMs: undefined, lastAnalysisMs: undefined, analyses: 0 };

  constructor(private readonly log: Logger) {}

  /** The analysis of exactly this version of the document, if there is one. */
  get(doc: vscode.TextDocument): CachedAnalysis | undefined {
    const e = this.entries.get(doc.uri.toString());
    return e && e.version === doc.version ? e : undefined;
  }

  /** The newest analysis for a URI, whatever its version (for views that may lag one edit behind). */
  latest(uri: vscode.Uri): CachedAnalysis | undefined {
    return this.entries.get(uri.toString());
  }

  /** The analysis of the current version, analyzing now if it is missing. Undefined only if analysis failed. */
  ensure(doc: vscode.TextDocument): CachedAnalysis | undefined {
    const have = this.get(doc);
    if (have) return have;
    this.cancel(doc.uri);
    return this.run(doc);
  }

  /** Analyzes after `delay` ms of quiet; a newer call for the same document restarts the wait. */
  schedule(doc: vscode.TextDocument, delay: number): void {
    const key = doc.uri.toString();
    this.cancel(doc.uri);
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      if (doc.isClosed || this.get(doc)) return;
      this.run(doc);
    }, delay));
  }

  isPending(uri: vscode.Uri): boolean {
    return this.timers.has(uri.toString());
  }

  cancel(uri: vscode.Uri): void {
    const key = uri.toString();
    const t = this.timers.get(key);
    if (t !== undefined) clearTimeout(t);
    this.timers.delete(key);
  }

  delete(uri: vscode.Uri): void {
    this.cancel(uri);
    if (this.entries.delete(uri.toString())) this.emitter.fire({ uri, entry: undefined });
  }

  /** Forget every result (settings that change the analysis itself changed). */
  clear(): void {
    for (const e of [...this.entries.values()]) this.delete(e.uri);
  }

  /** Re-announces one document's stored result so every view re-renders. */
  announce(uri: vscode.Uri): void {
    const e = this.entries.get(uri.toString());
    if (e) this.emitter.fire({ uri, entry: e });
  }

  /** Re-announce stored results so views re-render (settings that only change presentation). */
  refreshViews(): void {
    for (const e of this.entries.values()) this.emitter.fire({ uri: e.uri, entry: e });
  }

  /** Analyzes text that is not an open document (workspace check). Undefined if the analyzer failed. */
  analyzeText(uri: vscode.Uri, text: string, options: AnalyzeOptions): Analysis | undefined {
    const t0 = performance.now();
    try {
      const analysis = analyze(text, options);
      this.record(performance.now() - t0);
      return analysis;
    } catch (err) {
      this.log.error(`Could not check ${vscode.workspace.asRelativePath(uri)}: ${oneLine(err)}`);
      return undefined;
    }
  }

  private run(doc: vscode.TextDocument): CachedAnalysis | undefined {
    const version = doc.version;
    const text = doc.getText();
    const analysis = this.analyzeText(doc.uri, text, analyzeOptions(settingsFor(doc)));
    // A result for a version the user has already edited past is never shown.
    if (!analysis || doc.isClosed || doc.version !== version) return undefined;
    const entry: CachedAnalysis = { uri: doc.uri, version, text, analysis };
    this.entries.set(doc.uri.toString(), entry);
    this.emitter.fire({ uri: doc.uri, entry });
    return entry;
  }

  private record(ms: number): void {
    this.timings.analyses++;
    this.timings.lastAnalysisMs = ms;
    if (this.timings.firstAnalysisMs === undefined) this.timings.firstAnalysisMs = ms;
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    this.entries.clear();
    this.emitter.dispose();
  }
}

export function oneLine(err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  return msg.split('\n')[0].slice(0, 300);
}
