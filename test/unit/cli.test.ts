// The CLI front end (src/cli.ts): argument parsing, exit codes, the JSON Lines contract that
// ../shared/tools/score-attributions.mjs reads, and error reporting. main() is called in-process
// with collecting writers; one test spawns the real bin/copydesk.js. Tests marked [needs core]
// depend on what analyze() finds and cannot pass against the stub analyze().
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { failsOn, main, parseArgs } from '../../src/cli';
import { findingsOf } from '../../src/core/findings';
import type { Analysis, HygieneKind, Quote } from '../../src/core';
import { REPO_ROOT, SEED_ARTICLE, requireOrSkip } from './helpers';

interface Run {
  code: number;
  out: string[];
  err: string[];
}

function cli(...argv: string[]): Run {
  const out: string[] = [];
  const err: string[] = [];
  const code = main(argv, (s) => out.push(s), (s) => err.push(s));
  return { code, out, err };
}

/** Every line written (a single out()/err() call may hold several lines). */
const lines = (chunks: string[]): string[] => chunks.join('\n').split('\n').filter((l) => l.length);

const seedText = readFileSync(SEED_ARTICLE, 'utf8');
const MISSING = path.join(REPO_ROOT, 'examples', 'no-such-draft.article');

function jsonl(run: Run): Record<string, unknown>[] {
  return lines(run.out).map((l) => JSON.parse(l) as Record<string, unknown>);
}

const isSpan = (x: unknown): boolean => {
  const s = x as { start: unknown; end: unknown };
  return !!s && Number.isInteger(s.start) && Number.isInteger(s.end) && (s.start as number) <= (s.end as number);
};

