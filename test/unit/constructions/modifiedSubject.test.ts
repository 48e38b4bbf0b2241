import { cases } from './harness';

cases('subject before its modifiers', [
  {
    text: 'Yet some parents who have heard the mayor speak over the years, on radio or at town meetings, said he had less charm than they remembered.',
    quotes: [{ kind: 'indirect', text: 'he had less charm than they remembered', speaker: 'some parents', cue: 'said', anonymous: true }],
  },
  {
    text: 'Several farmers who lost crops in the flood, most of them from the valley, said the relief fund came too late.',
    quotes: [{ kind: 'indirect', text: 'the relief fund came too late', speaker: 'Several farmers', cue: 'said' }],
  },
  {
    text: 'One of the farmers, Joe Hill, 70, said he was convinced that the plan would fail.',
    quotes: [{ kind: 'indirect', text: 'he was convinced that the plan would fail', speaker: 'Joe Hill', cue: 'said' }],
  },
  {
    // The appositive chain still names the person of "X, a ROLE, said".
    text: 'Gov. Sam Ortiz of Utah, a Democrat who has refused to endorse Mr. Hale, said the family deserved better.',
    quotes: [{ kind: 'indirect', text: 'the family deserved better', speaker: 'Sam Ortiz', cue: 'said' }],
  },
  {
    text: 'Tom Reed, a data expert who has helped study some of the leaks found so far, said he did not see proof in the report.',
    quotes: [{ kind: 'indirect', text: 'he did not see proof in the report', speaker: 'Tom Reed', cue: 'said' }],
  },
  {
    // A main clause between subject and verb: the comma before "said" closes content, not a modifier.
    text: 'The bridge, which was built in 1921, will reopen, said Mayor Jo Hart.',
    quotes: [{ kind: 'indirect', text: 'The bridge, which was built in 1921, will reopen', speaker: 'Jo Hart', cue: 'said' }],
  },
  {
    // A list of subjects with relative clauses is no appositive chain.
    text: 'Kellan Mills, which makes paper towels, and Orbit Paper which makes napkins, said they were working around the clock.',
    quotes: [{ kind: 'indirect', text: 'they were working around the clock', speaker: 'Kellan Mills and Orbit Paper', cue: 'said' }],
    todo: 'two subjects, each with its relative clause, are not joined into one source yet',
  },
]);

cases('coordinated verbs after a subject and its appositives', [
  {
    text: 'One of the farmers, Joe Hill, 70, had served in Korea and said he was convinced that the plan would fail.',
    quotes: [{ kind: 'indirect', text: 'he was convinced that the plan would fail', speaker: 'Joe Hill', cue: 'said' }],
  },
]);

cases('relative clauses between a subject and its verb', [
  {
    text: 'Ann Beck, who calls the mayor a "liar," said she does not trust him.',
    quotes: [
      { kind: 'indirect', text: 'the mayor a "liar,"', speaker: 'Ann Beck', cue: 'calls' },
      { kind: 'direct', text: 'liar,', speaker: 'Ann Beck', cue: 'calls' },
      { kind: 'indirect', text: 'she does not trust him', speaker: 'Ann Beck', cue: 'said' },
    ],
  },
  {
    // A second verb of the relative clause: its content ends at the clause's comma.
    text: 'Ann Beck, who endorsed Tom Reed in May and said she would campaign with him, did not show up.',
    quotes: [{ kind: 'indirect', text: 'she would campaign with him', speaker: 'Ann Beck', cue: 'said' }],
  },
  {
    text: 'Ann Hale, speaking to reporters outside the court, said the ruling would be appealed.',
    quotes: [{ kind: 'indirect', text: 'the ruling would be appealed', speaker: 'Ann Hale', cue: 'said' }],
  },
]);

cases('what describes a subject: a participle with its own reason, a surname before a comma', [
  {
    text: 'A senior official, speaking on condition of anonymity because the talks were private, said the two sides were close to a deal.',
    quotes: [{ kind: 'indirect', text: 'the two sides were close to a deal', speaker: 'A senior official', cue: 'said', anonymous: true }],
  },
  {
    // wink reads the opening "Ebbs" as the verb "ebb"; the man named before is its subject.
    text: 'Martin Ebbs ran the firm for a decade. Ebbs, now retired, said in an email that he stood by the investment.',
    quotes: [{ kind: 'indirect', text: 'he stood by the investment', speaker: 'Martin Ebbs', cue: 'said' }],
  },
]);

cases('"said" that wink reads as an adjective', [
  {
    // "said" is an adjective only after a determiner ("the said property").
    text: 'A nurse who asked not to be named said staff were exhausted.',
    quotes: [{ kind: 'indirect', text: 'staff were exhausted', speaker: 'A nurse who asked not to be named', cue: 'said', anonymous: true }],
  },
  {
    text: 'The said property was sold in May.',
    quotes: [],
  },
]);

cases('a poll\'s participle and its agent after any noun for people', [
  {
    text: 'Nearly half of small business owners surveyed by the chamber said they expected to raise prices, and a third said they had frozen hiring.',
    quotes: [
      { kind: 'indirect', text: 'they expected to raise prices', speaker: 'Nearly half of small business owners surveyed by the chamber', cue: 'said' },
      { kind: 'indirect', text: 'they had frozen hiring', speaker: 'a third', cue: 'said' },
    ],
  },
]);
