import { cases } from './harness';

cases('source after the verb', [
  {
    text: '"The vote is final," said Councillor Nadia Brook.',
    quotes: [{ kind: 'direct', text: 'The vote is final', speaker: 'Nadia Brook', cue: 'said' }],
  },
  {
    text: 'The ferry will not run on Sunday, said a spokesman for the port.',
    quotes: [{ kind: 'indirect', text: 'The ferry will not run on Sunday', speaker: 'a spokesman for the port', anonymous: true }],
  },
  {
    text: '"We have waited long enough," said Tom Reed, who owns the bakery.',
    quotes: [{ kind: 'direct', text: 'We have waited long enough', speaker: 'Tom Reed' }],
  },
]);
