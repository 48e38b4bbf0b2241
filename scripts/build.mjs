// @ts-check
// Bundles the extension and the CLI with esbuild; tests are compiled by tsc (npm run compile).
import { build } from 'esbuild';

/** @type {import('esbuild').BuildOptions} */
const common = { bundle: true, platform: 'node', target: 'node18', format: 'cjs', sourcemap: true, logLevel: 'warning' };

await Promise.all([
  build({ ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'], minify: true }),
  // The analysis core (with the wink model) runs in a worker thread from its own bundle.
  build({ ...common, entryPoints: ['src/editor/analyzerWorker.ts'], outfile: 'dist/analyzerWorker.js', minify: true }),
  build({ ...common, entryPoints: ['src/cli.ts'], outfile: 'dist/cli.js' }),
  // The bare analysis core, for scripts/bench.mjs (not shipped: .vscodeignore keeps only dist/extension.js).
  build({ ...common, entryPoints: ['src/core/index.ts'], outfile: 'dist/core.js' }),
  // The Markdown front end, for scripts/bench.mjs's Markdown line (not shipped either).
  build({ ...common, entryPoints: ['src/markdown/index.ts'], outfile: 'dist/markdown.js' }),
]);
