// Registers the Copydesk commands. Every handler is wrapped so a failure shows one line, never a stack trace.
import * as vscode from 'vscode';
import type { AnalysisCache, Logger } from './analysisCache';
import { oneLine } from './guard';
import type { ActiveArticle } from './activeArticle';
import type { DiagnosticsFeature } from './diagnostics';
import { attributionEdit, sourcedMarkerEdit } from './edits';
import { exportQuotes, toUri, type ExportArgs } from './export';
import type { Ignores } from './ignores';
import { countsOf, summaryText } from './quoteGroups';
import type { QuoteTreeProvider } from './quoteTree';
import type { SourcesTreeProvider } from './sourcesTree';
import { checkWorkspace } from './workspaceCheck';

export interface CommandDeps {
  cache: AnalysisCache;
  diagnostics: DiagnosticsFeature;
  ignores: Ignores;
  active: ActiveArticle;
  quoteTree: QuoteTreeProvider;
  sourcesTree: SourcesTreeProvider;
  log: Logger & { show(preserveFocus?: boolean): void };
  /** Remembers a document the user checked explicitly, so it keeps being checked whatever its language. */
  markManual(uri: vscode.Uri): void;
}

const asUri = (u: unknown): vscode.Uri | undefined => (u instanceof vscode.Uri || typeof u === 'string' ? toUri(u) : undefined);

async function documentFor(uri: unknown): Promise<vscode.TextDocument | undefined> {
  const u = asUri(uri);
  if (u) return vscode.workspace.openTextDocument(u);
  return vscode.window.activeTextEditor?.document;
}

export function registerCommands(d: CommandDeps): vscode.Disposable[] {
  // Commands receive whatever their caller passes; each handler checks its own arguments.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const register = (id: string, fn: (...args: any[]) => unknown): vscode.Disposable =>
    vscode.commands.registerCommand(id, async (...args: unknown[]) => {
      try {
        return await fn(...args);
      } catch (err) {
        d.log.error(`${id}: ${oneLine(err)}`);
        void vscode.window.showErrorMessage(`Copydesk: ${oneLine(err)}`);
        return undefined;
      }
    });

  return [
    register('copydesk.checkAttributions', async (uri?: unknown) => {
      const doc = (await documentFor(uri)) ?? d.active.document;
      if (!doc) {
        void vscode.window.showInformationMessage('Copydesk: open an article draft to check its attributions.');
        return undefined;
      }
      d.markManual(doc.uri);
      const entry = await d.cache.ensure(doc);
      if (!entry) {
        void vscode.window.showErrorMessage('Copydesk: could not check this document; see the Copydesk output for details.');
        return undefined;
      }
      d.active.show(doc);
      d.cache.announce(doc.uri); // every view re-renders, even when the result was already cached
      const summary = summaryText(countsOf(entry.analysis));
      void vscode.window.showInformationMessage(`Copydesk: ${summary}.`);
      const editor = vscode.window.activeTextEditor;
      await vscode.commands.executeCommand('copydesk.quotes.focus');
      if (editor && editor.document === doc) await vscode.window.showTextDocument(doc, editor.viewColumn);
      return summary;
    }),
    register('copydesk.checkWorkspace', () => checkWorkspace(d.cache, d.diagnostics)),
    // From a menu VS Code passes the file's URI; from scripts and tests, an ExportArgs object.
    register('copydesk.exportQuotes', (args?: ExportArgs | vscode.Uri) => exportQuotes(d.cache, args instanceof vscode.Uri ? { source: args } : args && typeof args === 'object' ? args : {}, d.active.document)),
    register('copydesk.revealQuote', async (uri: unknown, start: number, end: number) => {
      const doc = await documentFor(uri);
      if (!doc) return false;
      const editor = await vscode.window.showTextDocument(doc, { preview: false });
      const range = new vscode.Range(doc.positionAt(start), doc.positionAt(end));
      editor.selection = new vscode.Selection(range.start, range.end);
      editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
      return true;
    }),
    register('copydesk.addAttribution', async (uri: unknown, start: number, end: number) => {
      const doc = await documentFor(uri);
      const entry = doc && (await d.cache.ensure(doc));
      if (!doc || !entry) return false;
      const edit = attributionEdit(entry.text, { start, end }, entry.analysis.sentences);
      const editor = await vscode.window.showTextDocument(doc, { preview: false });
      const range = new vscode.Range(doc.positionAt(edit.start), doc.positionAt(edit.end));
      return editor.insertSnippet(new vscode.SnippetString(edit.snippet), range);
    }),
    register('copydesk.markSourced', async (uri: unknown, start: number, end: number) => {
      const doc = await documentFor(uri);
      const entry = doc && (await d.cache.ensure(doc));
      if (!doc || !entry) return false;
      const { offset, insert } = sourcedMarkerEdit(entry.text, { start, end }, entry.analysis.sentences);
      if (!insert) return false;
      const edit = new vscode.WorkspaceEdit();
      edit.insert(doc.uri, doc.positionAt(offset), insert);
      return vscode.workspace.applyEdit(edit);
    }),
    register('copydesk.ignoreFinding', async (uri: unknown, key: string) => {
      const u = asUri(uri);
      if (!u || typeof key !== 'string') return false;
      await d.ignores.add(u, key);
      return true;
    }),
    register('copydesk.clearIgnores', async (uri?: unknown) => {
      const doc = (await documentFor(uri)) ?? d.active.document;
      if (!doc) return 0;
      const n = await d.ignores.clear(doc.uri);
      void vscode.window.showInformationMessage(`Copydesk: ${n} ignored finding${n === 1 ? '' : 's'} restored in ${vscode.workspace.asRelativePath(doc.uri)}.`);
      return n;
    }),
    register('copydesk.clearAllIgnores', async () => {
      const n = await d.ignores.clearAll();
      void vscode.window.showInformationMessage(`Copydesk: ${n} ignored finding${n === 1 ? '' : 's'} restored.`);
      return n;
    }),
    register('copydesk.refresh', async () => {
      const doc = d.active.document;
      if (doc) await d.cache.ensure(doc);
      d.quoteTree.refresh();
      d.sourcesTree.refresh();
    }),
    register('copydesk.showOutput', () => d.log.show(true)),
    register('copydesk.quotes.groupBySpeaker', () => d.quoteTree.setGrouping('speaker')),
    register('copydesk.quotes.groupByOrder', () => d.quoteTree.setGrouping('order')),
  ];
}
