// "Check Attributions in Workspace": every article file, with cancellable progress; results go to the Problems panel.
import * as vscode from 'vscode';
import type { AnalysisCache } from './analysisCache';
import { analyzeOptions, settingsFor } from './config';
import type { DiagnosticsFeature } from './diagnostics';

/** File extensions of the languages Copydesk knows how to find on disk. */
const EXTENSIONS: Record<string, string[]> = {
  article: ['article', 'story'],
  markdown: ['md', 'markdown'],
  plaintext: ['txt'],
};

export interface WorkspaceCheckResult {
  files: number;
  findings: number;
  cancelled: boolean;
}

export function workspaceGlob(): string | undefined {
  const exts = new Set<string>();
  const scopes = vscode.workspace.workspaceFolders?.map((f) => f.uri) ?? [undefined];
  for (const scope of scopes) for (const lang of settingsFor(scope).languages) for (const e of EXTENSIONS[lang] ?? []) exts.add(e);
  if (exts.size === 0) return undefined;
  return exts.size === 1 ? `**/*.${[...exts][0]}` : `**/*.{${[...exts].join(',')}}`;
}

/** files.exclude plus node_modules (passing any exclude to findFiles drops the files.exclude default). */
function excludeGlob(): string {
  const excluded = vscode.workspace.getConfiguration('files').get<Record<string, unknown>>('exclude') ?? {};
  const globs = ['**/node_modules/**', ...Object.entries(excluded).filter(([, v]) => v === true).map(([k]) => k)];
  return `{${globs.map((g) => g.replace(/[{}]/g, '')).join(',')}}`;
}

export async function checkWorkspace(cache: AnalysisCache, diagnostics: DiagnosticsFeature): Promise<WorkspaceCheckResult> {
  const glob = workspaceGlob();
  if (!glob || !vscode.workspace.workspaceFolders?.length) {
    void vscode.window.showInformationMessage('Copydesk: open a folder with article drafts to check the workspace.');
    return { files: 0, findings: 0, cancelled: false };
  }
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Copydesk: checking attributions', cancellable: true },
    async (progress, token) => {
      const uris = await vscode.workspace.findFiles(glob, excludeGlob(), undefined, token);
      uris.sort((a, b) => a.toString().localeCompare(b.toString()));
      const result: WorkspaceCheckResult = { files: 0, findings: 0, cancelled: false };
      for (const uri of uris) {
        if (token.isCancellationRequested) {
          result.cancelled = true;
          break;
        }
        progress.report({ message: `${result.files + 1} of ${uris.length}: ${vscode.workspace.asRelativePath(uri)}`, increment: 100 / uris.length });
        result.findings += await checkFile(uri, cache, diagnostics);
        result.files++;
        await new Promise((r) => setImmediate(r)); // let cancellation and other events through between files
      }
      const summary = `Copydesk: ${result.cancelled ? 'stopped after' : 'checked'} ${result.files} file${result.files === 1 ? '' : 's'}, ${result.findings} finding${result.findings === 1 ? '' : 's'}.`;
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
  let text: string;
  try {
    text = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return 0;
  }
  const analysis = await cache.analyzeText(uri, text, analyzeOptions(settingsFor(uri)));
  return analysis ? diagnostics.set(uri, text, analysis).length : 0;
}
