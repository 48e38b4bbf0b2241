// "Export Quote List": Markdown or CSV for fact-checkers. Scriptable: exportQuotes({ format, uri, source })
// skips the prompts and returns the text and the path written; it asks before replacing an existing
// file unless { overwrite: true }.
import * as vscode from 'vscode';
import type { AnalysisCache } from './analysisCache';
import { formatQuotes, type ExportFormat } from './exportFormat';

export interface ExportArgs {
  format?: ExportFormat;
  /** Where to write; without it the list opens in a new untitled editor. */
  uri?: vscode.Uri | string;
  /** The article; defaults to the active editor's document. */
  source?: vscode.Uri | string;
  /** Replace an existing file at `uri` without asking (otherwise the user is asked first). */
  overwrite?: boolean;
}

export interface ExportResult {
  format: ExportFormat;
  text: string;
  /** The file written, when one was. */
  path?: string;
}

/** A URI from a URI, a URI string or a file path (Windows drive letters included). */
export const toUri = (u: vscode.Uri | string): vscode.Uri => (typeof u === 'string' ? (/^[a-z][\w+.-]*:/i.test(u) && !/^[a-z]:[\\/]/i.test(u) ? vscode.Uri.parse(u) : vscode.Uri.file(u)) : u);

/** `article`: the draft the Copydesk views show, used when no source is given (e.g. from the Quotes view toolbar). */
export async function exportQuotes(cache: AnalysisCache, args: ExportArgs = {}, article?: vscode.TextDocument): Promise<ExportResult | undefined> {
  const doc = args.source ? await vscode.workspace.openTextDocument(toUri(args.source)) : (article ?? vscode.window.activeTextEditor?.document);
  if (!doc) {
    void vscode.window.showInformationMessage('Copydesk: open an article draft to export its quotes.');
    return undefined;
  }
  const entry = await cache.ensure(doc);
  if (!entry) {
    void vscode.window.showErrorMessage('Copydesk: could not check this document; see the Copydesk output for details.');
    return undefined;
  }
  const interactive = !args.format;
  const format = args.format ?? (await pickFormat());
  if (!format) return undefined;
  const name = doc.uri.path.split('/').pop() ?? 'article';
  const text = formatQuotes(entry.analysis, entry.text, format, name);
  const ext = format === 'csv' ? 'csv' : 'md';

  let target = args.uri ? toUri(args.uri) : undefined;
  if (!target && interactive) {
    const where = await vscode.window.showQuickPick(
      [{ label: '$(new-file) Open in a new editor', save: false }, { label: '$(save) Save to a file…', save: true }],
      { title: 'Export quote list', placeHolder: 'Where should the quote list go?' },
    );
    if (!where) return undefined;
    if (where.save) {
      const base = name.replace(/\.[^.]+$/, '');
      const defaultUri = vscode.Uri.joinPath(doc.uri.scheme === 'untitled' ? (vscode.workspace.workspaceFolders?.[0]?.uri ?? vscode.Uri.file('/')) : vscode.Uri.joinPath(doc.uri, '..'), `${base}-quotes.${ext}`);
      target = await vscode.window.showSaveDialog({ defaultUri, filters: format === 'csv' ? { CSV: ['csv'] } : { Markdown: ['md'] }, title: 'Save quote list' });
      if (!target) return undefined;
    }
  }
  // The save dialog asks about an existing file itself; a scripted target must be asked about here.
  if (target && args.uri && !args.overwrite && (await exists(target))) {
    const replace = await vscode.window.showWarningMessage(`Copydesk: ${vscode.workspace.asRelativePath(target)} exists. Replace it with the quote list?`, { modal: true }, 'Replace');
    if (replace !== 'Replace') return undefined;
  }
  if (target) {
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
    if (interactive) {
      void vscode.window.showInformationMessage(`Copydesk: quote list saved to ${vscode.workspace.asRelativePath(target)}.`, 'Open').then((choice) => {
        if (choice === 'Open') void vscode.window.showTextDocument(target);
      });
    }
    return { format, text, path: target.scheme === 'file' ? target.fsPath : target.toString() };
  }
  const out = await vscode.workspace.openTextDocument({ content: text, language: format === 'csv' ? 'plaintext' : 'markdown' });
  await vscode.window.showTextDocument(out, { preview: false });
  return { format, text };
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

async function pickFormat(): Promise<ExportFormat | undefined> {
  const pick = await vscode.window.showQuickPick(
    [
      { label: 'Markdown', description: 'a table to paste into notes or a ticket', format: 'markdown' as const },
      { label: 'CSV', description: 'for a spreadsheet: speaker, kind, cue, quote, line', format: 'csv' as const },
    ],
    { title: 'Export quote list', placeHolder: 'Format' },
  );
  return pick?.format;
}
