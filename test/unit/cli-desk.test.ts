// The CLI with a desk's .copydesk.json and story markers, and its CI formats: the rules apply,
// a bad config is reported in one line per problem and never stops the check, SARIF validates
// against the official 2.1.0 schema, GitHub annotations are escaped, stdin has a name.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import Ajv from 'ajv-draft-04';
import { main, VERSION } from '../../src/cli';
import { FINDING_CODES } from '../../src/core/findings';
import { escapeData, escapeProperty } from '../../src/core/output/github';
import { REPO_ROOT, requireOrSkip } from './helpers';

interface Finding {
  code: string;
  severity: string;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  start: number;
  end: number;
  reason?: string;
  suggestion?: string;
}

function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = main(
    argv,
    (s) => out.push(s),
    (s) => err.push(s),
  );
  return { code, out: out.join('\n'), err: err.join('\n').split('\n').filter(Boolean) };
}

const STORY = [
  'President Volodymyr Zelensky met the mayor on Monday.',
  '',
  '"The talks went well," officials said.',
  '',
  '[[copydesk-disable-next-line tk -- figure due from the ministry]]',
  'The repairs will cost TK million dollars.',
  '',
].join('\n');
const CONFIG = '// desk rules\n{ "severity": { "anonymous-source": "error" }, "names": ["Volodymyr Zelenskyy"], "ignore": ["wire/**"], }\n';

