// Runs a test-electron style suite module (exports run()) and collects per-test results from mocha's runner events.
const path = require('path');

function errorInfo(err) {
  if (!err) return undefined;
  const info = { message: String(err.message || err), stack: err.stack ? String(err.stack) : undefined };
  if (err.expected !== undefined || err.actual !== undefined) {
    try { info.expected = JSON.stringify(err.expected); info.actual = JSON.stringify(err.actual); } catch { /* circular */ }
  }
  return info;
}

// One JSON line per test event next to the result file, read by the harness when the suite times out.
function progress(entry) {
  const file = process.env.COPYDESK_RUNNER_RESULT;
  if (!file) return;
  try { require('fs').appendFileSync(`${file}.progress`, `${JSON.stringify({ title: entry.title, state: entry.state, message: entry.error && entry.error.message })}\n`); } catch { /* best effort */ }
}

// Patch the mocha that the suite will load (resolved from the suite's folder) so every Runner it creates reports to us.
function hookMocha(suiteFile, tests) {
  let Mocha;
  try { Mocha = require(require.resolve('mocha', { paths: [path.dirname(suiteFile)] })); } catch { return () => {}; }
  const original = Mocha.prototype.run;
  Mocha.prototype.run = function patchedRun(...args) {
    const runner = original.apply(this, args);
    const record = (state) => (test, err) => {
      const entry = { title: test.fullTitle ? test.fullTitle() : test.title, state, durationMs: test.duration, error: errorInfo(err) };
      tests.push(entry);
      progress(entry);
    };
    // A test that hangs: the harness prints which test started last.
    runner.on('test', (test) => progress({ title: test.fullTitle ? test.fullTitle() : test.title, state: 'started' }));
    runner.on('pass', record('passed'));
    runner.on('fail', (test, err) => {
      // Hook failures ("before all" hook…) are reported as failures too.
      record('failed')(test, err);
    });
    runner.on('pending', record('pending'));
    return runner;
  };
  return () => { Mocha.prototype.run = original; };
}

// Copies console output of the extension host during the run into the result.
function captureConsole(lines) {
  const saved = {};
  for (const level of ['log', 'info', 'warn', 'error']) {
    saved[level] = console[level];
    console[level] = (...args) => {
      try { lines.push(args.map((a) => (typeof a === 'string' ? a : require('util').inspect(a))).join(' ')); } catch { /* ignore */ }
      saved[level].apply(console, args);
    };
  }
  return () => Object.assign(console, saved);
}

// COPYDESK_RUNNER_SUITE may list several suites (separated by path.delimiter); they run one after another.
async function runSuites(suitePaths) {
  const list = String(suitePaths || '').split(path.delimiter).filter(Boolean);
  if (!list.length) return { ok: false, error: { message: 'COPYDESK_RUNNER_SUITE is not set' } };
  const all = { ok: true, passed: 0, failed: 0, pending: 0, tests: [], logs: [], suites: [] };
  for (const suitePath of list) {
    let r;
    try { r = await runSuite(suitePath); } catch (err) { r = { ok: false, tests: [], logs: [], error: errorInfo(err) }; }
    all.ok = all.ok && r.ok;
    for (const k of ['passed', 'failed', 'pending']) all[k] += r[k] || 0;
    all.tests.push(...r.tests);
    all.logs.push(...r.logs);
    all.suites.push({ path: suitePath, ok: r.ok, error: r.error });
    if (r.error && !all.error) all.error = { ...r.error, message: `${path.basename(path.dirname(suitePath))}: ${r.error.message}` };
  }
  return all;
}

async function runSuite(suitePath) {
  const suiteFile = require.resolve(path.resolve(suitePath));
  const tests = [];
  const logs = [];
  const unhook = hookMocha(suiteFile, tests);
  const restoreConsole = captureConsole(logs);
  let runError;
  try {
    const suite = require(suiteFile);
    if (typeof suite.run !== 'function') throw new Error(`${suitePath} does not export run()`);
    // Both conventions: run(): Promise<void> and the old run(testsRoot, callback(err, failures)).
    await new Promise((resolve, reject) => {
      const cb = (err, failures) => (err ? reject(err) : failures ? reject(new Error(`${failures} tests failed.`)) : resolve());
      const ret = suite.run(path.dirname(suiteFile), cb);
      if (ret && typeof ret.then === 'function') ret.then(resolve, reject);
      else if (suite.run.length < 2) resolve();
    });
  } catch (err) {
    runError = errorInfo(err);
  } finally {
    restoreConsole();
    unhook();
  }
  const passed = tests.filter((t) => t.state === 'passed').length;
  const failed = tests.filter((t) => t.state === 'failed').length;
  const pending = tests.filter((t) => t.state === 'pending').length;
  // A rejected run() with no failed test recorded (load error, mocha not hooked) still counts as a failure.
  const ok = !runError && failed === 0 && passed > 0;
  return { ok, passed, failed, pending, tests, error: runError, logs: logs.slice(-500) };
}

module.exports = { runSuite: runSuites };
