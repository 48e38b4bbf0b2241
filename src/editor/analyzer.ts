// Runs the analysis core in a worker thread, so a slow, stuck or memory-hungry analysis never holds
// up the extension host. Requests run one at a time in the worker; each is timed from when it
// starts, not from when it was queued. A stuck analysis is stopped and only it fails; a worker
// that dies is restarted with back-off. Analysis never falls back to the extension host's thread.
import { Worker } from 'worker_threads';
import type { Analysis } from '../core/types';
import type { DraftOptions } from '../markdown/language';
import type { AnalysisBackend } from './analysisBackend';

/** The core's analyze(), for the explicit in-process mode (no worker entry: unit tests). */
export type AnalyzeFn = (text: string, options: DraftOptions) => Analysis;

// The worker module (dist/analyzerWorker.js, a bundle of the core with no vscode in it) exports the
// request loop as `copydeskAnalyzerWorker`.
const BOOTSTRAP = `require(require('worker_threads').workerData.entry).copydeskAnalyzerWorker();`;

/** Heap a worker may use; a 48 MB paste once took 2.2 GB. Past it the worker dies, not the host. */
export const DEFAULT_MEMORY_MB = 1536;
/** Requests waiting beyond this are superseded (the oldest goes first): drafts change faster than that. */
const MAX_QUEUE = 32;
/** Restart delays after consecutive failures: 0.25 s, 1 s, 4 s, then 15 s. */
const BACKOFF_MS = [250, 1000, 4000, 15000];
/** Consecutive failures to start after which waiting requests are told the analyzer is unavailable. */
const GIVE_UP_WAITING_AFTER = 3;

interface Job {
  id: number;
  text: string;
  options: DraftOptions;
  resolve(a: Analysis): void;
  reject(e: Error): void;
  timer?: ReturnType<typeof setTimeout>;
}

export interface AnalyzerOptions {
  timeoutMs?: number;
  memoryMb?: number;
  log?: (m: string) => void;
}

export class Analyzer implements AnalysisBackend {
  private worker: Worker | undefined;
  private running: Job | undefined;
  private readonly queue: Job[] = [];
  private nextId = 1;
  /** Consecutive failures (crashes, failed starts) since the last answer. */
  private failures = 0;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private disposed = false;
  private local: AnalyzeFn | undefined;
  private readonly timeoutMs: number;
  private readonly memoryMb: number;
  private readonly log: (m: string) => void;

  /**
   * @param entry module that exports `copydeskAnalyzerWorker` (dist/analyzerWorker.js); undefined:
   *   analyze in-process, for tests only.
   * @param loadInProcess gives the core's analyze() for that in-process mode.
   */
  constructor(
    private readonly entry: string | undefined,
    private readonly loadInProcess: () => AnalyzeFn,
    options: AnalyzerOptions = {},
  ) {
    this.timeoutMs = options.timeoutMs ?? 20000;
    this.memoryMb = options.memoryMb ?? DEFAULT_MEMORY_MB;
    this.log = options.log ?? (() => undefined);
  }

  get mode(): 'worker' | 'in-process' {
    return this.entry ? 'worker' : 'in-process';
  }

  analyze(text: string, options: DraftOptions): Promise<Analysis> {
    if (this.disposed) return Promise.reject(new Error('analyzer disposed'));
    if (!this.entry) {
      this.local ??= this.loadInProcess();
      return Promise.resolve().then(() => this.local!(text, options));
    }
    return new Promise<Analysis>((resolve, reject) => {
      this.queue.push({ id: this.nextId++, text, options, resolve, reject });
      if (this.queue.length > MAX_QUEUE) this.queue.shift()!.reject(new Error('superseded by newer requests'));
      this.pump();
    });
  }

  /** Starts the next request when the worker is free. */
  private pump(): void {
    if (this.running || !this.queue.length || this.disposed || this.retryTimer) return;
    const worker = this.ensureWorker();
    if (!worker) return;
    const job = this.queue.shift()!;
    this.running = job;
    job.timer = setTimeout(() => this.timedOut(job), this.timeoutMs);
    worker.postMessage({ id: job.id, text: job.text, options: job.options });
  }

  private ensureWorker(): Worker | undefined {
    if (this.worker) return this.worker;
    try {
      const w = new Worker(BOOTSTRAP, { eval: true, workerData: { entry: this.entry }, resourceLimits: { maxOldGenerationSizeMb: this.memoryMb } });
      w.unref(); // never keeps the extension host (or a test run) alive
      w.on('message', (m: { id: number; ok: boolean; analysis?: Analysis; error?: string }) => this.answered(w, m));
      w.on('error', (err) => this.crashed(w, err));
      w.on('exit', (code) => this.crashed(w, new Error(`analyzer exited with code ${code}`)));
      this.worker = w;
      return w;
    } catch (err) {
      this.failed(err instanceof Error ? err : new Error(String(err)));
      return undefined;
    }
  }

  private answered(w: Worker, m: { id: number; ok: boolean; analysis?: Analysis; error?: string }): void {
    const job = this.running;
    if (w !== this.worker || !job || job.id !== m.id) return;
    clearTimeout(job.timer);
    this.running = undefined;
    this.failures = 0;
    if (m.ok && m.analysis) job.resolve(m.analysis);
    else job.reject(new Error(m.error ?? 'analysis failed'));
    this.pump();
  }

  private timedOut(job: Job): void {
    if (this.running !== job) return;
    this.log(`Analysis stopped after ${this.timeoutMs / 1000} s; restarting the analyzer`);
    this.running = undefined;
    this.stopWorker();
    // Only the stuck request fails; the ones queued behind it run on a fresh worker.
    job.reject(new Error(`analysis took longer than ${this.timeoutMs / 1000} s and was stopped`));
    this.pump();
  }

  private crashed(w: Worker, err: Error & { code?: string }): void {
    if (w !== this.worker) return;
    this.worker = undefined;
    const message = err.code === 'ERR_WORKER_OUT_OF_MEMORY'
      ? `the draft needs more than the analyzer's ${this.memoryMb} MB of memory`
      : err.message.split('\n')[0];
    const job = this.running;
    this.running = undefined;
    if (job) {
      clearTimeout(job.timer);
      job.reject(new Error(`analysis failed: ${message}`));
    }
    this.failed(new Error(message));
  }

  /** Counts a failure and schedules the next start; waiting requests are told when it keeps failing. */
  private failed(err: Error): void {
    this.failures++;
    this.log(`Analyzer stopped: ${err.message}`);
    if (this.failures >= GIVE_UP_WAITING_AFTER) {
      for (const job of this.queue.splice(0)) job.reject(new Error(`the analyzer is unavailable: ${err.message}`));
    }
    if (this.disposed || this.retryTimer) return;
    const delay = BACKOFF_MS[Math.min(this.failures, BACKOFF_MS.length) - 1];
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      this.pump();
    }, delay);
    this.retryTimer.unref?.();
  }

  private stopWorker(): void {
    const w = this.worker;
    this.worker = undefined;
    void w?.terminate();
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    const err = new Error('analyzer disposed');
    if (this.running) {
      clearTimeout(this.running.timer);
      this.running.reject(err);
      this.running = undefined;
    }
    for (const job of this.queue.splice(0)) job.reject(err);
    this.stopWorker();
  }
}
