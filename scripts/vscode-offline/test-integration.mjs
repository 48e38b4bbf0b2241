#!/usr/bin/env node
// npm run test:integration — runs out/test/integration/index.js (compiled by `npm run compile`) inside a real
// VS Code: offline code-server + headless Chromium by default, @vscode/test-electron with COPYDESK_VSCODE=electron
// or --electron. Prints per-test results, ends with "N passed, N failed"; exits 1 on any failure.
import path from 'node:path';
import fs from 'node:fs';
import { repoRoot } from './paths.mjs';
import { startSession, log } from './session.mjs';
import { printSuiteResult } from './report.mjs';
import { runWithElectron } from './electron.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : dflt; };
const suite = path.resolve(repoRoot, opt('--suite', process.env.COPYDESK_SUITE || 'out/test/integration/index.js'));
const workspace = path.resolve(repoRoot, opt('--workspace', 'examples'));
const timeoutMs = Number(opt('--timeout', process.env.COPYDESK_SUITE_TIMEOUT_MS || 300000));
const useElectron = args.includes('--electron') || process.env.COPYDESK_VSCODE === 'electron';

async function main() {
  if (!fs.existsSync(suite)) throw new Error(`suite ${path.relative(repoRoot, suite)} not found; run \`npm run compile\` first`);
  if (useElectron) return runWithElectron(suite, workspace);
  const started = Date.now();
  const session = await startSession({ folder: workspace, runnerEnv: { COPYDESK_RUNNER_MODE: 'suite', COPYDESK_RUNNER_SUITE: suite } });
  let ok = false;
  try {
    log('workbench open; waiting for the suite to finish in the extension host');
    const result = await session.waitForResult(timeoutMs);
    ok = printSuiteResult(result);
    if (!ok) console.log(`\nextension host log:\n${session.logs()}`);
  } catch (err) {
    console.log(`\n${err.message}\nextension host log:\n${session.logs()}`);
    console.log('\n0 passed, 1 failed');
  } finally {
    await session.close();
  }
  log(`integration run took ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return ok;
}

main().then((ok) => process.exit(ok ? 0 : 1), (err) => {
  console.error(`[vscode] test:integration failed: ${err.message}`);
  if (err.extHostLog) console.error(err.extHostLog);
  console.log('\n0 passed, 1 failed');
  process.exit(1);
});
