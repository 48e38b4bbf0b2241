import { cases } from './harness';

cases('as X said', [
  {
    text: 'As Mayor Jo Hart said on Monday, the budget leaves no room for new hires.',
    quotes: [{ kind: 'indirect', text: 'the budget leaves no room for new hires', speaker: 'Jo Hart', cue: 'said' }],
  },
  {
    text: 'As the ministry warned last week, prices for heating oil have risen sharply.',
    quotes: [{ kind: 'indirect', text: 'prices for heating oil have risen sharply', speaker: 'the ministry', cue: 'warned' }],
  },
]);

cases('"as X noted" inside and after its content', [
  {
    text: 'Staff can still get in trouble, and as Ann Hale noted, people involved in the case could still be punished.',
    quotes: [{ kind: 'indirect', text: 'people involved in the case could still be punished', speaker: 'Ann Hale', cue: 'noted' }],
  },
  {
    text: 'People involved could still be punished, as Ann Hale noted.',
    quotes: [{ kind: 'indirect', text: 'People involved could still be punished', speaker: 'Ann Hale', cue: 'noted' }],
  },
  {
    // A reason, not a source: the verb has its own object.
    text: 'The union funded the studies, as it considers the bridge a priority.',
    quotes: [{ kind: 'indirect', text: 'the bridge a priority', speaker: 'union', cue: 'considers' }],
  },
]);

cases('a participle after a subordinator inside the sentence', [
  {
    text: 'The candidate has made repeated gaffes after telling his aides he planned to adopt a calmer tone.',
    quotes: [{ kind: 'indirect', text: 'he planned to adopt a calmer tone', speaker: 'The candidate', cue: 'telling' }],
  },
  {
    text: 'Ann Hale told her staff that the office would close.',
    quotes: [{ kind: 'indirect', text: 'the office would close', speaker: 'Ann Hale', cue: 'told' }],
  },
  {
    text: 'Someone told the mayor that the vote was lost.',
    quotes: [{ kind: 'indirect', text: 'the vote was lost', speaker: 'Someone', cue: 'told', anonymous: true }],
  },
]);
