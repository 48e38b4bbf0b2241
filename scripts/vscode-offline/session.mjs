// @ts-check
// One disposable VS Code session: fresh extensions + user-data dirs, our VSIX and the runner installed,
// code-server on a free port, the workbench open in headless Chromium. Always close() it (finally).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureToolchain } from './install.mjs';
import { startServer, installExtension } from './server.mjs';
import { openWorkbench } from './browser.mjs';
import { packageExtension, packageRunner } from './vsix.mjs';

const userSettings = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'chat.disableAIFeatures': true,
  'chat.commandCenter.enabled': false,
  'git.enabled': false,
  // code-server saves a dirty file a second after an edit unless told not to; a test that saves
  // (the onSave mode) must be the only one saving, or its save() races the auto-save and loses.
  'files.autoSave': 'off',
  'window.commandCenter': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.auxiliaryBar.visible': false,
};

export const log = (msg) => console.error(`[vscode] ${msg}`);

/**
 * @param {{ folder?: string, runnerEnv?: Record<string, string>, vsix?: string, openBrowser?: boolean, settings?: Record<string, unknown>, keybindings?: unknown[] }} [options]
 */
export async function startSession({ folder, runnerEnv = {}, vsix, openBrowser = true, settings = {}, keybindings = [] } = {}) {
  ensureToolchain();
  const sessionDir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-vscode-'));
  const extensionsDir = path.join(sessionDir, 'extensions');
  const userDataDir = path.join(sessionDir, 'user-data');
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.writeFileSync(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify({ ...userSettings, ...settings }, null, 2));
  // Keybindings can carry command arguments: the only way a UI step can run a scripted command.
  fs.writeFileSync(path.join(userDataDir, 'User', 'keybindings.json'), JSON.stringify(keybindings, null, 2));
  const resultFile = path.join(sessionDir, 'result.json');

  let server;
  let workbench;
  const removeDir = () => {
    if (process.env.COPYDESK_KEEP_SESSION !== '1') fs.rmSync(sessionDir, { recursive: true, force: true });
  };
  process.on('exit', removeDir); // also when interrupted (server.mjs exits on SIGINT/SIGTERM)
  const close = async () => {
    if (workbench) await workbench.close();
    if (server) await server.stop();
    process.off('exit', removeDir);
    removeDir();
  };
  try {
    const ours = vsix || packageExtension(sessionDir);
    log(`installing ${path.basename(ours)} and the test runner`);
    installExtension(sessionDir, extensionsDir, ours);
    installExtension(sessionDir, extensionsDir, packageRunner(sessionDir));
    server = await startServer({
      sessionDir, extensionsDir, userDataDir, folder,
      env: { COPYDESK_RUNNER_RESULT: resultFile, ...runnerEnv },
    });
    log(`code-server listening on ${server.url}`);
    if (openBrowser) workbench = await openWorkbench(server.url, { folder });
  } catch (err) {
    const logs = collectLogs(sessionDir);
    await close();
    err.extHostLog = logs;
    throw err;
  }
  return {
    sessionDir, resultFile, server, workbench, page: workbench && workbench.page, close,
    waitForResult: (timeoutMs) => waitForFile(resultFile, timeoutMs, server.failure),
    logs: () => `${browserErrors(workbench)}${collectLogs(sessionDir)}`,
  };
}

// Errors the workbench page logged (failed extension activation, uncaught exceptions), as text.
function browserErrors(workbench) {
  if (!workbench) return '';
  const errors = workbench.consoleLines.filter((l) => /^\[(error|pageerror)\]/.test(l))
    .filter((l) => !/open-vsx\.org|ERR_NAME_NOT_RESOLVED|status of 404|authentication provider 'github'/.test(l)).slice(-20);
  return errors.length ? `----- browser console errors (last ${errors.length}) -----\n${errors.map((l) => l.split('\n').slice(0, 4).join('\n')).join('\n')}\n` : '';
}

// Resolves with the parsed JSON file; rejects after timeoutMs, or early when failure() names a reason.
export async function waitForFile(file, timeoutMs, failure = () => null) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, 'utf8'));
    const reason = failure();
    if (reason) throw new Error(`no result: ${reason}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`no result after ${Math.round(timeoutMs / 1000)} s (${file})`);
}

function walk(dir, out = []) {
  let entries;
  try { entries = fs.readdirSync(dir, { withFileTypes: true }); } catch { return out; }
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, out); else out.push(p);
  }
  return out;
}

// The extension host log(s) and the server log, as text (last lines of each).
export function collectLogs(sessionDir, maxLines = 200) {
  const files = walk(path.join(sessionDir, 'user-data', 'logs'))
    .filter((f) => /^(remote)?exthost\.log$/i.test(path.basename(f)) || /copydesk/i.test(path.basename(f)) || /copydesk\./i.test(f));
  files.push(path.join(sessionDir, 'code-server.log'));
  return files.filter((f) => fs.existsSync(f) && fs.statSync(f).size > 1).map((f) => {
    const lines = fs.readFileSync(f, 'utf8').trimEnd().split('\n');
    return `----- ${path.relative(sessionDir, f)} (last ${Math.min(maxLines, lines.length)} lines) -----\n${lines.slice(-maxLines).join('\n')}`;
  }).join('\n');
}
