import { cases } from './harness';

cases('in their view', [
  {
    text: 'Dr. Irene Sato has studied the town for a decade. In her view, the recession is over.',
    quotes: [{ kind: 'indirect', text: 'the recession is over', speaker: 'Irene Sato', cue: 'In her view' }],
  },
  {
    text: "In Tom Reed's opinion, the bakery can survive another winter.",
    quotes: [{ kind: 'indirect', text: 'the bakery can survive another winter', speaker: 'Tom Reed' }],
  },
  {
    text: 'In the assessment of the Pell County Health Board, the water is safe to drink.',
    quotes: [{ kind: 'indirect', text: 'the water is safe to drink', speaker: 'Pell County Health Board' }],
  },
]);
