// Runs the analysis core in a worker thread, so a slow or stuck analysis never holds up the extension host
// (other extensions, typing feedback); stuck analyses are stopped after a timeout. Falls back to running
// in-process when a worker cannot start.
import { Worker } from 'worker_threads';
import { analyze, type Analysis, type AnalyzeOptions } from '../core';

// The worker loads the extension's own bundle (one file, see scripts/build.mjs) with `vscode` stubbed out,
// then starts the request loop exported as `copydeskAnalyzerWorker`.
const BOOTSTRAP = `
const Module = require('module');
const { workerData } = require('worker_threads');
const load = Module._load;
Module._load = function (request, parent, isMain) {
  return request === 'vscode' ? {} : load.call(this, request, parent, isMain);
};
require(workerData.entry).copydeskAnalyzerWorker();
`;

interface Pending {
  text: string;
  options: AnalyzeOptions;
  resolve(a: Analysis): void;
  reject(e: Error): void;
  timer: ReturnType<typeof setTimeout>;
}

export class Analyzer {
  private worker: Worker | undefined;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  /** Set when a worker could not start or answer at all: analyze in-process from then on. */
  private inProcess = false;
  private answered = false;

  /**
   * @param entry module that exports `copydeskAnalyzerWorker` (the extension's main file); undefined: in-process.
   */
  constructor(private readonly entry: string | undefined, private readonly timeoutMs = 20000, private readonly log: (m: string) => void = () => undefined) {
    if (!entry) this.inProcess = true;
  }

  get mode(): 'worker' | 'in-process' {
    return this.inProcess ? 'in-process' : 'worker';
  }

  analyze(text: string, options: AnalyzeOptions): Promise<Analysis> {
    if (this.inProcess) return Promise.resolve().then(() => analyze(text, options));
    const worker = this.ensureWorker();
    if (!worker) return Promise.resolve().then(() => analyze(text, options));
    const id = this.nextId++;
    return new Promise<Analysis>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.log(`Analysis stopped after ${this.timeoutMs / 1000} s; restarting the analyzer`);
        this.restart(new Error(`analysis took longer than ${this.timeoutMs / 1000} s and was stopped`));
      }, this.timeoutMs);
      this.pending.set(id, { text, options, resolve, reject, timer });
      worker.postMessage({ id, text, options });
    });
  }

  private ensureWorker(): Worker | undefined {
    if (this.worker) return this.worker;
    try {
      const w = new Worker(BOOTSTRAP, { eval: true, workerData: { entry: this.entry } });
      w.unref(); // never keeps the extension host (or a test run) alive
      w.on('message', (m: { id: number; ok: boolean; analysis?: Analysis; error?: string }) => {
        this.answered = true;
        const p = this.pending.get(m.id);
        if (!p) return;
        this.pending.delete(m.id);
        clearTimeout(p.timer);
        if (m.ok && m.analysis) p.resolve(m.analysis);
        else p.reject(new Error(m.error ?? 'analysis failed'));
      });
      w.on('error', (err) => this.crashed(w, err));
      w.on('exit', (code) => {
        if (this.worker === w) this.crashed(w, new Error(`analyzer exited with code ${code}`));
      });
      this.worker = w;
      return w;
    } catch (err) {
      this.fallBack(err);
      return undefined;
    }
  }

  private crashed(w: Worker, err: Error): void {
    if (this.worker !== w) return;
    this.worker = undefined;
    if (!this.answered) {
      // It never worked: run in-process, and retry what was waiting.
      this.fallBack(err);
      return;
    }
    this.log(`Analyzer stopped: ${err.message.split('\n')[0]}`);
    this.rejectAll(err);
  }

  private fallBack(err: unknown): void {
    this.inProcess = true;
    this.log(`Analyzing in-process (worker unavailable: ${String(err instanceof Error ? err.message : err).split('\n')[0]})`);
    for (const [id, p] of this.pending) {
      clearTimeout(p.timer);
      this.pending.delete(id);
      try {
        p.resolve(analyze(p.text, p.options));
      } catch (e) {
        p.reject(e instanceof Error ? e : new Error(String(e)));
      }
    }
  }

  private restart(err: Error): void {
    const w = this.worker;
    this.worker = undefined;
    this.rejectAll(err);
    void w?.terminate();
  }

  private rejectAll(err: Error): void {
    for (const [id, p] of this.pending) {
      clearTimeout(p.timer);
      p.reject(err);
      this.pending.delete(id);
    }
  }

  dispose(): void {
    this.restart(new Error('analyzer disposed'));
  }
}
