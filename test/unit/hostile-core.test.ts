// Core stages on hostile input: the note mask is linear and means what the regex it replaced
// meant; no span ever splits a character (an emoji's surrogate pair).
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze } from '../../src/core';
import { maskNotes } from '../../src/core/hygiene';
import { breakLongRuns } from '../../src/core/nlp';
import { pairQuotes, paragraphs } from '../../src/core/quoteMarks';

/** The definition maskNotes implements in one pass. */
const reference = (text: string): string => text.replace(/\[\[[^\]\n]{0,500}\]\]/g, (m) => ' '.repeat(m.length));

const splitsPair = (text: string, at: number): boolean => {
  const before = text.charCodeAt(at - 1);
  const after = text.charCodeAt(at);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
};

describe('hostile input to the core stages', () => {
  it('masks editor notes exactly like the regex definition, on random bracket soup', () => {
    const pieces = fc.constantFrom('[[', ']]', '[', ']', '\n', 'a', ' ', 'note', 'x'.repeat(120));
    fc.assert(fc.property(fc.array(pieces, { maxLength: 80 }), (parts) => {
      const text = parts.join('');
      assert.equal(maskNotes(text), reference(text));
    }), { numRuns: 2000, seed: 7 });
  });

  it('masks notes of up to 500 characters, not longer ones', () => {
    const ok = `Text [[${'n'.repeat(500)}]] more.`;
    const long = `Text [[${'n'.repeat(501)}]] more.`;
    assert.equal(maskNotes(ok), `Text ${' '.repeat(504)} more.`);
    assert.equal(maskNotes(long), long);
  });

  it('breaks long runs at whole characters only', () => {
    const emoji = '😀'.repeat(200);
    const broken = breakLongRuns(`a ${emoji} b`);
    assert.equal(broken.length, emoji.length + 4);
    for (let i = 1; i < broken.length; i++) {
      if (broken[i] === ' ') assert.ok(!splitsPair(broken, i) && !splitsPair(broken, i + 1), `a space at ${i} splits a pair`);
    }
    assert.ok(/\S{65}/u.test(broken.replace(/😀/g, 'x')) === false, 'no run wink sees is longer than 64 units');
  });

  it('returns no span that splits an emoji, on a draft with long emoji runs', () => {
    const text = `"${'🎉'.repeat(300)}," the mayor said. ${'👍🏽'.repeat(500)} Officials said the bridge would open.\n\n"Great ${'💯'.repeat(90)}" she added.`;
    const a = analyze(text);
    assert.equal(a.stats.error, undefined);
    const spans = [...a.sentences, ...a.quotes, ...a.quotes.flatMap((q) => [q.speakerSpan, q.cueSpan]).filter((s) => s !== null), ...a.claims, ...a.hygiene, ...a.names.flatMap((n) => n.mentions)];
    assert.ok(spans.length > 3);
    for (const s of spans) assert.ok(!splitsPair(text, s.start) && !splitsPair(text, s.end), `span ${s.start}-${s.end} splits a surrogate pair`);
  });

  it('pairs quotation marks paragraph by paragraph when most paragraphs have none', () => {
    // Each paragraph once scanned on to the next mark in the draft: quadratic over mark-free paragraphs.
    const text = 'TK.\n\n'.repeat(20_000) + '"It is done," she said.\n\nA "scare" quote.';
    const { pairs } = pairQuotes(text, paragraphs(text));
    assert.deepEqual(pairs.map((p) => text.slice(p.textStart, p.textEnd)), ['It is done,', 'scare']);
  });
});
