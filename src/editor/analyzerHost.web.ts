// The analyzer for VS Code for the Web: a Web Worker (webAnalyzer.ts). scripts/build.mjs puts this
// module in place of analyzerHost.ts in the browser bundle, which has no Node built-ins.
import type * as vscode from 'vscode';
import type { AnalysisBackend, BackendLog } from './analysisBackend';
import { WebAnalyzer } from './webAnalyzer';

export function createAnalyzer(context: vscode.ExtensionContext, log: BackendLog): AnalysisBackend {
  return new WebAnalyzer(context.extensionUri, log);
}

/** The host the extension runs in. */
export const HOST = 'web' as const;
