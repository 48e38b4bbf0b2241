// The CLI on input it must not trust: devices, huge and binary files, control characters in the
// draft, a closed pipe. Each gets a one-line answer, never a hang, a crash or a stack trace.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { DEFAULT_MAX_SIZE, main, readDraft } from '../../src/cli';
import { REPO_ROOT, requireOrSkip } from './helpers';

function cli(...argv: string[]): { code: number; out: string; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  const code = main(argv, (s) => out.push(s), (s) => err.push(s));
  return { code, out: out.join('\n'), err: err.join('\n').split('\n').filter(Boolean) };
}

describe('CLI input', () => {
  let dir = '';
  const file = (name: string, data: string | Buffer): string => {
    const p = path.join(dir, name);
    writeFileSync(p, data);
    return p;
  };
  before(() => (dir = mkdtempSync(path.join(tmpdir(), 'copydesk-input-'))));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses a device such as /dev/zero with one line and exit 2', function () {
    if (!existsSync('/dev/zero')) this.skip(); // not a POSIX machine
    const run = cli('/dev/zero');
    assert.equal(run.code, 2);
    assert.deepEqual(run.err, ['copydesk: /dev/zero: not a regular file; skipped']);
    assert.equal(run.out, '');
  });

  it('skips a file over --max-size with one line, and checks the others', () => {
    const big = file('big.article', 'The mayor said the bridge would open. '.repeat(100));
    const small = file('small.article', 'The mayor said the bridge would open on Monday.\n');
    const run = cli('--format', 'jsonl', '--max-size', '1000', big, small);
    assert.equal(run.code, 2);
    assert.equal(run.err.length, 1);
    assert.match(run.err[0], /big\.article: 3800 bytes is over the 1000-byte limit \(--max-size\); skipped/);
    assert.equal(JSON.parse(run.out).file, small);
    assert.equal(DEFAULT_MAX_SIZE, 2_097_152);
    assert.match(cli('--max-size', 'lots', small).err[0], /--max-size needs a positive number of bytes/);
  });

  it('skips a binary file with a note and still exits 0', () => {
    const bin = file('photo.jpg', Buffer.from([0xff, 0xd8, 0xff, 0, 0, 0x10, 0x4a, 0x46]));
    const run = cli(bin);
    assert.equal(run.code, 0);
    assert.deepEqual(run.err, [`copydesk: ${bin}: binary file (NUL bytes); skipped`]);
  });

  it('escapes control characters from the draft in the text report', () => {
    const p = file('esc.article', 'The mayor said the \u001b[31mbridge\u001b[0m would open on Monday.\n');
    const run = cli(p);
    assert.equal(run.code, 0);
    assert.ok(!run.out.includes('\u001b'), 'no raw ESC reaches the terminal');
    assert.match(run.out, /\\u001b\[31mbridge\\u001b\[0m would open on Monday/);
  });

  it('reads a regular file whole, and says why it cannot read others', () => {
    const p = file('ok.article', 'Text.');
    assert.equal(readDraft(p, 100).text, 'Text.');
    assert.equal(readDraft(path.join(dir, 'none.article'), 100).skip, 'cannot read: no such file');
    assert.equal(readDraft(dir, 100).skip, 'is a directory');
  });

  it('ends quietly when the reader closes the pipe (| head)', function () {
    this.timeout(60_000);
    const built = path.join(REPO_ROOT, 'dist', 'cli.js');
    requireOrSkip(this, existsSync(built), `${built} (run \`npm run build\`)`);
    const many = Array.from({ length: 40 }, (_, i) => file(`d${i}.article`, 'The mayor said the bridge would open on Monday.\n'.repeat(50)));
    const p = spawnSync('sh', ['-c', `"${process.execPath}" "${path.join(REPO_ROOT, 'bin', 'copydesk.js')}" ${many.map((m) => `"${m}"`).join(' ')} | head -n 1`], { encoding: 'utf8' });
    assert.equal(p.status, 0);
    assert.equal(p.stdout.split('\n').filter(Boolean).length, 1);
    assert.doesNotMatch(p.stderr, /EPIPE|Error|at /);
  });
});
