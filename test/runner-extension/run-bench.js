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
  return {
    ok, timings: { ...timings }, activateCallMs, openDocumentMs: openMs,
    error: ok ? undefined : { message: `exports.timings incomplete: ${JSON.stringify(timings)}` },
  };
}

module.exports = { runBench };
