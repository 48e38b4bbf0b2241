// check(): the one pipeline both front ends run. House spellings override the analysis's own
// guess, notes are not read for names, disabled kinds and markers remove findings, and positions
// are 1-based with exclusive ends.
import * as assert from 'node:assert/strict';
import { check } from '../../src/core/check';
import { defaultRules } from '../../src/core/deskConfig';
import type { Analysis } from '../../src/core/types';

const empty = (a: Partial<Analysis> = {}): Analysis => ({
  quotes: [],
  claims: [],
  names: [],
  hygiene: [],
  sentences: [],
  stats: { words: 0, sentences: 0, ms: 0 },
  ...a,
});

describe('check()', () => {
  const text = 'Intro line.\nPresident Volodymyr Zelensky spoke. [[call Zelensky office]]\nTK here.\n';
  const tk = text.indexOf('TK');
  const analysis = empty({ hygiene: [{ start: tk, end: tk + 2, kind: 'tk', message: 'TK placeholder' }] });

  it('adds house-spelling findings outside notes, with 1-based positions and the rule severity', () => {
    const rules = { ...defaultRules(), names: ['Volodymyr Zelenskyy'], severity: { ...defaultRules().severity, tk: 'error' as const } };
    const r = check(analysis, text, rules);
    assert.deepEqual(
      r.findings.map((f) => [f.code, f.severity, f.line, f.column, f.endLine, f.endColumn]),
      [
        ['name-misspelling', 'warning', 2, 11, 2, 29],
        ['tk', 'error', 3, 1, 3, 3],
      ],
    );
  });

  it('drops disabled kinds and what markers suppress, keeping the reason', () => {
    const marked = text.replace('TK here.', '[[copydesk-disable-next-line tk -- awaiting figure]]\nTK here.');
    const at = marked.indexOf('TK here');
    const r = check(empty({ hygiene: [{ start: at, end: at + 2, kind: 'tk', message: 'TK placeholder' }] }), marked, {
      ...defaultRules(),
      names: ['Volodymyr Zelenskyy'],
    });
    assert.deepEqual(
      r.suppressed.map((s) => [s.finding.code, s.finding.line, s.reason, s.markerLine]),
      [['tk', 4, 'awaiting figure', 3]],
    );
    const off = check(analysis, text, { ...defaultRules(), names: ['Volodymyr Zelenskyy'], enabled: { ...defaultRules().enabled, 'name-misspelling': false } });
    assert.deepEqual(
      off.findings.map((f) => f.code),
      ['tk'],
    );
  });

  it('lets a house spelling replace the analysis’s own misspelling guess, and accept a listed spelling', () => {
    const t = 'Brudziński spoke. Brudzinski left.';
    const at = t.indexOf('Brudzinski');
    const names = [
      {
        name: 'Brudziński',
        kind: 'person' as const,
        role: null,
        mentions: [],
        variants: [],
        misspellings: [{ start: at, end: at + 10, text: 'Brudzinski' }],
        quotes: [],
      },
    ];
    const own = check(empty({ names }), t, defaultRules());
    assert.deepEqual(
      own.findings.map((f) => f.suggestion),
      ['Brudziński'],
    );
    const house = check(empty({ names }), t, { ...defaultRules(), names: ['Brudziński'] });
    assert.equal(house.findings.length, 1, 'one finding for the word, not two');
    assert.match(house.findings[0].message, /house spelling/);
    // The desk's spelling is the right one: the mention written so is accepted, the other one is not.
    const listed = check(empty({ names }), t, { ...defaultRules(), names: ['Brudzinski'] }).findings;
    assert.deepEqual(
      listed.map((f) => [t.slice(f.start, f.end), f.suggestion]),
      [['Brudziński', 'Brudzinski']],
    );
  });
});
