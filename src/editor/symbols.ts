// Outline and breadcrumbs for article drafts: headline and subheads as nested symbols.
import * as vscode from 'vscode';
import { guarded } from './guard';
import { headingsOf, sectionEnds } from './outline';

class ArticleSymbols implements vscode.DocumentSymbolProvider {
  provideDocumentSymbols(doc: vscode.TextDocument): vscode.DocumentSymbol[] {
    const text = doc.getText();
    const roots: vscode.DocumentSymbol[] = [];
    const stack: { level: number; symbol: vscode.DocumentSymbol }[] = [];
    const headings = headingsOf(text);
    const ends = sectionEnds(headings, text.length);
    headings.forEach((h, i) => {
      const sym = new vscode.DocumentSymbol(h.text, h.level === 1 ? 'headline' : '', vscode.SymbolKind.String, new vscode.Range(doc.positionAt(h.start), doc.positionAt(ends[i])), new vscode.Range(doc.positionAt(h.start), doc.positionAt(h.end)));
      while (stack.length && stack[stack.length - 1].level >= h.level) stack.pop();
      (stack.length ? stack[stack.length - 1].symbol.children : roots).push(sym);
      stack.push({ level: h.level, symbol: sym });
    });
    return roots;
  }
}

export function registerSymbols(): vscode.Disposable {
  return vscode.languages.registerDocumentSymbolProvider({ language: 'article' }, guarded('outline', new ArticleSymbols()), { label: 'Copydesk' });
}
