#!/usr/bin/env node
// @ts-check
// Benchmark of the bundled analysis core (dist/core.js, built by scripts/build.mjs) over the
// shared corpus: throughput, cost relative to wink-nlp's own tokenize + POS pass on the same
// texts, the largest article, and a linearity check. It prints figures; it asserts nothing.
//
//   npm run bench                      (builds first)
//   node scripts/bench.mjs [--reps N]  (N timed corpus passes, default 5; medians reported. Single-text
//                                       timings take at least 5 runs, more until they add up to 500 ms.)
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const articlesDir = path.resolve(root, '..', 'shared', 'corpus', 'articles');
const corePath = path.join(root, 'dist', 'core.js');
const require = createRequire(import.meta.url);

const repsArg = process.argv.indexOf('--reps');
const REPS = repsArg >= 0 ? Math.max(1, parseInt(process.argv[repsArg + 1], 10) || 5) : 5;

if (!existsSync(corePath)) {
  console.error(`bench: ${path.relative(root, corePath)} is missing; run \`npm run bench\` (it builds first)`);
  process.exit(2);
}
if (!existsSync(articlesDir)) {
  console.error(`bench: no corpus at ${articlesDir} (the shared data must sit beside the repo as ../shared)`);
  process.exit(2);
}

const { analyze } = require(corePath);
/** @type {any} wink-nlp's default export, called as a function */
const winkNLP = require('wink-nlp');
const model = require('wink-eng-lite-web-model');
const nlp = winkNLP(model);
const its = nlp.its;

/** The baseline: what wink-nlp itself costs to read a text and tag parts of speech (default pipes). */
const winkPass = (text) => nlp.readDoc(text).tokens().out(its.pos);
/** The same with only the pipes the core loads (sbd, pos): what is left is the cost of our rules. */
const lean = winkNLP(model, ['sbd', 'pos']);
const leanPass = (text) => lean.readDoc(text).tokens().out(lean.its.pos);
/** Words as wink counts them: word and number tokens (no punctuation, spaces or symbols). */
const countWords = (text) => nlp.readDoc(text).tokens().out(its.type).filter((t) => t === 'word' || t === 'number').length;

const now = () => performance.now();
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const timeOnce = (fn) => {
  const t0 = now();
  fn();
  return now() - t0;
};
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
/** [wall-clock ms, process CPU ms] of one call. */
const timeBoth = (fn) => {
  const c0 = cpuMs();
  const wall = timeOnce(fn);
  return [wall, cpuMs() - c0];
};
/**
 * Medians of at least n timings of fn, taking more (up to 200) until they add up to 500 ms, so
 * short runs are not all noise: { wall, cpu } in ms.
 */
const timeMedian = (fn, n) => {
  const walls = [];
  const cpus = [];
  let total = 0;
  while (walls.length < n || (total < 500 && walls.length < 200)) {
    const [w, c] = timeBoth(fn);
    walls.push(w);
    cpus.push(c);
    total += w;
  }
  return { wall: median(walls), cpu: median(cpus) };
};

const int = (n) => Math.round(n).toLocaleString('en-US');
const ms = (n) => (n >= 100 ? int(n) : n.toFixed(1)) + ' ms';
const table = (rows, align) => {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
  return rows
    .map((r) => '  ' + r.map((v, c) => (align[c] === 'l' ? String(v).padEnd(widths[c]) : String(v).padStart(widths[c]))).join('   ').trimEnd())
    .join('\n');
};