describe('CLI with .copydesk.json', function () {
  this.timeout(60_000);
  let dir = '';
  const write = (rel: string, text: string): string => {
    const p = path.join(dir, rel);
    mkdirSync(path.dirname(p), { recursive: true });
    writeFileSync(p, text);
    return p;
  };
  const findings = (out: string): Finding[] => (JSON.parse(out.split('\n')[0]) as { findings: Finding[] }).findings;

  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'copydesk-desk-'));
    write('.copydesk.json', '{ "root": true }');
    write('desk/.copydesk.json', CONFIG);
    write('desk/story.article', STORY);
    write('desk/wire/ap.article', STORY);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('applies the nearest config: severity, house spellings, and markers in the story', () => {
    const run = cli('--format', 'jsonl', path.join(dir, 'desk', 'story.article'));
    assert.deepEqual(run.err, []);
    const fs = findings(run.out);
    const anon = fs.find((f) => f.code === 'anonymous-source');
    assert.equal(anon?.severity, 'error');
    assert.deepEqual([anon?.line, anon?.column], [3, 24]);
    const name = fs.find((f) => f.code === 'name-misspelling');
    assert.deepEqual([name?.line, name?.column, name?.endLine, name?.endColumn, name?.suggestion], [1, 11, 1, 29, 'Volodymyr Zelenskyy']);
    assert.equal(fs.filter((f) => f.code === 'tk').length, 0, 'the marked TK is suppressed');
    for (const f of fs) assert.equal(STORY.split('\n')[f.line - 1].length >= f.column - 1, true, JSON.stringify(f));
  });

  it('lists suppressed findings with their reasons under --report-suppressed', () => {
    const rec = JSON.parse(cli('--format', 'jsonl', '--report-suppressed', path.join(dir, 'desk', 'story.article')).out) as { suppressed: Finding[] };
    assert.deepEqual(
      rec.suppressed.map((s) => [s.code, s.line, s.reason]),
      [['tk', 6, 'figure due from the ministry']],
    );
    const text = cli('--report-suppressed', path.join(dir, 'desk', 'story.article')).out;
    assert.match(text, /Suppressed\n.*story\.article:6:23 .*tk .*\(line 5: figure due from the ministry\)/);
  });

  it('--no-config drops the desk rules; --config FILE uses that file alone', () => {
    const story = path.join(dir, 'desk', 'story.article');
    const none = findings(cli('--format', 'jsonl', '--no-config', story).out);
    assert.equal(none.find((f) => f.code === 'anonymous-source')?.severity, 'information');
    assert.equal(
      none.some((f) => f.code === 'name-misspelling'),
      false,
    );
    const other = write('other.json', '{ "severity": { "anonymous-source": "hint" } }');
    const fixed = findings(cli('--format', 'jsonl', '--config', other, story).out);
    assert.equal(fixed.find((f) => f.code === 'anonymous-source')?.severity, 'hint');
    const missing = cli('--format', 'jsonl', '--config', path.join(dir, 'nope.json'), story);
    assert.equal(missing.code, 0);
    assert.equal(missing.err.length, 1);
    assert.match(missing.err[0], /nope\.json:1:1: cannot read the config file$/);
    assert.ok(findings(missing.out).length > 0, 'checked with no desk rules');
  });

  it('skips files the config ignores', () => {
    const run = cli('--format', 'jsonl', path.join(dir, 'desk', 'wire', 'ap.article'), path.join(dir, 'desk', 'story.article'));
    assert.deepEqual(
      run.out.split('\n').map((l) => (JSON.parse(l) as { file: string }).file),
      [path.join(dir, 'desk', 'story.article')],
    );
  });

  it('reports a bad config in one line per problem, with its position, and still checks with the rest', () => {
    write('bad/.copydesk.json', '{\n  "severity": { "tk": "loud" },\n  "colour": "red",\n  "enabledFindings": { "anonymous-source": false }\n}');
    const story = write('bad/story.article', STORY);
    const run = cli('--format', 'jsonl', story, story);
    assert.equal(run.code, 0);
    assert.equal(run.err.length, 2, run.err.join('\n'));
    assert.match(run.err[0], /^copydesk: .*bad[/\\]\.copydesk\.json:2:\d+: "severity\.tk" must be one of/);
    assert.match(run.err[1], /^copydesk: .*bad[/\\]\.copydesk\.json:3:3: unknown key "colour"/);
    const fs = findings(run.out);
    assert.equal(
      fs.some((f) => f.code === 'anonymous-source'),
      false,
      'the valid key still applies',
    );
    assert.ok(
      fs.some((f) => f.code === 'unattributed-claim'),
      'checking went on',
    );
    write('broken/.copydesk.json', '{ "severity": ');
    const broken = cli('--format', 'jsonl', write('broken/story.article', STORY));
    assert.equal(broken.err.length, 1);
    assert.match(broken.err[0], /not valid JSON/);
    assert.ok(findings(broken.out).length > 0);
  });

  it('says in one line that a config over 1 MiB is ignored, and that a nested one is wrong, without a stack trace', () => {
    write('huge/.copydesk.json', `{ "root": true, "names": ["${'x'.repeat(1_100_000)}"] }`);
    const huge = cli('--format', 'jsonl', write('huge/story.article', STORY));
    assert.equal(huge.code, 0);
    assert.deepEqual(huge.err.length, 1, huge.err.join('\n'));
    assert.match(huge.err[0], /huge[/\\]\.copydesk\.json:1:1: \d+ bytes is over the 1048576-byte limit for a config file; the file is ignored$/);
    write('deep/.copydesk.json', `{ "root": true, "extraCues": [${'['.repeat(100_000)}${']'.repeat(100_000)}] }`);
    const deep = cli('--format', 'jsonl', write('deep/story.article', STORY));
    assert.equal(deep.code, 0);
    assert.match(deep.err.join('\n'), /^copydesk: .*deep[/\\]\.copydesk\.json:1:\d+: "extraCues": a list is not a string; ignored$/);
    assert.ok(findings(deep.out).length > 0, 'checking went on');
  });

  it('warns in one line about a marker naming an unknown code, and keeps the finding', () => {
    const story = write('desk/typo.article', 'The mayor spoke.\n\n[[copydesk-disable-next-line tkk -- typo]]\nThe repairs will cost TK million dollars.\n');
    const run = cli('--format', 'jsonl', story);
    assert.equal(run.err.length, 1, run.err.join('\n'));
    assert.match(run.err[0], /typo\.article: copydesk-disable-next-line names unknown finding code "tkk"$/);
    assert.ok(findings(run.out).some((f) => f.code === 'tk' && f.line === 4));
  });

  it('--fail-on and --min-severity judge the findings reported, not the suppressed ones', () => {
    const story = path.join(dir, 'desk', 'story.article');
    assert.equal(cli('--fail-on', 'tk', story).code, 0, 'the only TK is suppressed');
    assert.equal(cli('--fail-on', 'tk', write('desk/unmarked.article', STORY.replace(/\[\[.*\]\]/, ''))).code, 1);
    const errors = findings(cli('--format', 'jsonl', '--min-severity', 'error', story).out);
    assert.deepEqual(
      errors.map((f) => f.code),
      ['anonymous-source'],
    );
    assert.equal(cli('--min-severity', 'loud', story).code, 2);
  });

  it('prints SARIF 2.1.0 that validates against the official schema, one rule per finding code', () => {
    const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8')) as object;
    const validate = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false, validateFormats: false }).compile(schema);
    const run = cli('--format', 'sarif', '--report-suppressed', path.join(dir, 'desk', 'story.article'), path.join(dir, 'desk', 'wire', '..', 'story.article'));
    const log = JSON.parse(run.out) as {
      version: string;
      runs: {
        tool: { driver: { rules: { id: string; help: { text: string } }[]; version: string } };
        results: {
          ruleId: string;
          ruleIndex: number;
          level: string;
          suppressions?: { justification: string }[];
          locations: { physicalLocation: { region: { startLine: number } } }[];
        }[];
      }[];
    };
    assert.equal(validate(log), true, JSON.stringify(validate.errors, null, 1));
    const driver = log.runs[0].tool.driver;
    assert.deepEqual(
      driver.rules.map((r) => r.id),
      [...FINDING_CODES],
    );
    for (const r of driver.rules) assert.ok(r.help.text.length > 40, r.id);
    const results = log.runs[0].results;
    for (const r of results) assert.equal(driver.rules[r.ruleIndex].id, r.ruleId);
    assert.ok(results.some((r) => r.ruleId === 'anonymous-source' && r.level === 'error'));
    const suppressed = results.filter((r) => r.suppressions);
    assert.deepEqual(
      suppressed.map((r) => [r.ruleId, r.suppressions?.[0].justification, r.locations[0].physicalLocation.region.startLine]),
      [
        ['tk', 'figure due from the ministry', 6],
        ['tk', 'figure due from the ministry', 6],
      ],
    );
    assert.equal(validate({ ...log, version: '2.0.0' }), false, 'the validator does reject a bad log');
    const uriOf = (r: { locations: { physicalLocation: { artifactLocation?: { uri: string } } }[] }): string | undefined =>
      r.locations[0].physicalLocation.artifactLocation?.uri;
    assert.equal(
      uriOf(results[0] as never),
      `file://${encodeURI(path.join(dir, 'desk', 'story.article').replace(/\\/g, '/'))}`,
      'an absolute path is a file: URI',
    );
    const relative = path.relative(process.cwd(), write('desk/with #hash.article', STORY));
    const rel = JSON.parse(cli('--format', 'sarif', relative).out) as typeof log;
    assert.equal(validate(rel), true);
    assert.equal(
      uriOf(rel.runs[0].results[0] as never),
      relative.replace(/\\/g, '/').replace(/ /g, '%20').replace('#', '%23'),
      'a relative path stays relative',
    );
    const colon = path.relative(process.cwd(), write('desk/2024:05 budget.article', STORY));
    const withColon = JSON.parse(cli('--format', 'sarif', colon).out) as typeof log;
    assert.equal(uriOf(withColon.runs[0].results[0] as never), colon.replace(/\\/g, '/').replace(/ /g, '%20').replace(':', '%3A'), 'a colon is no URI scheme');
  });

  it('prints GitHub workflow commands with severity mapped and properties escaped', () => {
    const story = write('desk/a,b:c.article', STORY);
    const lines = cli('--format', 'github', story).out.split('\n');
    const anon = lines.find((l) => l.includes('Anonymous source'));
    assert.match(
      anon ?? '',
      /^::error file=.*a%2Cb%3Ac\.article,line=3,col=24,endLine=3,endColumn=33,title=Anonymous source \(anonymous-source\)::Anonymous source: officials\.$/,
    );
    assert.match(lines.find((l) => l.includes('name-misspelling')) ?? '', /^::warning file=.*,line=1,col=11,endLine=1,endColumn=29,/);
    assert.equal(escapeData('100% done\r\nnext'), '100%25 done%0D%0Anext');
    assert.equal(escapeProperty('a:b,c%'), 'a%3Ab%2Cc%25');
  });

  it('prints one JSON document for --format json', () => {
    const doc = JSON.parse(cli('--format', 'json', path.join(dir, 'desk', 'story.article')).out) as { file: string; findings: Finding[] }[];
    assert.equal(doc.length, 1);
    assert.ok(doc[0].findings.some((f) => f.code === 'name-misspelling' && f.line === 1));
  });

  it('explains a finding code, and rejects an unknown one', () => {
    const run = cli('explain', 'anonymous-source');
    assert.equal(run.code, 0);
    assert.match(run.out, /^anonymous-source: Anonymous source\n/);
    assert.match(run.out, /How to resolve it: /);
    const bad = cli('explain', 'typo');
    assert.equal(bad.code, 2);
    assert.match(bad.err[0], /unknown finding code "typo"/);
  });

  it('reads standard input named by --stdin-filename, finding that name’s config [built CLI]', function () {
    const built = path.join(REPO_ROOT, 'dist', 'cli.js');
    requireOrSkip(this, existsSync(built), `${built} (run \`npm run build\`)`);
    const name = path.join(dir, 'desk', 'from-stdin.article');
    const p = spawnSync(process.execPath, [path.join(REPO_ROOT, 'bin', 'copydesk.js'), '--format', 'github', '--stdin-filename', name, '-'], {
      input: STORY,
      encoding: 'utf8',
    });
    assert.equal(p.status, 0, p.stderr);
    assert.match(p.stdout, /^::error file=.*from-stdin\.article,line=3,/m);
  });

  it('keeps VERSION equal to package.json and documents every code in docs/findings.md', () => {
    assert.equal(VERSION, (JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version);
    const doc = readFileSync(path.join(REPO_ROOT, 'docs', 'findings.md'), 'utf8');
    for (const code of FINDING_CODES) assert.match(doc, new RegExp(`^## \`${code}\``, 'm'), code);
  });
});
