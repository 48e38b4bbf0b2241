import { cases } from './harness';

cases('content before the source', [
  {
    text: 'The bridge will reopen on Friday, Mayor Jo Hart said.',
    quotes: [{ kind: 'indirect', text: 'The bridge will reopen on Friday', speaker: 'Jo Hart', cue: 'said' }],
  },
  {
    text: 'The bridge will reopen on Friday, said Mayor Jo Hart.',
    quotes: [{ kind: 'indirect', text: 'The bridge will reopen on Friday', speaker: 'Jo Hart', cue: 'said' }],
  },
  {
    text: 'Exports fell for a third straight month, the ministry said in a statement.',
    quotes: [{ kind: 'indirect', text: 'Exports fell for a third straight month', speaker: 'the ministry', cue: 'said' }],
  },
  {
    text: 'Harbour Works continued to hire staff, spokeswoman Ann Lee said.',
    quotes: [{ kind: 'indirect', text: 'Harbour Works continued to hire staff', speaker: 'Ann Lee', cue: 'said' }],
  },
  {
    text: 'Two people were taken to the hospital with minor injuries, police said.',
    quotes: [{ kind: 'indirect', text: 'Two people were taken to the hospital with minor injuries', speaker: 'police', cue: 'said' }],
  },
  {
    text: 'The fire started in a kitchen on the second floor, a city spokesman said.',
    quotes: [{ kind: 'indirect', text: 'The fire started in a kitchen on the second floor', speaker: 'a city spokesman', cue: 'said', anonymous: true }],
  },
  {
    text: 'The storm knocked out power to 4,000 homes, Pell Electric said Tuesday.',
    quotes: [{ kind: 'indirect', text: 'The storm knocked out power to 4,000 homes', speaker: 'Pell Electric', cue: 'said' }],
  },
  {
    text: 'The talks will resume next week in Geneva, officials said.',
    quotes: [{ kind: 'indirect', text: 'The talks will resume next week in Geneva', speaker: 'officials', cue: 'said', anonymous: true }],
  },
  {
    text: 'Classes will resume on Monday, Principal Omar Diaz told parents in a letter.',
    quotes: [{ kind: 'indirect', text: 'Classes will resume on Monday', speaker: 'Omar Diaz', cue: 'told' }],
  },
  {
    text: 'Principal Grace Little met parents on Monday. The school will stay open, she said.',
    quotes: [{ kind: 'indirect', text: 'The school will stay open', speaker: 'Grace Little', cue: 'said' }],
  },
  {
    text: 'The company will not raise prices this year, Vellmar Rail chief executive Nina Castell said.',
    quotes: [{ kind: 'indirect', text: 'The company will not raise prices this year', speaker: 'Nina Castell', cue: 'said' }],
  },
  {
    text: "Sales rose 8% in the quarter, Tom Reed, the bakery's owner, said.",
    quotes: [{ kind: 'indirect', text: 'Sales rose 8% in the quarter', speaker: 'Tom Reed', cue: 'said' }],
  },
  {
    text: 'The water is safe to drink, Dunmore officials insisted.',
    quotes: [{ kind: 'indirect', text: 'The water is safe to drink', speaker: 'Dunmore officials', cue: 'insisted', anonymous: true }],
  },
  {
    text: 'The repairs will cost about $3 million, Treasurer Nina Castell estimated.',
    quotes: [{ kind: 'indirect', text: 'The repairs will cost about $3 million', speaker: 'Nina Castell', cue: 'estimated' }],
  },
  {
    text: 'The fire was an accident, investigators said Wednesday.',
    quotes: [{ kind: 'indirect', text: 'The fire was an accident', speaker: 'investigators', cue: 'said', anonymous: true }],
  },
  {
    text: 'After months of delays, the new library will open in June, Mayor Jo Hart said.',
    quotes: [{ kind: 'indirect', text: 'After months of delays, the new library will open in June', speaker: 'Jo Hart', cue: 'said' }],
  },
  {
    text: 'The strike is over and workers will return on Monday, union leader Carla Dunn announced.',
    quotes: [{ kind: 'indirect', text: 'The strike is over and workers will return on Monday', speaker: 'Carla Dunn', cue: 'announced' }],
  },
  {
    text: 'Coach Dale Brooks spoke after the game.\n\nThe team will rest on Monday and train again on Tuesday, he said.',
    quotes: [{ kind: 'indirect', text: 'The team will rest on Monday and train again on Tuesday', speaker: 'Dale Brooks', cue: 'said' }],
  },
  {
    // A source between a subject and its predicate: both halves are reported.
    text: 'Around 40 tonnes of grain, port officials said, rotted in the silos.',
    quotes: [
      { kind: 'indirect', text: 'Around 40 tonnes of grain', speaker: 'port officials', anonymous: true },
      { kind: 'indirect', text: 'rotted in the silos', speaker: 'port officials', anonymous: true },
    ],
  },
  {
    // The attribution's own circumstances after it are no content.
    text: 'Reed was unable to find a single taker, Ruiz said, on condition of anonymity to speak freely about the nominee.',
    quotes: [{ kind: 'indirect', text: 'Reed was unable to find a single taker', speaker: 'Ruiz', cue: 'said' }],
  },
  {
    text: 'The bridge will close — for a month at least — the mayor said.',
    quotes: [{ kind: 'indirect', text: 'The bridge will close — for a month at least', speaker: 'the mayor', cue: 'said' }],
  },
  {
    // A second clause with its own quantifier source ("and several said", "while some say") ends the first.
    text: 'One interviewee said people had changed their minds and several said they wanted a new vote.',
    quotes: [
      { kind: 'indirect', text: 'people had changed their minds', speaker: 'One interviewee', anonymous: true },
      { kind: 'indirect', text: 'they wanted a new vote', speaker: 'several', anonymous: true },
    ],
  },
  {
    text: 'Some scientists believe the first fliers were dinosaurs, while some say flight grew up from the ground.',
    quotes: [
      { kind: 'indirect', text: 'the first fliers were dinosaurs', speaker: 'Some scientists', anonymous: true },
      { kind: 'indirect', text: 'flight grew up from the ground', speaker: 'some', anonymous: true },
    ],
  },
  {
    // The subject is found before an appositive, for a participle after the clause.
    text: 'John Hutchinson, a biologist at Riverton College, questioned the findings, saying the birds could not fly.',
    quotes: [{ kind: 'indirect', text: 'the birds could not fly', speaker: 'John Hutchinson', cue: 'saying' }],
  },
]);

