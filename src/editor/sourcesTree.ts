// The "Sources" view: who is quoted and how often, and how much of the article rests on anonymous sources.
import * as vscode from 'vscode';
import { guarded } from './guard';
import type { AnalysisCache, CachedAnalysis } from './analysisCache';
import type { ActiveArticle } from './activeArticle';
import { sourcesOf, type SourceRow } from './quoteGroups';
import { quoteItem } from './quoteItems';

export type SourceNode = { type: 'summary'; label: string; tooltip: string } | { type: 'source'; row: SourceRow } | { type: 'quote'; index: number };

export class SourcesTreeProvider implements vscode.TreeDataProvider<SourceNode>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<SourceNode | undefined | void>();
  readonly onDidChangeTreeData = this.emitter.event;
  private readonly subscriptions: vscode.Disposable[] = [];
  readonly view: vscode.TreeView<SourceNode>;

  constructor(private readonly cache: AnalysisCache, private readonly active: ActiveArticle) {
    this.view = vscode.window.createTreeView('copydesk.sources', { treeDataProvider: guarded('sources view', this), showCollapseAll: true });
    this.subscriptions.push(
      this.view,
      active.onDidChange(() => this.refresh()),
      cache.onDidChange(({ uri }) => {
        if (uri.toString() === this.active.document?.uri.toString()) this.refresh();
      }),
    );
  }

  refresh(): void {
    const doc = this.active.document;
    this.view.description = doc ? vscode.workspace.asRelativePath(doc.uri, false) : undefined;
    this.emitter.fire();
  }

  private entry(): CachedAnalysis | undefined {
    const doc = this.active.document;
    return doc ? this.cache.latest(doc.uri) : undefined;
  }

  getChildren(node?: SourceNode): SourceNode[] {
    const entry = this.entry();
    if (!entry) return [];
    if (!node) {
      const s = sourcesOf(entry.analysis);
      if (s.totalQuotes === 0) return [];
      const pct = Math.round((100 * s.anonymousQuotes) / s.totalQuotes);
      const summary: SourceNode = {
        type: 'summary',
        label: `Anonymous: ${s.anonymousQuotes} of ${s.totalQuotes} quotes (${pct}%)`,
        tooltip: `${s.rows.length} sources, ${s.rows.filter((r) => r.anonymous).length} of them anonymous` + (s.noSpeakerQuotes ? `; ${s.noSpeakerQuotes} quotes have no speaker` : ''),
      };
      return [summary, ...s.rows.map((row): SourceNode => ({ type: 'source', row }))];
    }
    return node.type === 'source' ? node.row.quotes.map((index): SourceNode => ({ type: 'quote', index })) : [];
  }

  getTreeItem(node: SourceNode): vscode.TreeItem {
    const entry = this.entry();
    const uri = entry?.uri ?? vscode.Uri.parse('untitled:none');
    if (node.type === 'summary') {
      const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.None);
      item.id = `sources:${uri.toString()}#summary`;
      item.iconPath = new vscode.ThemeIcon('graph');
      item.tooltip = node.tooltip;
      return item;
    }
    if (node.type === 'quote') return entry ? quoteItem(uri, entry.analysis, entry.text, node.index, 'sources', false) : new vscode.TreeItem('(not available)');
    const r = node.row;
    const item = new vscode.TreeItem(r.label, vscode.TreeItemCollapsibleState.Collapsed);
    item.id = `sources:${uri.toString()}#${r.key}`;
    item.description = `${r.quotes.length} quote${r.quotes.length === 1 ? '' : 's'}${r.anonymous ? ' · anonymous' : ''}`;
    item.tooltip = `${r.label}: ${r.direct} direct, ${r.indirect} reported`;
    item.iconPath = new vscode.ThemeIcon(r.anonymous ? 'eye-closed' : 'person');
    item.contextValue = r.anonymous ? 'copydesk.source.anonymous' : 'copydesk.source';
    return item;
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    this.emitter.dispose();
  }
}
