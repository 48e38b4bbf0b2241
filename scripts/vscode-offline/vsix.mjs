// @ts-check
// Builds the VSIX files a session installs: the Copydesk extension (npm run package) and the test-runner helper.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { repoRoot } from './paths.mjs';

const vsceBin = path.join(repoRoot, 'node_modules', '@vscode', 'vsce', 'vsce');
export const runnerDir = path.join(repoRoot, 'test', 'runner-extension');

function run(cmd, args, opts) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: 300000, ...opts });
  if (r.error || r.status !== 0) {
    const out = `${r.stdout || ''}${r.stderr || ''}`.trim().split('\n').slice(-15).join('\n');
    throw new Error(`${cmd} ${args.join(' ')} failed (${r.error ? r.error.message : `exit ${r.status}`}):\n${out}`);
  }
  return r.stdout;
}

function readPkg() {
  return JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
}

// Builds (esbuild) and packages the extension into outDir (a private path, so concurrent runs in the same
// tree never share a half-written file); returns the VSIX path. COPYDESK_VSIX skips packaging.
export function packageExtension(outDir, { build = true } = {}) {
  if (process.env.COPYDESK_VSIX) return path.resolve(process.env.COPYDESK_VSIX);
  const pkg = readPkg();
  // The editor's package script may build by itself; otherwise bundle first.
  const packageBuilds = /npm run build|vscode:prepublish/.test(String(pkg.scripts && pkg.scripts.package)) || Boolean(pkg.scripts && pkg.scripts['vscode:prepublish']);
  if (build && !packageBuilds) run('npm', ['run', 'build', '--silent'], { cwd: repoRoot });
  fs.mkdirSync(outDir, { recursive: true });
  const out = path.join(outDir, 'copydesk.vsix');
  fs.rmSync(out, { force: true });
  // `npm run package -- -o FILE`: vsce keeps the last -o, so the editor's package script decides everything else.
  // --no-rewrite-relative-links: README images need a repository URL otherwise, irrelevant for a test install.
  const extra = ['-o', out, '--no-rewrite-relative-links'];
  const pack = () => (pkg.scripts && pkg.scripts.package
    ? run('npm', ['run', 'package', '--silent', '--', ...extra], { cwd: repoRoot })
    : run(process.execPath, [vsceBin, 'package', '--no-dependencies', '--allow-missing-repository', ...extra], { cwd: repoRoot }));
  // vsce fails when a file changes while it zips ("unexpected number of bytes"): retry once.
  try { pack(); } catch (err) {
    if (!/unexpected number of bytes/.test(err.message)) throw err;
    pack();
  }
  if (!fs.existsSync(out)) throw new Error(`npm run package did not write ${out}`);
  return out;
}

export function extensionId() {
  const pkg = readPkg();
  return `${pkg.publisher}.${pkg.name}`;
}

export function packageRunner(outDir) {
  const out = path.join(outDir, 'copydesk-test-runner.vsix');
  run(process.execPath, [vsceBin, 'package', '--no-dependencies', '--allow-missing-repository', '--skip-license', '-o', out], { cwd: runnerDir });
  return out;
}
