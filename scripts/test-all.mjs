#!/usr/bin/env node
// @ts-check
// npm test: build, then every test stage (unit, integration in VS Code, e2e) even when an earlier stage
// fails, then a summary whose last line is "N passed, N failed". Exits 1 when anything failed.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// test:unit compiles (tsc) first; the later stages reuse its output instead of compiling again.
const stages = [
  // Types and lint first: cheap, and the class of bug (a floating promise) tests miss most.
  { name: 'lint', cmd: ['npm', 'run', 'lint'] },
  { name: 'unit', cmd: ['npm', 'run', 'test:unit'] },
  { name: 'integration', cmd: ['node', 'scripts/vscode-offline/test-integration.mjs'] },
  // The browser build in code-server's web worker extension host (VS Code for the Web).
  { name: 'web', cmd: ['node', 'scripts/vscode-offline/test-integration.mjs', '--web'] },
  { name: 'e2e', cmd: ['node', 'test/e2e/run.mjs'] },
  { name: 'e2e web', cmd: ['node', 'test/e2e/run.mjs', '--web'] },
];

/** @param {string[]} argv */
function runScript(argv) {
  const [cmd, ...args] = argv;
  return new Promise((resolve) => {
    console.log(`\n> ${[cmd, ...args].join(' ')}`);
    const child = spawn(cmd, args, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => { out += d; process.stdout.write(d); });
    child.stderr.on('data', (d) => { out += d; process.stderr.write(d); });
    child.on('error', (err) => resolve({ code: 1, out: `${out}\n${err.message}` }));
    child.on('close', (code) => resolve({ code: code ?? 1, out }));
  });
}

// Mocha's "N passing / N failing / N pending" or the harness's "N passed, N failed[, N skipped]".
function counts(text) {
  // eslint-disable-next-line no-control-regex -- strips terminal colour codes
  const plain = text.replace(/\x1b\[[0-9;]*m/g, '');
  const sum = (re) => [...plain.matchAll(re)].reduce((s, m) => s + Number(m[1]), 0);
  const harness = [...plain.matchAll(/^(\d+) passed, (\d+) failed(?:, (\d+) skipped)?\s*$/gm)].pop();
  if (harness) return { passed: Number(harness[1]), failed: Number(harness[2]), skipped: Number(harness[3] || 0) };
  return { passed: sum(/^\s*(\d+) passing/gm), failed: sum(/^\s*(\d+) failing/gm), skipped: sum(/^\s*(\d+) pending/gm) };
}

async function main() {
  const started = Date.now();
  const build = await runScript(['npm', 'run', 'build']);
  if (build.code !== 0) {
    console.log('\nbuild failed; no test ran\n0 passed, 1 failed');
    return 1;
  }
  const rows = [];
  for (const stage of stages) {
    const t0 = Date.now();
    const r = await runScript(stage.cmd);
    const c = counts(r.out);
    if (r.code !== 0 && c.failed === 0) c.failed = 1; // crashed before reporting
    rows.push({ ...stage, ...c, code: r.code, seconds: (Date.now() - t0) / 1000 });
  }
  console.log(`\ntest summary (${((Date.now() - started) / 1000).toFixed(0)} s):`);
  for (const r of rows) {
    console.log(`  ${r.name.padEnd(12)} ${String(r.passed).padStart(4)} passed, ${r.failed} failed${r.skipped ? `, ${r.skipped} skipped` : ''}  (${r.seconds.toFixed(0)} s${r.code ? ', FAILED' : ''})`);
  }
  const total = (k) => rows.reduce((s, r) => s + r[k], 0);
  const skipped = total('skipped');
  console.log(`${total('passed')} passed, ${total('failed')} failed${skipped ? `, ${skipped} skipped` : ''}`);
  return rows.every((r) => r.code === 0) && total('passed') > 0 ? 0 : 1;
}

main().then((code) => process.exit(code), (err) => {
  console.error(`test-all: ${err.message}`);
  console.log('0 passed, 1 failed');
  process.exit(1);
});
