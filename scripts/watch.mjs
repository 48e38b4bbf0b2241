// @ts-check
// Rebuilds dist/extension.js on every change (for F5 debugging); same options as scripts/build.mjs.
import { context } from 'esbuild';

const ctx = await context({
  entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'],
  bundle: true, platform: 'node', target: 'node18', format: 'cjs', sourcemap: true, logLevel: 'info',
});
await ctx.watch();
