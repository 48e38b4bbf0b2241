// The worker-thread analyzer: real analyses through the worker; stuck, crashing and memory-hungry
// workers stopped and restarted; never an analysis on the calling thread.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { analyze } from '../../src/core';
import { Analyzer } from '../../src/editor/analyzer';

const root = path.resolve(__dirname, '..', '..', '..');
const SEED = fs.readFileSync(path.join(root, 'examples', 'seed-putin-xi-videoconference.article'), 'utf8');
const WORKER = path.join(root, 'out', 'src', 'editor', 'analyzerWorker.js');

function fixtureModule(name: string, body: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-analyzer-'));
  const file = path.join(dir, name);
  fs.writeFileSync(file, body);
  return file;
}

describe('analyzer worker', function () {
  this.timeout(30000);
  const analyzers: Analyzer[] = [];
  after(() => analyzers.forEach((a) => a.dispose()));
  const make = (entry: string | undefined, timeoutMs = 20000, log?: (m: string) => void, memoryMb?: number): Analyzer => {
    const a = new Analyzer(entry, () => analyze, { timeoutMs, log, memoryMb });
    analyzers.push(a);
    return a;
  };

  it('returns the same analysis as the core, from a worker thread', async () => {
    const a = make(WORKER);
    const viaWorker = await a.analyze(SEED, {});
    assert.strictEqual(a.mode, 'worker');
    const direct = analyze(SEED, {});
    assert.deepStrictEqual({ ...viaWorker, stats: null }, { ...direct, stats: null });
    assert.ok(viaWorker.quotes.length > 0);
  });

  it('passes the options through', async () => {
    const a = make(WORKER);
    const text = '"It is a triumph of hope," the minister harrumphed.';
    const withCue = await a.analyze(text, { extraCues: ['harrumph'] });
    const without = await a.analyze(text, {});
    assert.deepStrictEqual(withCue.quotes.map((q) => q.cue), ['harrumphed']);
    assert.deepStrictEqual(without.quotes.map((q) => q.cue), analyze(text, {}).quotes.map((q) => q.cue));
    assert.notDeepStrictEqual(withCue.quotes, without.quotes);
  });

  it('stops an analysis that never returns, reports it, and keeps working afterwards', async () => {
    const entry = fixtureModule('hangs.js', `
      const { parentPort } = require('worker_threads');
      exports.copydeskAnalyzerWorker = () => parentPort.on('message', (m) => {
        if (m.text === 'hang') for (;;) {}
        parentPort.postMessage({ id: m.id, ok: true, analysis: { quotes: [], claims: [], names: [], hygiene: [], sentences: [], stats: { words: m.text.length, sentences: 0, ms: 0 } } });
      });`);
    const logs: string[] = [];
    const a = make(entry, 400, (m) => logs.push(m));
    assert.strictEqual((await a.analyze('warm up', {})).stats.words, 7);
    const t0 = Date.now();
    await assert.rejects(a.analyze('hang', {}), /longer than 0\.4 s/);
    assert.ok(Date.now() - t0 < 5000);
    assert.ok(logs.some((l) => /stopped/.test(l)), logs.join('\n'));
    assert.strictEqual((await a.analyze('after', {})).stats.words, 5, 'a new worker answers');
    assert.strictEqual(a.mode, 'worker');
  });

  it('reports an analysis error as a rejection with its message', async () => {
    const entry = fixtureModule('throws.js', `
      const { parentPort } = require('worker_threads');
      exports.copydeskAnalyzerWorker = () => parentPort.on('message', (m) => parentPort.postMessage({ id: m.id, ok: false, error: 'tokenizer exploded' }));`);
    await assert.rejects(make(entry).analyze('x', {}), /tokenizer exploded/);
  });

  const STUB = `const { parentPort } = require('worker_threads');
    const answer = (m) => parentPort.postMessage({ id: m.id, ok: true, analysis: { quotes: [], claims: [], names: [], hygiene: [], sentences: [], stats: { words: m.text.length, sentences: 0, ms: 0 } } });`;

  it('never analyzes on this thread when the worker cannot start: a clear error, then recovery once it can', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-late-'));
    const entry = path.join(dir, 'late.js');
    const logs: string[] = [];
    const a = make(entry, 20000, (m) => logs.push(m));
    let localCalls = 0;
    (a as unknown as { loadInProcess: () => unknown }).loadInProcess = () => { localCalls++; return analyze; };
    await assert.rejects(a.analyze('first', {}), /analysis failed: .*Cannot find module/);
    assert.strictEqual(a.mode, 'worker');
    fs.writeFileSync(entry, `${STUB}\nexports.copydeskAnalyzerWorker = () => parentPort.on('message', answer);`);
    // The restart waits out its back-off, then the new worker answers.
    assert.strictEqual((await a.analyze('second', {})).stats.words, 6);
    assert.strictEqual(localCalls, 0, 'nothing ran in-process');
    assert.ok(logs.some((l) => /Analyzer stopped/.test(l)), logs.join('\n'));
  });

  it('times each request from when it starts, not from when it was queued', async () => {
    const entry = fixtureModule('slow.js', `${STUB}
      exports.copydeskAnalyzerWorker = () => parentPort.on('message', (m) => { const end = Date.now() + 300; while (Date.now() < end); answer(m); });`);
    const a = make(entry, 1000);
    // Five requests queued at once take 1.5 s in all, each 0.3 s: none may time out.
    const words = await Promise.all(['a', 'bb', 'ccc', 'dddd', 'eeeee'].map((t) => a.analyze(t, {}).then((r) => r.stats.words)));
    assert.deepStrictEqual(words, [1, 2, 3, 4, 5]);
  });

  it('fails only the stuck request when it restarts; the queued ones still run', async () => {
    const entry = fixtureModule('hang-then.js', `${STUB}
      exports.copydeskAnalyzerWorker = () => parentPort.on('message', (m) => { if (m.text === 'hang') for (;;) {} answer(m); });`);
    const a = make(entry, 400);
    const stuck = a.analyze('hang', {});
    const behind = a.analyze('queued', {});
    await assert.rejects(stuck, /longer than 0\.4 s/);
    assert.strictEqual((await behind).stats.words, 6);
  });

  it('stops a worker that runs out of memory, says so, and answers the next request', async () => {
    const entry = fixtureModule('hog.js', `${STUB}
      exports.copydeskAnalyzerWorker = () => parentPort.on('message', (m) => { if (m.text === 'hog') { const keep = []; for (;;) keep.push(new Array(1e5).fill(keep.length)); } answer(m); });`);
    const a = make(entry, 20000, undefined, 64);
    await assert.rejects(a.analyze('hog', {}), /more than the analyzer's 64 MB of memory/);
    assert.strictEqual((await a.analyze('after', {})).stats.words, 5);
  });
});
