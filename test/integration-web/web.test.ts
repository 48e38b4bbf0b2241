// Copydesk's browser build in the real web worker extension host: where it runs, diagnostics,
// decorations, hovers, typing, export and the workspace check, on an article and a Markdown draft.
import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';
import type { Inspection } from '../../src/editor/inspect';
import { closeAll, codeOf, hoverText, ours, seedUri, setting, untitledArticle, until } from '../integration/util';

/** Copydesk's own view of a document; undefined until the extension is active (the command exists). */
async function inspect(uri?: vscode.Uri, waitMs = 0): Promise<Inspection | undefined> {
  try {
    return await vscode.commands.executeCommand<Inspection>('copydesk.inspect', uri, waitMs);
  } catch {
    return undefined;
  }
}

/** The analysis of the document's current version, as the web build holds it. */
async function analysisOf(doc: vscode.TextDocument): Promise<NonNullable<Inspection['analysis']>> {
  const got = await until(
    async () => {
      const i = await inspect(doc.uri, 2000);
      return i?.version === doc.version ? i.analysis : undefined;
    },
    `an analysis of ${path.basename(doc.uri.path)} version ${doc.version}`,
    45000,
  );
  return got;
}

const markdownUri = (): vscode.Uri => vscode.Uri.file(path.join(path.dirname(seedUri().fsPath), 'markdown-draft.md'));

describe('Copydesk for the Web (web worker extension host)', function () {
  this.timeout(90000);
  let seed: vscode.TextDocument;

  before(async () => {
    seed = await vscode.workspace.openTextDocument(seedUri());
    await vscode.window.showTextDocument(seed, { preview: false });
  });
  after(async () => {
    await setting('languages', undefined);
    await closeAll();
  });

  it('runs the browser build in the web worker host (no process, a WorkerGlobalScope) and analyses in a Web Worker', async () => {
    const i = await until(() => inspect(), 'the extension to activate in the web host', 60000);
    assert.deepStrictEqual(
      { host: i.host, hasProcess: i.hasProcess, workerGlobalScope: i.workerGlobalScope },
      { host: 'web', hasProcess: false, workerGlobalScope: true },
    );
    await analysisOf(seed);
    assert.strictEqual((await inspect())?.analyzerMode, 'web-worker');
  });

  it("reports the seed article's findings in the Problems panel", async () => {
    const a = await analysisOf(seed);
    assert.ok(
      a.quotes.some((q) => q.speaker === 'Vladimir Putin'),
      a.quotes.map((q) => q.speaker).join(', '),
    );
    const claim = await until(
      () => ours(seed.uri).find((d) => codeOf(d) === 'unattributed-claim' && seed.getText(d.range).startsWith('China has so far been careful not to')),
      'the claim diagnostic',
    );
    assert.strictEqual(claim.severity, vscode.DiagnosticSeverity.Warning);
  });

  it('offers the quick fixes on a claim', async () => {
    const claim = await until(() => ours(seed.uri).find((d) => codeOf(d) === 'unattributed-claim'), 'a claim diagnostic');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      seed.uri,
      claim.range,
      vscode.CodeActionKind.QuickFix.value,
    );
    const titles = actions.map((a) => a.title);
    for (const t of ['Add attribution', 'Mark as sourced', 'Disable unattributed-claim for this line', 'Ignore for me']) assert.ok(titles.includes(t), titles.join(', '));
  });

  it('answers hovers on a recurring name', async () => {
    const at = seed.positionAt(seed.getText().indexOf('Putin'));
    const text = await until(async () => {
      const t = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', seed.uri, at));
      return t.includes('Vladimir Putin') ? t : undefined;
    }, 'a hover on Putin');
    assert.match(text, /mentions?/i);
  });

  it('checks a Markdown draft: decorations and diagnostics on its own characters, nothing from its code block', async () => {
    await setting('languages', ['article', 'markdown']);
    const doc = await vscode.workspace.openTextDocument(markdownUri());
    await vscode.window.showTextDocument(doc, { preview: false });
    const a = await analysisOf(doc);
    const text = doc.getText();
    assert.ok(a.quotes.some((q) => q.speaker === 'Sadiq Khan' && q.text === 'We have listened.'));
    assert.ok(!a.quotes.some((q) => /code sample|Check this quote/.test(q.text)));
    const deco = await until(async () => (await inspect(doc.uri))?.decorations, 'decorations');
    const direct = a.quotes.filter((q) => q.kind === 'direct' && q.speaker).map((q) => q.text);
    assert.deepStrictEqual(
      deco.direct.map(([s, e]) => text.slice(s, e)),
      direct,
    );
    const tk = await until(() => ours(doc.uri).find((d) => codeOf(d) === 'tk'), 'the TK diagnostic');
    assert.strictEqual(doc.getText(tk.range), 'TK');
  });

  it('re-checks while typing (debounced) and never reports a stale version', async () => {
    const doc = await untitledArticle('The council met on Monday.\n');
    const before = await analysisOf(doc);
    assert.strictEqual(before.quotes.length, 0);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(doc.uri, doc.positionAt(doc.getText().length), '\n"We will not back down," said Ivan Petrov, a council spokesman.\n');
    await vscode.workspace.applyEdit(edit);
    const after = await analysisOf(doc);
    assert.deepStrictEqual(
      after.quotes.map((q) => [q.text, q.speaker]),
      [['We will not back down,', 'Ivan Petrov']],
    );
  });

  it('exports the quote list without the file system (a new editor)', async () => {
    const r = await vscode.commands.executeCommand<{ format: string; text: string; path?: string }>('copydesk.exportQuotes', {
      format: 'csv',
      source: seed.uri,
    });
    assert.ok(r, 'no export result');
    assert.strictEqual(r.path, undefined);
    assert.match(r.text.split('\n')[0], /speaker/i);
    assert.ok(r.text.includes('Vladimir Putin'));
    const shown = await until(
      () => (vscode.window.activeTextEditor?.document.getText() === r.text ? vscode.window.activeTextEditor : undefined),
      'the list in a new editor',
    );
    assert.ok(shown.document.isUntitled);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('checks the workspace through vscode.workspace.fs', async () => {
    await setting('languages', ['article', 'markdown']);
    const r = await vscode.commands.executeCommand<{ files: number; findings: number; cancelled: boolean }>('copydesk.checkWorkspace');
    assert.ok(r && !r.cancelled && r.files >= 2 && r.findings >= 1, JSON.stringify(r));
  });
});
