// Tree items for single quotes, shared by the Quotes and Sources views.
import * as vscode from 'vscode';
import type { Analysis } from '../core/types';
import { clip, positionsOf, type LineChar } from '../core/lines';
import { quoteDescription, quoteLabel, sourceLabel } from './quoteGroups';

// One line table per analysis, not per tree item: a long draft has hundreds of quotes.
const lineTables = new WeakMap<Analysis, (offset: number) => LineChar>();
function linesOf(a: Analysis, text: string): (offset: number) => LineChar {
  let f = lineTables.get(a);
  if (!f) lineTables.set(a, (f = positionsOf(text)));
  return f;
}

/** Characters of a quote a tooltip shows. */
export const MAX_TOOLTIP = 500;

export function quoteItem(uri: vscode.Uri, a: Analysis, text: string, index: number, idPrefix: string, withSpeaker: boolean): vscode.TreeItem {
  const q = a.quotes[index];
  const item = new vscode.TreeItem(quoteLabel(q), vscode.TreeItemCollapsibleState.None);
  const speaker = q.speaker === null ? 'no speaker' : sourceLabel(a, q) + (q.anonymous ? ' (anonymous)' : '');
  item.id = `${idPrefix}:${uri.toString()}#q${q.start}-${q.end}`;
  item.description = withSpeaker ? `${speaker} · ${quoteDescription(q)}` : quoteDescription(q);
  const line = linesOf(a, text)(q.start).line + 1;
  // Tooltips stay readable: a quote is clipped (one was 678,211 characters).
  const body = q.kind === 'direct' ? `“${clip(q.text, MAX_TOOLTIP)}”` : clip(q.text, MAX_TOOLTIP);
  item.tooltip = `${body}\n\n— ${speaker}${q.cue ? `, ${q.cue}` : ''} (${q.kind === 'direct' ? 'direct quote' : 'reported speech'}, line ${line})`;
  item.iconPath = new vscode.ThemeIcon(q.speaker === null ? 'warning' : q.kind === 'direct' ? 'quote' : 'comment');
  item.contextValue = 'copydesk.quote';
  item.command = { command: 'copydesk.revealQuote', title: 'Reveal Quote', arguments: [uri, q.start, q.end] };
  return item;
}
