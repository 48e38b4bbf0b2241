#!/usr/bin/env node
// @ts-check
// npm run test:integration — runs out/test/integration/index.js (compiled by `npm run compile`) inside a real
// VS Code: offline code-server + headless Chromium by default, @vscode/test-electron with COPYDESK_VSCODE=electron
// or --electron. Prints per-test results, ends with "N passed, N failed"; exits 1 on any failure.
// --web runs the browser build instead: the session's user settings put Copydesk in code-server's web
// worker extension host ("remote.extensionKind"), and the suite is out/test/integration-web/index.js.
import path from 'node:path';
import fs from 'node:fs';
import { repoRoot } from './paths.mjs';
import { startSession, log } from './session.mjs';
import { printSuiteResult } from './report.mjs';
import { runWithElectron } from './electron.mjs';
import { extensionId } from './vsix.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : dflt; };
const web = args.includes('--web');
const defaultSuite = web ? 'out/test/integration-web/index.js' : 'out/test/integration/index.js';
const suite = path.resolve(repoRoot, opt('--suite', process.env.COPYDESK_SUITE || defaultSuite));
const workspace = path.resolve(repoRoot, opt('--workspace', 'examples'));
const timeoutMs = Number(opt('--timeout', process.env.COPYDESK_SUITE_TIMEOUT_MS || 300000));
const useElectron = args.includes('--electron') || process.env.COPYDESK_VSCODE === 'electron';

// The harness smoke suite runs first, in the same extension host as the editor's suite.
const smokeSuite = path.join(repoRoot, 'test', 'runner-extension', 'smoke-suite', 'index.js');

async function main() {
  // The smoke suite reads the extension's API, which does not cross from the Node host (where the
  // runner is) to the web host: the web suite checks activation itself, through copydesk.inspect.
  const suites = web ? [] : [smokeSuite];
  if (fs.existsSync(suite)) suites.push(suite);
  else if (args.includes('--suite') || process.env.COPYDESK_SUITE) throw new Error(`suite ${path.relative(repoRoot, suite)} not found`);
  else console.log(`[vscode] warning: ${path.relative(repoRoot, suite)} not found (is test/integration/index.ts written and compiled?); running only the harness smoke suite`);
  if (useElectron && web) throw new Error('--web runs only in code-server (the browser is the web host)');
  if (useElectron) return runWithElectron(suites[suites.length - 1], workspace);
  const started = Date.now();
  const session = await startSession({
    folder: workspace,
    // An extension with both "main" and "browser" runs in the Node host unless told otherwise.
    settings: web ? { 'remote.extensionKind': { [extensionId()]: ['web'] } } : {},
    runnerEnv: { COPYDESK_RUNNER_MODE: 'suite', COPYDESK_RUNNER_SUITE: suites.join(path.delimiter), COPYDESK_RUNNER_EXTENSION_ID: extensionId() },
  });
  let ok = false;
  try {
    log('workbench open; waiting for the suite to finish in the extension host');
    const result = await session.waitForResult(timeoutMs);
    ok = printSuiteResult(result);
    if (!ok) console.log(`\nextension host log:\n${session.logs()}`);
  } catch (err) {
    const p = progressReport(session.resultFile);
    console.log(`\n${err.message}${p.text}\nextension host log:\n${session.logs()}`);
    console.log(`\n${p.passed} passed, ${p.failed + 1} failed`);
  } finally {
    await session.close();
  }
  log(`${web ? 'web ' : ''}integration run took ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return ok;
}

// What the runner reported before the time ran out (the last "started" test without an outcome hangs).
function progressReport(resultFile) {
  let lines;
  try { lines = fs.readFileSync(`${resultFile}.progress`, 'utf8').trim().split('\n').map((l) => JSON.parse(l)); } catch { return { text: '\n(no test started)', passed: 0, failed: 0 }; }
  const done = new Set(lines.filter((e) => e.state !== 'started').map((e) => e.title));
  const hanging = lines.filter((e) => e.state === 'started' && !done.has(e.title)).map((e) => e.title);
  const finished = lines.filter((e) => e.state !== 'started').map((e) => `  ${e.state === 'passed' ? '✔' : e.state === 'failed' ? '✘' : '-'} ${e.title}${e.message ? `: ${e.message}` : ''}`);
  const text = `\ntests finished before the timeout:\n${finished.join('\n') || '  (none)'}${hanging.length ? `\nstill running: ${hanging.join(', ')}` : ''}`;
  return { text, passed: lines.filter((e) => e.state === 'passed').length, failed: lines.filter((e) => e.state === 'failed').length };
}

main().then((ok) => process.exit(ok ? 0 : 1), (err) => {
  console.error(`[vscode] test:integration failed: ${err.message}`);
  if (err.extHostLog) console.error(err.extHostLog);
  console.log('\n0 passed, 1 failed');
  process.exit(1);
});
