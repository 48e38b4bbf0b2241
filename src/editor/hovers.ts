// Hover cards for recurring names and quotes, from the cached analysis. Untrusted Markdown, no HTML.
import * as vscode from 'vscode';
import { guarded } from './guard';
import type { AnalysisCache } from './analysisCache';
import { isCheckedLanguage, isTooLarge, settingsFor } from './config';
import { hoverAt } from './hoverMarkdown';

export class HoverFeature implements vscode.HoverProvider {
  constructor(private readonly cache: AnalysisCache, private readonly isManual: (uri: vscode.Uri) => boolean) {}

  async provideHover(doc: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    let entry = this.cache.get(doc);
    if (!entry) {
      // Hovering while typing may run the pending analysis early (it is stored, so every feature reuses it);
      // in onSave/manual mode, or for a large file, only results the user asked for are shown.
      const s = settingsFor(doc);
      if (!isCheckedLanguage(doc, s) && !this.isManual(doc.uri)) return undefined;
      if (s.run !== 'onType' || isTooLarge(doc, s)) return undefined;
      entry = await this.cache.ensure(doc);
    }
    if (!entry) return undefined;
    const card = hoverAt(entry.analysis, entry.text, doc.offsetAt(position));
    if (!card) return undefined;
    const md = new vscode.MarkdownString(card.markdown);
    md.isTrusted = false;
    md.supportHtml = false;
    return new vscode.Hover(md, new vscode.Range(doc.positionAt(card.span.start), doc.positionAt(card.span.end)));
  }
}

export function registerHovers(cache: AnalysisCache, isManual: (uri: vscode.Uri) => boolean): vscode.Disposable {
  // Every document: which languages are checked is a setting that can change at any time.
  return vscode.languages.registerHoverProvider('*', guarded('hovers', new HoverFeature(cache, isManual)));
}
