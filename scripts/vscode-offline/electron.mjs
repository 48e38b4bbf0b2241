// @ts-check
// The same suite through @vscode/test-electron (downloads a desktop VS Code: needs internet, not available offline).
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { repoRoot } from './paths.mjs';

export async function runWithElectron(suitePath, workspace) {
  const { runTests } = await import('@vscode/test-electron');
  // The extension runs from the working tree (extensionDevelopmentPath): bundle it first.
  const build = spawnSync('npm', ['run', 'build', '--silent'], { cwd: repoRoot, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('npm run build failed');
  try {
    await runTests({
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: path.resolve(suitePath),
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust'],
      version: process.env.COPYDESK_VSCODE_VERSION || 'stable',
    });
    return true;
  } catch (err) {
    console.error(`[vscode] electron run failed: ${err && err.message || err}`);
    console.log('\n0 passed, 1 failed');
    return false;
  }
}
