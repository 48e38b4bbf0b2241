// Activates the extension under test, opens a document and reads the timings its activate() exports.
const vscode = require('vscode');

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function runBench(extensionId, documentPath) {
  const ext = vscode.extensions.getExtension(extensionId);
  if (!ext) return { ok: false, error: { message: `extension ${extensionId} is not installed` } };
  const t0 = Date.now();
  let api = await ext.activate();
  const activateCallMs = Date.now() - t0;
  let openMs;
  if (documentPath) {
    const t1 = Date.now();
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(documentPath));
    await vscode.window.showTextDocument(doc);
    openMs = Date.now() - t1;
  }
  // The first analysis runs asynchronously after the document opens: wait for its timing (up to 60 s).
  const deadline = Date.now() + 60000;
  while (Date.now() < deadline) {
    api = ext.exports || api;
    const timings = api && api.timings;
    if (timings && typeof timings.firstAnalysisMs === 'number') break;
    await sleep(100);
  }
  const timings = (api && api.timings) || {};
  const ok = typeof timings.activationMs === 'number' && typeof timings.firstAnalysisMs === 'number';
  const editing = ok && process.env.COPYDESK_RUNNER_LONG_DOCUMENT ? await editBench(process.env.COPYDESK_RUNNER_LONG_DOCUMENT) : undefined;
  return {
    ok, timings: { ...timings }, activateCallMs, openDocumentMs: openMs, editing,
    error: ok ? undefined : { message: `exports.timings incomplete: ${JSON.stringify(timings)}` },
  };
}

/**
 * Types into a long draft the way an editor does (one keystroke, a pause, again) and measures on
 * the extension host's thread: how late 10 ms timers fire (the longest stall any re-check caused),
 * and how long after each keystroke the draft's diagnostics were updated (debounce included).
 */
async function editBench(file, edits = 8) {
  const text = require('fs').readFileSync(file, 'utf8');
  const doc = await vscode.workspace.openTextDocument({ content: text, language: 'article' });
  const editor = await vscode.window.showTextDocument(doc, { preview: false });
  await waitForDiagnostics(doc.uri, 60000);
  const stalls = [];
  let worst = 0;
  let stop = false;
  const tick = () => {
    const due = Date.now() + 10;
    setTimeout(() => {
      worst = Math.max(worst, Date.now() - due);
      if (!stop) tick();
    }, 10);
  };
  tick();
  const latencies = [];
  for (let i = 0; i < edits; i++) {
    worst = 0;
    const changed = waitForDiagnostics(doc.uri, 30000);
    const t0 = Date.now();
    await editor.edit((e) => e.insert(doc.lineAt(doc.lineCount - 1).range.end, i % 2 ? ' ' : 'x'));
    await changed;
    latencies.push(Date.now() - t0);
    await sleep(400);
    stalls.push(worst);
  }
  stop = true;
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  const words = text.split(/\s+/).filter(Boolean).length;
  return { file: require('path').basename(file), words, edits, stallsMs: stalls, diagnosticsLatencyMs: latencies };
}

function waitForDiagnostics(uri, ms) {
  return new Promise((resolve) => {
    const timer = setTimeout(() => { sub.dispose(); resolve(false); }, ms);
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) { clearTimeout(timer); sub.dispose(); resolve(true); }
    });
  });
}

module.exports = { runBench };
