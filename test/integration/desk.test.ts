// The desk's rules in the repository, in a real VS Code: the extension and the CLI give the same
// findings on a folder with a .copydesk.json; a changed config re-checks open drafts; a bad one is
// reported in the file and never stops checking; the story's markers and house spellings work, and
// so do the quick fixes that write them.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { main } from '../../src/cli';
import { analyzed, api, closeAll, codeOf, ours, seedUri, setting, sleep, until } from './util';

interface CliFinding {
  code: string;
  severity: string;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

const SEVERITY: Record<number, string> = {
  [vscode.DiagnosticSeverity.Error]: 'error',
  [vscode.DiagnosticSeverity.Warning]: 'warning',
  [vscode.DiagnosticSeverity.Information]: 'information',
  [vscode.DiagnosticSeverity.Hint]: 'hint',
};

/** A diagnostic in the CLI's terms: 1-based line and column, end exclusive. */
const asCli = (d: vscode.Diagnostic): string =>
  JSON.stringify([
    codeOf(d),
    SEVERITY[d.severity],
    d.message,
    d.range.start.line + 1,
    d.range.start.character + 1,
    d.range.end.line + 1,
    d.range.end.character + 1,
  ]);
const fromCli = (f: CliFinding): string => JSON.stringify([f.code, f.severity, f.message, f.line, f.column, f.endLine, f.endColumn]);

function cliFindings(file: string): CliFinding[] {
  const out: string[] = [];
  const err: string[] = [];
  const code = main(
    ['--format', 'jsonl', file],
    (s) => out.push(s),
    (s) => err.push(s),
  );
  assert.ok(code === 0 || code === 1, `CLI exit ${code}: ${err.join('\n')}`);
  return (JSON.parse(out[0]) as { findings: CliFinding[] }).findings;
}

async function open(file: string): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
  await vscode.window.showTextDocument(doc, { preview: false });
  return doc;
}

/**
 * The quick fixes on a draft's tk diagnostic. Writing .copydesk.json re-checks every open draft
 * when the watcher reports it, which may come after the draft's first check: its diagnostics (and
 * their quick fixes) are gone for that moment, so ask again until the re-check is done.
 */
async function tkFixes(doc: vscode.TextDocument): Promise<vscode.CodeAction[]> {
  return until(async () => {
    const diag = ours(doc.uri).find((d) => codeOf(d) === 'tk');
    if (!diag) return undefined;
    const offered = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, diag.range, vscode.CodeActionKind.QuickFix.value);
    return offered.some((a) => a.title.startsWith('Disable tk')) ? offered : undefined;
  }, 'the quick fixes on the tk diagnostic');
}

