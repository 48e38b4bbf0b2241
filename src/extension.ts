// Wires the editor features together; each feature lives in src/editor/. Activation never analyzes:
// the language model loads on the first analysis, which is scheduled, not run, from here.
import * as vscode from 'vscode';
import type { Analysis } from './core/types';
import { ActiveArticle } from './editor/activeArticle';
import { AnalysisCache, type Timings } from './editor/analysisCache';
import type { AnalyzerMode } from './editor/analysisBackend';
// The web build (package.json "browser") swaps in analyzerHost.web.ts: a Web Worker, no Node.
import { createAnalyzer, HOST } from './editor/analyzerHost';
import { setGuardLog } from './editor/guard';
import { registerCodeActions } from './editor/codeActions';
import { registerCommands } from './editor/commands';
import { isCheckedLanguage, isTooLarge, settingsFor, useDeskRules } from './editor/config';
import { DeskRulesFeature } from './editor/deskRules';
import { registerStoryFixes } from './editor/storyFixes';
import { DecorationsFeature, type DecorationRanges } from './editor/decorations';
import { DiagnosticsFeature } from './editor/diagnostics';
import { registerHovers } from './editor/hovers';
import { registerInspect } from './editor/inspect';
import { Ignores } from './editor/ignores';
import { QuoteTreeProvider } from './editor/quoteTree';
import { SourcesTreeProvider } from './editor/sourcesTree';
import { StatusBarFeature } from './editor/statusBar';
import { registerSymbols } from './editor/symbols';

export interface CopydeskApi {
  /** Live: activationMs is set when activate returns, firstAnalysisMs after the first analysis (includes model load). */
  readonly timings: Timings;
  /** The analysis of the document's current version, if it has been analyzed. */
  getAnalysis(uri: vscode.Uri): Analysis | undefined;
  /** Resolves when the document's current version has been analyzed (undefined after timeoutMs). */
  whenAnalyzed(uri: vscode.Uri, timeoutMs?: number): Promise<Analysis | undefined>;
  /** The ranges Copydesk decorates in the document (VS Code cannot read decorations back). */
  getDecorationRanges(uri: vscode.Uri): DecorationRanges | undefined;
  /** The status bar text for the active document, undefined when hidden. */
  getStatusBarText(): string | undefined;
  /** Where analyses run: a worker thread, or a Web Worker on the web (see editor/analysisBackend.ts). */
  getAnalyzerMode(): AnalyzerMode;
  /** The extension host this build runs in. */
  readonly host: 'node' | 'web';
  readonly quoteTree: QuoteTreeProvider;
  readonly sourcesTree: SourcesTreeProvider;
}

