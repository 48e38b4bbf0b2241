// "copydesk.inspect" (not in the Command Palette): what the extension holds for a document, as
// plain JSON. The extension API's objects do not cross extension hosts, a command's JSON result
// does: the web test run drives the web build from the Node host through it. Also handy in a bug report.
import * as vscode from 'vscode';
import type { Analysis } from '../core/types';
import type { AnalyzerMode } from './analysisBackend';
import type { DecorationRanges } from './decorations';

export interface Inspection {
  /** The build running: the Node bundle (package.json "main") or the web one ("browser"). */
  host: 'node' | 'web';
  /** As the extension sees them: no `process` and a WorkerGlobalScope mean the web worker host. */
  hasProcess: boolean;
  workerGlobalScope: boolean;
  analyzerMode: AnalyzerMode;
  /** For the document asked about, when it is open. */
  languageId?: string;
  version?: number;
  analysis?: Analysis;
  /** Decorated spans per kind, as [start, end) offsets (VS Code cannot read decorations back). */
  decorations?: Record<string, [number, number][]>;
}

export interface InspectDeps {
  host: 'node' | 'web';
  mode(): AnalyzerMode;
  whenAnalyzed(uri: vscode.Uri, timeoutMs: number): Promise<Analysis | undefined>;
  decorationRanges(uri: vscode.Uri): DecorationRanges | undefined;
}

/** Longest a caller may make the command wait for an analysis. */
const MAX_WAIT_MS = 60000;

export function registerInspect(d: InspectDeps): vscode.Disposable {
  return vscode.commands.registerCommand('copydesk.inspect', async (uri?: unknown, waitMs?: unknown): Promise<Inspection> => {
    const base: Inspection = {
      host: d.host,
      hasProcess: typeof process !== 'undefined',
      workerGlobalScope: typeof (globalThis as { WorkerGlobalScope?: unknown }).WorkerGlobalScope !== 'undefined',
      analyzerMode: d.mode(),
    };
    if (!(uri instanceof vscode.Uri)) return base;
    const doc = vscode.workspace.textDocuments.find((x) => !x.isClosed && x.uri.toString() === uri.toString());
    if (!doc) return base;
    const wait = typeof waitMs === 'number' && waitMs > 0 ? Math.min(waitMs, MAX_WAIT_MS) : 0;
    const analysis = await d.whenAnalyzed(doc.uri, wait);
    const ranges = d.decorationRanges(doc.uri);
    const decorations =
      ranges && Object.fromEntries(Object.entries(ranges).map(([k, rs]) => [k, rs.map((r): [number, number] => [doc.offsetAt(r.start), doc.offsetAt(r.end)])]));
    return { ...base, languageId: doc.languageId, version: doc.version, analysis, decorations };
  });
}
