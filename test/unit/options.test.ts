// Analysis options as a settings file may really hold them: wrong types, huge lists, phrases that
// must match whole words, verbs in any script.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core';
import { MAX_OPTION_ENTRIES } from '../../src/core/options';
import type { AnalyzeOptions } from '../../src/core';

const sentence = '"We will appeal," Senator Ray Zaidel quipped. An aide to the mayor said the vote was unfair.';

describe('analysis options', () => {
  it('ignores a wrongly typed option with a warning and keeps the analysis', () => {
    const a = analyze(sentence, { extraCues: 'quip' } as unknown as AnalyzeOptions);
    assert.equal(a.stats.error, undefined);
    assert.deepEqual(a.stats.warnings, ['extraCues must be a list of strings; ignored']);
    assert.ok(a.quotes.some((q) => q.speaker === 'Ray Zaidel'), 'quip is a cue of its own; the quote still has its speaker');
  });

  it('matches extraAnonymous phrases as whole words ("aide" is not "Zaidel")', () => {
    const a = analyze(sentence, { extraAnonymous: ['aide'] });
    const zaidel = a.quotes.find((q) => q.speaker === 'Ray Zaidel');
    const aide = a.quotes.find((q) => q.speaker?.startsWith('An aide'));
    assert.ok(zaidel && aide, JSON.stringify(a.quotes.map((q) => q.speaker)));
    assert.equal(zaidel.anonymous, false);
    assert.equal(aide.anonymous, true);
  });

  it('accepts extra cues in any script and warns about ones that are not words', () => {
    const a = analyze('Mayor Jean Dupont rétorqua that the bridge was closed.', { extraCues: ['rétorqua', '!!'] });
    assert.ok(a.quotes.some((q) => q.cue === 'rétorqua'), JSON.stringify(a.quotes));
    assert.deepEqual(a.stats.warnings, ['extra cue "!!" is not a word; ignored']);
  });

  it('caps a huge list with a warning', () => {
    const many = Array.from({ length: 100_000 }, (_, i) => `phrase number ${i}`);
    const a = analyze(sentence, { extraAnonymous: many });
    assert.deepEqual(a.stats.warnings, [`extraAnonymous has 100000 entries; only the first ${MAX_OPTION_ENTRIES} are used`]);
    assert.ok(a.quotes.length >= 2);
  });

  it('ignores non-string entries one by one', () => {
    const a = analyze(sentence, { extraCues: ['quip', 42, null] } as unknown as AnalyzeOptions);
    assert.deepEqual(a.stats.warnings, ['extraCues: 42 is not a string; ignored', 'extraCues: null is not a string; ignored']);
  });
});
