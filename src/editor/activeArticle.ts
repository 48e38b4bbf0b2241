// The document the side views and status bar describe: the active editor's, when it is a checked document.
// Switching to another kind of editor (the exported list, settings) or to a panel keeps the last article
// while it is still open in a tab, so the views do not blank out under the user.
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
      vscode.window.tabGroups.onDidChangeTabs(() => {
        if (this.current && !this.hasTab(this.current.uri)) this.set(this.fallback());
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
    let next: vscode.TextDocument | undefined = editor.document;
    if (!this.isChecked(next)) next = this.current && !this.current.isClosed && this.isChecked(this.current) && this.hasTab(this.current.uri) ? this.current : this.fallback();
    if (next !== this.current || force) this.set(next);
  }

  private hasTab(uri: vscode.Uri): boolean {
    const key = uri.toString();
    return vscode.window.tabGroups.all.some((g) => g.tabs.some((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === key));
  }

  /** Another visible article, if any. */
  private fallback(): vscode.TextDocument | undefined {
    return vscode.window.visibleTextEditors.map((e) => e.document).find((d) => this.isChecked(d) && this.hasTab(d.uri));
  }

  private set(doc: vscode.TextDocument | undefined): void {
    this.current = doc;
    this.emitter.fire(doc);
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    this.emitter.dispose();
  }
}
