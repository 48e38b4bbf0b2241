// The same suite through @vscode/test-electron (downloads a desktop VS Code: needs internet, not available offline).
import path from 'node:path';
import { repoRoot } from './paths.mjs';

export async function runWithElectron(suitePath, workspace) {
  const { runTests } = await import('@vscode/test-electron');
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
    return false;
  }
}
