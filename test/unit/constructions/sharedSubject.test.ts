import { cases } from './harness';

cases('shared subject', [
  {
    text: 'Mayor Jo Hart defended the budget on Monday, saying the city had no other choice.',
    quotes: [{ kind: 'indirect', text: 'the city had no other choice', speaker: 'Jo Hart', cue: 'saying' }],
  },
  {
    text: 'Councillor Nadia Brook said the plan was sound and added that the vote would be held in May.',
    quotes: [
      { kind: 'indirect', text: 'the plan was sound', speaker: 'Nadia Brook', cue: 'said' },
      { kind: 'indirect', text: 'the vote would be held in May', speaker: 'Nadia Brook', cue: 'added' },
    ],
  },
  {
    text: 'The union rejected the offer, adding that its members would strike on Friday.',
    quotes: [{ kind: 'indirect', text: 'its members would strike on Friday', speaker: 'The union', cue: 'adding' }],
  },
]);
