// Same text and options, same result, whatever the process analysed before; and wink's lexicon
// does not grow over a long session (see src/core/winkState.ts).
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core';
import { lexiconSize } from '../../src/core/nlp';
import { corpusArticles, requireOrSkip } from './helpers';

const signature = (text: string): string => {
  const a = analyze(text);
  assert.equal(a.stats.error, undefined, `analyze() failed internally: ${a.stats.error}`);
  return JSON.stringify([a.sentences, a.quotes, a.claims, a.names, a.hygiene]);
};

/** Deterministic words of many shapes, prefixes and suffixes wink has never seen. */
function unseenWords(count: number, seed: number): string {
  const letters = 'bcdfghjklmnpqrstvwxzaeiouBCDFGKLMQXZ0123456789कखगघ你好éüß-';
  let x = seed;
  const next = (): number => (x = (x * 1103515245 + 12345) % 2147483648);
  const words: string[] = [];
  for (let i = 0; i < count; i++) {
    let w = '';
    for (let j = 2 + (next() % 11); j > 0; j--) w += letters[next() % letters.length];
    words.push(w);
  }
  return words.join(' ');
}

describe('determinism: the analysis depends only on (text, options)', function () {
  this.timeout(120_000);

  it('gives the same result for 1 MB of news read twice in one process', function () {
    const corpus = corpusArticles();
    requireOrSkip(this, corpus !== null, 'the shared corpus (../shared/corpus/articles)');
    let text = '';
    for (const a of corpus!) {
      if (text.length > 1_000_000) break;
      text += a.text + '\n\n';
    }
    // Before the fix the second read of this text moved sentence boundaries and quotes: wink had
    // learnt the first read's words, and new feature indices overflowed their bit fields.
    assert.equal(signature(text), signature(text));
  });

  it('gives the same result after 100,000 unseen words and one word of Hindi', function () {
    const corpus = corpusArticles();
    const article = corpus?.find((a) => a.name.includes('living-with-hiv'))?.text ?? corpus?.[0]?.text;
    requireOrSkip(this, article !== undefined, 'the shared corpus (../shared/corpus/articles)');
    const before = signature(article!);
    analyze('नमस्ते');
    for (let seed = 1; seed <= 10; seed++) analyze(unseenWords(10_000, seed));
    assert.equal(signature(article!), before);
  });

  it('keeps wink\'s lexicon at the model\'s own size between documents', () => {
    analyze('A first sentence.');
    const loaded = lexiconSize();
    assert.ok(loaded > 50_000, `the model's lexicon has ${loaded} words`);
    for (let seed = 20; seed < 25; seed++) {
      const a = analyze(unseenWords(20_000, seed));
      assert.ok(a.stats.words >= 20_000, 'the unseen words were analysed');
      assert.equal(lexiconSize(), loaded, 'words learnt from one document were forgotten after it');
    }
  });
});
