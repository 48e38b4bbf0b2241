#!/usr/bin/env node
// @ts-check
// npm run test:e2e — Playwright drives VS Code (offline code-server + headless Chromium) like an editor would.
// Screenshots of each step go to test-results/e2e/; passing ones are also copied to docs/screenshots/
// (not under CI, or with --no-docs). A failing step saves a *-FAILED.png and prints the extension host log.
// --web runs the same steps on the browser build in code-server's web worker extension host
// (screenshots in test-results/e2e-web/, never copied to docs), then checks the Node host never ran it.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startSession } from '../../scripts/vscode-offline/session.mjs';
import { extensionId } from '../../scripts/vscode-offline/vsix.mjs';
import { steps, KEYBINDINGS } from './steps.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);
const web = args.includes('--web');
const outDir = path.join(repoRoot, 'test-results', web ? 'e2e-web' : 'e2e');
const docsDir = path.join(repoRoot, 'docs', 'screenshots');
const updateDocs = !web && !args.includes('--no-docs') && process.env.CI !== 'true';
// An extension with both "main" and "browser" runs in the Node host unless the user settings say "web".
const hostSettings = web ? { 'remote.extensionKind': { [extensionId()]: ['web'] } } : {};
const only = args.filter((a) => !a.startsWith('--'));
const STEP_TIMEOUT_MS = Number(process.env.COPYDESK_E2E_STEP_TIMEOUT_MS || 60000);

const withTimeout = (promise, ms, what) => {
  let timer;
  return Promise.race([promise, new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms / 1000} s`)), ms); })])
    .finally(() => clearTimeout(timer));
};

async function main() {
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(outDir, { recursive: true });
  const started = Date.now();
  const session = await startSession({ folder: path.join(repoRoot, 'examples'), settings: { 'editor.wordWrap': 'on', ...hostSettings }, keybindings: KEYBINDINGS });
  const { page } = session;
  let passed = 0;
  let failed = 0;
  try {
    console.log('\ne2e steps in VS Code (code-server, headless Chromium):');
    for (const [i, step] of steps.entries()) {
      if (only.length && !only.includes(step.name) && i > 0) continue; // the first step opens the article
      if (web && step.nodeOnly) continue;
      const shot = path.join(outDir, `${String(i + 1).padStart(2, '0')}-${step.name}`);
      const t0 = Date.now();
      try {
        const detail = await withTimeout(step.run(page), STEP_TIMEOUT_MS, step.name);
        await page.screenshot({ path: `${shot}.png` });
        if (updateDocs) {
          fs.mkdirSync(docsDir, { recursive: true });
          fs.copyFileSync(`${shot}.png`, path.join(docsDir, `${step.name}.png`));
        }
        passed++;
        console.log(`  ✔ ${step.title} (${Date.now() - t0} ms)\n      ${detail || ''}`);
      } catch (err) {
        failed++;
        await page.screenshot({ path: `${shot}-FAILED.png` }).catch(() => {});
        console.log(`  ✘ ${step.title} (${Date.now() - t0} ms)\n      ${err.message.split('\n')[0]}\n      screenshot: ${path.relative(repoRoot, shot)}-FAILED.png`);
        await page.keyboard.press('Escape').catch(() => {});
      }
    }
    if (web) {
      // The steps saw Copydesk work; this says it was not the Node host's copy that did.
      const node = nodeHostActivations(session.sessionDir);
      if (node.logs === 0 || node.lines.length) {
        failed++;
        console.log(`  ✘ the web build ran in the web worker host\n      ${node.logs ? `the Node extension host activated Copydesk: ${node.lines[0]}` : 'no Node extension host log to check'}`);
      } else {
        passed++;
        console.log('  ✔ the web build ran in the web worker host (the Node extension host never activated Copydesk)');
      }
    }
    if (failed) console.log(`\nextension host log:\n${session.logs()}`);
  } finally {
    await session.close();
  }
  console.log(`\ne2e run took ${((Date.now() - started) / 1000).toFixed(1)} s; screenshots in ${path.relative(repoRoot, outDir)}/`);
  console.log(`${passed} passed, ${failed} failed`);
  return failed === 0 && passed > 0;
}

/** The Node (remote) extension host logs, and their lines saying Copydesk was activated there. */
function nodeHostActivations(sessionDir) {
  const found = { logs: 0, lines: /** @type {string[]} */ ([]) };
  const walk = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name === 'remoteexthost.log') {
        found.logs++;
        found.lines.push(...fs.readFileSync(p, 'utf8').split('\n').filter((l) => l.includes(`_doActivateExtension ${extensionId()},`)));
      }
    }
  };
  walk(path.join(sessionDir, 'user-data', 'logs'));
  return found;
}

main().then((ok) => process.exit(ok ? 0 : 1), (err) => {
  console.error(`[vscode] test:e2e failed: ${err.message}`);
  if (err.extHostLog) console.error(err.extHostLog);
  console.log('0 passed, 1 failed');
  process.exit(1);
});
