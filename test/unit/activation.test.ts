// Activation against a stand-in `vscode` module: activate() must not analyze (the language model loads on
// the first analysis), and an article already open is analyzed right after, on a timer.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const Module = require('module') as { _load: (request: string, parent: unknown, isMain: boolean) => unknown };

const root = path.resolve(__dirname, '..', '..', '..');
const SEED = fs.readFileSync(path.join(root, 'examples', 'seed-putin-xi-videoconference.article'), 'utf8');

/** Anything not modelled below is a callable that returns a disposable stand-in. */
function stub(): unknown {
  // A plain function (not an arrow) so `new` works on it too.
  const fn = function (): unknown {
    return stub();
  };
  return new Proxy(fn, {
    get: (_t, key) => (key === 'dispose' ? () => undefined : key === 'then' ? undefined : stub()),
    set: () => true,
    apply: () => stub(),
    construct: () => stub() as object,
  });
}

class EventEmitter<T> {
  private listeners: ((e: T) => void)[] = [];
  event = (l: (e: T) => void): { dispose(): void } => {
    this.listeners.push(l);
    return { dispose: () => (this.listeners = this.listeners.filter((x) => x !== l)) };
  };
  fire(e: T): void {
    this.listeners.forEach((l) => l(e));
  }
  dispose(): void {
    this.listeners = [];
  }
}

function fakeDocument(text: string, languageId: string) {
  const lines = text.split('\n');
  const uri = { scheme: 'file', path: '/drafts/seed.article', fsPath: '/drafts/seed.article', toString: () => 'file:///drafts/seed.article' };
  const positionAt = (o: number) => {
    let line = 0;
    let rest = o;
    while (line < lines.length - 1 && rest > lines[line].length) rest -= lines[line++].length + 1;
    return { line, character: rest };
  };
  return {
    uri, languageId, version: 1, isClosed: false, isUntitled: false, lineCount: lines.length,
    getText: () => text,
    lineAt: (n: number) => ({ range: { end: { line: n, character: lines[n].length } } }),
    offsetAt: (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((s, l) => s + l.length + 1, 0) + p.character,
    positionAt,
  };
}

function fakeVscode(docs: unknown[], settings: Record<string, unknown>) {
  const vscode = stub() as Record<string, unknown>;
  const base = {
    __esModule: true, // so tsc's import helper hands out the proxy itself
    EventEmitter,
    Uri: { parse: (s: string) => ({ toString: () => s, scheme: s.split(':')[0] }), file: (p: string) => ({ fsPath: p, toString: () => `file://${p}` }) },
    workspace: new Proxy({
      textDocuments: docs,
      workspaceFolders: undefined,
      getConfiguration: () => ({ get: (k: string) => settings[k] }),
      asRelativePath: (u: { path?: string } | string) => (typeof u === 'string' ? u : (u.path ?? '')),
    }, { get: (t, k) => (k in t ? (t as Record<string | symbol, unknown>)[k] : stub()) }),
    window: new Proxy({ visibleTextEditors: [], activeTextEditor: undefined }, { get: (t, k) => (k in t ? (t as Record<string | symbol, unknown>)[k] : stub()) }),
  };
  return new Proxy(base, { get: (t, k) => (k in t ? (t as Record<string | symbol, unknown>)[k] : (vscode as Record<string | symbol, unknown>)[k]) });
}

describe('activation (stand-in vscode)', () => {
  const originalLoad = Module._load;
  let fake: unknown;
  before(() => {
    Module._load = function (request: string, parent: unknown, isMain: boolean) {
      if (request === 'vscode') return fake;
      return originalLoad.call(this, request, parent, isMain);
    };
  });
  after(() => {
    Module._load = originalLoad;
  });

  it('does not analyze inside activate(), then analyzes the open article on a timer', async () => {
    const doc = fakeDocument(SEED, 'article');
    fake = fakeVscode([doc], { languages: ['article'], run: 'onType', debounce: 300, maxDocumentSize: 2097152 });
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const ext = require('../../src/extension') as typeof import('../../src/extension');
    const context = { subscriptions: [] as unknown[], workspaceState: { get: () => undefined, update: async () => undefined } };
    const api = ext.activate(context as never);
    assert.strictEqual(api.timings.analyses, 0, 'activate() ran an analysis');
    assert.strictEqual(api.timings.firstAnalysisMs, undefined);
    assert.strictEqual(typeof api.timings.activationMs, 'number');
    const analysis = await api.whenAnalyzed(doc.uri as never, 10000);
    assert.ok(analysis, 'the open article was never analyzed');
    assert.strictEqual(api.timings.analyses, 1);
    assert.ok(api.timings.firstAnalysisMs! > 0);
    assert.ok(analysis.quotes.length > 0);
    assert.strictEqual(api.getAnalyzerMode(), 'worker', 'analysis fell back to the extension host thread');
    for (const d of context.subscriptions as { dispose?: () => void }[]) d.dispose?.();
  });
});