cases('where a reported clause starts and ends', [
  {
    text: 'Ann Beck said she would not expect a close race, but she said the mayor could win the north.',
    quotes: [
      { kind: 'indirect', text: 'she would not expect a close race', speaker: 'Ann Beck', cue: 'said' },
      { kind: 'indirect', text: 'the mayor could win the north', speaker: 'Ann Beck', cue: 'said' },
    ],
  },
  {
    text: 'Ann Beck said down-ballot races can also help the party.',
    quotes: [{ kind: 'indirect', text: 'down-ballot races can also help the party', speaker: 'Ann Beck', cue: 'said' }],
  },
  {
    text: 'Ann Beck spoke about the need for calm.',
    quotes: [{ kind: 'indirect', text: 'the need for calm', speaker: 'Ann Beck', cue: 'spoke' }],
  },
]);

cases('where reported content ends', [
  {
    // A decimal point with no space after it ends no sentence ("4.15pm").
    text: 'The airline said air traffic control lost contact with the plane at 4.15pm. The search began at dawn.',
    quotes: [{ kind: 'indirect', text: 'air traffic control lost contact with the plane at 4.15pm', speaker: 'The airline', cue: 'said' }],
  },
  {
    // A verb with no subject in the cue's tense, after a clause in the other tense, is the source's.
    text: 'The ministry denies that the camp was a prison and goes to great lengths to hide it.',
    quotes: [{ kind: 'indirect', text: 'the camp was a prison', speaker: 'The ministry', cue: 'denies' }],
  },
  {
    text: 'Mayor Jo Hart said the council has failed and promised to fight on.',
    quotes: [
      { kind: 'indirect', text: 'the council has failed', speaker: 'Jo Hart', cue: 'said' },
      { kind: 'indirect', text: 'to fight on', speaker: 'Jo Hart', cue: 'promised' },
    ],
  },
  {
    // The same tense, a shared auxiliary, or a modal: one content.
    text: 'Mayor Jo Hart said the plan failed and ruined the town.',
    quotes: [{ kind: 'indirect', text: 'the plan failed and ruined the town', speaker: 'Jo Hart', cue: 'said' }],
  },
  {
    text: 'Mayor Jo Hart said the council has failed and wasted money.',
    quotes: [{ kind: 'indirect', text: 'the council has failed and wasted money', speaker: 'Jo Hart', cue: 'said' }],
  },
  {
    text: 'Mayor Jo Hart said she would not vote for the plan but planned to abstain.',
    quotes: [{ kind: 'indirect', text: 'she would not vote for the plan but planned to abstain', speaker: 'Jo Hart', cue: 'said' }],
  },
  {
    // "showing" is no cue without evidence: the content runs on.
    text: 'Jeb Stone says Mayor Ann Hale is acting unlawfully and showing disregard for the law.',
    quotes: [{ kind: 'indirect', text: 'Mayor Ann Hale is acting unlawfully and showing disregard for the law', speaker: 'Jeb Stone', cue: 'says' }],
  },
  {
    text: 'Ann Hale insists the party must change, and has championed a new agenda.',
    quotes: [{ kind: 'indirect', text: 'the party must change', speaker: 'Ann Hale', cue: 'insists' }],
  },
  {
    text: 'Ann Hale said he would appoint new judges, and reminded the audience of his record.',
    quotes: [{ kind: 'indirect', text: 'he would appoint new judges', speaker: 'Ann Hale', cue: 'said' }],
  },
  {
    text: 'Ann Hale tweeted a chart of crime figures, just a day after the riot.',
    quotes: [{ kind: 'indirect', text: 'a chart of crime figures', speaker: 'Ann Hale', cue: 'tweeted' }],
  },
  {
    text: 'Ann Hale announced cuts to schools, hospitals and roads.',
    quotes: [{ kind: 'indirect', text: 'cuts to schools, hospitals and roads', speaker: 'Ann Hale', cue: 'announced' }],
  },
  {
    text: 'The budget office said about half of the new spending reflected losses from the tax cuts.',
    quotes: [{ kind: 'indirect', text: 'about half of the new spending reflected losses from the tax cuts', speaker: 'The budget office', cue: 'said' }],
  },
  {
    text: 'Tom Reed said about a dozen of the staff would leave.',
    quotes: [{ kind: 'indirect', text: 'about a dozen of the staff would leave', speaker: 'Tom Reed', cue: 'said' }],
  },
  {
    text: 'Three-quarters of the voters said they were worried about the economy, and more than 4 in 10 said the mayor would be best at handling it.',
    quotes: [
      { kind: 'indirect', text: 'they were worried about the economy', speaker: 'Three-quarters of the voters', cue: 'said' },
      { kind: 'indirect', text: 'the mayor would be best at handling it', speaker: 'more than 4 in 10', cue: 'said', anonymous: true },
    ],
  },
]);

