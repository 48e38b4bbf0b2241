// "12 quotes · 5 sources · 3 claims" for the active checked document; clicking it checks attributions.
import * as vscode from 'vscode';
import type { AnalysisCache } from './analysisCache';
import type { ActiveArticle } from './activeArticle';
import { isTooLarge } from './config';
import { countsOf, statusText, summaryText } from './quoteGroups';

export class StatusBarFeature implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('copydesk.status', vscode.StatusBarAlignment.Right, 100);
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly cache: AnalysisCache, private readonly active: ActiveArticle) {
    this.item.name = 'Copydesk';
    this.item.command = 'copydesk.checkAttributions';
    this.subscriptions.push(
      this.item,
      active.onDidChange(() => this.update()),
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      cache.onDidChange(({ uri }) => {
        if (uri.toString() === this.active.document?.uri.toString()) this.update();
      }),
      cache.onDidChangeBusy((uri) => {
        if (uri.toString() === this.active.document?.uri.toString()) this.update();
      }),
    );
    this.update();
  }

  /** The text shown, for tests; undefined while hidden. */
  get text(): string | undefined {
    return this.shownFor() ? this.item.text : undefined;
  }

  /** Only while the article the views describe is the active editor (not for the exported list beside it). */
  private shownFor(): vscode.TextDocument | undefined {
    const doc = this.active.document;
    return doc && vscode.window.activeTextEditor?.document === doc ? doc : undefined;
  }

  update(): void {
    const doc = this.shownFor();
    if (!doc) {
      this.item.hide();
      return;
    }
    const entry = this.cache.latest(doc.uri);
    const failure = this.cache.failure(doc.uri);
    if (failure) {
      this.item.text = '$(warning) Copydesk: check failed';
      this.item.tooltip = `Copydesk could not check this document: ${failure}. Details are in the Copydesk output. Click to try again.`;
    } else if (entry) {
      const counts = countsOf(entry.analysis);
      this.item.text = `$(quote) ${statusText(counts)}`;
      this.item.tooltip = `Copydesk: ${summaryText(counts)}. Click to check attributions again.`;
    } else if (this.cache.isAnalyzing(doc.uri)) {
      this.item.text = '$(sync~spin) Checking attributions…';
      this.item.tooltip = 'Copydesk is checking this document.';
    } else if (isTooLarge(doc)) {
      this.item.text = '$(quote) Large file: click to check';
      this.item.tooltip = 'Copydesk checks files above copydesk.maxDocumentSize only when asked. Click to check attributions.';
    } else {
      this.item.text = '$(quote) Not checked';
      this.item.tooltip = 'Copydesk: click to check attributions.';
    }
    this.item.show();
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }
}