describe('cli', function () {
  describe('--format jsonl', () => {
    it('prints one record per file with the scorer contract fields', () => {
      const run = cli('--format', 'jsonl', SEED_ARTICLE);
      assert.equal(run.code, 0);
      assert.deepEqual(run.err, []);
      const records = jsonl(run);
      assert.equal(records.length, 1);
      const r = records[0] as { file: unknown; quotes: unknown; claims: unknown; names: unknown };
      assert.equal(r.file, SEED_ARTICLE);
      assert.ok(Array.isArray(r.quotes) && Array.isArray(r.claims) && Array.isArray(r.names), 'quotes, claims and names are arrays');
      for (const q of r.quotes as Record<string, unknown>[]) {
        assert.ok(isSpan(q), `quote span ${JSON.stringify(q)}`);
        assert.ok(q.kind === 'direct' || q.kind === 'indirect', `quote kind ${String(q.kind)}`);
        assert.ok(q.speaker === null || typeof q.speaker === 'string', `quote speaker ${String(q.speaker)}`);
        assert.ok(q.cue === null || typeof q.cue === 'string', `quote cue ${String(q.cue)}`);
      }
      for (const c of r.claims as unknown[]) assert.ok(isSpan(c), `claim span ${JSON.stringify(c)}`);
      for (const n of r.names as Record<string, unknown>[]) {
        assert.equal(typeof n.name, 'string');
        assert.ok(Array.isArray(n.mentions));
        for (const m of n.mentions as unknown[]) assert.ok(isSpan(m), `mention span ${JSON.stringify(m)}`);
      }
    });

    it('accepts --format=jsonl and prints records in argument order', () => {
      const run = cli('--format=jsonl', SEED_ARTICLE, SEED_ARTICLE);
      assert.equal(run.code, 0);
      assert.deepEqual(jsonl(run).map((r) => r.file), [SEED_ARTICLE, SEED_ARTICLE]);
    });

    it('finds a direct quote by Vladimir Putin, the recurring names and claims in the seed [needs core]', () => {
      const r = jsonl(cli('--format', 'jsonl', SEED_ARTICLE))[0] as {
        quotes: { start: number; end: number; kind: string; speaker: string | null; cue: string | null }[];
        claims: { start: number; end: number }[];
        names: { name: string; mentions: { start: number; end: number }[] }[];
      };
      const putin = r.quotes.find((q) => q.kind === 'direct' && /Putin/.test(q.speaker ?? '') &&
        seedText.slice(q.start, q.end).includes('we are defending our principled positions'));
      assert.ok(putin, `no direct quote by Putin over "…we are defending our principled positions" among ${r.quotes.length} quotes`);
      assert.equal(putin.cue, 'said');

      const name = r.names.find((n) => n.name === 'Vladimir Putin');
      assert.ok(name, `no name entry "Vladimir Putin" (names: ${r.names.map((n) => n.name).join(', ')})`);
      assert.ok(name.mentions.length >= 2);
      for (const m of name.mentions) assert.match(seedText.slice(m.start, m.end), /Putin/);

      const careful = seedText.indexOf('China has so far been careful not to provide direct support');
      assert.ok(careful >= 0);
      assert.ok(r.claims.some((c) => c.start <= careful + 10 && c.end > careful + 40),
        'the unattributed "China has so far been careful not to…" sentence is not reported as a claim');
    });
  });

  describe('text format', () => {
    it('groups the seed\'s quotes under Vladimir Putin [needs core]', () => {
      const run = cli(SEED_ARTICLE);
      assert.equal(run.code, 0);
      const report = run.out.join('\n');
      assert.ok(report.startsWith(SEED_ARTICLE), 'the report starts with the file name');
      assert.match(report, /Quotes by speaker/);
      assert.match(report, /^ {4}Vladimir Putin: \d+$/m);
    });
  });

  describe('unreadable files', () => {
    it('reports a missing file on exactly one err line, exits non-zero and still analyzes the others', () => {
      for (const argv of [[MISSING, SEED_ARTICLE], [SEED_ARTICLE, MISSING]]) {
        const run = cli('--format', 'jsonl', ...argv);
        assert.notEqual(run.code, 0, `exit code for ${argv.join(' ')}`);
        const errLines = lines(run.err);
        assert.equal(errLines.length, 1, `err: ${JSON.stringify(run.err)}`);
        assert.ok(errLines[0].includes(MISSING), `err line names the file: ${errLines[0]}`);
        assert.deepEqual(jsonl(run).map((r) => r.file), [SEED_ARTICLE]);
      }
    });

    it('reports a directory given as a file', () => {
      const run = cli('--format', 'jsonl', path.join(REPO_ROOT, 'examples'));
      assert.notEqual(run.code, 0);
      assert.equal(lines(run.err).length, 1);
      assert.match(run.err[0], /examples/);
      assert.deepEqual(run.out, []);
    });

    it('the real bin/copydesk.js prints one line and no stack trace for a missing file', function () {
      this.timeout(30_000);
      const built = path.join(REPO_ROOT, 'dist', 'cli.js');
      requireOrSkip(this, existsSync(built), `${built} (run \`npm run build\`)`);
      const p = spawnSync(process.execPath, [path.join(REPO_ROOT, 'bin', 'copydesk.js'), '--format', 'jsonl', MISSING, SEED_ARTICLE], {
        encoding: 'utf8',
        cwd: REPO_ROOT,
      });
      assert.equal(p.error, undefined);
      assert.notEqual(p.status, 0);
      assert.notEqual(p.status, null, `killed by ${p.signal}`);
      const errLines = p.stderr.split('\n').filter(Boolean);
      assert.equal(errLines.length, 1, `stderr: ${p.stderr}`);
      assert.ok(errLines[0].includes(MISSING));
      assert.doesNotMatch(p.stderr, /^\s+at .+:\d+:\d+\)?$/m, 'no stack frames');
      assert.doesNotMatch(p.stderr, /\b(Error|ENOENT):/);
      const out = p.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as { file: string });
      assert.deepEqual(out.map((r) => r.file), [SEED_ARTICLE]);
    });
  });

  describe('arguments', () => {
    it('rejects an unknown option with exit 2 and the usage text', () => {
      const run = cli('--bogus', SEED_ARTICLE);
      assert.equal(run.code, 2);
      assert.deepEqual(run.out, []);
      const err = run.err.join('\n');
      assert.match(err, /unknown option --bogus/);
      assert.match(err, /^usage: copydesk /m);
    });

    it('rejects an unknown format, a missing option value and no files with exit 2', () => {
      for (const argv of [['--format', 'xml', SEED_ARTICLE], ['--format'], [SEED_ARTICLE, '--fail-on'], []]) {
        const run = cli(...argv);
        assert.equal(run.code, 2, `exit code for ${JSON.stringify(argv)}`);
        assert.deepEqual(run.out, [], `no output for ${JSON.stringify(argv)}`);
        assert.match(run.err.join('\n'), /usage: copydesk/);
      }
    });

    it('prints the usage on --help and exits 0', () => {
      const run = cli('--help');
      assert.equal(run.code, 0);
      assert.match(run.out.join('\n'), /^usage: copydesk /);
      assert.deepEqual(run.err, []);
    });

    it('parses --fail-on lists in both spellings, with spaces and repeats', () => {
      assert.deepEqual([...parseArgs(['--fail-on', 'claims,tk', 'a']).failOn].sort(), ['claims', 'tk']);
      assert.deepEqual([...parseArgs(['--fail-on=quotes', 'a']).failOn], ['quotes']);
      assert.deepEqual([...parseArgs(['--fail-on', ' unattributed , claims ,', '--fail-on', 'claims', 'a']).failOn].sort(), ['claims', 'unattributed']);
      assert.deepEqual(parseArgs(['--fail-on', 'tk', 'a', 'b']).files, ['a', 'b']);
      assert.equal(parseArgs(['a']).failOn.size, 0);
    });

    it('rejects an unknown --fail-on kind, naming it', () => {
      assert.throws(() => parseArgs(['--fail-on', 'claims,typos', 'a']), /unknown --fail-on kind "typos"/);
      assert.throws(() => parseArgs(['--fail-on=Claims', 'a']), /unknown --fail-on kind "Claims"/);
      const run = cli('--fail-on', 'typos', SEED_ARTICLE);
      assert.equal(run.code, 2);
      assert.match(run.err.join('\n'), /typos/);
      assert.deepEqual(run.out, []);
    });

    it('treats everything after -- as files', () => {
      assert.deepEqual(parseArgs(['--', '--format', '-x']).files, ['--format', '-x']);
      assert.equal(parseArgs(['--', '--format']).format, 'text');
    });
  });

  describe('fails()', () => {
    const quote = (speaker: string | null): Quote => ({
      start: 0, end: 5, kind: 'direct', text: 'hello', speaker, nameIndex: -1, speakerSpan: null, cue: speaker ? 'said' : null, cueSpan: null, anonymous: false,
    });
    const hygiene = (kind: HygieneKind) => ({ start: 0, end: 2, kind, message: kind });
    const analysis = (a: Partial<Analysis>): Analysis => ({
      quotes: [], claims: [], names: [], hygiene: [], sentences: [], stats: { words: 0, sentences: 0, ms: 0 }, ...a,
    });
    // failsOn reads the findings the CLI reports, which come from the analysis as in the editor.
    const fails = (a: Analysis, kinds: Set<'claims' | 'unattributed' | 'tk' | 'quotes'>): boolean => failsOn(findingsOf(a, 'hello world'), kinds);
    const ALL = new Set(['claims', 'unattributed', 'tk', 'quotes'] as const);
    const on = (...kinds: ('claims' | 'unattributed' | 'tk' | 'quotes')[]) => new Set(kinds);

    it('is false for a clean analysis and for an empty --fail-on set', () => {
      assert.equal(fails(analysis({}), ALL), false);
      const dirty = analysis({
        quotes: [quote(null)], hygiene: [hygiene('tk'), hygiene('unbalanced-quote')],
        claims: [{ start: 0, end: 3, text: 'abc', kind: 'figure', reason: 'figure without a source' }],
      });
      assert.equal(fails(dirty, on()), false);
    });

    it('fails on tk only for TK placeholders', () => {
      const a = analysis({ hygiene: [hygiene('tk')] });
      assert.equal(fails(a, on('tk')), true);
      assert.equal(fails(a, on('quotes', 'claims', 'unattributed')), false);
    });

    it('fails on quotes for unbalanced and mismatched quotation marks, not for TK', () => {
      for (const kind of ['unbalanced-quote', 'mismatched-quote'] as const) {
        const a = analysis({ hygiene: [hygiene(kind)] });
        assert.equal(fails(a, on('quotes')), true, kind);
        assert.equal(fails(a, on('tk', 'claims', 'unattributed')), false, kind);
      }
    });

    it('fails on claims when there is at least one claim', () => {
      const a = analysis({ claims: [{ start: 0, end: 3, text: 'abc', kind: 'record', reason: 'record without a source' }] });
      assert.equal(fails(a, on('claims')), true);
      assert.equal(fails(a, on('tk', 'quotes', 'unattributed')), false);
    });

    it('fails on unattributed only for quotes with no speaker', () => {
      assert.equal(fails(analysis({ quotes: [quote('Vladimir Putin')] }), on('unattributed')), false);
      assert.equal(fails(analysis({ quotes: [quote('Vladimir Putin'), quote(null)] }), on('unattributed')), true);
      assert.equal(fails(analysis({ quotes: [quote(null)] }), on('claims', 'tk', 'quotes')), false);
    });
  });

  describe('--fail-on exit codes', () => {
    let dir: string;
    const file = (name: string, text: string): string => {
      const p = path.join(dir, name);
      writeFileSync(p, text);
      return p;
    };
    before(() => (dir = mkdtempSync(path.join(tmpdir(), 'copydesk-cli-'))));
    after(() => rmSync(dir, { recursive: true, force: true }));

    it('exits 0 on the seed for tk and quotes: it has no placeholders and its marks balance', () => {
      assert.equal(cli('--fail-on', 'tk,quotes', SEED_ARTICLE).code, 0);
    });

    it('exits 1 on the seed with --fail-on claims, and 2 when a file is also unreadable [needs core]', () => {
      const run = cli('--fail-on', 'claims', SEED_ARTICLE);
      assert.equal(run.code, 1);
      assert.deepEqual(run.err, []);
      assert.equal(cli('--fail-on', 'claims', SEED_ARTICLE, MISSING).code, 2);
    });

    it('exits 1 for a TK placeholder with --fail-on tk [needs core]', () => {
      const p = file('tk.article', 'The mayor said the new bridge will cost TK million dollars.\n');
      assert.equal(cli('--fail-on', 'tk', p).code, 1);
      assert.equal(cli('--fail-on', 'tk', file('clean.article', 'The mayor said the new bridge will cost 12 million dollars.\n')).code, 0);
    });

    it('exits 1 for an unclosed quotation mark with --fail-on quotes [needs core]', () => {
      const p = file('open.article', 'The mayor said: "We will rebuild the bridge by spring.\n\nThe council meets on Monday.\n');
      assert.equal(cli('--fail-on', 'quotes', p).code, 1);
    });
  });
});
