// The word lists the rules read (src/core/lexicon.ts) and the verb forms made from them.
import * as assert from 'node:assert/strict';
import { inflect } from '../../src/core/inflect';
import { PHRASAL_CUES, RAW_LISTS, cueTable, speechVerbs } from '../../src/core/lexicon';
import { CAUSE, HEARSAY } from '../../src/core/lexicon';

describe('lexicon', () => {
  it('has no duplicate entry in any word list', () => {
    assert.ok(RAW_LISTS.length >= 20, `only ${RAW_LISTS.length} lists registered`);
    for (const list of RAW_LISTS) {
      const seen = new Set<string>();
      const dups = list.filter((w) => (seen.has(w) ? true : (seen.add(w), false)));
      assert.deepEqual(dups, [], `duplicates in the list starting ${JSON.stringify(list.slice(0, 4).join(' '))}`);
    }
  });

  it('lists every word in lower case, without stray punctuation', () => {
    // Lower-case words; a clitic ("'s", "’re") may start with its apostrophe.
    for (const list of RAW_LISTS) for (const w of list) assert.match(w, /^['’]?[\p{Ll}\d%][\p{Ll}\d.'’%-]*$/u, `entry ${JSON.stringify(w)}`);
  });

  it('inflects regular, doubling and irregular verbs', () => {
    const forms = (b: string): string[] => inflect(b).sort();
    assert.deepEqual(forms('quip'), ['quip', 'quipped', 'quipping', 'quips']);
    assert.deepEqual(forms('admit'), ['admit', 'admits', 'admitted', 'admitting']);
    assert.deepEqual(forms('refer'), ['refer', 'referred', 'referring', 'refers']);
    assert.deepEqual(forms('deny'), ['denied', 'denies', 'deny', 'denying']);
    assert.deepEqual(forms('argue'), ['argue', 'argued', 'argues', 'arguing']);
    assert.deepEqual(forms('agree'), ['agree', 'agreed', 'agreeing', 'agrees']);
    assert.deepEqual(forms('stress'), ['stress', 'stressed', 'stresses', 'stressing']);
    assert.deepEqual(forms('tell'), ['tell', 'telling', 'tells', 'told']);
    assert.deepEqual(forms('write'), ['write', 'writes', 'writing', 'written', 'wrote']);
    assert.deepEqual(forms('say'), ['said', 'say', 'saying', 'says']);
    // No doubling where English does not double: "visit" → "visited", "open" → "opened".
    assert.ok(inflect('visit').includes('visited') && inflect('open').includes('opened'));
  });

  it('maps every form of every reporting verb back to its base', () => {
    const table = cueTable();
    for (const base of speechVerbs()) for (const form of inflect(base)) assert.equal(table.speech.get(form), base, `${form} → ${base}`);
    assert.equal(table.speech.get('quipped'), 'quip');
    assert.equal(table.speech.get('told'), 'tell');
  });

  it('keeps multi-word entries whole', () => {
    assert.equal(PHRASAL_CUES.get('point'), 'out');
    assert.equal(cueTable().phrasal.get('pointed')?.[0], 'point out');
    assert.ok(CAUSE.includes('due to') && CAUSE.includes('led to'), 'causal phrases stay phrases');
    assert.ok(HEARSAY.includes('is said to') && HEARSAY.includes('it was reported'));
  });

  it('accepts extra cues in any script and reports the ones it cannot use', () => {
    const table = cueTable(['quip', 'répliquer', 'not a verb!', '']);
    assert.equal(table.speech.get('répliquer'), 'répliquer');
    assert.deepEqual(table.rejected, ['not a verb!', '']);
  });
});
