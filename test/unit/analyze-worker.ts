// Worker-thread side of AnalyzeRunner (helpers.ts): runs analyze() on each message and posts the
// result back, or the thrown error's stack. Not a test file (mocha only loads *.test.js).
import { parentPort } from 'node:worker_threads';
import { analyze, AnalyzeOptions } from '../../src/core';

interface Request {
  id: number;
  text: string;
  options?: AnalyzeOptions;
}

parentPort?.on('message', ({ id, text, options }: Request) => {
  const t0 = performance.now();
  let analysis;
  try {
    analysis = analyze(text, options);
  } catch (e) {
    parentPort?.postMessage({ id, ok: false, error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
    return;
  }
  const ms = performance.now() - t0;
  try {
    parentPort?.postMessage({ id, ok: true, analysis, ms });
  } catch (e) {
    parentPort?.postMessage({ id, ok: false, error: `(analyze returned, but its result could not be copied to the test thread) ${String(e)}` });
  }
});
