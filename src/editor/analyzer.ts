// Runs the analysis core in a worker thread, so a slow or stuck analysis never holds up the extension host
// (other extensions, typing feedback); stuck analyses are stopped after a timeout. Falls back to running
// in-process when a worker cannot start.
import { Worker } from 'worker_threads';
import type { Analysis, AnalyzeOptions } from '../core/types';

/** The core's analyze(), loaded only when analysis has to run in-process. */
export type AnalyzeFn = (text: string, options: AnalyzeOptions) => Analysis;

// The worker module (dist/analyzerWorker.js, a bundle of the core with no vscode in it) exports the
// request loop as `copydeskAnalyzerWorker`.
const BOOTSTRAP = `require(require('worker_threads').workerData.entry).copydeskAnalyzerWorker();`;

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

  private local: AnalyzeFn | undefined;

  /**
   * @param entry module that exports `copydeskAnalyzerWorker` (dist/analyzerWorker.js); undefined: in-process.
   * @param loadInProcess gives the core's analyze() when analysis has to run on this thread.
   */
  constructor(
    private readonly entry: string | undefined,
    private readonly loadInProcess: () => AnalyzeFn,
    private readonly timeoutMs = 20000,
    private readonly log: (m: string) => void = () => undefined,
  ) {
    if (!entry) this.inProcess = true;
  }

  private analyzeHere(text: string, options: AnalyzeOptions): Analysis {
    this.local ??= this.loadInProcess();
    return this.local(text, options);
  }

  get mode(): 'worker' | 'in-process' {
    return this.inProcess ? 'in-process' : 'worker';
  }

  analyze(text: string, options: AnalyzeOptions): Promise<Analysis> {
    if (this.inProcess) return Promise.resolve().then(() => this.analyzeHere(text, options));
    const worker = this.ensureWorker();
    if (!worker) return Promise.resolve().then(() => this.analyzeHere(text, options));
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
        p.resolve(this.analyzeHere(p.text, p.options));
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
