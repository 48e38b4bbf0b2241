#!/usr/bin/env node
// Thin launcher: the CLI is bundled into dist/cli.js by `npm run build`.
try {
  require('../dist/cli.js').run();
} catch (err) {
  if (err && err.code === 'MODULE_NOT_FOUND' && /dist[\\/]cli\.js/.test(String(err.message))) {
    console.error('copydesk: not built yet; run `npm run build` first');
    process.exit(2);
  }
  throw err;
}
