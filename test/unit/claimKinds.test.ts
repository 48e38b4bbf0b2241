// Each claim rule fires on the kind of sentence it is for, and says which kind it found: a rule
// that never fires (or reports the wrong kind) fails here by name.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core';
import type { ClaimKind } from '../../src/core';

const CASES: [ClaimKind, string][] = [
  ['figure', 'About 4,000 residents lost power during the storm on Tuesday night.'],
  ['figure', 'Unemployment in the county rose to 12 percent over the winter.'],
  ['cause', 'The bridge collapsed because the steel supports had rusted through.'],
  ['cause', 'The flooding was caused by a blocked drain under the market square.'],
  ['allegation', 'Councilman Leo Marsh took bribes from a developer last year.'],
  ['hearsay', 'The mayor reportedly plans to leave office before the election.'],
  ['hearsay', 'The mayor is said to have ordered the report destroyed.'],
  ['prediction', 'Home prices in Pell County will double by next summer.'],
  ['record', 'The storm was the strongest to hit the coast in a century.'],
  ['record', 'It was the hottest July ever recorded in Pell County.'],
  ['characterisation', 'The decision was a controversial one for the small town.'],
  // A streak of a measure, and "than at any time since", are records in other words.
  ['record', 'Bus ridership in Pell County has fallen for a fourth consecutive year.'],
  ['record', 'The council has missed its recycling target for three years running.'],
  ['record', 'The river is more polluted than at any time since the mills closed.'],
  ['cause', 'The layoffs at the mill were a direct result of the new import rules.'],
  ['characterisation', 'The emergency response to the fire was slow and disorganised.'],
];

describe('claim kinds: what stays out', () => {
  // A streak with no measure in it is scene-setting.
  // (Nor one whose measure comes after it, in another clause.)
  for (const text of ['Protests continued for a third consecutive day in the capital.', 'The Hawks won their third straight game on Sunday night.', 'Protests continued for a third straight day in the capital as fuel prices rose.']) {
    it(text, () => assert.deepEqual(analyze(text).claims, []));
  }
});


describe('claim kinds', () => {
  for (const [kind, text] of CASES) {
    it(`${kind}: ${text}`, () => {
      const a = analyze(text);
      assert.deepEqual(a.claims.map((c) => c.kind), [kind], JSON.stringify(a.claims));
      assert.equal(a.claims[0].text, text);
    });
  }

  it('flags no claim once a source says it', () => {
    for (const [, text] of CASES) {
      const said = `${text.replace(/\.$/, '')}, officials said.`;
      assert.deepEqual(analyze(said).claims, [], said);
    }
  });
});
