// Harness smoke suite (runs before the editor's own integration suite, in the same extension host):
// checks that the packaged extension installs, activates, registers its commands and analyzes the seed article.
const assert = require('assert');
const Mocha = require('mocha');
const vscode = require('vscode');

const EXTENSION_ID = process.env.COPYDESK_RUNNER_EXTENSION_ID || 'copydesk.copydesk';
const SEED = 'seed-putin-xi-videoconference.article';

function seedUri() {
  const folder = vscode.workspace.workspaceFolders && vscode.workspace.workspaceFolders[0];
  assert.ok(folder, 'no workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, SEED);
}

const tests = {
  'the packaged extension is installed': () => {
    assert.ok(vscode.extensions.getExtension(EXTENSION_ID), `${EXTENSION_ID} not found`);
  },
  'activate() resolves and reports its activation time': async () => {
    const api = await vscode.extensions.getExtension(EXTENSION_ID).activate();
    assert.ok(api && api.timings, 'activate() returned no timings');
    assert.strictEqual(typeof api.timings.activationMs, 'number');
  },
  'the Copydesk commands are registered': async () => {
    const commands = await vscode.commands.getCommands(true);
    for (const id of ['copydesk.checkAttributions', 'copydesk.exportQuotes']) assert.ok(commands.includes(id), `${id} missing`);
  },
  'the seed article opens as an article and gets copydesk diagnostics': async () => {
    const doc = await vscode.workspace.openTextDocument(seedUri());
    await vscode.window.showTextDocument(doc);
    assert.strictEqual(doc.languageId, 'article');
    const deadline = Date.now() + 30000;
    let ours = [];
    while (Date.now() < deadline) {
      ours = vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === 'copydesk');
      if (ours.length) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    assert.ok(ours.length > 0, 'no copydesk diagnostics after 30 s');
  },
};

exports.run = function run() {
  const mocha = new Mocha({ timeout: 60000 });
  const suite = Mocha.Suite.create(mocha.suite, 'harness smoke');
  for (const [title, fn] of Object.entries(tests)) suite.addTest(new Mocha.Test(title, fn));
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures ? reject(new Error(`${failures} smoke tests failed`)) : resolve()));
  });
};
