// The editor layer through the real VS Code API, on the seed article and its real analysis.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import type { QuoteNode } from '../../src/editor/quoteTree';
import type { SourceNode } from '../../src/editor/sourcesTree';
import { analyzed, api, closeAll, codeOf, hoverText, openSeed, ours, seedUri, until } from './util';

const CODES = ['unattributed-claim', 'quote-no-speaker', 'anonymous-source', 'unbalanced-quote', 'mismatched-quote', 'tk', 'name-misspelling'];
const label = (item: vscode.TreeItem): string => (typeof item.label === 'string' ? item.label : item.label?.label ?? '');

describe('Copydesk on the seed article', function () {
  this.timeout(60000);
  let doc: vscode.TextDocument;
  let text: string;

  before(async () => {
    await api();
    doc = await openSeed();
    text = doc.getText();
    await analyzed(doc);
  });

  it('opens *.article files in the Article Draft language', () => {
    assert.strictEqual(doc.languageId, 'article');
  });

  it('records activation and first-analysis times', async () => {
    const t = (await api()).timings;
    assert.strictEqual(typeof t.activationMs, 'number');
    assert.ok(t.activationMs! >= 0 && t.activationMs! < 5000, `activationMs ${t.activationMs}`);
    assert.strictEqual(typeof t.firstAnalysisMs, 'number');
    assert.ok(t.firstAnalysisMs! > 0);
  });

  it('analyzes in a worker thread, not on the extension host thread', async () => {
    assert.strictEqual((await api()).getAnalyzerMode(), 'worker');
  });

  it('reports diagnostics with source copydesk and known codes', async () => {
    const diags = await until(() => (ours(doc.uri).length ? ours(doc.uri) : undefined), 'copydesk diagnostics');
    for (const d of diags) assert.ok(CODES.includes(codeOf(d)), `unknown code ${codeOf(d)}`);
  });

  it('flags the unattributed claim "China has so far been careful not to…" as a warning with its reason', async () => {
    const claim = ours(doc.uri).find((d) => codeOf(d) === 'unattributed-claim' && doc.getText(d.range).startsWith('China has so far been careful not to'));
    assert.ok(claim, `no claim diagnostic on that sentence; got ${ours(doc.uri).map((d) => `${codeOf(d)}: ${doc.getText(d.range).slice(0, 40)}`).join(' | ')}`);
    assert.strictEqual(claim.severity, vscode.DiagnosticSeverity.Warning);
    assert.match(claim.message, /^Unattributed claim: .{5,}/);
  });

  it('reports the anonymous US State Department spokesman as information, on the source', () => {
    const anon = ours(doc.uri).filter((d) => codeOf(d) === 'anonymous-source');
    assert.ok(anon.length > 0, 'no anonymous-source diagnostic');
    assert.ok(anon.every((d) => d.severity === vscode.DiagnosticSeverity.Information));
    assert.ok(anon.some((d) => /spokesman/i.test(doc.getText(d.range))), anon.map((d) => doc.getText(d.range)).join(' | '));
  });

  it('decorates direct quotes, reported speech, speakers and cues with ranges matching the analysis', async () => {
    const a = (await api()).getAnalysis(doc.uri)!;
    const r = (await api()).getDecorationRanges(doc.uri);
    assert.ok(r, 'no decoration ranges');
    const texts = (rs: vscode.Range[]): string[] => rs.map((x) => doc.getText(x));
    const direct = texts(r.direct);
    assert.ok(direct.some((t) => t.includes('We expect you to visit Moscow next spring')), direct.join(' | '));
    assert.ok(direct.some((t) => t.includes('In the context of unprecedented pressure')), direct.join(' | '));
    assert.strictEqual(r.direct.length + r.reported.length + r.noSpeaker.length, a.quotes.length);
    assert.strictEqual(r.direct.length, a.quotes.filter((q) => q.kind === 'direct' && q.speaker !== null).length);
    assert.ok(r.reported.length > 0, 'no reported speech decorated');
    assert.ok(texts(r.speaker).includes('Putin'), texts(r.speaker).join(' | '));
    assert.ok(texts(r.cue).includes('said'), texts(r.cue).join(' | '));
  });

  it('shows a name card when hovering "Putin": full name, role, mentions', async () => {
    const at = doc.positionAt(text.indexOf('Putin') + 2);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at);
    const md = hoverText(hovers);
    // The name card itself: its first section is the name with its role, then "Person · N mentions"
    // (a quote card in the same hover also names the speaker and role, so the card is checked alone).
    const card = md.split('\n\n---\n\n')[0];
    assert.match(card, /^\*\*Vladimir Putin\*\* — [^\n]*Russian President/, md);
    assert.match(card, /Person · \d+ mentions/);
    assert.match(md, /first mention on line \d+/);
  });

  it('shows the same card on a later bare "Putin", with his quotes and their cues', async () => {
    const later = text.indexOf('Putin said');
    assert.ok(later > 0);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(later + 1));
    const md = hoverText(hovers);
    assert.ok(md.includes('Vladimir Putin'), md);
    assert.match(md, /Quotes \(\d+\)/);
    assert.ok(md.includes('*said*'), md);
  });

  it('shows speaker and cue when hovering inside a quote', async () => {
    const inQuote = text.indexOf('We expect you to visit Moscow') + 5;
    const md = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(inQuote)));
    assert.ok(md.includes('Direct quote'), md);
    assert.ok(md.includes('Vladimir Putin'), md);
    assert.match(md, /cue: \*\w+/);
  });

  it('lists the subhead in the Outline', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
    const names = (symbols ?? []).map((x) => x.name);
    assert.ok(names.includes('Putin and Xi Jinping meeting'), names.join(', '));
  });

  it('Check Attributions returns the summary built from the real analysis', async () => {
    await vscode.window.showTextDocument(doc);
    const summary = await vscode.commands.executeCommand<string>('copydesk.checkAttributions');
    const a = (await api()).getAnalysis(doc.uri)!;
    assert.ok(a);
    const m = /^(\d+) quotes? from (\d+) sources?, (\d+) anonymous, (\d+) unattributed claims?$/.exec(summary ?? '');
    assert.ok(m, `summary "${summary}"`);
    assert.strictEqual(Number(m[1]), a.quotes.length);
    assert.strictEqual(Number(m[4]), a.claims.length);
    assert.ok(Number(m[2]) >= 4, summary);
    assert.ok(Number(m[3]) >= 1, summary);
  });

  it('shows counts in the status bar', async () => {
    await vscode.window.showTextDocument(doc);
    const a = (await api()).getAnalysis(doc.uri)!;
    const status = await until(() => (api().then((x) => x.getStatusBarText())), 'status bar text');
    // Whole numbers: "6 quotes" must not pass on "16 quotes".
    assert.match(status, new RegExp(`(^|\\D)${a.quotes.length} quotes?\\b`), status);
    assert.match(status, new RegExp(`(^|\\D)${a.claims.length} claims?\\b`), status);
  });

  it('groups quotes by speaker in the Quotes view: Vladimir Putin has at least 3', async () => {
    await vscode.window.showTextDocument(doc);
    const tree = (await api()).quoteTree;
    const groups = tree.getChildren();
    const putin = groups.find((g) => g.type === 'group' && g.group.label === 'Vladimir Putin');
    assert.ok(putin, `groups: ${groups.map((g) => (g.type === 'group' ? g.group.label : '?')).join(', ')}`);
    const quotes = tree.getChildren(putin);
    assert.ok(quotes.length >= 3, `${quotes.length} Putin quotes`);
    const item = tree.getTreeItem(quotes[0]);
    assert.strictEqual(item.command?.command, 'copydesk.revealQuote');
    assert.ok(String(item.description).length > 0);
    const a = (await api()).getAnalysis(doc.uri)!;
    const q = a.quotes[(quotes[0] as Extract<QuoteNode, { type: 'quote' }>).index];
    assert.ok(typeof item.tooltip === 'string' && item.tooltip.includes(q.text), 'tooltip holds the full quote');
    const anonymous = groups.find((g) => g.type === 'group' && g.group.kind === 'anonymous');
    assert.ok(anonymous && anonymous.type === 'group' && anonymous.group.label === 'Anonymous sources');
  });

  it('switches the Quotes view to article order and back', async () => {
    const tree = (await api()).quoteTree;
    const a = (await api()).getAnalysis(doc.uri)!;
    await vscode.commands.executeCommand('copydesk.quotes.groupByOrder');
    const flat = (tree.getChildren());
    assert.strictEqual(flat.length, a.quotes.length);
    const starts = flat.map((n) => (n.type === 'quote' ? a.quotes[n.index].start : -1));
    assert.deepStrictEqual(starts, [...starts].sort((x, y) => x - y));
    await vscode.commands.executeCommand('copydesk.quotes.groupBySpeaker');
    assert.ok((tree.getChildren()).every((n) => n.type === 'group'));
  });

  it('clicking a quote reveals and selects it in the editor', async () => {
    const tree = (await api()).quoteTree;
    const groups = tree.getChildren();
    const quote = (tree.getChildren(groups[0]))[0];
    const item = tree.getTreeItem(quote);
    await vscode.commands.executeCommand(item.command!.command, ...(item.command!.arguments ?? []));
    const editor = vscode.window.activeTextEditor!;
    const [, start, end] = item.command!.arguments as [vscode.Uri, number, number];
    assert.strictEqual(editor.document.uri.toString(), doc.uri.toString());
    assert.strictEqual(editor.document.offsetAt(editor.selection.start), start);
    assert.strictEqual(editor.document.offsetAt(editor.selection.end), end);
  });

  it('selects the quote under the cursor in the Quotes view', async () => {
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('copydesk.checkAttributions'); // makes the view visible
    const tree = (await api()).quoteTree;
    const a = (await api()).getAnalysis(doc.uri)!;
    const offset = text.indexOf('We expect you to visit Moscow') + 3;
    const expected = a.quotes.findIndex((q) => q.kind === 'direct' && q.start <= offset && offset <= q.end);
    assert.ok(expected >= 0);
    const editor = await vscode.window.showTextDocument(doc);
    const pos = doc.positionAt(offset);
    editor.selection = new vscode.Selection(pos, pos);
    const selected = await until(() => {
      const sel = tree.view.selection[0];
      return sel && sel.type === 'quote' && sel.index === expected ? sel : undefined;
    }, 'the quote to be selected in the view', 5000);
    assert.strictEqual(selected.index, expected);
  });

  it('lists sources with quote counts and the share of anonymous quotes', async () => {
    await vscode.window.showTextDocument(doc);
    const tree = (await api()).sourcesTree;
    const a = (await api()).getAnalysis(doc.uri)!;
    const nodes = tree.getChildren();
    const summary = tree.getTreeItem(nodes[0]);
    const anonymousQuotes = a.quotes.filter((q) => q.anonymous).length;
    assert.ok(label(summary).startsWith(`Anonymous: ${anonymousQuotes} of ${a.quotes.length} quotes`), label(summary));
    const putin = nodes.find((n): n is Extract<SourceNode, { type: 'source' }> => n.type === 'source' && n.row.label === 'Vladimir Putin');
    assert.ok(putin);
    const putinIndex = a.names.findIndex((n) => n.name === 'Vladimir Putin');
    assert.strictEqual(putin.row.quotes.length, a.quotes.filter((q) => q.nameIndex === putinIndex).length);
    assert.strictEqual((tree.getChildren(putin)).length, putin.row.quotes.length);
  });

  it('exports the quote list as CSV to a file, without prompts', async () => {
    const target = path.join(os.tmpdir(), `copydesk-quotes-${process.pid}.csv`);
    const result = await vscode.commands.executeCommand<{ format: string; text: string; path?: string }>('copydesk.exportQuotes', { format: 'csv', uri: vscode.Uri.file(target), source: seedUri() });
    assert.ok(result?.path, 'no path returned');
    const written = fs.readFileSync(result.path, 'utf8');
    assert.strictEqual(written, result.text);
    const lines = written.trim().split('\r\n');
    assert.strictEqual(lines[0], 'speaker,kind,cue,quote,line');
    const a = (await api()).getAnalysis(doc.uri)!;
    assert.strictEqual(lines.length - 1, a.quotes.length);
    assert.ok(lines.some((l) => l.startsWith('Vladimir Putin,direct,')), written);
    // An existing file is replaced without a prompt only when the script says so.
    fs.writeFileSync(target, 'old contents');
    const again = await vscode.commands.executeCommand<{ path?: string }>('copydesk.exportQuotes', { format: 'csv', uri: vscode.Uri.file(target), source: seedUri(), overwrite: true });
    assert.ok(again?.path);
    assert.strictEqual(fs.readFileSync(target, 'utf8'), result.text);
    fs.rmSync(target, { force: true });
  });

  it('exports the quote list as Markdown into a new editor', async () => {
    const result = await vscode.commands.executeCommand<{ format: string; text: string; path?: string }>('copydesk.exportQuotes', { format: 'markdown', source: seedUri() });
    assert.ok(result && !result.path);
    assert.ok(result.text.includes('| Speaker | Kind | Cue | Quote | Line |'));
    assert.ok(result.text.includes('Xi Jinping'));
    const shown = vscode.window.activeTextEditor?.document;
    assert.strictEqual(shown?.getText(), result.text);
    assert.strictEqual(shown?.languageId, 'markdown');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('offers Add attribution, Mark as sourced and Ignore on a claim', async () => {
    const claim = ours(doc.uri).find((d) => codeOf(d) === 'unattributed-claim')!;
    assert.ok(claim);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, claim.range, vscode.CodeActionKind.QuickFix.value);
    const titles = (actions ?? []).map((a) => a.title);
    for (const t of ['Add attribution', 'Mark as sourced', 'Ignore for me', 'Disable unattributed-claim for this line', 'Disable unattributed-claim in this file']) assert.ok(titles.includes(t), titles.join(', '));
  });

  it('checks every article in the workspace', async function () {
    if (!vscode.workspace.workspaceFolders?.length) this.skip();
    const r = await vscode.commands.executeCommand<{ files: number; findings: number; cancelled: boolean }>('copydesk.checkWorkspace');
    assert.ok(r && r.files >= 1, JSON.stringify(r));
    assert.ok(r.findings >= 1);
    assert.strictEqual(r.cancelled, false);
  });

  it('keeps the article in the views while another kind of editor is active, and empties them once it is closed', async () => {
    const tree = (await api()).quoteTree;
    await vscode.window.showTextDocument(doc);
    assert.ok((tree.getChildren()).length > 0);
    const other = await vscode.workspace.openTextDocument({ content: 'not an article', language: 'plaintext' });
    await vscode.window.showTextDocument(other, { preview: false });
    assert.ok((tree.getChildren()).length > 0, 'the Quotes view emptied when a plain-text editor became active');
    assert.strictEqual((await api()).getStatusBarText(), undefined, 'the article counts show on a plain-text editor');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    await until(async () => (tree.getChildren()).length === 0, 'the Quotes view to empty after closing the article');
    assert.strictEqual((await api()).getStatusBarText(), undefined, 'status bar still shown with no article open');
  });

  after(closeAll);
});
