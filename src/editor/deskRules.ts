// The editor's side of .copydesk.json: the pure config module (src/core/deskConfig.ts) reads the
// files through deskFiles.ts (node's fs; none on the web), each
// folder's chain is cached until a watched config file changes, and each file's problems are shown
// as diagnostics in that file. The check itself never waits for or fails on a config.
import * as vscode from 'vscode';
import { readLocal } from './deskFiles';
import {
  configChain,
  CONFIG_NAME,
  dirname,
  isIgnored,
  mergeChain,
  readConfig,
  toSlashes,
  type ConfigFile,
  type DeskRules,
  type ReadFile,
} from '../core/deskConfig';
import { positionsOf } from '../core/lines';

export const CONFIG_SOURCE = 'copydesk config';
export interface DeskFor {
  rules: DeskRules;
  ignored: boolean;
}

const NONE: DeskFor = { rules: mergeChain([]), ignored: false };

export class DeskRulesFeature implements vscode.Disposable {
  private readonly byDir = new Map<string, DeskRules>();
  private readonly problems = vscode.languages.createDiagnosticCollection(CONFIG_SOURCE);
  private readonly emitter = new vscode.EventEmitter<void>();
  /** Fires after a .copydesk.json was created, changed or deleted: open drafts need a new check. */
  readonly onDidChange = this.emitter.event;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly read: ReadFile = readLocal) {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${CONFIG_NAME}`);
    const changed = (uri: vscode.Uri): void => this.refresh(uri);
    this.subscriptions.push(watcher, watcher.onDidCreate(changed), watcher.onDidChange(changed), watcher.onDidDelete(changed));
  }

  /** The desk's rules for a document; none for documents that are not local files. */
  deskFor(uri: vscode.Uri): DeskFor {
    if (uri.scheme !== 'file') return NONE;
    const file = toSlashes(uri.fsPath);
    const dir = dirname(file);
    let rules = this.byDir.get(dir);
    if (!rules) {
      rules = mergeChain(configChain(dir, this.read));
      this.byDir.set(dir, rules);
      for (const f of rules.files) this.show(f);
    }
    return { rules, ignored: isIgnored(rules, file) };
  }

  /** The nearest config file for a document, if any (where "Add to house names" writes). */
  nearest(uri: vscode.Uri): ConfigFile | undefined {
    return this.deskFor(uri).rules.files[0];
  }

  /** Forgets every cached chain and re-reads one config file (after a watcher event or our own write). */
  refresh(uri: vscode.Uri): void {
    this.byDir.clear();
    const file = readConfig(toSlashes(uri.fsPath), this.read);
    if (file) this.show(file);
    else this.problems.delete(uri);
    this.emitter.fire();
  }

  /** One diagnostic per problem, on the line where it is; none when the file is fine. */
  private show(f: ConfigFile): void {
    const uri = vscode.Uri.file(f.path);
    if (!f.problems.length) {
      this.problems.delete(uri);
      return;
    }
    const text = this.read(f.path);
    const pos = positionsOf(typeof text === 'string' ? text : '');
    this.problems.set(
      uri,
      f.problems.map((p) => {
        const at = pos(p.offset);
        const d = new vscode.Diagnostic(
          new vscode.Range(at.line, at.character, at.line, at.character + 1),
          `Copydesk: ${p.message}`,
          vscode.DiagnosticSeverity.Warning,
        );
        d.source = CONFIG_SOURCE;
        return d;
      }),
    );
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    this.problems.dispose();
    this.emitter.dispose();
  }
}