const articles = readdirSync(articlesDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((name) => {
    const text = readFileSync(path.join(articlesDir, name), 'utf8');
    return { name, text, words: countWords(text) };
  });
const totalWords = articles.reduce((n, a) => n + a.words, 0);
const totalChars = articles.reduce((n, a) => n + a.text.length, 0);

let commit = 'unknown';
try {
  commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  if (dirty) commit += ' (src/ has uncommitted changes)';
} catch {
  /* not a git checkout */
}

console.log(`Copydesk benchmark: dist/core.js at ${commit}`);
console.log(`node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'} x${cpus().length}, load average ${loadavg()[0].toFixed(2)}, ${new Date().toISOString()}`);
console.log(`corpus: ${articles.length} articles in ${path.relative(root, articlesDir)}, ${int(totalChars)} chars, ${int(totalWords)} words (wink word+number tokens)`);
console.log(`timings: median of ${REPS} passes after one warm-up pass; analyze() and wink passes interleaved`);
console.log('');

// --- Whole corpus ---------------------------------------------------------------------------
const analyzeAll = () => {
  for (const a of articles) analyze(a.text);
};
const winkAll = () => {
  for (const a of articles) winkPass(a.text);
};
const leanAll = () => {
  for (const a of articles) leanPass(a.text);
};
analyzeAll();
winkAll();
leanAll();
// Wall-clock figures, with process CPU time beside them: on a busy machine (load average above
// the CPU count) wall-clock mostly measures waiting.
const analyzeTimes = [];
const winkTimes = [];
const analyzeCpu = [];
const winkCpu = [];
const leanTimes = [];
const leanCpu = [];
for (let i = 0; i < REPS; i++) {
  const [aw, ac] = timeBoth(analyzeAll);
  const [ww, wc] = timeBoth(winkAll);
  const [lw, lc] = timeBoth(leanAll);
  leanTimes.push(lw);
  leanCpu.push(lc);
  analyzeTimes.push(aw);
  analyzeCpu.push(ac);
  winkTimes.push(ww);
  winkCpu.push(wc);
}
const tA = median(analyzeTimes);
const tW = median(winkTimes);
const cA = median(analyzeCpu);
const cW = median(winkCpu);
console.log('Whole corpus, one pass');
console.log(
  table(
    [
      ['', 'analyze()', 'wink readDoc + pos', 'analyze / wink'],
      ['pass time (median)', ms(tA), ms(tW), (tA / tW).toFixed(2) + 'x'],
      ['words per second', int((totalWords / tA) * 1000), int((totalWords / tW) * 1000), ''],
      ['all passes (ms)', analyzeTimes.map((t) => int(t)).join(' '), winkTimes.map((t) => int(t)).join(' '), ''],
      ['process CPU time (median)', ms(cA), ms(cW), (cA / cW).toFixed(2) + 'x'],
      ['wink with the core\'s pipes only (sbd, pos)', '', ms(median(leanTimes)), (tA / median(leanTimes)).toFixed(2) + 'x'],
      ['  process CPU time (median)', '', ms(median(leanCpu)), (cA / median(leanCpu)).toFixed(2) + 'x'],
    ],
    ['l', 'r', 'r', 'r'],
  ),
);
console.log('');

// --- Largest article ------------------------------------------------------------------------
const largest = articles.reduce((a, b) => (b.words > a.words ? b : a));
analyze(largest.text);
const { wall: largestA, cpu: largestAc } = timeMedian(() => analyze(largest.text), 5);
const { wall: largestW, cpu: largestWc } = timeMedian(() => winkPass(largest.text), 5);
console.log(`Largest article: ${largest.name}`);
console.log(
  table(
    [
      ['words', 'analyze() (median)', 'wink (median)', 'analyze / wink', 'CPU: analyze', 'CPU: wink'],
      [int(largest.words), ms(largestA), ms(largestW), (largestA / largestW).toFixed(2) + 'x', ms(largestAc), ms(largestWc)],
    ],
    ['r', 'r', 'r', 'r', 'r', 'r'],
  ),
);
console.log('');

// --- Linearity ------------------------------------------------------------------------------
const bySize = [...articles].sort((a, b) => a.words - b.words);
const mid = bySize[bySize.length >> 1];
console.log(`Linearity: ${mid.name} (median size, ${int(mid.words)} words) repeated, joined by blank lines; medians of >= 5 runs`);
const rows = [['copies', 'words', 'analyze()', 'ms / 1000 words', 'CPU ms / 1000 words', 'wink ms / 1000 words']];
const perK = [];
const perKcpu = [];
for (const k of [1, 2, 4, 8]) {
  const text = Array.from({ length: k }, () => mid.text).join('\n\n');
  const words = countWords(text);
  analyze(text);
  const { wall: a, cpu: ac } = timeMedian(() => analyze(text), 5);
  const { wall: w } = timeMedian(() => winkPass(text), 5);
  perK.push((a / words) * 1000);
  perKcpu.push((ac / words) * 1000);
  rows.push([`${k}x`, int(words), ms(a), ((a / words) * 1000).toFixed(2), ((ac / words) * 1000).toFixed(2), ((w / words) * 1000).toFixed(2)]);
}
console.log(table(rows, ['l', 'r', 'r', 'r', 'r', 'r']));
const ratio = (xs) => (xs[xs.length - 1] / xs[0]).toFixed(2);
console.log(`  8x vs 1x per 1000 words: wall ${ratio(perK)}, CPU ${ratio(perKcpu)} (1.00 = perfectly linear)`);

// --- Markdown -------------------------------------------------------------------------------
// Every article as a Markdown draft: front matter, its first line as a heading, names as links,
// every tenth word in emphasis, and a fenced code block per article (not analysed).
const toMarkdown = (text) => {
  const [head, ...rest] = text.split('\n');
  let n = 0;
  const body = rest.join('\n')
    .replace(/\b([A-Z][a-z]+ [A-Z][a-z]+)\b/g, (m) => `[${m}](https://example.com/${m.replace(' ', '-').toLowerCase()})`)
    .replace(/\b([a-z]{4,})\b/g, (w) => (++n % 10 ? w : `*${w}*`));
  return `---\ntitle: "${head.replace(/"/g, "'")}"\n---\n\n# ${head}\n\n${body}\n\n\`\`\`\n"Not prose," said Code Sample.\n\`\`\`\n`;
};
const { analyzeDraft, maskMarkdown } = require(path.join(root, 'dist', 'markdown.js'));
const drafts = articles.map((a) => toMarkdown(a.text));
const mdChars = drafts.reduce((s, d) => s + d.length, 0);
const mdAll = () => { for (const d of drafts) analyzeDraft(d, { language: 'markdown' }); };
const maskAll = () => { for (const d of drafts) maskMarkdown(d); };
mdAll();
const tMd = timeMedian(mdAll, REPS).wall;
const tMask = timeMedian(maskAll, REPS).wall;
const tArt = timeMedian(analyzeAll, REPS).wall;
console.log('');
console.log(`Markdown: the ${articles.length} articles as Markdown drafts (${int(mdChars)} chars: front matter, heading, links, emphasis, a code block each)`);
console.log(
  table(
    [
      ['', 'pass time (median)', 'words per second', 'vs the articles'],
      ['analyzeDraft(markdown)', ms(tMd), int((totalWords / tMd) * 1000), (tMd / tArt).toFixed(2) + 'x'],
      ['  of which maskMarkdown (micromark)', ms(tMask), '', (tMask / tArt).toFixed(2) + 'x'],
      ['analyze(article)', ms(tArt), int((totalWords / tArt) * 1000), '1.00x'],
    ],
    ['l', 'r', 'r', 'r'],
  ),
);

// Hostile drafts (issue "never freeze the editor"): each must stay far from the seconds it took
// before; the figures are printed, not asserted.
const outDir = path.join(root, 'out', 'src');
if (existsSync(path.join(outDir, 'core', 'findings.js'))) {
  const { findingsOf } = require(path.join(outDir, 'core', 'findings.js'));
  const { headingsOf, sectionEnds } = require(path.join(outDir, 'editor', 'outline.js'));
  const { maskNotes } = require(path.join(outDir, 'core', 'hygiene.js'));
  const time = (fn) => {
    const t0 = performance.now();
    fn();
    return performance.now() - t0;
  };
  const variants = Array.from({ length: 10_000 }, (_, i) => `Brudzi${'ńnñ'[i % 3]}ski${i}`);
  const fakeAnalysis = { quotes: [], claims: [], hygiene: [], sentences: [], stats: { words: 0, sentences: 0, ms: 0 },
    names: [{ name: 'Joachim Brudziński', kind: 'person', role: null, mentions: [], variants, quotes: [],
      misspellings: variants.map((text, i) => ({ start: i * 20, end: i * 20 + text.length, text })) }] };
  const hostile = [
    ['1 MB of "[[" (note masking)', () => maskNotes('[['.repeat(500_000))],
    ['60,000 unclosed "[[sourced" markers (analyze)', () => analyze('[[sourced '.repeat(60_000))],
    ['10,000 misspelt variants of one surname (findingsOf)', () => findingsOf(fakeAnalysis, 'x'.repeat(200_000))],
    ['a "#" line and 80,000 spaces (outline)', () => headingsOf(`# ${' '.repeat(80_000)}x\n`)],
    ['40,000 "# a" lines (outline and section ends)', () => { const h = headingsOf('# a\n'.repeat(40_000)); sectionEnds(h, 160_000); }],
    ['". " 50,000 times on one line (outline)', () => headingsOf('. '.repeat(50_000))],
    ['a 100,000-emoji run (analyze)', () => analyze('😀'.repeat(100_000))],
    ['100,000 paragraphs with no quotation mark, then one (analyze)', () => analyze('TK.\n\n'.repeat(100_000) + '"end"')],
    // Descriptions that look back for the person or organisation they mean ("The company said").
    ['5,000 families and organisations, each "The mother/company/54-year-old said" (analyze)', () => analyze(Array.from({ length: 5_000 }, (_, i) => `Ann and Tom Reed${i} met Vellmar Foods${i}. The mother said it was late. The company said it was early. The 54-year-old said no.`).join('\n\n'))],
    ['50,000 nested ">" (Markdown)', () => analyzeDraft('>'.repeat(50_000), { language: 'markdown' })],
    ['50,000 "[" and 10,000 unclosed "[a](" (Markdown)', () => analyzeDraft('['.repeat(50_000) + '[a]('.repeat(10_000), { language: 'markdown' })],
  ];
  console.log('');
  console.log('Hostile drafts (one run each)');
  console.log(table(hostile.map(([label, fn]) => [label, `${time(fn).toFixed(0)} ms`]), ['l', 'r']));
} else {
  console.log('\n(hostile-draft figures need the compiled out/ tree: npm run compile)');
}
