// The analyzer for the Node extension host: a worker thread running dist/analyzerWorker.js.
// The web build replaces this module with analyzerHost.web.ts (scripts/build.mjs).
import * as path from 'path';
import type * as vscode from 'vscode';
import type { AnalysisBackend, BackendLog } from './analysisBackend';
import { Analyzer, type AnalyzeFn } from './analyzer';

export function createAnalyzer(_context: vscode.ExtensionContext, log: BackendLog): AnalysisBackend {
  // dist/analyzerWorker.js beside the bundle, out/src/editor/analyzerWorker.js in tsc output (unit tests).
  const entry = path.join(__dirname, 'analyzerWorker.js');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return new Analyzer(entry, () => (require(entry) as { analyze: AnalyzeFn }).analyze, { timeoutMs: 20000, log: (m) => log.warn(m) });
}

/** The host the extension runs in: Node here, the browser's web worker host in the web build. */
export const HOST = 'node' as const;
