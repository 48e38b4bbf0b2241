// What the analysis cache needs from whatever runs the analysis: a worker thread in the desktop
// and server extension host (analyzer.ts), a Web Worker in VS Code for the Web (webAnalyzer.ts).
import type { Analysis } from '../core/types';
import type { DraftOptions } from '../markdown/language';

/**
 * Where analyses run: `worker` a Node worker thread; `web-worker` a Web Worker beside the web
 * extension host; `extension-host` the web extension host's own worker (when no Web Worker can
 * start: still off the UI thread); `in-process` only in unit tests.
 */
export type AnalyzerMode = 'worker' | 'in-process' | 'web-worker' | 'extension-host';

export interface AnalysisBackend {
  readonly mode: AnalyzerMode;
  analyze(text: string, options: DraftOptions): Promise<Analysis>;
  dispose(): void;
}

export interface BackendLog {
  warn(message: string): void;
}
