// @ts-check
// Bundles the extension and the CLI with esbuild; tests are compiled by tsc (npm run compile).
import { build } from 'esbuild';

/** @type {import('esbuild').BuildOptions} */
const common = { bundle: true, platform: 'node', target: 'node18', format: 'cjs', sourcemap: true, logLevel: 'warning' };

/**
 * The web build (VS Code for the Web's web worker extension host): no Node built-ins, so an import
 * of one fails the build. The "worker" condition picks packages' worker entries over their DOM
 * ones (decode-named-character-reference's "browser" entry needs a document, which a worker lacks).
 * @type {import('esbuild').BuildOptions}
 */
const web = { bundle: true, platform: 'browser', target: 'es2022', conditions: ['worker'], sourcemap: true, minify: true, logLevel: 'warning' };

/** Puts each editor module's web twin in place of its Node version: editor/analyzerHost.web.ts (a Web
 * Worker) for editor/analyzerHost.ts (a worker thread), editor/deskFiles.web.ts for editor/deskFiles.ts. */
/** @type {import('esbuild').Plugin} */
const webAnalyzerHost = {
  name: 'web-analyzer-host',
  setup(b) {
    b.onResolve({ filter: /\/(analyzerHost|deskFiles)$/ }, (args) => ({ path: `${args.resolveDir}/${args.path}.web.ts` }));
  },
};

await Promise.all([
  build({ ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'], minify: true }),
  // The analysis core (with the wink model) runs in a worker thread from its own bundle.
  build({ ...common, entryPoints: ['src/editor/analyzerWorker.ts'], outfile: 'dist/analyzerWorker.js', minify: true }),
  // package.json "browser": the same extension for the web worker extension host...
  build({ ...web, entryPoints: ['src/extension.ts'], outfile: 'dist/web/extension.js', format: 'cjs', external: ['vscode'], plugins: [webAnalyzerHost] }),
  // ...whose analyses run in a Web Worker started from this script (global copydeskAnalyzer).
  build({ ...web, entryPoints: ['src/editor/webAnalyzerWorker.ts'], outfile: 'dist/web/analyzerWorker.js', format: 'iife', globalName: 'copydeskAnalyzer' }),
  build({ ...common, entryPoints: ['src/cli.ts'], outfile: 'dist/cli.js' }),
  // The bare analysis core, for scripts/bench.mjs (not shipped: .vscodeignore keeps only dist/extension.js).
  build({ ...common, entryPoints: ['src/core/index.ts'], outfile: 'dist/core.js' }),
  // The Markdown front end, for scripts/bench.mjs's Markdown line (not shipped either).
  build({ ...common, entryPoints: ['src/markdown/index.ts'], outfile: 'dist/markdown.js' }),
]);
