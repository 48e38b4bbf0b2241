// One analysis per document version: the cache every feature reads, the debounced scheduler that fills it,
// and the only place that calls the analyzer (in a worker thread, see analyzer.ts; a Web Worker on the web).
import * as vscode from 'vscode';
import { oneLine } from './guard';
import type { Analysis } from '../core';
import { languageOfId, type DraftOptions } from '../markdown/language';
import type { AnalysisBackend } from './analysisBackend';
import { analyzeOptions, settingsFor } from './config';

export interface CachedAnalysis {
  uri: vscode.Uri;
  /** The document analyzed: an untitled URI can come back as a new document with the same version number. */
  document: vscode.TextDocument;
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
  /** Last failure per URI, cleared by the next successful analysis (the status bar shows it). */
  private readonly failures = new Map<string, string>();
  /** How long the last analysis of each open document took. */
  private readonly durations = new Map<string, number>();
  private readonly emitter = new vscode.EventEmitter<{ uri: vscode.Uri; entry: CachedAnalysis | undefined }>();
  /** Fires after a new analysis is stored, or with entry undefined when a document's result is dropped. */
  readonly onDidChange = this.emitter.event;
  private readonly busyEmitter = new vscode.EventEmitter<vscode.Uri>();
  /** Fires when an analysis of the URI starts or ends (see isAnalyzing). */
  readonly onDidChangeBusy = this.busyEmitter.event;
  readonly timings: Timings = { activationMs: undefined, firstAnalysisMs: undefined, lastAnalysisMs: undefined, analyses: 0 };

  /** Analyses under way, per URI, so asking twice for one version runs the analyzer once. */
  private readonly inflight = new Map<string, { document: vscode.TextDocument; version: number; generation: number; result: Promise<CachedAnalysis | undefined> }>();
  /** Bumped when settings that change the analysis change: results started before are dropped. */
  private generation = 0;

  constructor(private readonly log: Logger, private readonly analyzer: AnalysisBackend) {}

  /** The analysis of exactly this version of the document, if there is one. */
  get(doc: vscode.TextDocument): CachedAnalysis | undefined {
    const e = this.entries.get(doc.uri.toString());
    return e && e.document === doc && e.version === doc.version ? e : undefined;
  }

  /** The newest analysis for a URI, whatever its version (for views that may lag one edit behind). */
  latest(uri: vscode.Uri): CachedAnalysis | undefined {
    const e = this.entries.get(uri.toString());
    return e && !e.document.isClosed ? e : undefined;
  }

  /** Drops a closed document's result without touching a newer document that reuses its URI (untitled files). */
  forget(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    if (this.entries.get(key)?.document === doc) this.entries.delete(key);
  }

  /** The analysis of the current version, analyzing now if it is missing. Undefined if analysis failed or the text changed meanwhile. */
  async ensure(doc: vscode.TextDocument): Promise<CachedAnalysis | undefined> {
    const have = this.get(doc);
    if (have) return have;
    this.cancel(doc.uri);
    return this.run(doc);
  }

  /**
   * Analyzes after `delay` ms of quiet; a newer call for the same document restarts the wait. A document
   * whose analysis is slow waits at least twice as long as it takes, so typing in it keeps the host free.
   */
  schedule(doc: vscode.TextDocument, delay: number): void {
    const key = doc.uri.toString();
    this.cancel(doc.uri);
    const slow = this.durations.get(key) ?? 0;
    if (delay > 0 && slow * 2 > delay) delay = Math.min(slow * 2, 10000);
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      if (doc.isClosed || this.get(doc)) return;
      void this.run(doc);
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
    this.failures.delete(uri.toString());
    this.durations.delete(uri.toString());
    if (this.entries.delete(uri.toString())) this.emitter.fire({ uri, entry: undefined });
  }

  /** Forget every result (settings that change the analysis itself changed). */
  clear(): void {
    this.generation++;
    for (const e of [...this.entries.values()]) this.delete(e.uri);
  }

