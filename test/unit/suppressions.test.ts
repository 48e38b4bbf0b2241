// Suppression markers in the story: next line, disable … enable, whole file, every kind or named
// kinds, HTML comments in Markdown, and linear time on hostile input.
import * as assert from 'node:assert/strict';
import type { Finding, FindingCode } from '../../src/core/findings';
import { applyDirectives, findDirectives, markerText } from '../../src/core/suppressions';

/** A finding of `code` on the first occurrence of `word` in the text. */
function at(text: string, word: string, code: FindingCode, nth = 0): Finding {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(word, start + 1);
  assert.ok(start >= 0, word);
  return { code, start, end: start + word.length, message: code, key: `${code}:${word}`, attributable: false };
}

const run = (text: string, findings: Finding[], html = false) => applyDirectives(findings, text, findDirectives(text, html));

describe('suppression markers', () => {
  it('disable-next-line suppresses the named kind on the next line only, with its reason', () => {
    const text = 'One TK.\n[[copydesk-disable-next-line tk -- waiting for the ministry]]\nTwo TK.\nThree TK.\n';
    const two = at(text, 'TK', 'tk', 1);
    const r = run(text, [at(text, 'TK', 'tk', 0), two, at(text, 'TK', 'tk', 2), at(text, 'Two', 'unattributed-claim')]);
    assert.deepEqual(
      r.suppressed.map((s) => [s.finding.start, s.reason]),
      [[two.start, 'waiting for the ministry']],
    );
    assert.equal(text.slice(two.start - 4, two.end), 'Two TK');
    assert.deepEqual(r.kept.map((f) => f.code).sort(), ['tk', 'tk', 'unattributed-claim']);
  });

  it('a marker naming no kind suppresses every kind; several kinds may be listed', () => {
    const text = '[[copydesk-disable-next-line]]\nA TK claim.\n[[copydesk-disable-next-line tk, anonymous-source]]\nB TK claim.\n';
    const fs = [at(text, 'TK', 'tk', 0), at(text, 'A', 'unattributed-claim'), at(text, 'TK', 'tk', 1), at(text, 'B', 'unattributed-claim')];
    const r = run(text, fs);
    assert.deepEqual(
      r.kept.map((f) => text.slice(f.start, f.end)),
      ['B'],
    );
  });

  it('disable … enable covers the stretch between the markers, per kind; an unclosed one runs to the end', () => {
    const text = 'TK 1\n[[copydesk-disable tk]]\nTK 2\n[[copydesk-enable tk]]\nTK 3\n[[copydesk-disable]]\nTK 4\n';
    const fs = [1, 2, 3, 4].map((n) => at(text, `TK ${n}`, 'tk'));
    assert.deepEqual(
      run(text, fs).kept.map((f) => text.slice(f.start, f.end)),
      ['TK 1', 'TK 3'],
    );
  });

  it('disable-file covers the whole file, also before the marker', () => {
    const text = 'TK first.\nLast line. [[copydesk-disable-file tk -- a template]]\n';
    const r = run(text, [at(text, 'TK', 'tk'), at(text, 'first', 'unattributed-claim')]);
    assert.deepEqual(
      r.suppressed.map((s) => [s.finding.code, s.reason]),
      [['tk', 'a template']],
    );
    assert.deepEqual(
      r.kept.map((f) => f.code),
      ['unattributed-claim'],
    );
  });

  it('reads <!-- copydesk-… --> only in Markdown', () => {
    const text = '<!-- copydesk-disable-next-line tk -- style guide example -->\nA TK here.\n';
    assert.equal(run(text, [at(text, 'TK', 'tk')], true).suppressed.length, 1);
    assert.equal(run(text, [at(text, 'TK', 'tk')], false).suppressed.length, 0);
  });

  it('reports unknown kinds and suppresses nothing for a marker naming only unknown kinds', () => {
    const text = '[[copydesk-disable-next-line tkk]]\nA TK.\n';
    const ds = findDirectives(text);
    assert.deepEqual(
      ds.map((d) => [d.kind, d.codes, d.unknown]),
      [['disable-next-line', [], ['tkk']]],
    );
    assert.equal(run(text, [at(text, 'TK', 'tk')]).kept.length, 1);
  });

  it('ignores markers split over lines, unknown directives and ordinary notes', () => {
    const text = '[[copydesk-disable-next-line\ntk]]\n[[copydesk-silence tk]]\n[[check this]]\nTK\n';
    assert.deepEqual(findDirectives(text), []);
  });

  it('stays linear on 60,000 unclosed markers and on 60,000 "[[" ', () => {
    for (const hostile of ['[[copydesk-disable '.repeat(60000), '[['.repeat(60000) + 'copydesk-disable tk]]']) {
      const t0 = Date.now();
      const ds = findDirectives(hostile, true);
      assert.ok(Date.now() - t0 < 1000, `took ${Date.now() - t0} ms`);
      assert.ok(ds.length <= 1);
    }
  });

  it('applies 5,000 disable … enable stretches (10,000 markers, the most honoured) to 10,000 findings quickly', () => {
    const text = '[[copydesk-disable tk]] TK [[copydesk-enable tk]] TK\n'.repeat(5000);
    const fs: Finding[] = [];
    for (let at = text.indexOf('TK'); at >= 0; at = text.indexOf('TK', at + 2))
      fs.push({ code: 'tk', start: at, end: at + 2, message: 'tk', key: 'tk', attributable: false });
    const t0 = Date.now();
    const r = run(text, fs);
    assert.ok(Date.now() - t0 < 2000, `took ${Date.now() - t0} ms`);
    assert.equal(r.suppressed.length, 5000);
    assert.equal(r.kept.length, 5000);
  });

  it('writes the marker a quick fix inserts, as a note or an HTML comment', () => {
    assert.equal(markerText('disable-next-line', 'tk', 'reason'), '[[copydesk-disable-next-line tk -- reason]]');
    assert.equal(markerText('disable-file', 'tk', 'why', true), '<!-- copydesk-disable-file tk -- why -->');
    const text = `${markerText('disable-next-line', 'tk', 'r')}\nTK\n`;
    assert.equal(run(text, [at(text, 'TK', 'tk')]).suppressed.length, 1, 'the inserted marker works');
  });
});
