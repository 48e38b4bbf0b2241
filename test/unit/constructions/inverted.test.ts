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
  {
    // The attribution interrupts the sentence: the clause after it is reported too.
    text: 'Because the dam was never inspected, reads the lawsuit, the county must pay for the repairs.',
    quotes: [
      { kind: 'indirect', text: 'Because the dam was never inspected', speaker: 'the lawsuit', cue: 'reads' },
      { kind: 'indirect', text: 'the county must pay for the repairs', speaker: 'the lawsuit', cue: 'reads' },
    ],
  },
  {
    // A relative clause after the source describes the source and reports nothing.
    text: 'The ferry will run again in June, said Mayor Jo Hart, who took office in May.',
    quotes: [{ kind: 'indirect', text: 'The ferry will run again in June', speaker: 'Jo Hart', cue: 'said' }],
  },
]);

cases('verb first', [
  {
    text: 'Remarked city planner Ann Hale, "This bridge is a gift to the town."',
    quotes: [{ kind: 'direct', text: 'This bridge is a gift to the town.', speaker: 'Ann Hale', cue: 'Remarked' }],
  },
  {
    text: 'Added Tom Reed: "We are not done yet."',
    quotes: [{ kind: 'direct', text: 'We are not done yet.', speaker: 'Tom Reed', cue: 'Added' }],
  },
  {
    // A noun phrase with its own verb after "said" is the subject of what was said, not a source
    // after the verb; the subject before the participle phrase speaks.
    text: 'Tom Reed, citing "the sheer cost of the project," said the council could not afford the bridge.',
    quotes: [
      { kind: 'direct', text: 'the sheer cost of the project,', speaker: 'Tom Reed', cue: 'said' },
      { kind: 'indirect', text: 'the council could not afford the bridge', speaker: 'Tom Reed', cue: 'said' },
    ],
  },
  {
    text: 'The bridge will close, said Mayor Ann Hale on Monday.',
    quotes: [{ kind: 'indirect', text: 'The bridge will close', speaker: 'Ann Hale', cue: 'said' }],
  },
]);

cases('an interval after a trailing attribution', [
  {
    text: 'Ann Hale won the primary, the Associated Press declared on Thursday, two days after voters went to the polls.',
    quotes: [{ kind: 'indirect', text: 'Ann Hale won the primary', speaker: 'Associated Press', cue: 'declared' }],
  },
  {
    // A three-word time between a source and its verb.
    text: 'Ann Hale, the party chairman, this past week announced the creation of a website.',
    quotes: [{ kind: 'indirect', text: 'the creation of a website', speaker: 'Ann Hale', cue: 'announced' }],
  },
]);

cases('how and where it was said, after a trailing attribution', [
  {
    text: 'The plan is dead, Hale said, answering a question at a town hall in Berlin.',
    quotes: [{ kind: 'indirect', text: 'The plan is dead', speaker: 'Hale', cue: 'said' }],
  },
  {
    text: '"The plan is dead," Hale said, drawing some audible gasps from the crowd.',
    quotes: [{ kind: 'direct', text: 'The plan is dead,', speaker: 'Hale', cue: 'said' }],
  },
  {
    text: 'The plan is dead, Hale said Thursday at a forum hosted by the advocacy group.',
    quotes: [{ kind: 'indirect', text: 'The plan is dead', speaker: 'Hale', cue: 'said' }],
  },
  {
    // "that" after the verb opens what was said; it is no time.
    text: 'The previous day, the broadcaster DTV revealed that in December, Ann Hale had accepted responsibility.',
    quotes: [{ kind: 'indirect', text: 'in December, Ann Hale had accepted responsibility', speaker: 'DTV', cue: 'revealed' }],
  },
]);

cases('a gerund modifying the noun of a source after the verb', [
  {
    text: '"Nobody is paying for them any more," said the operator\'s managing director, Terence Ibbotson.',
    quotes: [{ kind: 'direct', text: 'Nobody is paying for them any more,', speaker: 'Terence Ibbotson', cue: 'said' }],
  },
]);
