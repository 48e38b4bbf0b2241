// The "Quotes" view: the active article's quotes grouped by speaker, or in article order.
import * as vscode from 'vscode';
import { guarded } from './guard';
import type { AnalysisCache, CachedAnalysis } from './analysisCache';
import type { ActiveArticle } from './activeArticle';
import { groupBySpeaker, quotesInOrder, type QuoteGroup } from './quoteGroups';
import { quoteItem } from './quoteItems';

export type Grouping = 'speaker' | 'order';

export type QuoteNode = { type: 'group'; group: QuoteGroup } | { type: 'quote'; index: number; group?: QuoteGroup };

export class QuoteTreeProvider implements vscode.TreeDataProvider<QuoteNode>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<QuoteNode | undefined | void>();
  readonly onDidChangeTreeData = this.emitter.event;
  private grouping: Grouping = 'speaker';
  private followTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly subscriptions: vscode.Disposable[] = [];
  readonly view: vscode.TreeView<QuoteNode>;

  constructor(private readonly cache: AnalysisCache, private readonly active: ActiveArticle) {
    this.view = vscode.window.createTreeView('copydesk.quotes', { treeDataProvider: guarded('quotes view', this), showCollapseAll: true });
    this.subscriptions.push(
      this.view,
      active.onDidChange(() => this.refresh()),
      cache.onDidChange(({ uri }) => {
        if (uri.toString() === this.active.document?.uri.toString()) this.refresh();
      }),
      vscode.window.onDidChangeTextEditorSelection((e) => this.followCursor(e.textEditor)),
      { dispose: () => clearTimeout(this.followTimer) },
    );
    void vscode.commands.executeCommand('setContext', 'copydesk.quoteGrouping', this.grouping);
    this.updateView();
  }

  get groupingMode(): Grouping {
    return this.grouping;
  }

  setGrouping(g: Grouping): void {
    this.grouping = g;
    void vscode.commands.executeCommand('setContext', 'copydesk.quoteGrouping', g);
    this.refresh();
  }

  refresh(): void {
    this.updateView();
    this.emitter.fire();
  }

  private entry(): CachedAnalysis | undefined {
    const doc = this.active.document;
    return doc ? this.cache.latest(doc.uri) : undefined;
  }

  private updateView(): void {
    const doc = this.active.document;
    const entry = this.entry();
    this.view.description = doc ? vscode.workspace.asRelativePath(doc.uri, false) : undefined;
    if (!doc) this.view.message = undefined; // the welcome content explains what to do
    else if (!entry) this.view.message = 'Not checked yet. Run “Copydesk: Check Attributions”.';
    else if (entry.analysis.quotes.length === 0) this.view.message = 'No quotes found in this draft.';
    else this.view.message = undefined;
  }

  /** Like the Outline's "follow cursor": selects the quote under the cursor while the view is visible. */
  private followCursor(editor: vscode.TextEditor): void {
    clearTimeout(this.followTimer);
    if (!this.view.visible || editor.document !== this.active.document) return;
    this.followTimer = setTimeout(() => {
      const entry = this.cache.get(editor.document);
      if (!entry || !this.view.visible) return;
      const offset = editor.document.offsetAt(editor.selection.active);
      let best = -1;
      entry.analysis.quotes.forEach((q, i) => {
        const b = entry.analysis.quotes[best];
        if (offset >= q.start && offset <= q.end && (best < 0 || q.end - q.start < b.end - b.start)) best = i;
      });
      if (best < 0) return;
      const node = this.nodeFor(entry, best);
      if (node) this.view.reveal(node, { select: true, focus: false, expand: true }).then(undefined, () => undefined);
    }, 250);
  }

  private nodeFor(entry: CachedAnalysis, index: number): QuoteNode | undefined {
    if (this.grouping === 'order') return { type: 'quote', index };
    const group = groupBySpeaker(entry.analysis).find((g) => g.quotes.includes(index));
    return group && { type: 'quote', index, group };
  }

  getChildren(node?: QuoteNode): QuoteNode[] {
    const entry = this.entry();
    if (!entry) return [];
    if (!node) {
      if (this.grouping === 'order') return quotesInOrder(entry.analysis).map((index) => ({ type: 'quote', index }));
      return groupBySpeaker(entry.analysis).map((group) => ({ type: 'group', group }));
    }
    return node.type === 'group' ? node.group.quotes.map((index) => ({ type: 'quote', index, group: node.group })) : [];
  }

  getParent(node: QuoteNode): QuoteNode | undefined {
    return node.type === 'quote' && node.group ? { type: 'group', group: node.group } : undefined;
  }

  getTreeItem(node: QuoteNode): vscode.TreeItem {
    const entry = this.entry();
    const uri = entry?.uri ?? vscode.Uri.parse('untitled:none');
    // In article order, and among anonymous sources (several of them share the group), say who is quoted.
    if (node.type === 'quote' && entry) return quoteItem(uri, entry.analysis, entry.text, node.index, 'quotes', this.grouping === 'order' || node.group?.kind === 'anonymous');
    if (node.type === 'quote') return new vscode.TreeItem('(not available)');
    const g = node.group;
    const item = new vscode.TreeItem(g.label, vscode.TreeItemCollapsibleState.Expanded);
    item.id = `quotes:${uri.toString()}#${g.id}`;
    item.description = `${g.quotes.length} quote${g.quotes.length === 1 ? '' : 's'}`;
    item.contextValue = `copydesk.group.${g.kind}`;
    if (g.kind === 'none') {
      item.iconPath = new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground'));
      item.tooltip = 'Quotes with no speaker: attribute them or check the Problems panel.';
    } else if (g.kind === 'anonymous') {
      item.iconPath = new vscode.ThemeIcon('eye-closed');
      item.tooltip = 'Quotes from unnamed sources.';
    } else {
      item.iconPath = new vscode.ThemeIcon('person');
      const q = entry?.analysis.quotes[g.quotes[0]];
      const role = q && q.nameIndex >= 0 ? entry?.analysis.names[q.nameIndex]?.role : null;
      item.tooltip = role ? `${g.label}, ${role}` : g.label;
    }
    return item;
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    this.emitter.dispose();
  }
}