  /** Re-announces one document's stored result so every view re-renders. */
  announce(uri: vscode.Uri): void {
    const e = this.latest(uri);
    if (e) this.emitter.fire({ uri, entry: e });
  }

  /** Re-announce stored results so views re-render (settings that only change presentation). */
  refreshViews(): void {
    for (const e of [...this.entries.values()]) if (!e.document.isClosed) this.emitter.fire({ uri: e.uri, entry: e });
  }

  /** Analyzes text that is not an open document (workspace check). Undefined if the analyzer failed. */
  async analyzeText(uri: vscode.Uri, text: string, options: DraftOptions): Promise<Analysis | undefined> {
    const t0 = performance.now();
    try {
      const analysis = await this.analyzer.analyze(text, options);
      this.record(performance.now() - t0);
      this.failures.delete(uri.toString());
      // The core salvaged a partial result after a rule failed: show it, and say what failed.
      if (analysis.stats.error) this.log.error(`Partly checked ${vscode.workspace.asRelativePath(uri)}: ${analysis.stats.error}`);
      return analysis;
    } catch (err) {
      this.failures.set(uri.toString(), oneLine(err));
      this.log.error(`Could not check ${vscode.workspace.asRelativePath(uri)}: ${oneLine(err)}`);
      return undefined;
    }
  }

  private run(doc: vscode.TextDocument): Promise<CachedAnalysis | undefined> {
    const key = doc.uri.toString();
    const running = this.inflight.get(key);
    if (running && running.document === doc && running.version === doc.version && running.generation === this.generation) return running.result;
    const version = doc.version;
    const generation = this.generation;
    const result = this.analyzeVersion(doc, version, generation).finally(() => {
      if (this.inflight.get(key)?.result !== result) return;
      this.inflight.delete(key);
      this.busyEmitter.fire(doc.uri);
    });
    this.inflight.set(key, { document: doc, version, generation, result });
    this.busyEmitter.fire(doc.uri);
    return result;
  }

  isAnalyzing(uri: vscode.Uri): boolean {
    return this.inflight.has(uri.toString());
  }

  private async analyzeVersion(doc: vscode.TextDocument, version: number, generation: number): Promise<CachedAnalysis | undefined> {
    let text: string;
    let options: DraftOptions;
    try {
      text = doc.getText();
      // Markdown drafts are read through their prose mask (src/markdown), articles as written.
      options = { ...analyzeOptions(settingsFor(doc)), language: languageOfId(doc.languageId) };
    } catch (err) {
      this.log.error(`Could not read ${vscode.workspace.asRelativePath(doc.uri)}: ${oneLine(err)}`);
      return undefined;
    }
    const t0 = performance.now();
    const loadsModel = this.timings.firstAnalysisMs === undefined;
    const analysis = await this.analyzeText(doc.uri, text, options);
    if (!loadsModel) this.durations.set(doc.uri.toString(), performance.now() - t0);
    if (!analysis) {
      this.emitter.fire({ uri: doc.uri, entry: this.latest(doc.uri) }); // lets the status bar show the failure
      return undefined;
    }
    // A result for a version the user has already edited past is never shown (the edit scheduled a new one).
    if (doc.isClosed || doc.version !== version || generation !== this.generation) return undefined;
    const entry: CachedAnalysis = { uri: doc.uri, document: doc, version, text, analysis };
    this.entries.set(doc.uri.toString(), entry);
    this.emitter.fire({ uri: doc.uri, entry });
    return entry;
  }

  /** Why the last analysis of this URI failed, if it did. */
  failure(uri: vscode.Uri): string | undefined {
    return this.failures.get(uri.toString());
  }

  private record(ms: number): void {
    this.timings.analyses++;
    this.timings.lastAnalysisMs = ms;
    if (this.timings.firstAnalysisMs === undefined) {
      this.timings.firstAnalysisMs = ms;
      this.log.info(`First analysis (includes loading the language model): ${ms.toFixed(1)} ms`);
    }
  }

  dispose(): void {
    this.analyzer.dispose();
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    this.entries.clear();
    this.emitter.dispose();
    this.busyEmitter.dispose();
  }
}


