// House spellings: near misses and diacritic-only differences become name-misspelling findings
// with the house spelling as the fix; exact spellings, other names and long texts stay quiet and cheap.
import * as assert from 'node:assert/strict';
import { boundedDistance, houseNameFindings } from '../../src/core/houseNames';

const HOUSE = ['Volodymyr Zelenskyy', 'Xi Jinping', 'Recep Tayyip Erdoğan'];
const found = (text: string) => houseNameFindings(text, HOUSE).map((f) => [text.slice(f.start, f.end), f.suggestion]);

describe('house spellings', () => {
  it('flags a full name one or two edits away, with the house spelling as the fix', () => {
    assert.deepEqual(found('Volodimir Zelenskiy spoke.').length, 1, 'three edits: only the surname is near');
    assert.deepEqual(found('President Volodymyr Zelensky spoke.'), [['Volodymyr Zelensky', 'Volodymyr Zelenskyy']]);
    assert.deepEqual(found('Volodymir Zelenskiy spoke.'), [['Volodymir Zelenskiy', 'Volodymyr Zelenskyy']]);
  });

  it('flags a surname on its own against the house surname, possessives included', () => {
    assert.deepEqual(found('Later, Zelenskiy said no. Zelensky’s aides agreed.'), [
      ['Zelenskiy', 'Zelenskyy'],
      ['Zelensky', 'Zelenskyy'],
    ]);
  });

  it('flags a spelling that differs only in diacritics, even in a short word', () => {
    assert.deepEqual(found('Mr Erdogan arrived.'), [['Erdogan', 'Erdoğan']]);
  });

  it('says nothing for the house spelling itself or for other names', () => {
    assert.deepEqual(found('Volodymyr Zelenskyy met Xi Jinping. Zelenskyy and Xi spoke. Olena Zelenska, Jim Ping and Zhou Enlai came.'), []);
  });

  it('gives a message naming the full house spelling for a surname', () => {
    const [f] = houseNameFindings('Zelensky spoke.', HOUSE);
    assert.equal(f.code, 'name-misspelling');
    assert.equal(f.message, '“Zelensky” is not the house spelling “Zelenskyy” (Volodymyr Zelenskyy).');
  });

  it('is quick on a long text of capitalised words', () => {
    const text = 'Alpha Beta Gamma Delta Epsilon Zeta. '.repeat(20000);
    const t0 = Date.now();
    assert.deepEqual(houseNameFindings(text, HOUSE), []);
    assert.ok(Date.now() - t0 < 2000, `took ${Date.now() - t0} ms`);
  });

  it('stays bounded with 500 house names and a draft of 300,000 distinct near misses', () => {
    const house = Array.from({ length: 500 }, (_, i) => `Zaaaa${i.toString(36)}bcd Zelenskyy${i.toString(36)}`);
    const text = Array.from({ length: 300000 }, (_, i) => `Zelenskyy${i.toString(36)}`).join(' ');
    const t0 = Date.now();
    const found = houseNameFindings(text, house);
    assert.ok(Date.now() - t0 < 5000, `took ${Date.now() - t0} ms`);
    assert.ok(found.length > 0 && found.every((f) => f.code === 'name-misspelling'));
  });

  it('boundedDistance() is the edit distance up to k, and k + 1 beyond it', () => {
    assert.equal(boundedDistance('zelensky', 'zelenskyy', 2), 1);
    assert.equal(boundedDistance('kitten', 'sitting', 3), 3);
    assert.equal(boundedDistance('kitten', 'sitting', 2), 3);
    assert.equal(boundedDistance('abc', 'abc', 1), 0);
    assert.equal(boundedDistance('a', 'abcd', 1), 2);
  });
});
