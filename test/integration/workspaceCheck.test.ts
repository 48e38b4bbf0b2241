// The workspace check on the files a newsroom folder really holds: an excluded folder (a brace
// glob in files.exclude), a binary file and a huge file with an article's extension. Only the
// real drafts are read, and the check ends with a summary, not a freeze.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { api, codeOf, seedUri, setting } from './util';

describe('Check Attributions in Workspace', function () {
  this.timeout(120000);
  let dir = '';
  const made: string[] = [];
  const write = (rel: string, data: string | Buffer): vscode.Uri => {
    const file = path.join(dir, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, data);
    made.push(file);
    return vscode.Uri.file(file);
  };

  before(async function () {
    await api();
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
    if (!folder) this.skip();
    dir = path.join(folder, `copydesk-ws-test-${process.pid}`);
  });
  after(async () => {
    await vscode.workspace.getConfiguration('files').update('exclude', undefined, vscode.ConfigurationTarget.Global);
    await setting('maxDocumentSize', undefined);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('reads only real drafts: not excluded folders, binary files or files over maxDocumentSize', async () => {
    const seed = fs.readFileSync(seedUri().fsPath, 'utf8');
    const good = write('desk/good.article', seed);
    const excluded = write('old-drafts/excluded.story', seed);
    const binary = write('desk/photo.article', Buffer.from([0xff, 0xd8, 0, 0, 0x4a, 0x46, 0x49, 0x46]));
    const huge = write('desk/huge.article', seed.repeat(20));
    // A brace glob: the old code stripped the braces and lost the exclusion.
    await vscode.workspace.getConfiguration('files').update('exclude', { [`**/old-drafts/*.{story,bak}`]: true }, vscode.ConfigurationTarget.Global);
    await setting('maxDocumentSize', seed.length * 5);
    const r = await vscode.commands.executeCommand<{ files: number; findings: number; cancelled: boolean }>('copydesk.checkWorkspace');
    assert.ok(r && !r.cancelled, JSON.stringify(r));
    const ours = (u: vscode.Uri): vscode.Diagnostic[] => vscode.languages.getDiagnostics(u).filter((d) => d.source === 'copydesk');
    assert.ok(ours(good).some((d) => codeOf(d) === 'unattributed-claim'), 'the real draft was checked');
    assert.deepStrictEqual(ours(excluded), [], 'a file excluded by files.exclude was checked');
    assert.deepStrictEqual(ours(binary), [], 'a binary file was checked');
    assert.deepStrictEqual(ours(huge), [], 'a file over maxDocumentSize was checked');
  });
});
