// The CLI on Markdown drafts: chosen by file extension or --language, offsets on the source file.
import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { main, parseArgs } from '../../src/cli';
import { REPO_ROOT } from './helpers';

const DRAFT = path.join(REPO_ROOT, 'examples', 'markdown-draft.md');
const ISSUE = `"This is a good day for the city," said [Mayor Sadiq Khan](https://example.com/khan). "We have listened."\n`;

interface Record {
  file: string;
  findings: { code: string; line: number; column: number }[];
  suppressed?: { code: string; line: number; markerLine: number }[];
  quotes: { start: number; end: number; speaker: string | null; text: string }[];
  hygiene: { start: number; end: number; kind: string }[];
}

function jsonl(...argv: string[]): { code: number; records: Record[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  const code = main(
    ['--format', 'jsonl', ...argv],
    (s) => out.push(s),
    (s) => err.push(s),
  );
  return {
    code,
    records: out
      .join('\n')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Record),
    err,
  };
}

describe('CLI on Markdown drafts', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'copydesk-md-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('reads .md as Markdown: quotes with speakers, offsets into the file as written', () => {
    const { code, records } = jsonl(DRAFT);
    assert.equal(code, 0);
    const source = readFileSync(DRAFT, 'utf8');
    const khan = records[0].quotes.filter((q) => q.speaker === 'Sadiq Khan');
    assert.ok(khan.length >= 2, JSON.stringify(records[0].quotes));
    for (const q of khan) assert.equal(source.slice(q.start, q.end), q.text);
    assert.ok(!records[0].quotes.some((q) => /code sample|Check this quote/.test(q.text)));
  });

  it('chooses by extension (.markdown, .mdx) and --language forces a reading', () => {
    for (const name of ['story.markdown', 'story.mdx']) {
      const file = path.join(dir, name);
      writeFileSync(file, ISSUE);
      assert.deepEqual(
        jsonl(file).records[0].quotes.map((q) => q.speaker),
        ['Sadiq Khan', 'Sadiq Khan'],
        name,
      );
    }
    const asArticle = path.join(dir, 'story.article');
    writeFileSync(asArticle, ISSUE);
    assert.ok(!jsonl(asArticle).records[0].quotes.some((q) => q.speaker === 'Sadiq Khan'), 'an .article is read as written');
    assert.deepEqual(
      jsonl('--language', 'markdown', asArticle).records[0].quotes.map((q) => q.speaker),
      ['Sadiq Khan', 'Sadiq Khan'],
    );
    assert.ok(!jsonl('--language=article', DRAFT).records[0].quotes.some((q) => q.speaker === 'Sadiq Khan' && q.text === 'We have listened.'));
  });

  it('reads markers and house spellings in prose and comments only, never in code, URLs or front matter', () => {
    writeFileSync(path.join(dir, '.copydesk.json'), '{ "root": true, "names": ["Volodymyr Zelenskyy"] }');
    const draft = [
      '---', // 1
      'title: Zelensky visits', // 2
      '---', // 3
      '', // 4
      'See [the speech](https://example.com/Zelensky) and `Zelensky` and ![Zelensky](https://x.com/Zelensky.png).', // 5
      '', // 6
      'Volodymyr Zelensky met the mayor.', // 7
      '', // 8
      '<!-- copydesk-disable-next-line tk -- due at 4pm -->', // 9
      'The repairs will cost TK dollars.', // 10
      '', // 11
      '```', // 12
      '[[copydesk-disable-file -- a style-guide example, not a marker]]', // 13
      '<!-- copydesk-disable-file -->', // 14
      '```', // 15
      '', // 16
      'Inline `[[copydesk-disable-file]]` is an example too.', // 17
      '', // 18
      '[[copydesk-disable-next-line tk -- a note in prose is a marker]]', // 19
      'The rest costs TK dollars.', // 20
      '', // 21
      'A later TK.', // 22
      '',
    ].join('\n');
    const file = path.join(dir, 'markers.md');
    writeFileSync(file, draft);
    const r = jsonl('--report-suppressed', file).records[0];
    const shown = (fs: { code: string; line: number }[]): string[] => fs.filter((f) => f.code !== 'unattributed-claim').map((f) => `${f.code}@${f.line}`);
    assert.deepEqual(shown(r.findings), ['name-misspelling@7', 'tk@22']);
    assert.deepEqual(shown(r.suppressed ?? []), ['tk@10', 'tk@20']);
    // Read as an article, an HTML comment is text, not a marker.
    const plain = path.join(dir, 'comment.md');
    writeFileSync(plain, '<!-- copydesk-disable-next-line tk -->\nThe repairs will cost TK dollars.\n');
    assert.ok(jsonl(plain).records[0].findings.every((f) => f.code !== 'tk'));
    assert.ok(jsonl('--language', 'article', plain).records[0].findings.some((f) => f.code === 'tk'));
  });

  it('rejects an unknown --language with one clear line and exit 2', () => {
    assert.throws(() => parseArgs(['--language', 'rst', 'x.md']), /unknown language "rst" \(use article, markdown, mdx\)/);
    const err: string[] = [];
    assert.equal(
      main(
        ['--language', 'rst', DRAFT],
        () => undefined,
        (s) => err.push(s),
      ),
      2,
    );
    assert.match(err[0].split('\n')[0], /^copydesk: unknown language "rst"/);
  });

  it('reports Markdown findings on source lines in the text report', () => {
    const out: string[] = [];
    assert.equal(
      main(
        [DRAFT],
        (s) => out.push(s),
        () => undefined,
      ),
      0,
    );
    const source = readFileSync(DRAFT, 'utf8').split('\n');
    const tkLine = source.findIndex((l) => l.includes('TK')) + 1;
    const khanLine = source.findIndex((l) => l.includes('We have listened')) + 1;
    const report = out.join('\n');
    assert.match(report, new RegExp(`line ${tkLine} +TK placeholder`), report);
    assert.match(report, new RegExp(`line ${khanLine} +direct +- +“We have listened\\.”`), report);
  });
});
