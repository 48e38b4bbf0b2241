// Highlights attributed quotes, reported speech, speakers and cues, and quotes with no speaker.
// VS Code drops decorations of hidden editors, so they are re-applied from the cache when editors become visible.
import * as vscode from 'vscode';
import type { AnalysisCache, CachedAnalysis } from './analysisCache';
import { settingsFor } from './config';
import { decorationSpans, type DecorationSpans } from './decorationSpans';

type Kind = keyof DecorationSpans;
export type DecorationRanges = Record<Kind, vscode.Range[]>;

const color = (id: string): vscode.ThemeColor => new vscode.ThemeColor(id);

function createTypes(): Record<Kind, vscode.TextEditorDecorationType> {
  return {
    direct: vscode.window.createTextEditorDecorationType({
      backgroundColor: color('copydesk.directQuoteBackground'),
      border: '1px solid',
      borderColor: color('copydesk.directQuoteBorder'),
      borderRadius: '2px',
    }),
    reported: vscode.window.createTextEditorDecorationType({
      backgroundColor: color('copydesk.reportedSpeechBackground'),
      borderWidth: '0 0 1px 0',
      borderStyle: 'dotted',
      borderColor: color('copydesk.reportedSpeechBorder'),
    }),
    speaker: vscode.window.createTextEditorDecorationType({
      borderWidth: '0 0 2px 0',
      borderStyle: 'solid',
      borderColor: color('copydesk.speakerForeground'),
      fontWeight: '600',
    }),
    cue: vscode.window.createTextEditorDecorationType({
      color: color('copydesk.cueForeground'),
      fontStyle: 'italic',
    }),
    noSpeaker: vscode.window.createTextEditorDecorationType({
      backgroundColor: color('copydesk.noSpeakerBackground'),
      border: '1px dashed',
      borderColor: color('copydesk.noSpeakerBorder'),
      borderRadius: '2px',
      overviewRulerColor: color('copydesk.noSpeakerBorder'),
      overviewRulerLane: vscode.OverviewRulerLane.Right,
    }),
  };
}

const KINDS: Kind[] = ['direct', 'reported', 'speaker', 'cue', 'noSpeaker'];

export class DecorationsFeature implements vscode.Disposable {
  private readonly types = createTypes();
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly cache: AnalysisCache) {
    this.subscriptions.push(
      cache.onDidChange(({ uri }) => this.applyTo(uri)),
      vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach((e) => this.apply(e))),
    );
    vscode.window.visibleTextEditors.forEach((e) => this.apply(e));
  }

  /** Decoration ranges for a document's current analysis (the API exposes them: VS Code cannot read them back). */
  rangesFor(uri: vscode.Uri): DecorationRanges | undefined {
    const entry = this.cache.latest(uri);
    const doc = vscode.workspace.textDocuments.find((d) => !d.isClosed && d.uri.toString() === uri.toString());
    if (!entry || !doc || !settingsFor(doc).decorations) return undefined;
    return this.ranges(doc, entry);
  }

  private ranges(doc: vscode.TextDocument, entry: CachedAnalysis): DecorationRanges {
    const spans = decorationSpans(entry.analysis);
    const out = {} as DecorationRanges;
    for (const k of KINDS) out[k] = spans[k].map((s) => new vscode.Range(doc.positionAt(s.start), doc.positionAt(s.end)));
    return out;
  }

  private applyTo(uri: vscode.Uri): void {
    for (const e of vscode.window.visibleTextEditors) if (e.document.uri.toString() === uri.toString()) this.apply(e);
  }

  private apply(editor: vscode.TextEditor): void {
    // Only the exact version: a result for older text would land on the wrong characters.
    const entry = this.cache.get(editor.document);
    const stale = this.cache.latest(editor.document.uri);
    if (!entry && stale) return; // keep what VS Code has shifted along with the edits until the new result arrives
    const ranges = entry && settingsFor(editor.document).decorations ? this.ranges(editor.document, entry) : undefined;
    for (const k of KINDS) editor.setDecorations(this.types[k], ranges ? ranges[k] : []);
  }

  /** Re-applies to every visible editor (after a settings change). */
  refresh(): void {
    vscode.window.visibleTextEditors.forEach((e) => this.apply(e));
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    KINDS.forEach((k) => this.types[k].dispose());
  }
}
