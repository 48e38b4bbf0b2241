// The document the side views and status bar describe: the active editor's, when it is a checked document.
// Focus moving to a panel (no active editor) keeps the last one, so the views do not flicker.
import * as vscode from 'vscode';

export class ActiveArticle implements vscode.Disposable {
  private current: vscode.TextDocument | undefined;
  private readonly emitter = new vscode.EventEmitter<vscode.TextDocument | undefined>();
  readonly onDidChange = this.emitter.event;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly isChecked: (doc: vscode.TextDocument) => boolean) {
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor((e) => this.follow(e)),
      vscode.workspace.onDidCloseTextDocument((d) => {
        if (d === this.current) this.set(undefined);
      }),
    );
    this.follow(vscode.window.activeTextEditor);
  }

  get document(): vscode.TextDocument | undefined {
    return this.current && !this.current.isClosed ? this.current : undefined;
  }

  /** Re-evaluates the active editor (a setting such as copydesk.languages changed). */
  update(): void {
    this.follow(vscode.window.activeTextEditor, true);
  }

  /** Makes a document current even if its language is not checked (the user ran a command on it). */
  show(doc: vscode.TextDocument): void {
    this.set(doc);
  }

  private follow(editor: vscode.TextEditor | undefined, force = false): void {
    if (!editor) return;
    const next = this.isChecked(editor.document) ? editor.document : undefined;
    if (next !== this.current || force) this.set(next);
  }

  private set(doc: vscode.TextDocument | undefined): void {
    this.current = doc;
    this.emitter.fire(doc);
  }

  dispose(): void {
    this.subscriptions.forEach((s) => s.dispose());
    this.emitter.dispose();
  }
}
