// Test-only helper extension. When the server process has COPYDESK_RUNNER_MODE and COPYDESK_RUNNER_RESULT set,
// it runs inside the extension host and writes a JSON result file:
//   mode "suite": require(COPYDESK_RUNNER_SUITE).run() (the @vscode/test-electron entry), with per-test mocha events;
//   mode "bench": activates the extension under test and reads exports.timings.
const fs = require('fs');
const vscode = require('vscode');
const { runSuite } = require('./run-suite');
const { runBench } = require('./run-bench');

function writeResult(file, result) {
  const tmp = `${file}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(result, null, 2));
  fs.renameSync(tmp, file);
}

async function activate() {
  const mode = process.env.COPYDESK_RUNNER_MODE;
  const resultFile = process.env.COPYDESK_RUNNER_RESULT;
  if (!mode || !resultFile) return;
  // Only once per server: a reloaded window or a second extension host must not run the suite again.
  const claim = `${resultFile}.started`;
  try { fs.writeFileSync(claim, String(process.pid), { flag: 'wx' }); } catch { return; }
  const started = Date.now();
  let result;
  try {
    if (mode === 'suite') result = await runSuite(process.env.COPYDESK_RUNNER_SUITE);
    else if (mode === 'bench') result = await runBench(process.env.COPYDESK_RUNNER_EXTENSION_ID || 'copydesk.copydesk', process.env.COPYDESK_RUNNER_DOCUMENT);
    else result = { ok: false, error: { message: `unknown COPYDESK_RUNNER_MODE "${mode}"` } };
  } catch (err) {
    result = { ok: false, error: { message: String(err && err.message || err), stack: err && err.stack } };
  }
  result.mode = mode;
  result.vscodeVersion = vscode.version;
  result.durationMs = Date.now() - started;
  writeResult(resultFile, result);
}

module.exports = { activate, deactivate() {} };
