// Shared helpers for the integration tests: the extension API, the seed article, waiting for analysis.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { CopydeskApi } from '../../src/extension';

export const EXTENSION_ID = process.env.COPYDESK_RUNNER_EXTENSION_ID || 'copydesk.copydesk';
export const SEED_NAME = 'seed-putin-xi-videoconference.article';

export async function api(): Promise<CopydeskApi> {
  const ext = vscode.extensions.getExtension<CopydeskApi>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not installed`);
  const a = await ext.activate();
  assert.ok(a && a.timings, 'activate() did not return the Copydesk API');
  return a;
}

/** The seed article: $COPYDESK_EXAMPLES, else a workspace folder holding it, else the repo's examples/. */
export function seedUri(): vscode.Uri {
  if (process.env.COPYDESK_EXAMPLES) return vscode.Uri.file(path.join(process.env.COPYDESK_EXAMPLES, SEED_NAME));
  for (const f of vscode.workspace.workspaceFolders ?? []) {
    for (const rel of [SEED_NAME, path.join('examples', SEED_NAME)]) {
      const p = path.join(f.uri.fsPath, rel);
      if (f.uri.scheme === 'file' && fs.existsSync(p)) return vscode.Uri.file(p);
    }
  }
  return vscode.Uri.file(path.resolve(__dirname, '..', '..', '..', 'examples', SEED_NAME));
}

export async function openSeed(): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(seedUri());
  await vscode.window.showTextDocument(doc, { preview: false });
  return doc;
}

export async function analyzed(doc: vscode.TextDocument) {
  const a = await (await api()).whenAnalyzed(doc.uri, 30000);
  assert.ok(a, `no analysis of ${doc.uri.toString()} for version ${doc.version}`);
  return a;
}

export function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'copydesk');
}

export const codeOf = (d: vscode.Diagnostic): string => String(typeof d.code === 'object' ? d.code.value : d.code);

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Polls until `fn` returns a truthy value (diagnostics and hovers travel through the renderer). */
export async function until<T>(fn: () => T | Promise<T>, what: string, ms = 15000): Promise<NonNullable<T>> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

export function hoverText(hovers: vscode.Hover[] | undefined): string {
  return (hovers ?? [])
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n');
}

export async function setting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('copydesk').update(key, value, vscode.ConfigurationTarget.Global);
}

const EXTENSION_OF: Record<string, string> = { article: 'article', markdown: 'md', plaintext: 'txt' };
let untitledCount = 0;

/**
 * A new untitled document with a name of its own: VS Code reuses "Untitled-1" and may restore the
 * previous test's backup into it, so each test document gets a unique URI.
 */
export async function untitledArticle(content: string, language = 'article'): Promise<vscode.TextDocument> {
  const uri = vscode.Uri.parse(`untitled:/copydesk-test-${process.pid}-${++untitledCount}.${EXTENSION_OF[language] ?? 'txt'}`);
  let doc = await vscode.workspace.openTextDocument(uri);
  if (doc.languageId !== language) doc = await vscode.languages.setTextDocumentLanguage(doc, language);
  const edit = new vscode.WorkspaceEdit();
  edit.insert(uri, new vscode.Position(0, 0), content);
  assert.ok(await vscode.workspace.applyEdit(edit), 'could not fill the test document');
  await vscode.window.showTextDocument(doc, { preview: false });
  assert.strictEqual(doc.getText(), content);
  return doc;
}

export async function closeAll(): Promise<void> {
  // Untitled test documents are reverted so no save prompt blocks the run.
  for (const editor of vscode.window.visibleTextEditors) {
    if (editor.document.isUntitled) {
      await vscode.window.showTextDocument(editor.document);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
