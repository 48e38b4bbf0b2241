// Quick fixes that write the desk's decisions where the desk keeps them: a copydesk-disable marker
// in the story (with the reason placeholder selected, so the editor types the reason next), and
// "Add to house names", which writes a spelling into the nearest .copydesk.json.
import * as vscode from 'vscode';
import { addHouseName } from '../core/deskEdit';
import { CONFIG_NAME } from '../core/deskConfig';
import type { FindingCode } from '../core/findings';
import { afterFrontMatter } from '../markdown/frontMatter';
import { languageOfId } from '../markdown/language';
import { guarded, oneLine } from './guard';
import type { DeskRulesFeature } from './deskRules';
import type { DiagnosticsFeature } from './diagnostics';
import { SOURCE } from './diagnostics';

export const ADD_HOUSE_NAME = 'copydesk.addHouseName';

/** The marker as a snippet: `$1` is the reason, selected when the edit is applied. */
function markerSnippet(kind: 'disable-next-line' | 'disable-file', code: FindingCode, html: boolean): vscode.SnippetString {
  const body = `copydesk-${kind} ${code} -- \${1:reason}`;
  return new vscode.SnippetString(html ? `<!-- ${body} -->\n` : `[[${body}]]\n`);
}

function insertAction(doc: vscode.TextDocument, diag: vscode.Diagnostic, title: string, at: vscode.Position, snippet: vscode.SnippetString): vscode.CodeAction {
  const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
  action.edit = new vscode.WorkspaceEdit();
  action.edit.set(doc.uri, [new vscode.SnippetTextEdit(new vscode.Range(at, at), snippet)]);
  action.diagnostics = [diag];
  return action;
}

/** "Disable CODE in this file": at the top, or in Markdown after the front matter (see frontMatter.ts). */
function fileAction(doc: vscode.TextDocument, diag: vscode.Diagnostic, code: FindingCode, html: boolean): vscode.CodeAction {
  const snippet = markerSnippet('disable-file', code, html);
  const at = languageOfId(doc.languageId) === 'article' ? { offset: 0, endsLine: true } : afterFrontMatter(doc.getText());
  if (!at.endsLine) snippet.value = `\n${snippet.value}`;
  return insertAction(doc, diag, `Disable ${code} in this file`, doc.positionAt(at.offset), snippet);
}

export class StoryFixesFeature implements vscode.CodeActionProvider {
  constructor(private readonly diagnostics: DiagnosticsFeature) {}

  provideCodeActions(doc: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const actions: vscode.CodeAction[] = [];
    const html = doc.languageId === 'markdown';
    for (const diag of context.diagnostics) {
      if (diag.source !== SOURCE) continue;
      const f = this.diagnostics.findingFor(doc, diag);
      if (!f) continue;
      const line = new vscode.Position(diag.range.start.line, 0);
      actions.push(insertAction(doc, diag, `Disable ${f.code} for this line`, line, markerSnippet('disable-next-line', f.code, html)));
      actions.push(fileAction(doc, diag, f.code, html));
      if (f.code === 'name-misspelling') {
        const written = doc.getText(diag.range);
        const add = new vscode.CodeAction(`Add “${written}” to house names`, vscode.CodeActionKind.QuickFix);
        add.command = { command: ADD_HOUSE_NAME, title: add.title, arguments: [doc.uri, written] };
        add.diagnostics = [diag];
        actions.push(add);
      }
    }
    return actions;
  }
}

/** Writes the name into the nearest .copydesk.json, or a new one at the workspace folder's root. */
async function addToHouseNames(desk: DeskRulesFeature, uri: vscode.Uri, name: string): Promise<vscode.Uri | undefined> {
  const nearest = desk.nearest(uri);
  const folder = vscode.workspace.getWorkspaceFolder(uri) ?? vscode.workspace.workspaceFolders?.[0];
  const target = nearest ? vscode.Uri.file(nearest.path) : folder && vscode.Uri.joinPath(folder.uri, CONFIG_NAME);
  if (!target) {
    void vscode.window.showWarningMessage('Copydesk: open a folder to keep house names in its .copydesk.json.');
    return undefined;
  }
  let text: string | undefined;
  try {
    text = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
  } catch {
    text = undefined;
  }
  const updated = addHouseName(text, name.replace(/\s+/g, ' ').trim());
  if (updated === undefined) {
    void vscode.window.showWarningMessage(`Copydesk: ${vscode.workspace.asRelativePath(target)} is not valid JSON; fix it first.`);
    return undefined;
  }
  if (updated !== text) await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(updated));
  desk.refresh(target);
  return target;
}

export function registerStoryFixes(diagnostics: DiagnosticsFeature, desk: DeskRulesFeature): vscode.Disposable[] {
  return [
    vscode.languages.registerCodeActionsProvider('*', guarded('story quick fixes', new StoryFixesFeature(diagnostics)), {
      providedCodeActionKinds: [vscode.CodeActionKind.QuickFix],
    }),
    vscode.commands.registerCommand('copydesk.addHouseName', async (uri: unknown, name: unknown) => {
      if (!(uri instanceof vscode.Uri) || typeof name !== 'string' || !name.trim()) return undefined;
      try {
        return await addToHouseNames(desk, uri, name);
      } catch (err) {
        void vscode.window.showErrorMessage(`Copydesk: could not add the house name: ${oneLine(err)}`);
        return undefined;
      }
    }),
  ];
}
