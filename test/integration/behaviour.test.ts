// Editing behaviour on scratch copies of the seed: quick fixes, ignores, debounced re-analysis, settings.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { analyzed, api, closeAll, codeOf, ours, seedUri, setting, sleep, until, untitledArticle } from './util';

const CLAIM_START = 'China has so far been careful not to';

describe('Copydesk while editing', function () {
  this.timeout(60000);
  let seedText: string;

  before(async () => {
    await api();
    seedText = fs.readFileSync(seedUri().fsPath, 'utf8');
  });

  afterEach(async () => {
    for (const key of ['severity', 'enabledFindings', 'maxDocumentSize', 'languages', 'run', 'extraCues']) await setting(key, undefined);
    await closeAll();
  });

  const claimDiag = (doc: vscode.TextDocument): vscode.Diagnostic | undefined =>
    ours(doc.uri).find((d) => codeOf(d) === 'unattributed-claim' && doc.getText(d.range).startsWith(CLAIM_START));

  it('Add attribution inserts ", SOURCE said" with the placeholder selected', async () => {
    const doc = await untitledArticle(seedText);
    await analyzed(doc);
    const diag = await until(() => claimDiag(doc), 'the claim diagnostic');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, diag.range, vscode.CodeActionKind.QuickFix.value);
    const add = actions.find((a) => a.title === 'Add attribution');
    assert.ok(add?.command, 'no Add attribution action');
    await vscode.commands.executeCommand(add.command.command, ...(add.command.arguments ?? []));
    assert.ok(doc.getText().includes('vulnerable to Western sanctions, SOURCE said.'), doc.getText().slice(-300));
    const editor = vscode.window.activeTextEditor!;
    assert.strictEqual(editor.document.getText(editor.selection), 'SOURCE', 'the placeholder is selected');
  });

  it('Mark as sourced inserts the marker in the sentence and the claim goes away', async () => {
    const doc = await untitledArticle(seedText);
    await analyzed(doc);
    const diag = await until(() => claimDiag(doc), 'the claim diagnostic');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, diag.range, vscode.CodeActionKind.QuickFix.value);
    const mark = actions.find((a) => a.title === 'Mark as sourced');
    assert.ok(mark?.command);
    await vscode.commands.executeCommand(mark.command.command, ...(mark.command.arguments ?? []));
    assert.ok(doc.getText().includes('vulnerable to Western sanctions [[sourced]].'), doc.getText().slice(-300));
    await analyzed(doc);
    assert.strictEqual(claimDiag(doc), undefined, 'claim still flagged after [[sourced]]');
  });

  it('Ignore for me hides it for this file until ignores are cleared', async () => {
    const doc = await untitledArticle(seedText);
    await analyzed(doc);
    const diag = await until(() => claimDiag(doc), 'the claim diagnostic');
    const before = ours(doc.uri).length;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, diag.range, vscode.CodeActionKind.QuickFix.value);
    const ignore = actions.find((a) => a.title === 'Ignore for me');
    assert.ok(ignore?.command);
    await vscode.commands.executeCommand(ignore.command.command, ...(ignore.command.arguments ?? []));
    assert.strictEqual(claimDiag(doc), undefined);
    assert.strictEqual(ours(doc.uri).length, before - 1);
    // Still ignored after an edit elsewhere and a new analysis.
    const edit = new vscode.WorkspaceEdit();
    edit.insert(doc.uri, new vscode.Position(0, 0), 'Draft headline\n\n');
    await vscode.workspace.applyEdit(edit);
    await analyzed(doc);
    assert.strictEqual(claimDiag(doc), undefined);
    const restored = await vscode.commands.executeCommand<number>('copydesk.clearIgnores', doc.uri);
    assert.strictEqual(restored, 1);
    assert.ok(claimDiag(doc), 'the claim is back after clearing ignores');
  });

  it('re-analyzes after typing, debounced, and never serves a stale version', async () => {
    const doc = await untitledArticle(seedText);
    const first = await analyzed(doc);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(doc.uri, doc.positionAt(doc.getText().length), '\n\n"We will not back down," said Ivan Petrov, a Kremlin spokesman.\n');
    await vscode.workspace.applyEdit(edit);
    assert.strictEqual((await api()).getAnalysis(doc.uri), undefined, 'an analysis of the old text was returned for the new version');
    const next = await analyzed(doc);
    assert.ok(next.quotes.length > first.quotes.length, 'the new quote was not found');
    assert.ok(next.quotes.some((q) => q.text.includes('We will not back down')));
  });

  it('flags a misspelt name, a TK and an unbalanced quotation mark, and fixes the name', async () => {
    const draft = 'Interior Minister Joachim Brudziński said the checks would start on Monday. "We will act," Brudziński said.\n\nBrudzinski added that the fire brigade had TK inspectors. "This is a disaster, he said.\n';
    const doc = await untitledArticle(draft);
    await analyzed(doc);
    const diags = await until(() => (ours(doc.uri).length >= 3 ? ours(doc.uri) : undefined), 'three findings');
    const byCode = (c: string): vscode.Diagnostic[] => diags.filter((d) => codeOf(d) === c);
    assert.deepStrictEqual(byCode('tk').map((d) => doc.getText(d.range)), ['TK']);
    assert.strictEqual(byCode('unbalanced-quote').length, 1);
    const miss = byCode('name-misspelling');
    assert.deepStrictEqual(miss.map((d) => doc.getText(d.range)), ['Brudzinski']);
    assert.match(miss[0].message, /Brudziński/);
    const hover = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, miss[0].range.start.translate(0, 2));
    assert.ok(hover.flatMap((h) => h.contents).some((c) => typeof c !== 'string' && 'value' in c && c.value.includes('Suspected misspellings')));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, miss[0].range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.title === 'Change to “Brudziński”');
    assert.ok(fix?.edit, actions.map((a) => a.title).join(', '));
    await vscode.workspace.applyEdit(fix.edit);
    assert.ok(doc.getText().includes('\n\nBrudziński added'));
    await analyzed(doc);
    assert.strictEqual(ours(doc.uri).filter((d) => codeOf(d) === 'name-misspelling').length, 0);
  });

  it('honours severity and per-kind enablement settings', async () => {
    const doc = await untitledArticle(seedText);
    await analyzed(doc);
    await until(() => claimDiag(doc), 'the claim diagnostic');
    await setting('severity', { 'unattributed-claim': 'error' });
    await until(() => claimDiag(doc)?.severity === vscode.DiagnosticSeverity.Error, 'claim as error');
    await setting('enabledFindings', { 'anonymous-source': false });
    await until(() => ours(doc.uri).length > 0 && !ours(doc.uri).some((d) => codeOf(d) === 'anonymous-source'), 'anonymous sources hidden');
    assert.ok(claimDiag(doc), 'other findings stay');
  });

  it('passes copydesk.extraCues to the analyzer and re-checks when it changes', async () => {
    const doc = await untitledArticle('Budget day\n\n"It is a triumph of hope over arithmetic," the minister harrumphed.\n');
    const before = await analyzed(doc);
    assert.ok(!before.quotes.some((q) => q.cue === 'harrumphed'), 'harrumphed is not a cue by default');
    await setting('extraCues', ['harrumph']);
    const after = await until(() => api().then((x) => x.getAnalysis(doc.uri)?.quotes.find((q) => q.cue === 'harrumphed')), 'a quote with the extra cue');
    assert.strictEqual(after.speaker, 'the minister');
  });

  it('checks documents above copydesk.maxDocumentSize only on command', async () => {
    await setting('maxDocumentSize', 100);
    const doc = await untitledArticle(seedText);
    await sleep(1500);
    assert.strictEqual((await api()).getAnalysis(doc.uri), undefined, 'a large document was analyzed without a command');
    assert.strictEqual(ours(doc.uri).length, 0);
    const summary = await vscode.commands.executeCommand<string>('copydesk.checkAttributions', doc.uri);
    assert.match(summary ?? '', /quotes? from/);
    assert.ok((await api()).getAnalysis(doc.uri));
  });

  it('checks Markdown only when copydesk.languages includes it', async () => {
    const doc = await untitledArticle(seedText, 'markdown');
    await sleep(1000);
    assert.strictEqual((await api()).getAnalysis(doc.uri), undefined, 'markdown was checked by default');
    await setting('languages', ['article', 'markdown']);
    const a = await analyzed(doc);
    assert.ok(a.quotes.length > 0);
  });

  /**
   * A draft on disk in the workspace (VS Code saves there without a dialog), removed after the test.
   * Written through VS Code's own file service: a file written behind its back can look "changed on
   * disk" a moment later, and then a save is refused.
   */
  const drafts: string[] = [];
  const draftFile = async (name: string): Promise<vscode.Uri> => {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath ?? fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-save-'));
    const file = path.join(folder, `copydesk-test-${process.pid}-${name}`);
    drafts.push(file);
    const uri = vscode.Uri.file(file);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(seedText));
    return uri;
  };
  after(() => drafts.forEach((f) => fs.rmSync(f, { force: true })));

  it('in onSave mode does not re-check while typing', async () => {
    const doc = await vscode.workspace.openTextDocument(await draftFile('on-save.article'));
    await vscode.window.showTextDocument(doc);
    await analyzed(doc);
    await setting('run', 'onSave');
    // update() resolves when the settings file is written; the extension host's configuration
    // follows a moment later. Type only once the extension sees onSave, and its re-check is done.
    await until(() => vscode.workspace.getConfiguration('copydesk').get('run') === 'onSave', 'run = onSave in the extension host');
    await analyzed(doc);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(doc.uri, new vscode.Position(doc.lineCount, 0), '\nThe mayor said the bridge would reopen on Friday.\n');
    await vscode.workspace.applyEdit(edit);
    await sleep(1000);
    assert.strictEqual((await api()).getAnalysis(doc.uri), undefined, 'typing re-checked the draft');
    assert.ok(doc.isDirty, 'the draft was saved before the test saved it (auto-save?)');
    assert.ok(await doc.save(), 'VS Code refused to save the draft');
    const saved = await analyzed(doc);
    assert.ok(saved.quotes.some((q) => q.speaker === 'The mayor' && /bridge would reopen/.test(q.text)), 'saving did not re-check the draft with the new sentence');
  });

  it('checks the workspace whatever language ids the settings hold ("constructor" included)', async function () {
    if (!vscode.workspace.workspaceFolders?.length) this.skip();
    await setting('languages', ['article', 'constructor', '__proto__', 'toString']);
    const r = await vscode.commands.executeCommand<{ files: number; findings: number; cancelled: boolean }>('copydesk.checkWorkspace');
    assert.ok(r && r.files >= 1 && r.findings >= 1, JSON.stringify(r));
  });

  it('in manual mode checks nothing until Check Attributions is run', async () => {
    await setting('run', 'manual');
    const doc = await vscode.workspace.openTextDocument(await draftFile('manual.article'));
    await vscode.window.showTextDocument(doc);
    await sleep(1500);
    assert.strictEqual((await api()).getAnalysis(doc.uri), undefined, 'the draft was checked on opening');
    await vscode.commands.executeCommand('copydesk.checkAttributions');
    const a = await analyzed(doc);
    assert.ok(a.quotes.length > 5);
  });
});