export function activate(context: vscode.ExtensionContext): CopydeskApi {
  const t0 = performance.now();
  const log = vscode.window.createOutputChannel('Copydesk', { log: true });
  setGuardLog((m) => log.error(m));
  const analyzer = createAnalyzer(context, log);
  const cache = new AnalysisCache({ error: (m) => log.error(m), info: (m) => log.info(m) }, analyzer);
  const manual = new Set<string>();
  const isManual = (uri: vscode.Uri): boolean => manual.has(uri.toString());
  const isChecked = (doc: vscode.TextDocument): boolean => isManual(doc.uri) || isCheckedLanguage(doc);

  const ignores = new Ignores(context.workspaceState);
  const desk = new DeskRulesFeature();
  useDeskRules((uri) => desk.deskFor(uri));
  // Each diagnostic's code links to its section of the packaged docs/findings.md.
  const docs = context.extensionUri ? vscode.Uri.joinPath(context.extensionUri, 'docs', 'findings.md') : undefined;
  const diagnostics = new DiagnosticsFeature(cache, ignores, docs);
  const decorations = new DecorationsFeature(cache);
  const active = new ActiveArticle(isChecked);
  const quoteTree = new QuoteTreeProvider(cache, active);
  const sourcesTree = new SourcesTreeProvider(cache, active);
  const statusBar = new StatusBarFeature(cache, active);

  const autoCheck = (doc: vscode.TextDocument, trigger: 'open' | 'change' | 'save'): void => {
    const s = settingsFor(doc); // read once per keystroke
    if (!isManual(doc.uri) && !isCheckedLanguage(doc, s)) return;
    if (isTooLarge(doc, s)) return; // only on command
    if (trigger === 'open' && s.run !== 'manual') cache.schedule(doc, 0);
    else if (trigger === 'change' && s.run === 'onType') cache.schedule(doc, s.debounce);
    else if (trigger === 'save' && s.run === 'onSave') cache.schedule(doc, 0);
  };

  const reanalyzeAll = (): void => {
    cache.clear();
    active.update();
    vscode.workspace.textDocuments.forEach((doc) => autoCheck(doc, 'open'));
  };

  context.subscriptions.push(
    log, cache, ignores, desk, diagnostics, decorations, active, quoteTree, sourcesTree, statusBar,
    registerHovers(cache, isManual),
    registerCodeActions(diagnostics),
    ...registerStoryFixes(diagnostics, desk),
    // A .copydesk.json changed: its extra cues change the analysis, its other rules the findings.
    desk.onDidChange(() => reanalyzeAll()),
    registerSymbols(),
    registerInspect({ host: HOST, mode: () => analyzer.mode, whenAnalyzed: (uri, ms) => whenAnalyzed(cache, uri, ms), decorationRanges: (uri) => decorations.rangesFor(uri) }),
    ...registerCommands({ cache, diagnostics, ignores, active, quoteTree, sourcesTree, log, markManual: (uri) => manual.add(uri.toString()) }),
    vscode.workspace.onDidOpenTextDocument((doc) => autoCheck(doc, 'open')),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.contentChanges.length > 0) autoCheck(e.document, 'change');
    }),
    vscode.workspace.onDidSaveTextDocument((doc) => autoCheck(doc, 'save')),
    vscode.workspace.onDidCloseTextDocument((doc) => {
      // A late close of an old untitled document must not wipe a new one that reuses its URI.
      const reopened = openDocument(doc.uri);
      if (reopened && reopened !== doc) {
        cache.forget(doc);
        autoCheck(reopened, 'open');
        return;
      }
      manual.delete(doc.uri.toString());
      cache.delete(doc.uri);
      diagnostics.delete(doc.uri);
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration('copydesk')) return;
      const reanalyze = ['languages', 'extraCues', 'extraAnonymous'].some((k) => e.affectsConfiguration(`copydesk.${k}`));
      if (reanalyze) reanalyzeAll();
      else {
        cache.refreshViews();
        decorations.refresh();
        statusBar.update();
      }
    }),
  );
  // Documents already open when the extension activated; scheduled, so activation stays model-free.
  vscode.workspace.textDocuments.forEach((doc) => autoCheck(doc, 'open'));

  cache.timings.activationMs = performance.now() - t0;
  log.info(`Activated in ${cache.timings.activationMs.toFixed(1)} ms`);

  return {
    timings: cache.timings,
    getAnalysis: (uri) => {
      const doc = openDocument(uri);
      return doc ? cache.get(doc)?.analysis : undefined;
    },
    whenAnalyzed: (uri, timeoutMs = 15000) => whenAnalyzed(cache, uri, timeoutMs),
    getDecorationRanges: (uri) => decorations.rangesFor(uri),
    getStatusBarText: () => statusBar.text,
    getAnalyzerMode: () => analyzer.mode,
    host: HOST,
    quoteTree,
    sourcesTree,
  };
}

function whenAnalyzed(cache: AnalysisCache, uri: vscode.Uri, timeoutMs: number): Promise<Analysis | undefined> {
  const current = (): Analysis | undefined => {
    const doc = openDocument(uri);
    return doc ? cache.get(doc)?.analysis : undefined;
  };
  const now = current();
  if (now) return Promise.resolve(now);
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      sub.dispose();
      resolve(current());
    }, timeoutMs);
    const sub = cache.onDidChange(() => {
      const a = current();
      if (!a) return;
      clearTimeout(timer);
      sub.dispose();
      resolve(a);
    });
  });
}

function openDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
  const key = uri.toString();
  return vscode.workspace.textDocuments.find((d) => !d.isClosed && d.uri.toString() === key);
}

export function deactivate(): void {
  useDeskRules(undefined);
}
