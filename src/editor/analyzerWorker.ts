// The analyzer's side of the worker thread: runs the core on each request and posts the result back.
// No vscode here: the worker loads the extension bundle only to reach this function and the core.
import { parentPort } from 'worker_threads';
import { analyze, type AnalyzeOptions } from '../core';

export interface AnalyzeRequest {
  id: number;
  text: string;
  options: AnalyzeOptions;
}

export function runAnalyzerWorker(): void {
  parentPort?.on('message', (req: AnalyzeRequest) => {
    try {
      parentPort?.postMessage({ id: req.id, ok: true, analysis: analyze(req.text, req.options) });
    } catch (err) {
      parentPort?.postMessage({ id: req.id, ok: false, error: err instanceof Error ? err.message : String(err) });
    }
  });
}