cases('a setting before "that", and no one as a source', [
  {
    text: 'The agency announced on its website that flights would resume.',
    quotes: [{ kind: 'indirect', text: 'flights would resume', speaker: 'The agency', cue: 'announced' }],
  },
  {
    text: 'No group has claimed responsibility for the attack.',
    quotes: [],
  },
]);

cases('a named subject after ", but" is narration', [
  {
    text: 'Europeans described the deal as toothless, but Mr. Hale learned from the experience.',
    quotes: [{ kind: 'indirect', text: 'the deal as toothless', speaker: 'Europeans', cue: 'described' }],
  },
  {
    text: 'Tom Reed said the plan was sound, but Ann Hale rejected it.',
    quotes: [{ kind: 'indirect', text: 'the plan was sound', speaker: 'Tom Reed', cue: 'said' }],
  },
  {
    // A subordinate clause alone is the setting of the clause after it, not what its subject said;
    // the subordinate clause's own cue borrows its subject.
    text: 'When Ann Hale thanked the crowd and said it was good to be home, a man shouted.',
    quotes: [{ kind: 'indirect', text: 'it was good to be home', speaker: 'Ann Hale', cue: 'said' }],
  },
  {
    text: 'Because the storm hit, the bridge closed, officials said.',
    quotes: [{ kind: 'indirect', text: 'Because the storm hit, the bridge closed', speaker: 'officials', cue: 'said', anonymous: true }],
  },
  {
    // The reported question in an opening clause ends where the main clause begins.
    text: 'First, after Ann Hale questioned whether the bridge was safe, Leo Marsh alleged the press was lying.',
    quotes: [
      { kind: 'indirect', text: 'whether the bridge was safe', speaker: 'Ann Hale', cue: 'questioned' },
      { kind: 'indirect', text: 'the press was lying', speaker: 'Leo Marsh', cue: 'alleged' },
    ],
  },
  {
    // A subordinate clause with its main clause after it is reported whole.
    text: 'If the rats were exposed to the shocks, their aversion to harm for others was heightened, the study found.',
    quotes: [{ kind: 'indirect', text: 'If the rats were exposed to the shocks, their aversion to harm for others was heightened', speaker: 'the study', cue: 'found', anonymous: true }],
  },
  {
    // A dateline is no part of the story's first clause.
    text: 'HARBURY, Velland (Reuters) - Velland\'s economy shrank in the third quarter, the national statistics office said on Thursday.',
    quotes: [{ kind: 'indirect', text: 'Velland\'s economy shrank in the third quarter', speaker: 'the national statistics office', cue: 'said' }],
  },
  {
    // Two clauses in the subordinate part with no comma between them: the content still.
    text: 'Although turnout was low the result stands, election officials said.',
    quotes: [{ kind: 'indirect', text: 'Although turnout was low the result stands', speaker: 'election officials', cue: 'said', anonymous: true }],
  },
  {
    // An acronym before a spaced dash is no dateline when no capital follows.
    text: 'NATO - which has 32 members - said on Monday it would send more troops.',
    quotes: [{ kind: 'indirect', text: 'it would send more troops', speaker: 'NATO', cue: 'said' }],
  },
]);

