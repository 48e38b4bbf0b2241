// @ts-check
// Starts code-server (VS Code server + web client) on a free loopback port and installs VSIX files offline.
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { node24, codeServerEntry } from './paths.mjs';

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (srv.address());
      srv.close(() => resolve(port));
    });
  });
}

// Environment for every code-server process: its config and state go under the session folder, not $HOME.
function serverEnv(sessionDir, extra = {}) {
  return {
    ...process.env,
    XDG_CONFIG_HOME: path.join(sessionDir, 'config'),
    XDG_DATA_HOME: path.join(sessionDir, 'data'),
    ...extra,
  };
}

export function installExtension(sessionDir, extensionsDir, vsixFile) {
  const r = spawnSync(node24, [codeServerEntry, '--extensions-dir', extensionsDir, '--install-extension', vsixFile, '--force'], {
    env: serverEnv(sessionDir), encoding: 'utf8', timeout: 120000,
  });
  const out = `${r.stdout || ''}${r.stderr || ''}`;
  if (r.error || r.status !== 0 || !/successfully installed/i.test(out)) {
    throw new Error(`installing ${path.basename(vsixFile)} failed (${r.error ? r.error.message : `exit ${r.status}`}): ${out.trim().split('\n').slice(-3).join(' | ')}`);
  }
}

// Resolves when the server prints "HTTP server listening"; rejects after timeoutMs or if the process exits first.
export async function startServer({ sessionDir, extensionsDir, userDataDir, folder, env = {}, timeoutMs = 60000 }) {
  const port = await freePort();
  const logFile = path.join(sessionDir, 'code-server.log');
  const logStream = fs.createWriteStream(logFile);
  const args = [
    codeServerEntry, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
    '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir, folder,
  ];
  const child = spawn(node24, args, { env: serverEnv(sessionDir, env), stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  const onData = (chunk) => { output += chunk; logStream.write(chunk); };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));

  // code-server runs in its own process group (so the extension host dies with it): kill that group if this
  // process exits or is interrupted before stop() ran, so no server outlives a cancelled run.
  const killGroup = () => { try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ } };
  const onSignal = (signal) => { killGroup(); process.exit(signal === 'SIGINT' ? 130 : 143); };
  process.on('exit', killGroup);
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  const stop = async () => {
    process.off('exit', killGroup);
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    if (child.exitCode === null && child.signalCode === null) {
      try { process.kill(-child.pid, 'SIGTERM'); } catch { /* already gone */ }
      const timer = setTimeout(() => { try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ } }, 5000);
      await exited;
      clearTimeout(timer);
    }
    // The extension host and other helpers share the process group: make sure none survives.
    try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ }
    logStream.end();
  };

  try {
    await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`code-server did not start within ${timeoutMs / 1000} s; log: ${logFile}`)), timeoutMs);
      const check = () => { if (/HTTP server listening/.test(output)) { clearTimeout(timer); resolve(); } };
      child.stdout.on('data', check);
      child.stderr.on('data', check);
      exited.then(({ code, signal }) => { clearTimeout(timer); reject(new Error(`code-server exited early (${code ?? signal}): ${output.trim().split('\n').slice(-3).join(' | ')}`)); });
    });
  } catch (err) {
    await stop();
    throw err;
  }
  // Why the server can no longer finish a run (server or extension host gone), or null.
  const failure = () => {
    if (child.exitCode !== null || child.signalCode !== null) return `code-server exited (${child.exitCode ?? child.signalCode})`;
    const m = /.*Extension Host Process exited with code.*|.*Extension host terminated unexpectedly.*/.exec(output);
    return m ? `the extension host exited: ${m[0].trim()}` : null;
  };
  return { port, url: `http://127.0.0.1:${port}/`, logFile, stop, output: () => output, failure };
}
