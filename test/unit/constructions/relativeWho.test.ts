import { cases } from './harness';

cases('relative who', [
  {
    text: 'The plan was backed by Councillor Nadia Brook, who said it would cut traffic in half.',
    quotes: [{ kind: 'indirect', text: 'it would cut traffic in half', speaker: 'Nadia Brook', cue: 'said' }],
  },
  {
    text: 'The school was praised by Inspector Paul Grant, who told parents that standards had risen.',
    quotes: [{ kind: 'indirect', text: 'standards had risen', speaker: 'Paul Grant', cue: 'told' }],
  },
]);