describe('Desk rules (.copydesk.json)', function () {
  this.timeout(90000);
  const examples = path.dirname(seedUri().fsPath);
  let dir = '';
  /**
   * Written through VS Code's own file service: a file written behind its back may look "changed
   * on disk" a moment later, and an edit to it is then refused.
   */
  const write = async (rel: string, text: string): Promise<string> => {
    const p = path.join(dir, rel);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    await vscode.workspace.fs.writeFile(vscode.Uri.file(p), new TextEncoder().encode(text));
    return p;
  };

  before(async () => {
    await api();
    dir = path.join(examples, `copydesk-desk-test-${process.pid}`);
  });
  afterEach(closeAll);
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('gives the same findings as the CLI on examples/desk, with its config and markers applied', async () => {
    const file = path.join(examples, 'desk', 'summit.article');
    const doc = await open(file);
    await analyzed(doc);
    const expected = cliFindings(file).map(fromCli).sort();
    assert.ok(expected.length >= 4, expected.join('\n'));
    const shown = await until(() => {
      const d = ours(doc.uri).map(asCli).sort();
      return d.length === expected.length ? d : undefined;
    }, `${expected.length} diagnostics`);
    assert.deepStrictEqual(shown, expected);
    // The config applies: anonymous sources are errors there, the house spelling is enforced, the marked TK is quiet.
    const diags = ours(doc.uri);
    assert.ok(diags.some((d) => codeOf(d) === 'anonymous-source' && d.severity === vscode.DiagnosticSeverity.Error));
    assert.ok(diags.some((d) => codeOf(d) === 'name-misspelling' && doc.getText(d.range) === 'Volodymyr Zelensky'));
    assert.strictEqual(diags.filter((d) => codeOf(d) === 'tk').length, 1, 'one TK is suppressed, one is not');
    // Each diagnostic links to its section of docs/findings.md.
    const code = diags[0].code as { value: string; target: vscode.Uri };
    assert.ok(code.target.path.endsWith('/docs/findings.md'), code.target.toString());
    assert.strictEqual(code.target.fragment, code.value);
  });

  it('does not check a file the config ignores', async () => {
    const file = path.join(examples, 'desk', 'wire', `ap-${process.pid}.article`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, 'The repairs will cost TK million dollars.\n');
    try {
      const doc = await open(file);
      await sleep(2000);
      assert.strictEqual((await api()).getAnalysis(doc.uri), undefined);
      assert.deepStrictEqual(ours(doc.uri), []);
    } finally {
      fs.rmSync(path.dirname(file), { recursive: true, force: true });
    }
  });

  it('re-checks open drafts when the config changes, and reports a bad config in the file without stopping', async () => {
    const config = await write('.copydesk.json', '{ "root": true, "severity": { "tk": "error" } }\n');
    const doc = await open(await write('story.article', 'The mayor spoke.\n\nThe repairs will cost TK million dollars.\n'));
    await analyzed(doc);
    const tk = (): vscode.Diagnostic | undefined => ours(doc.uri).find((d) => codeOf(d) === 'tk');
    await until(() => tk()?.severity === vscode.DiagnosticSeverity.Error, 'the tk error');
    await write('.copydesk.json', '{ "root": true, "severity": { "tk": "hint" } }\n');
    await until(() => tk()?.severity === vscode.DiagnosticSeverity.Hint, 'tk as a hint after the config changed', 30000);
    await write('.copydesk.json', '{\n  "root": true,\n  "severity": { "tk": "loud" },\n  "colour": "red"\n}\n');
    const problems = await until(
      () => {
        const p = vscode.languages.getDiagnostics(vscode.Uri.file(config)).filter((d) => d.source === 'copydesk config');
        return p.length === 2 ? p : undefined;
      },
      'two problems in the config',
      30000,
    );
    assert.deepStrictEqual(problems.map((p) => p.range.start.line).sort(), [2, 3]);
    assert.ok(problems.some((p) => /"severity\.tk" must be one of/.test(p.message)));
    assert.ok(problems.some((p) => /unknown key "colour"/.test(p.message)));
    await until(() => tk()?.severity === vscode.DiagnosticSeverity.Warning, 'tk back to its default, still checked', 30000);
  });

  it('"Disable CODE for this line" inserts a marker with the reason selected, and the finding goes away', async () => {
    await write('.copydesk.json', '{ "root": true }\n');
    const doc = await open(await write('marker.article', 'The mayor spoke.\n\nThe repairs will cost TK million dollars.\n'));
    await analyzed(doc);
    const actions = await tkFixes(doc);
    const titles = actions.map((a) => a.title);
    for (const t of ['Disable tk for this line', 'Disable tk in this file', 'Ignore for me']) assert.ok(titles.includes(t), titles.join(', '));
    const disable = actions.find((a) => a.title === 'Disable tk for this line');
    assert.ok(disable?.edit);
    assert.ok(await vscode.workspace.applyEdit(disable.edit));
    assert.strictEqual(doc.lineAt(2).text, '[[copydesk-disable-next-line tk -- reason]]');
    const editor = vscode.window.activeTextEditor;
    assert.strictEqual(editor?.document.getText(editor.selection), 'reason', 'the reason placeholder is selected');
    await analyzed(doc);
    await until(() => !ours(doc.uri).some((d) => codeOf(d) === 'tk'), 'the tk finding gone');
    // Reverted, so closing the edited file leaves nothing behind (no save: the file was written
    // behind VS Code's back, and it may refuse to save over it).
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('honours <!-- copydesk-… --> markers in Markdown but not in code, like the CLI; "in this file" goes after the front matter', async () => {
    await setting('languages', ['article', 'markdown']);
    try {
      await write('.copydesk.json', '{ "root": true }\n');
      const file = await write(
        'notes.md',
        [
          '---',
          'title: Budget',
          '---',
          '# Budget',
          '',
          '<!-- copydesk-disable-next-line tk -- figure due at 4pm -->',
          'The repairs cost TK dollars.',
          '',
          'The rest costs TK dollars.',
          '',
          '```',
          '<!-- copydesk-disable-file -- a style-guide example, not a marker -->',
          '```',
          '',
        ].join('\n'),
      );
      const doc = await open(file);
      await analyzed(doc);
      const tks = await until(() => {
        const t = ours(doc.uri).filter((d) => codeOf(d) === 'tk');
        return t.length ? t : undefined;
      }, 'a tk diagnostic in Markdown');
      assert.deepStrictEqual(
        tks.map((d) => d.range.start.line),
        [8],
        'only the unmarked TK: the marker in the code block is an example',
      );
      assert.deepStrictEqual(ours(doc.uri).map(asCli).sort(), cliFindings(file).map(fromCli).sort());
      const wholeFile = (await tkFixes(doc)).find((a) => a.title === 'Disable tk in this file');
      assert.ok(wholeFile?.edit);
      assert.ok(await vscode.workspace.applyEdit(wholeFile.edit));
      assert.strictEqual(doc.lineAt(0).text, '---', 'the front matter still opens the file');
      assert.strictEqual(doc.lineAt(3).text, '<!-- copydesk-disable-file tk -- reason -->');
      await analyzed(doc);
      await until(() => !ours(doc.uri).some((d) => codeOf(d) === 'tk'), 'the tk finding gone');
      await vscode.commands.executeCommand('workbench.action.files.revert');
    } finally {
      await setting('languages', undefined);
    }
  });

  it('flags a near miss of a house spelling, fixes it, and "Add to house names" writes the config', async () => {
    const config = await write('.copydesk.json', '// house names\n{ "root": true, "names": ["Volodymyr Zelenskyy"] }\n');
    const doc = await open(await write('names.article', 'President Volodymyr Zelensky met the mayor.\n\nLater, Zelensky left.\n'));
    await analyzed(doc);
    const misspelt = (): vscode.Diagnostic[] => ours(doc.uri).filter((d) => codeOf(d) === 'name-misspelling');
    const [first] = await until(() => (misspelt().length === 2 ? misspelt() : undefined), 'two house-spelling findings');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      doc.uri,
      first.range,
      vscode.CodeActionKind.QuickFix.value,
    );
    assert.ok(
      actions.some((a) => a.title === 'Change to “Volodymyr Zelenskyy”' && a.edit),
      actions.map((a) => a.title).join(', '),
    );
    const add = actions.find((a) => a.title === 'Add “Volodymyr Zelensky” to house names');
    assert.ok(add?.command);
    await vscode.commands.executeCommand(add.command.command, ...(add.command.arguments ?? []));
    const text = fs.readFileSync(config, 'utf8');
    assert.ok(text.startsWith('// house names\n'), text);
    assert.ok(text.includes('"Volodymyr Zelensky"'), text);
    // The surname of the added spelling is a house form too, so both mentions are now accepted.
    await until(() => misspelt().length === 0, 'the added spelling accepted', 30000);
  });
});
