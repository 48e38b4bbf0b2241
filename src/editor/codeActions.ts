// Quick fixes on Copydesk diagnostics: add attribution, mark as sourced, fix a misspelt name, ignore.
import * as vscode from 'vscode';
import { guarded } from './guard';
import type { DiagnosticsFeature } from './diagnostics';
import { SOURCE } from './diagnostics';

export class CodeActionsFeature implements vscode.CodeActionProvider {
  constructor(private readonly diagnostics: DiagnosticsFeature) {}

  provideCodeActions(doc: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const actions: vscode.CodeAction[] = [];
    for (const diag of context.diagnostics) {
      if (diag.source !== SOURCE) continue;
      const f = this.diagnostics.findingFor(doc, diag);
      if (!f) continue;
      const args = [doc.uri, f.start, f.end];
      if (f.attributable) {
        const add = new vscode.CodeAction('Add attribution', vscode.CodeActionKind.QuickFix);
        add.command = { command: 'copydesk.addAttribution', title: 'Add attribution', arguments: args };
        add.diagnostics = [diag];
        add.isPreferred = true;
        actions.push(add);
      }
      if (f.code === 'unattributed-claim') {
        const mark = new vscode.CodeAction('Mark as sourced', vscode.CodeActionKind.QuickFix);
        mark.command = { command: 'copydesk.markSourced', title: 'Mark as sourced', arguments: args };
        mark.diagnostics = [diag];
        actions.push(mark);
      }
      if (f.code === 'name-misspelling' && f.suggestion) {
        const fix = new vscode.CodeAction(`Change to “${f.suggestion}”`, vscode.CodeActionKind.QuickFix);
        fix.edit = new vscode.WorkspaceEdit();
        fix.edit.replace(doc.uri, diag.range, f.suggestion);
        fix.diagnostics = [diag];
        fix.isPreferred = true;
        actions.push(fix);
      }
      // Kept in this user's workspace state only; the "Disable …" fixes write a marker everyone sees.
      const ignore = new vscode.CodeAction('Ignore for me', vscode.CodeActionKind.QuickFix);
      ignore.command = { command: 'copydesk.ignoreFinding', title: 'Ignore for me', arguments: [doc.uri, f.key] };
      ignore.diagnostics = [diag];
      actions.push(ignore);
    }
    return actions;
  }
}

export function registerCodeActions(diagnostics: DiagnosticsFeature): vscode.Disposable {
  return vscode.languages.registerCodeActionsProvider('*', guarded('quick fixes', new CodeActionsFeature(diagnostics)), {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix],
  });
}
