// "Ignore this finding in this file": finding keys (code + text) remembered per document URI in workspaceState,
// so they survive restarts and edits elsewhere in the file.
import * as vscode from 'vscode';

const STATE_KEY = 'copydesk.ignoredFindings';

export class Ignores implements vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<vscode.Uri | undefined>();
  readonly onDidChange = this.emitter.event;

  constructor(private readonly memento: vscode.Memento) {}

  private all(): Record<string, string[]> {
    const v = this.memento.get<Record<string, string[]>>(STATE_KEY);
    return v && typeof v === 'object' ? v : {};
  }

  keys(uri: vscode.Uri): Set<string> {
    return new Set(this.all()[uri.toString()] ?? []);
  }

  async add(uri: vscode.Uri, key: string): Promise<void> {
    const all = this.all();
    const list = new Set(all[uri.toString()] ?? []);
    list.add(key);
    await this.memento.update(STATE_KEY, { ...all, [uri.toString()]: [...list] });
    this.emitter.fire(uri);
  }

  /** Returns how many ignores were dropped. */
  async clear(uri: vscode.Uri): Promise<number> {
    const all = this.all();
    const n = all[uri.toString()]?.length ?? 0;
    delete all[uri.toString()];
    await this.memento.update(STATE_KEY, all);
    this.emitter.fire(uri);
    return n;
  }

  async clearAll(): Promise<number> {
    const n = Object.values(this.all()).reduce((sum, l) => sum + l.length, 0);
    await this.memento.update(STATE_KEY, undefined);
    this.emitter.fire(undefined);
    return n;
  }

  dispose(): void {
    this.emitter.dispose();
  }
}
