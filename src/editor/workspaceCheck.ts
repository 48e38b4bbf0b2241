// "Check Attributions in Workspace": every article file, with cancellable progress; results go to the Problems panel.
import * as vscode from 'vscode';
import type { AnalysisCache } from './analysisCache';
import { analyzeOptions, settingsFor } from './config';
import type { DiagnosticsFeature } from './diagnostics';
import { languageOfPath } from '../markdown/language';

/** File extensions of the languages Copydesk knows how to find on disk (a Map: a language id
 * such as "constructor" must not find Object's own properties). */
const EXTENSIONS: ReadonlyMap<string, readonly string[]> = new Map([
  ['article', ['article', 'story']],
  ['markdown', ['md', 'markdown']],
  ['mdx', ['mdx']],
  ['plaintext', ['txt']],
]);

/** Most files one workspace check reads; the summary says when there were more. */
export const MAX_WORKSPACE_FILES = 2000;

export interface WorkspaceCheckResult {
  files: number;
  findings: number;
  cancelled: boolean;
}

export function workspaceGlob(): string | undefined {
  const exts = new Set<string>();
  const scopes = vscode.workspace.workspaceFolders?.map((f) => f.uri) ?? [undefined];
  for (const scope of scopes) for (const lang of settingsFor(scope).languages) for (const e of EXTENSIONS.get(lang) ?? []) exts.add(e);
  if (exts.size === 0) return undefined;
  return exts.size === 1 ? `**/*.${[...exts][0]}` : `**/*.{${[...exts].join(',')}}`;
}

/** node_modules is filtered here: passing an exclude to findFiles would replace files.exclude,
 * whose own globs (braces and all, "**\/*.{tmp,bak}") VS Code applies when the exclude is undefined. */
const inNodeModules = (uri: vscode.Uri): boolean => uri.path.includes('/node_modules/');

export async function checkWorkspace(cache: AnalysisCache, diagnostics: DiagnosticsFeature): Promise<WorkspaceCheckResult> {
  const glob = workspaceGlob();
  if (!glob || !vscode.workspace.workspaceFolders?.length) {
    void vscode.window.showInformationMessage('Copydesk: open a folder with article drafts to check the workspace.');
    return { files: 0, findings: 0, cancelled: false };
  }
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Copydesk: checking attributions', cancellable: true },
    async (progress, token) => {
      const found = (await vscode.workspace.findFiles(glob, undefined, undefined, token)).filter((u) => !inNodeModules(u));
      found.sort((a, b) => a.toString().localeCompare(b.toString()));
      const uris = found.slice(0, MAX_WORKSPACE_FILES);
      const result: WorkspaceCheckResult = { files: 0, findings: 0, cancelled: false };
      for (const uri of uris) {
        if (token.isCancellationRequested) {
          result.cancelled = true;
          break;
        }
        progress.report({ message: `${result.files + 1} of ${uris.length}: ${vscode.workspace.asRelativePath(uri)}`, increment: 100 / uris.length });
        result.findings += await checkFile(uri, cache, diagnostics);
        result.files++;
        await new Promise((r) => setTimeout(r, 0)); // let cancellation and other events through between files (no setImmediate on the web)
      }
      const more = found.length > uris.length ? ` (the first ${uris.length} of ${found.length})` : '';
      const summary = `Copydesk: ${result.cancelled ? 'stopped after' : 'checked'} ${result.files} file${result.files === 1 ? '' : 's'}${more}, ${result.findings} finding${result.findings === 1 ? '' : 's'}.`;
      void vscode.window.showInformationMessage(summary);
      if (result.findings > 0) void vscode.commands.executeCommand('workbench.actions.view.problems');
      return result;
    },
  );
}

async function checkFile(uri: vscode.Uri, cache: AnalysisCache, diagnostics: DiagnosticsFeature): Promise<number> {
  const open = vscode.workspace.textDocuments.find((d) => !d.isClosed && d.uri.toString() === uri.toString());
  if (open) {
    const entry = await cache.ensure(open); // the cache event sets its diagnostics
    return entry ? diagnostics.set(entry.uri, entry.text, entry.analysis).length : 0;
  }
  const settings = settingsFor(uri);
  if (settings.ignored) return 0; // the desk's .copydesk.json says not to check it
  let text: string;
  try {
    // Too large or binary: skipped, as an open document of that size would be.
    if ((await vscode.workspace.fs.stat(uri)).size > settings.maxDocumentSize * 4) return 0;
    const bytes = await vscode.workspace.fs.readFile(uri);
    if (bytes.subarray(0, 8192).includes(0)) return 0;
    text = new TextDecoder('utf-8').decode(bytes);
    if (text.length > settings.maxDocumentSize) return 0;
  } catch {
    return 0;
  }
  const analysis = await cache.analyzeText(uri, text, { ...analyzeOptions(settings), language: languageOfPath(uri.path) });
  return analysis ? diagnostics.set(uri, text, analysis).length : 0;
}
