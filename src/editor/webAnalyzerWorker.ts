// The Web Worker side of the web analyzer (webAnalyzer.ts), bundled on its own as
// dist/web/analyzerWorker.js, an IIFE whose global is `copydeskAnalyzer`: the same core and
// Markdown front end as the Node worker, with no Node built-ins.
import { analyzeDraft, type DraftOptions } from '../markdown';

/** For running in the extension host's own worker when no Web Worker can start. */
export const analyze = analyzeDraft;

export interface WebAnalyzeRequest {
  id: number;
  text: string;
  options: DraftOptions;
}

interface WorkerScope {
  onmessage: ((e: { data: WebAnalyzeRequest }) => void) | null;
  postMessage(message: unknown): void;
}

/** Answers each request in order; the bootstrap webAnalyzer.ts writes calls this. */
export function listen(): void {
  const scope = globalThis as unknown as WorkerScope;
  scope.onmessage = ({ data: req }) => {
    try {
      scope.postMessage({ id: req.id, ok: true, analysis: analyzeDraft(req.text, req.options) });
    } catch (err) {
      scope.postMessage({ id: req.id, ok: false, error: err instanceof Error ? err.message : String(err) });
    }
  };
}