cases('the writer\'s context after a mid-sentence attribution', [
  {
    // ", as ..." after the source and its time is the writer's, and what was said is before it.
    text: 'Tarrant Steel will cut 1,200 jobs, the company said on Monday, as cheap imports eat into its margins.',
    quotes: [{ kind: 'indirect', text: 'Tarrant Steel will cut 1,200 jobs', speaker: 'Tarrant Steel', cue: 'said' }],
  },
  {
    text: 'Profits fell, the company said, while costs rose.',
    quotes: [{ kind: 'indirect', text: 'Profits fell', speaker: 'the company', cue: 'said' }],
  },
]);

cases('an aside between the verb and its "that"', [
  {
    text: 'The company said on Monday, as expected, that profits fell.',
    quotes: [{ kind: 'indirect', text: 'profits fell', speaker: 'The company', cue: 'said' }],
  },
  {
    text: 'The minister said, in a statement, that the border would reopen.',
    quotes: [{ kind: 'indirect', text: 'the border would reopen', speaker: 'The minister', cue: 'said' }],
  },
]);

cases('where and how it was said, after the verb', [
  {
    text: "The mine will never reopen, Halvern's former safety chief, Desmond Achebe, said in an interview at his home outside Port Ebira.",
    quotes: [{ kind: 'indirect', text: 'The mine will never reopen', speaker: 'Desmond Achebe', cue: 'said' }],
  },
  {
    // A statement "that blamed" is the statement's description, not a reported clause.
    text: 'The plan failed, Ann Hale said in a statement that blamed the council.',
    quotes: [{ kind: 'indirect', text: 'The plan failed', speaker: 'Ann Hale', cue: 'said' }],
  },
  {
    // A wire story's dateline is the writer's.
    text: 'VELMAR, March 4 (Meridian Press) - Tarrant Steel will cut 1,200 jobs, the company said on Monday.',
    quotes: [{ kind: 'indirect', text: 'Tarrant Steel will cut 1,200 jobs', speaker: 'Tarrant Steel', cue: 'said' }],
  },
  {
    text: 'WASHINGTON — The Senate passed the bill late on Friday, aides said.',
    quotes: [{ kind: 'indirect', text: 'The Senate passed the bill late on Friday', speaker: 'aides', cue: 'said', anonymous: true }],
  },
]);

cases('whom it was told or written to, after the verb', [
  {
    // A possessive opens the listener's phrase.
    text: 'The plan is dead, Obama told his advisers.',
    quotes: [{ kind: 'indirect', text: 'The plan is dead', speaker: 'Obama', cue: 'told' }],
  },
  {
    // "as he labored": when he said it.
    text: 'The plan is dead, President Obama told his closest advisers as he labored over his last address.',
    quotes: [{ kind: 'indirect', text: 'The plan is dead', speaker: 'Obama', cue: 'told' }],
  },
  {
    // "wrote Linick": to whom the letter went.
    text: 'There is no need to move the records, Kennedy wrote Linick.',
    quotes: [{ kind: 'indirect', text: 'There is no need to move the records', speaker: 'Kennedy', cue: 'wrote' }],
  },
  {
    // wink splits "op-ed" and reads its "ed" as a verb.
    text: 'Richard Cross wrote in an op-ed that he penned the remarks.',
    quotes: [{ kind: 'indirect', text: 'he penned the remarks', speaker: 'Richard Cross', cue: 'wrote' }],
  },
]);
