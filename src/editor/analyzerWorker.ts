// The analyzer's side of the worker thread: runs the core on each request and posts the result back.
// Bundled on its own as dist/analyzerWorker.js (no vscode), so the wink model stays out of the
// extension's main bundle and off the activation path.
import { parentPort } from 'worker_threads';
import { analyzeDraft as analyze, type DraftOptions } from '../markdown';

/** For running in-process when no worker can start (articles and Markdown alike). */
export { analyze };

export interface AnalyzeRequest {
  id: number;
  text: string;
  options: DraftOptions;
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

/** The entry the worker bootstrap calls (see analyzer.ts). */
export const copydeskAnalyzerWorker = runAnalyzerWorker;
