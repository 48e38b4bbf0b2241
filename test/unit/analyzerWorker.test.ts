// The worker-thread analyzer: real analyses through the worker, stuck analyses stopped, fallback in-process.
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
  const make = (entry: string | undefined, timeoutMs = 20000, log?: (m: string) => void): Analyzer => {
    const a = new Analyzer(entry, () => analyze, timeoutMs, log);
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

  it('falls back to analyzing in-process when the worker cannot start', async () => {
    const logs: string[] = [];
    const a = make(path.join(os.tmpdir(), 'no-such-copydesk-entry.js'), 20000, (m) => logs.push(m));
    const result = await a.analyze(SEED, {});
    assert.strictEqual(a.mode, 'in-process');
    assert.ok(result.quotes.length > 0);
    assert.ok(logs.some((l) => /in-process/.test(l)), logs.join('\n'));
  });
});
