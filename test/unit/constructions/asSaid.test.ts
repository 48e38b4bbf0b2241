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
