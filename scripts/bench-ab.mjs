#!/usr/bin/env node
// @ts-check
// Compares two builds of the analysis core in one process: passes over the shared corpus with
// build A, wink-nlp's readDoc + POS and build B are interleaved, so the machine's changing speed
// (wink's own passes vary by a third between runs here) falls on all three alike. It prints
// medians and ratios; it asserts nothing.
//
//   node scripts/bench-ab.mjs OLD_CORE_JS [NEW_CORE_JS] [--reps N]
//
// NEW_CORE_JS defaults to dist/core.js (npm run build). To get an older build's bundle:
//   git worktree add /tmp/old REV && ln -s "$PWD/node_modules" /tmp/old/ && (cd /tmp/old && node scripts/build.mjs)
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const articlesDir = path.resolve(root, '..', 'shared', 'corpus', 'articles');
const require = createRequire(import.meta.url);

const args = process.argv.slice(2);
const repsAt = args.indexOf('--reps');
const REPS = repsAt >= 0 ? Math.max(3, parseInt(args[repsAt + 1], 10) || 11) : 11;
const files = args.filter((a, i) => !a.startsWith('--') && !(repsAt >= 0 && i === repsAt + 1));
const [oldPath, newPath = path.join(root, 'dist', 'core.js')] = files.map((f) => path.resolve(f));
if (!oldPath) {
  console.error('usage: node scripts/bench-ab.mjs OLD_CORE_JS [NEW_CORE_JS] [--reps N]');
  process.exit(2);
}
for (const p of [oldPath, newPath]) {
  if (!existsSync(p)) {
    console.error(`bench-ab: no bundle at ${p}`);
    process.exit(2);
  }
}
if (!existsSync(articlesDir)) {
  console.error(`bench-ab: no corpus at ${articlesDir} (the shared data must sit beside the repo as ../shared)`);
  process.exit(2);
}

const analyzeOld = require(oldPath).analyze;
const analyzeNew = require(newPath).analyze;
/** @type {any} wink-nlp's default export, called as a function */
const winkNLP = require('wink-nlp');
const nlp = winkNLP(require('wink-eng-lite-web-model'));
const texts = readdirSync(articlesDir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(path.join(articlesDir, f), 'utf8'));

/** @param {(text: string) => unknown} fn */
const pass = (fn) => {
  const t = performance.now();
  for (const text of texts) fn(text);
  return performance.now() - t;
};
/** @param {string} text */
const wink = (text) => nlp.readDoc(text).tokens().out(nlp.its.pos);
/** @param {number[]} xs */
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

// One warm-up pass each, then REPS interleaved rounds.
pass(analyzeOld);
pass(wink);
pass(analyzeNew);
const times = { old: /** @type {number[]} */ ([]), wink: /** @type {number[]} */ ([]), new: /** @type {number[]} */ ([]) };
for (let r = 0; r < REPS; r++) {
  times.old.push(pass(analyzeOld));
  times.wink.push(pass(wink));
  times.new.push(pass(analyzeNew));
}
const [o, w, n] = [median(times.old), median(times.wink), median(times.new)];
console.log(`corpus: ${texts.length} articles; medians of ${REPS} interleaved passes`);
console.log(`  A ${path.relative(process.cwd(), oldPath)}: ${o.toFixed(0)} ms, ${(o / w).toFixed(2)}x wink`);
console.log(`  B ${path.relative(process.cwd(), newPath)}: ${n.toFixed(0)} ms, ${(n / w).toFixed(2)}x wink`);
console.log(`  wink readDoc + pos: ${w.toFixed(0)} ms`);
console.log(`  B / A: ${(n / o).toFixed(3)}`);
