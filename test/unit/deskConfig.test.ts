// .copydesk.json: JSON with comments, problems located in the file, the walk up to "root": true,
// nearer files overriding farther ones, ignore globs, and the committed file winning over settings.
import * as assert from 'node:assert/strict';
import { parseJsonc } from '../../src/core/jsonc';
import { configChain, defaultRules, globMatcher, isIgnored, MAX_PROBLEMS, mergeChain, parseConfig, rulesFromFile, withDesk } from '../../src/core/deskConfig';

/** An in-memory file system: path → text. */
const files =
  (map: Record<string, string | { oversized: number }>) =>
  (p: string): string | { oversized: number } | undefined =>
    map[p];

describe('.copydesk.json', () => {
  describe('parseJsonc()', () => {
    it('accepts line and block comments and trailing commas, and keeps // inside strings', () => {
      const r = parseJsonc('// desk rules\n{ /* block */ "a": "http://x", "b": [1, 2,], }\n');
      assert.deepEqual(r.value, { a: 'http://x', b: [1, 2] });
    });

    it('reports where invalid JSON breaks, and an empty file, without throwing', () => {
      const text = '{\n  "severity": {\n    "tk": "error"\n  \n';
      const r = parseJsonc(text);
      assert.ok(r.error, 'an error');
      assert.ok(r.error.offset > 0 && r.error.offset <= text.length, `offset ${r.error.offset}`);
      assert.match(parseJsonc('  \n').error?.message ?? '', /empty/);
    });
  });

  describe('parseJsonc() positions and unclosed comments', () => {
    const at = (text: string): string => {
      const r = parseJsonc(text);
      return `${r.error?.message} @${r.error?.offset}: ${text[r.error?.offset ?? 0]}`;
    };

    it('locates errors V8 reports without a position ("Unexpected token …, "snippet" is not valid JSON")', () => {
      // Node 20 gives no "at position" for these: the offset used to be 0 (line 1, column 1).
      assert.equal(at('{"a":1, "b": @}'), "unexpected token '@' @13: @");
      const long = `{\n  "extraCues": ["quip"],\n  "severity": {\n    "tk": @\n  }\n}\n`;
      assert.equal(at(long), `unexpected token '@' @${long.indexOf('@')}: @`);
      const head = `{"a": @, "${'b'.repeat(40)}": 1}`;
      assert.equal(at(head), "unexpected token '@' @6: @");
    });

    it('keeps neither V8\'s quoted snippet nor "at position" in the message', () => {
      for (const text of ['{"a":1}}', `{"x": @, "${'y'.repeat(30)}": 1}`, '{\n"a": 1\n"b": 2}']) {
        const message = parseJsonc(text).error?.message ?? '';
        assert.doesNotMatch(message, /position|is not valid JSON|"/, message);
        assert.match(message, /^[a-z]/, message);
      }
    });

    it('rejects a block comment that is never closed (JSON.parse alone accepts what comes before it)', () => {
      assert.equal(at('{ "root": true } /* the rest'), 'a /* comment is never closed @17: /');
    });
  });

  describe('parseConfig() on hostile files', () => {
    it('reports a deeply nested value instead of overflowing the stack', () => {
      const deep = `{ "extraCues": [${'['.repeat(100_000)}${']'.repeat(100_000)}], "names": ["Xi Jinping"] }`;
      const f = parseConfig('/x/.copydesk.json', deep);
      assert.deepEqual(f.config.names, ['Xi Jinping']);
      assert.deepEqual(
        f.problems.map((p) => p.message),
        ['"extraCues": a list is not a string; ignored'],
      );
    });

    it(`lists at most ${MAX_PROBLEMS} problems per file, then how many more`, () => {
      const f = parseConfig('/x/.copydesk.json', `{ "extraCues": [${Array(5000).fill('1').join(',')}] }`);
      assert.equal(f.problems.length, MAX_PROBLEMS + 1);
      assert.equal(f.problems[MAX_PROBLEMS].message, `and ${5000 - MAX_PROBLEMS} more problems like these`);
    });

    it('reports a config over the size limit instead of treating it as absent', () => {
      const big = files({ '/a/b/.copydesk.json': { oversized: 5_000_000 }, '/a/.copydesk.json': '{ "root": true }' });
      const chain = configChain('/a/b', big);
      assert.deepEqual(
        chain.map((f) => f.path),
        ['/a/b/.copydesk.json', '/a/.copydesk.json'],
      );
      assert.match(chain[0].problems[0].message, /^5000000 bytes is over the 1048576-byte limit for a config file; the file is ignored$/);
      assert.match(rulesFromFile('/a/b/.copydesk.json', big).files[0].problems[0].message, /over the 1048576-byte limit/);
    });
  });

  describe('parseConfig()', () => {
    it('reads every key and names each problem with its position, keeping the valid keys', () => {
      const text =
        '{\n "severity": { "tk": "error", "anonymous-source": "loud", "typo-code": "error" },\n "extraCues": ["quip", 3],\n "colour": "red",\n "names": "Xi Jinping"\n}';
      const f = parseConfig('/desk/.copydesk.json', text);
      assert.deepEqual(f.config.severity, { tk: 'error' });
      assert.deepEqual(f.config.extraCues, ['quip']);
      assert.equal(f.config.names, undefined);
      const messages = f.problems.map((p) => p.message);
      assert.equal(messages.length, 5, messages.join('\n'));
      assert.ok(messages.some((m) => /"severity.anonymous-source" must be one of error, warning/.test(m)));
      assert.ok(messages.some((m) => /unknown finding code "typo-code"/.test(m)));
      assert.ok(messages.some((m) => /"extraCues": 3 is not a string/.test(m)));
      assert.ok(messages.some((m) => /unknown key "colour"/.test(m)));
      assert.ok(messages.some((m) => /"names" must be a list of strings/.test(m)));
      const colour = f.problems.find((p) => /colour/.test(p.message));
      assert.equal(text.slice(colour?.offset, (colour?.offset ?? 0) + 8), '"colour"');
    });

    it('ignores a file that is not an object or not JSON, with one problem', () => {
      for (const text of ['[1, 2]', '{ "severity": ', 'not json']) {
        const f = parseConfig('/x/.copydesk.json', text);
        assert.deepEqual(f.config, {}, text);
        assert.equal(f.problems.length, 1, text);
      }
    });
  });

  describe('configChain() and mergeChain()', () => {
    const fs = files({
      '/site/.copydesk.json': '{ "severity": { "anonymous-source": "information", "tk": "error" }, "names": ["Xi Jinping"], "ignore": ["archive/**"] }',
      '/site/investigations/.copydesk.json': '{ "severity": { "anonymous-source": "error" }, "names": ["Volodymyr Zelenskyy"] }',
      '/.copydesk.json': '{ "severity": { "tk": "hint" } }',
    });

    it('walks up from the file, nearest first, to the file-system root', () => {
      assert.deepEqual(
        configChain('/site/investigations/2024', fs).map((f) => f.path),
        ['/site/investigations/.copydesk.json', '/site/.copydesk.json', '/.copydesk.json'],
      );
    });

    it('merges nearer over farther code by code, and adds up lists', () => {
      const rules = mergeChain(configChain('/site/investigations', fs));
      assert.deepEqual(rules.severity, { tk: 'error', 'anonymous-source': 'error' });
      assert.deepEqual(rules.names.sort(), ['Volodymyr Zelenskyy', 'Xi Jinping']);
      const elsewhere = mergeChain(configChain('/site/sport', fs));
      assert.equal(elsewhere.severity['anonymous-source'], 'information');
    });

    it('stops after a file with "root": true, but not after one whose JSON is broken', () => {
      const rootFs = files({ '/a/b/.copydesk.json': '{ "root": true }', '/a/.copydesk.json': '{}' });
      assert.deepEqual(
        configChain('/a/b', rootFs).map((f) => f.path),
        ['/a/b/.copydesk.json'],
      );
      const broken = files({ '/a/b/.copydesk.json': '{ "root": true, ', '/a/.copydesk.json': '{}' });
      assert.deepEqual(
        configChain('/a/b', broken).map((f) => f.path),
        ['/a/b/.copydesk.json', '/a/.copydesk.json'],
      );
    });

    it('ignores files by glob, relative to the config that lists them', () => {
      const rules = mergeChain(configChain('/site/archive/2019', fs));
      assert.equal(isIgnored(rules, '/site/archive/2019/old.article'), true);
      assert.equal(isIgnored(rules, '/site/news/old.article'), false);
      assert.equal(isIgnored(rules, '/other/archive/2019/old.article'), false);
    });
  });

  describe('globMatcher()', () => {
    it('matches *, ** and ?, a bare name in any folder, and a folder with a trailing slash', () => {
      assert.equal(globMatcher('*.md')('notes/todo.md'), true);
      assert.equal(globMatcher('drafts/*.story')('drafts/a.story'), true);
      assert.equal(globMatcher('drafts/*.story')('drafts/x/a.story'), false);
      assert.equal(globMatcher('drafts/**/*.story')('drafts/x/y/a.story'), true);
      assert.equal(globMatcher('wire/')('wire/ap/a.article'), true);
      assert.equal(globMatcher('v?.article')('v1.article'), true);
      assert.equal(globMatcher('v?.article')('v10.article'), false);
      assert.equal(globMatcher('a.b')('axb'), false);
    });
  });

  describe('withDesk()', () => {
    it('lets the committed file win over the user settings, key by key', () => {
      const settings = {
        ...defaultRules(),
        extraCues: ['opine'],
        severity: { ...defaultRules().severity, tk: 'hint' as const, 'quote-no-speaker': 'error' as const },
      };
      const desk = mergeChain([
        parseConfig('/d/.copydesk.json', '{ "extraCues": ["quip"], "severity": { "tk": "error" }, "enabledFindings": { "anonymous-source": false } }'),
      ]);
      const r = withDesk(settings, desk);
      assert.deepEqual(r.extraCues, ['quip']);
      assert.equal(r.severity.tk, 'error');
      assert.equal(r.severity['quote-no-speaker'], 'error', 'a code the desk does not set keeps the setting');
      assert.equal(r.enabled['anonymous-source'], false);
      assert.deepEqual(withDesk(settings, mergeChain([])).extraCues, ['opine'], 'no config: the settings apply');
    });
  });
});
