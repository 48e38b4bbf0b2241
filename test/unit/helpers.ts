// Shared test helpers: where the repo and the shared corpus are, a well-formedness check for
// Analysis results, and a worker that runs analyze() off the main thread so a hang can be killed.
//
// Compiled tests live in out/test/unit/, so the repo root is three levels up and the shared
// data (CI: a fresh clone with ../shared beside it) is one level above the repo.
import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Analysis, AnalyzeOptions, Span } from '../../src/core';

export const REPO_ROOT = path.resolve(__dirname, '../../..');
export const SHARED_DIR = path.resolve(REPO_ROOT, '..', 'shared');
export const ARTICLES_DIR = path.join(SHARED_DIR, 'corpus', 'articles');
export const SEED_ARTICLE = path.join(REPO_ROOT, 'examples', 'seed-putin-xi-videoconference.article');

/**
 * A hang-detector limit scaled by how busy the machine is (1-minute load average per CPU, at
 * least 1), so a shared machine running other suites does not turn a slow run into a "hang".
 */
export function hangLimit(ms: number): number {
  const perCpu = loadavg()[0] / Math.max(1, cpus().length);
  return Math.round(ms * Math.max(1, Math.min(perCpu, 8)));
}

export interface Article {
  name: string;
  text: string;
}

let cached: Article[] | null | undefined;

/** Every corpus article (sorted by file name), or null when ../shared is not beside the repo. */
export function corpusArticles(): Article[] | null {
  if (cached !== undefined) return cached;
  if (!existsSync(ARTICLES_DIR)) return (cached = null);
  cached = readdirSync(ARTICLES_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ name: f, text: readFileSync(path.join(ARTICLES_DIR, f), 'utf8') }));
  if (!cached.length) cached = null;
  return cached;
}

const describeSpan = (s: unknown): string => JSON.stringify(s && typeof s === 'object' ? { start: (s as Span).start, end: (s as Span).end } : s);

function checkSpan(where: string, s: Span, len: number): void {
  const ok = s !== null && typeof s === 'object' && Number.isInteger(s.start) && Number.isInteger(s.end) && 0 <= s.start && s.start <= s.end && s.end <= len;
  if (!ok) assert.fail(`${where} ${describeSpan(s)} is not an ordered integer span within 0..${len}`);
}

function checkArray(where: string, v: unknown): asserts v is unknown[] {
  if (!Array.isArray(v)) assert.fail(`${where} is ${v === undefined ? 'missing' : typeof v}, expected an array`);
}

/**
 * Structural contract only: every array exists and every span (including nested speaker, cue and
 * mention spans) is an integer range with 0 <= start <= end <= text.length. Says nothing about
 * whether the analysis is right.
 */
export function assertWellFormed(text: string, a: Analysis): void {
  assert.ok(a && typeof a === 'object', `analyze() returned ${a === null ? 'null' : typeof a}`);
  const len = text.length;
  for (const key of ['quotes', 'claims', 'names', 'hygiene', 'sentences'] as const) checkArray(key, a[key]);
  a.quotes.forEach((q, i) => {
    checkSpan(`quotes[${i}]`, q, len);
    if (q.speakerSpan !== null && q.speakerSpan !== undefined) checkSpan(`quotes[${i}].speakerSpan`, q.speakerSpan, len);
    if (q.cueSpan !== null && q.cueSpan !== undefined) checkSpan(`quotes[${i}].cueSpan`, q.cueSpan, len);
  });
  a.claims.forEach((c, i) => checkSpan(`claims[${i}]`, c, len));
  a.names.forEach((n, i) => {
    checkArray(`names[${i}].mentions`, n.mentions);
    checkArray(`names[${i}].misspellings`, n.misspellings);
    checkArray(`names[${i}].variants`, n.variants);
    checkArray(`names[${i}].quotes`, n.quotes);
    n.mentions.forEach((m, j) => checkSpan(`names[${i}].mentions[${j}]`, m, len));
    n.misspellings.forEach((m, j) => checkSpan(`names[${i}].misspellings[${j}]`, m, len));
  });
  a.hygiene.forEach((h, i) => checkSpan(`hygiene[${i}]`, h, len));
  a.sentences.forEach((s, i) => checkSpan(`sentences[${i}]`, s, len));
  assert.ok(a.stats && typeof a.stats === 'object', 'stats is missing');
}

/** A short printable description of an input for failure messages. */
export function describeInput(text: string): string {
  const head = JSON.stringify(text.slice(0, 120));
  return `input of ${text.length} chars, starting ${head}${text.length > 120 ? '…' : ''}`;
}

interface WorkerReply {
  id: number;
  ok: boolean;
  analysis?: Analysis;
  ms?: number;
  error?: string;
}

/**
 * Runs analyze() in a worker thread. analyze() is synchronous, so a hang on the main thread
 * would block mocha's own timeout; here the caller waits with a timer and terminates the worker
 * when it fires (the next call starts a fresh one). The limit is a hang detector, not a
 * performance assertion: keep it generous.
 */
export class AnalyzeRunner {
  private worker: Worker | undefined;
  private nextId = 1;

  private start(): Worker {
    if (!this.worker) {
      this.worker = new Worker(path.join(__dirname, 'analyze-worker.js'));
      this.worker.unref();
    }
    return this.worker;
  }

  /**
   * Resolves with the analysis; rejects if analyze() throws, the worker dies, or limitMs passes.
   * `label` names the input in failure messages (default: its length and first characters).
   */
  analyze(text: string, limitMs: number, label?: string, options?: AnalyzeOptions): Promise<{ analysis: Analysis; ms: number }> {
    const worker = this.start();
    const id = this.nextId++;
    const what = label ?? describeInput(text);
    return new Promise((resolve, reject) => {
      const done = (): void => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
      };
      const kill = (): void => {
        if (this.worker === worker) this.worker = undefined;
        void worker.terminate();
      };
      const timer = setTimeout(() => {
        done();
        kill();
        reject(new Error(`analyze() did not return within ${limitMs} ms (hang detector) on ${what}`));
      }, limitMs);
      const onMessage = (m: WorkerReply): void => {
        if (m.id !== id) return;
        done();
        if (m.ok) resolve({ analysis: m.analysis as Analysis, ms: m.ms as number });
        else reject(new Error(`analyze() threw on ${what}:\n${m.error}`));
      };
      const onError = (e: Error): void => {
        done();
        kill();
        reject(new Error(`analyze worker crashed on ${what}: ${e.stack ?? e.message}`));
      };
      const onExit = (code: number): void => {
        done();
        if (this.worker === worker) this.worker = undefined;
        reject(new Error(`analyze worker exited (code ${code}) on ${what}`));
      };
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      worker.postMessage({ id, text, options });
    });
  }

  async close(): Promise<void> {
    const w = this.worker;
    this.worker = undefined;
    if (w) await w.terminate();
  }
}

/**
 * Skips a test whose input is missing (the shared corpus, a build), saying why; under CI=true the
 * same test fails instead, so a missing build step or corpus cannot pass CI silently.
 */
export function requireOrSkip(ctx: Mocha.Context, present: boolean, what: string): void {
  if (present) return;
  if (process.env.CI) assert.fail(`${what} is missing, and CI must run this test`);
  console.warn(`      (skipped: ${what} is missing)`);
  ctx.skip();
}
