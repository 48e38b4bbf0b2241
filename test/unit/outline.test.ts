// Outline headings and section ranges: the one-pass versions mean what the simple ones meant.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { Heading, headingsOf, sectionEnds } from '../../src/editor/outline';
import { correctionFor } from '../../src/core/findings';

/** The definition: a section runs to just before the next heading of the same or a higher level. */
function naiveEnds(hs: Heading[], length: number): number[] {
  return hs.map((h, i) => {
    const next = hs.slice(i + 1).find((n) => n.level <= h.level);
    return next ? Math.max(h.end, next.start - 1) : length;
  });
}

describe('outline', () => {
  it('ends sections like the definition, for any sequence of heading levels', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 1, max: 3 }), { maxLength: 60 }), (levels) => {
      const text = levels.map((l, i) => `${'#'.repeat(l)} Heading ${i}\n\nBody text.\n`).join('\n');
      const hs = headingsOf(text);
      assert.equal(hs.length, levels.length);
      assert.deepEqual(sectionEnds(hs, text.length), naiveEnds(hs, text.length));
    }), { numRuns: 300, seed: 3 });
  });

  it('reads "#" headings with their title trimmed, and no title as no heading', () => {
    const hs = headingsOf(`Headline of the story\n\n##   A subhead   \n\n# ${' '.repeat(1000)}\n\nThe mayor said so.`);
    assert.deepEqual(hs.map((h) => [h.level, h.text]), [[1, 'Headline of the story'], [2, 'A subhead']]);
  });

  it('does not take a line ending like a sentence as a subhead', () => {
    const hs = headingsOf('Headline\n\nA line that ends.\n\nA line that ends in a quote."\n\nA Real Subhead\n\nBody.');
    assert.deepEqual(hs.map((h) => h.text), ['Headline', 'A Real Subhead']);
  });
});

describe('misspelling corrections', () => {
  it('suggest the name part of the same length', () => {
    assert.equal(correctionFor('Brudzinski', 'Joachim Brudziński'), 'Brudziński');
    assert.equal(correctionFor('Joachim Brudzinski', 'Joachim Brudziński'), 'Joachim Brudziński');
  });
});
