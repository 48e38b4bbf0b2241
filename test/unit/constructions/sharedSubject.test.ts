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
  {
    // ", saying" is said by the clause's subject, whatever noun it is; a dash works like a comma.
    text: 'Some candidates have called for more ferries, saying the bridge has been inadequate.',
    quotes: [
      { kind: 'indirect', text: 'more ferries', speaker: 'Some candidates' },
      { kind: 'indirect', text: 'the bridge has been inadequate', speaker: 'Some candidates', cue: 'saying' },
    ],
  },
  {
    text: 'Senator Ana Ruiz changed her vote on the spot – saying she had been misled.',
    quotes: [{ kind: 'indirect', text: 'she had been misled', speaker: 'Ana Ruiz', cue: 'saying' }],
  },
  {
    // An opening participle hangs on the clause after its comma, and reports only a clause; the
    // opening phrase is no content of the main verb, which reports its own topic.
    text: 'After saying he was nervous, the man asked about the new depot.',
    quotes: [
      { kind: 'indirect', text: 'he was nervous', speaker: 'the man', cue: 'saying' },
      { kind: 'indirect', text: 'the new depot', speaker: 'the man', cue: 'asked' },
    ],
  },
  {
    text: 'Commenting on the radio calls, Captain Ann Lee said the night was chaotic.',
    quotes: [{ kind: 'indirect', text: 'the night was chaotic', speaker: 'Ann Lee', cue: 'said' }],
  },
  {
    // The subject is found past an opening setting and a subordinate clause.
    text: 'In 2017, after the complaints came to light, Mayor Tom Reed resigned, citing health issues.',
    quotes: [{ kind: 'indirect', text: 'health issues', speaker: 'Tom Reed', cue: 'citing' }],
  },
  {
    // An absolute phrase ("with X saying") has its own subject.
    text: 'The poll found a tie, with 47 percent of voters saying they would back the mayor.',
    quotes: [{ kind: 'indirect', text: 'they would back the mayor', speaker: '47 percent of voters', anonymous: true }],
  },
  {
    text: 'Critics went further, with Senator Ana Ruiz calling the governor a coward.',
    quotes: [{ kind: 'indirect', text: 'the governor a coward', speaker: 'Ana Ruiz', cue: 'calling' }],
  },
]);

cases('an infinitive of purpose', [
  {
    text: 'Hale took to Twitter to say the vote was rigged.',
    quotes: [{ kind: 'indirect', text: 'the vote was rigged', speaker: 'Hale', cue: 'say' }],
    claims: [],
  },
  {
    text: 'Hale called a news conference on Monday to announce that she would resign.',
    quotes: [{ kind: 'indirect', text: 'she would resign', speaker: 'Hale', cue: 'announce' }],
  },
  {
    // Withheld: nothing was said.
    text: 'Hale declined to say whether she would resign.',
    quotes: [],
  },
  {
    text: 'A police spokesman, who asked not to be named, said the suspect was armed.',
    quotes: [{ kind: 'indirect', text: 'the suspect was armed', speaker: 'A police spokesman', cue: 'said', anonymous: true }],
  },
  {
    // A name in apposition to the subject speaks for a coordinated cue too.
    text: 'The manager, Gareth Pryce, praised the fans and said the team had played well.',
    quotes: [{ kind: 'indirect', text: 'the team had played well', speaker: 'Gareth Pryce', cue: 'said' }],
  },
]);

cases('a participle after a subject described by a relative clause', [
  {
    text: 'Republicans, who hold a majority in the Senate, have blocked the measures, saying they infringe on the right to bear arms.',
    quotes: [{ kind: 'indirect', text: 'they infringe on the right to bear arms', speaker: 'Republicans', cue: 'saying' }],
  },
]);

cases('people right before a participle say what follows', [
  {
    text: 'The attacks have left 62 percent of voters saying race relations are growing worse.',
    quotes: [{ kind: 'indirect', text: 'race relations are growing worse', speaker: '62 percent of voters', cue: 'saying', anonymous: true }],
  },
  {
    // In the subject, where the reported clause ends and the sentence's verb begins is a guess.
    text: 'The share of primary voters saying they want a ban is as high as 75 percent in Ohio.',
    quotes: [],
  },
  {
    // A letter is no person, and the one who got it did not write it.
    text: 'Residents received a letter saying the plant would close.',
    quotes: [],
  },
  {
    text: 'Workers got an email saying their jobs were safe.',
    quotes: [],
  },
  {
    // Its sender did.
    text: 'The mayor sent a letter saying the plant would close.',
    quotes: [{ kind: 'indirect', text: 'the plant would close', speaker: 'The mayor', cue: 'saying' }],
  },
]);
