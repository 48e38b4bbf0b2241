// The wink adapter: wink's tokenizer splits a word at any Latin letter beyond Latin-1 ("Erdo|ğ|an");
// the core reads wink a text with such letters made plain, and keeps the original's token text.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core';
import { plainLetters, tokenize } from '../../src/core/nlp';

describe('tokens of names in Latin scripts beyond Latin-1', () => {
  const names = ['Erdoğan', 'Kılıçdaroğlu', 'Wałęsa', 'Nguyễn', 'Đoković', 'Dvořák', 'Şahin', 'Ţiriac', 'Məmmədov', 'Hawaiʻi'];

  it('keeps each such name one token, with its own letters and offsets', () => {
    for (const name of names) {
      const text = `Officials said ${name} had left.`;
      const t = tokenize(text);
      const at = t.val.indexOf(name);
      assert.ok(at >= 0, `${name} is split: ${t.val.join(' | ')}`);
      assert.equal(text.slice(t.start[at], t.end[at]), name);
      assert.equal(t.low[at], name.toLowerCase());
    }
  });

  it('makes letters plain one unit for one, and leaves other text as it is', () => {
    assert.equal(plainLetters('Kılıçdaroğlu and Łukasz Œuvre'), 'Kiliçdaroglu and Lukasz Ouvre');
    for (const s of ['Ærø Gyurcsány José', 'Дмитрий Кошелев', '習近平', 'plain']) assert.equal(plainLetters(s), s);
    for (const name of names) assert.equal(plainLetters(name).length, name.length);
  });

  it('finds the speaker and the content of a sentence with such a name', () => {
    const a = analyze('Lech Wałęsa said the strike would go on. Mr Wałęsa thanked the dockers.');
    assert.deepEqual(a.quotes.map((q) => [q.text, q.speaker]), [['the strike would go on', 'Lech Wałęsa']]);
    assert.deepEqual(a.names.map((n) => [n.name, n.mentions.map((m) => m.text)]), [['Lech Wałęsa', ['Lech Wałęsa', 'Wałęsa']]]);
  });
});
