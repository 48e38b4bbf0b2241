// Every reporting verb in the lexicon reports speech in the plain English shape it takes: dropping
// or breaking one verb (say, "stress") fails here by name, not in a corpus average.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core';
import { inflect } from '../../src/core/inflect';
import { QUOTE_ONLY, speechVerbs } from '../../src/core/lexicon';

/** The past form of a verb: "said", "quipped", "read". */
function past(base: string): string {
  if (base === 'read') return 'read';
  return inflect(base).find((f) => f !== base && !/(s|ing)$/.test(f)) ?? `${base}ed`;
}

/** Verbs that take no "that" clause in English, or no person as subject, with the shape they do take. */
const OTHER_SHAPES: Record<string, [text: string, content: string, speaker: string]> = {
  call: ['Mayor Jo Hart called for a vote on the plan.', 'a vote on the plan', 'Jo Hart'],
  show: ['A new report showed that the plan was sound.', 'the plan was sound', 'A new report'],
};

describe('every reporting verb', () => {
  for (const base of speechVerbs()) {
    const form = past(base);
    if (QUOTE_ONLY.has(base)) {
      it(`"${form}" next to a quotation`, () => {
        const a = analyze(`"The plan is sound," Mayor Jo Hart ${form}.`);
        assert.ok(a.quotes.some((q) => q.kind === 'direct' && q.text.startsWith('The plan is sound') && q.speaker === 'Jo Hart' && q.cue === form), JSON.stringify(a.quotes));
      });
      continue;
    }
    const [text, content, speaker] = OTHER_SHAPES[base] ?? [`Mayor Jo Hart ${form} that the plan was sound.`, 'the plan was sound', 'Jo Hart'];
    it(`"${form}": ${text}`, () => {
      const a = analyze(text);
      assert.ok(a.quotes.some((q) => q.kind === 'indirect' && q.text === content && q.speaker === speaker), JSON.stringify(a.quotes.map((q) => [q.text, q.speaker, q.cue])));
      assert.deepEqual(a.claims, [], 'an attributed sentence is no claim');
    });
  }
});
