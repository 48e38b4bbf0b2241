// Runs the analysis in a Web Worker beside the web extension host (VS Code for the Web), so a
// slow analysis never holds up the extension host. The worker script is read through
// vscode.workspace.fs (the extension's files may be on another origin) and started from a blob
// URL. Where no Web Worker can start, the same script runs in the extension host's own worker,
// which is still not the UI thread. Requests run one at a time; one that takes too long is
// stopped by terminating the worker, and the next request starts a fresh one.
import * as vscode from 'vscode';
import type { Analysis } from '../core/types';
import type { DraftOptions } from '../markdown/language';
import type { AnalysisBackend, AnalyzerMode, BackendLog } from './analysisBackend';
import { oneLine } from './guard';

type Reply = { id: number; ok: boolean; analysis?: Analysis; error?: string };
interface WebWorker {
  onmessage: ((e: { data: Reply }) => void) | null;
  onerror: ((e: { message?: string; preventDefault?(): void }) => void) | null;
  postMessage(message: unknown): void;
  terminate(): void;
}
/** The browser globals used here (the project's TypeScript lib has no DOM types). */
interface WebGlobals {
  Worker?: new (url: string, options?: { name?: string }) => WebWorker;
  Blob: new (parts: string[], options: { type: string }) => unknown;
  URL: { createObjectURL(blob: unknown): string };
}
type AnalyzeFn = (text: string, options: DraftOptions) => Analysis;

const WORKER_SCRIPT = ['dist', 'web', 'analyzerWorker.js'];
/** Requests waiting beyond this are superseded: drafts change faster than that. */
const MAX_QUEUE = 32;

export class WebAnalyzer implements AnalysisBackend {
  mode: AnalyzerMode = 'web-worker';
  private script: Promise<string> | undefined;
  private worker: WebWorker | undefined;
  private local: AnalyzeFn | undefined;
  private tail: Promise<unknown> = Promise.resolve();
  private waiting = 0;
  private nextId = 1;
  private disposed = false;
  /** A worker that fails before its first answer (a content security policy, say) is not retried. */
  private everAnswered = false;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly log: BackendLog,
    private readonly timeoutMs = 20000,
  ) {}

  analyze(text: string, options: DraftOptions): Promise<Analysis> {
    if (this.disposed) return Promise.reject(new Error('analyzer disposed'));
    if (this.waiting >= MAX_QUEUE) return Promise.reject(new Error('superseded by newer requests'));
    this.waiting++;
    const run = this.tail.then(() => {
      this.waiting--;
      return this.runOne(text, options);
    });
    this.tail = run.catch(() => undefined);
    return run;
  }

  private async runOne(text: string, options: DraftOptions): Promise<Analysis> {
    if (this.disposed) throw new Error('analyzer disposed');
    const worker = await this.ensureWorker();
    if (!worker) return (this.local ??= this.inHost(await this.loadScript()))(text, options);
    return new Promise<Analysis>((resolve, reject) => {
      const id = this.nextId++;
      const timer = setTimeout(() => {
        this.log.warn(`Analysis stopped after ${this.timeoutMs / 1000} s; restarting the analyzer`);
        this.stop();
        reject(new Error(`analysis took longer than ${this.timeoutMs / 1000} s and was stopped`));
      }, this.timeoutMs);
      worker.onmessage = ({ data }) => {
        if (data.id !== id) return;
        clearTimeout(timer);
        this.everAnswered = true;
        if (data.ok && data.analysis) resolve(data.analysis);
        else reject(new Error(data.error ?? 'analysis failed'));
      };
      worker.onerror = (e) => {
        e.preventDefault?.();
        clearTimeout(timer);
        this.stop();
        if (this.everAnswered) return reject(new Error(`analysis failed: ${e.message ?? 'the analyzer worker stopped'}`));
        this.log.warn(`The analyzer's Web Worker did not start (${e.message ?? 'no reason given'}); analysing in the extension host's worker`);
        this.mode = 'extension-host';
        resolve(this.runOne(text, options));
      };
      worker.postMessage({ id, text, options });
    });
  }

  /** A started Web Worker, or undefined when analyses run in the extension host instead. */
  private async ensureWorker(): Promise<WebWorker | undefined> {
    if (this.worker || this.mode === 'extension-host') return this.worker;
    const script = await this.loadScript();
    const web = globalThis as unknown as WebGlobals;
    try {
      if (typeof web.Worker !== 'function') throw new Error('this host has no Worker');
      const url = web.URL.createObjectURL(new web.Blob([script, '\ncopydeskAnalyzer.listen();\n'], { type: 'text/javascript' }));
      this.worker = new web.Worker(url, { name: 'copydesk-analyzer' });
      return this.worker;
    } catch (err) {
      this.log.warn(`No Web Worker for the analyzer (${oneLine(err)}); analysing in the extension host's worker`);
      this.mode = 'extension-host';
      return undefined;
    }
  }

  private loadScript(): Promise<string> {
    this.script ??= Promise.resolve(vscode.workspace.fs.readFile(vscode.Uri.joinPath(this.extensionUri, ...WORKER_SCRIPT))).then(
      (bytes) => new TextDecoder().decode(bytes),
      (err: unknown) => {
        this.script = undefined; // the next request tries again
        throw err;
      },
    );
    return this.script;
  }

  /** The worker script evaluated here: its IIFE defines copydeskAnalyzer, whose analyze() we call. */
  private inHost(script: string): AnalyzeFn {
    // Our own bundled script, read from the extension's files: the one way to load it without a Worker.
    // eslint-disable-next-line @typescript-eslint/no-implied-eval, @typescript-eslint/no-unsafe-call
    const module = new Function(`${script}\nreturn copydeskAnalyzer;`)() as { analyze: AnalyzeFn };
    return module.analyze;
  }

  private stop(): void {
    this.worker?.terminate();
    this.worker = undefined;
  }

  dispose(): void {
    this.disposed = true;
    this.stop();
  }
}
