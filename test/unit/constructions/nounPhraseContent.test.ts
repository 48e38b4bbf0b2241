import { cases } from './harness';

cases('noun-phrase content', [
  {
    text: 'Mayor Jo Hart described the merger as a mistake.',
    quotes: [{ kind: 'indirect', text: 'the merger as a mistake', speaker: 'Jo Hart', cue: 'described' }],
  },
  {
    text: 'Treasurer Nina Castell spoke at the meeting. She described the audit as thorough.',
    quotes: [{ kind: 'indirect', text: 'the audit as thorough', speaker: 'Nina Castell', cue: 'described' }],
  },
  {
    text: 'Residents blamed the council for the flooding.',
    quotes: [{ kind: 'indirect', text: 'the council for the flooding', speaker: 'Residents', cue: 'blamed', anonymous: true }],
  },
  {
    text: 'Councilman Leo Marsh called the proposal reckless.',
    quotes: [{ kind: 'indirect', text: 'the proposal reckless', speaker: 'Leo Marsh', cue: 'called' }],
  },
  {
    text: 'Senator Ellen Park called the bill "a gift to polluters."',
    quotes: [{ kind: 'direct', text: 'a gift to polluters', speaker: 'Ellen Park', cue: 'called' }],
  },
  {
    text: 'Union leader Carla Dunn branded the offer an insult.',
    quotes: [{ kind: 'indirect', text: 'the offer an insult', speaker: 'Carla Dunn', cue: 'branded' }],
  },
  {
    text: 'Prosecutors accused Tom Reed of hiding $2 million from investors.',
    quotes: [{ kind: 'indirect', text: 'Tom Reed of hiding $2 million from investors', speaker: 'Prosecutors', cue: 'accused' }],
  },
  {
    text: 'Coach Dale Brooks announced his resignation.',
    quotes: [{ kind: 'indirect', text: 'his resignation', speaker: 'Dale Brooks', cue: 'announced' }],
  },
  {
    text: 'On Friday, Coach Dale Brooks announced his retirement from the Dunmore Hawks.',
    quotes: [{ kind: 'indirect', text: 'his retirement from the Dunmore Hawks', speaker: 'Dale Brooks', cue: 'announced' }],
  },
  {
    text: 'Councilman Leo Marsh denied the allegations.',
    quotes: [{ kind: 'indirect', text: 'the allegations', speaker: 'Leo Marsh', cue: 'denied' }],
  },
  {
    text: 'Treasurer Nina Castell stepped down in March, citing health problems.',
    quotes: [{ kind: 'indirect', text: 'health problems', speaker: 'Nina Castell', cue: 'citing' }],
  },
  {
    text: 'Harbour Works raised its prices by 10%, citing rising fuel costs.',
    quotes: [{ kind: 'indirect', text: 'rising fuel costs', speaker: 'Harbour Works', cue: 'citing' }],
  },
  {
    text: 'Governor Ana Ruiz announced a $5 million relief fund for farmers.',
    quotes: [{ kind: 'indirect', text: 'a $5 million relief fund for farmers', speaker: 'Ana Ruiz', cue: 'announced' }],
  },
  {
    text: 'Health Minister Sara Okafor confirmed the first case of measles in Dunmore.',
    quotes: [{ kind: 'indirect', text: 'the first case of measles in Dunmore', speaker: 'Sara Okafor', cue: 'confirmed' }],
  },
  {
    text: 'Police described the suspect as a man in his 30s.',
    quotes: [{ kind: 'indirect', text: 'the suspect as a man in his 30s', speaker: 'Police', cue: 'described' }],
  },
  {
    text: 'Residents called the new bus schedule confusing.',
    quotes: [{ kind: 'indirect', text: 'the new bus schedule confusing', speaker: 'Residents', cue: 'called', anonymous: true }],
  },
  {
    text: 'Tom Reed described the fire as the worst he had seen in 30 years.',
    quotes: [{ kind: 'indirect', text: 'the fire as the worst he had seen in 30 years', speaker: 'Tom Reed', cue: 'described' }],
  },
  {
    text: 'Governor Ana Ruiz declared a state of emergency.',
    quotes: [],
  },
  {
    text: 'Mayor Jo Hart ordered the beaches closed.',
    quotes: [],
  },
  {
    // A relative clause after a reported noun phrase describes it: the reporter's words.
    text: 'Mayor Jo Hart announced the closure of the Elm Street bridge, which was built in 1921.',
    quotes: [{ kind: 'indirect', text: 'the closure of the Elm Street bridge', speaker: 'Jo Hart', cue: 'announced' }],
  },
  {
    // A reported clause keeps a relative clause inside it.
    text: 'Mayor Jo Hart said the bridge, which was built in 1921, would close in May.',
    quotes: [{ kind: 'indirect', text: 'the bridge, which was built in 1921, would close in May', speaker: 'Jo Hart', cue: 'said' }],
  },
  {
    // "called her a liar": the pronoun is the object; "called her son a hero": it is a possessive.
    text: 'Mayor Ann Lee called her a liar.',
    quotes: [{ kind: 'indirect', text: 'her a liar', speaker: 'Ann Lee', cue: 'called' }],
  },
  {
    text: 'Mayor Ann Lee called her late son her hero.',
    quotes: [{ kind: 'indirect', text: 'her late son her hero', speaker: 'Ann Lee', cue: 'called' }],
  },
  {
    text: 'Mayor Ann Lee called her office on Monday.',
    quotes: [],
  },
  {
    // Judging someone for something, or something as something, is reported without a clause.
    text: 'Senator Ana Ruiz criticized the mayor for cutting the library budget.',
    quotes: [{ kind: 'indirect', text: 'the mayor for cutting the library budget', speaker: 'Ana Ruiz', cue: 'criticized' }],
  },
  {
    text: 'Senator Ana Ruiz considered the plan a failure.',
    quotes: [{ kind: 'indirect', text: 'the plan a failure', speaker: 'Ana Ruiz', cue: 'considered' }],
  },
  {
    // A verdict after the judged object ("as ...") is reported like a reason ("for ...").
    text: 'Councilman Leo Marsh dismissed the audit as a smear campaign.',
    quotes: [{ kind: 'indirect', text: 'the audit as a smear campaign', speaker: 'Leo Marsh', cue: 'dismissed' }],
  },
  {
    text: 'Health Minister Sara Okafor praised the vaccine rollout as a model for the region.',
    quotes: [{ kind: 'indirect', text: 'the vaccine rollout as a model for the region', speaker: 'Sara Okafor', cue: 'praised' }],
  },
  {
    // Dismissing staff reports nothing.
    text: 'Harbour Works dismissed three managers in March.',
    quotes: [],
  },
  {
    // Bare praise and a bare "considered the offer" report nothing.
    text: 'Senator Ana Ruiz praised the firefighters. She considered the offer.',
    quotes: [],
  },
  {
    // A participle before a noun ("May's proposed deal") is no cue; the object may have an owner.
    text: 'Labour MP Tom Watson called Prime Minister Laura May\'s proposed Brexit deal "lousy".',
    quotes: [
      { kind: 'indirect', text: 'Prime Minister Laura May\'s proposed Brexit deal "lousy"', speaker: 'Tom Watson', cue: 'called' },
      { kind: 'direct', text: 'lousy', speaker: 'Tom Watson', cue: 'called' },
    ],
  },
  {
    text: 'Mayor Jo Hart said that the reported attack never happened.',
    quotes: [{ kind: 'indirect', text: 'the reported attack never happened', speaker: 'Jo Hart', cue: 'said' }],
  },
]);

cases('emphasis reports a noun phrase', [
  {
    text: 'Harbour Works spokesman Tom Reed underlined the rights of the workers in the region.',
    quotes: [{ kind: 'indirect', text: 'the rights of the workers in the region', speaker: 'Tom Reed', cue: 'underlined' }],
  },
  {
    text: 'Ann Hale underlined they keep channels to the union open for dialog and that she would be "very happy" to talk.',
    quotes: [
      { kind: 'indirect', text: 'they keep channels to the union open for dialog', speaker: 'Ann Hale', cue: 'underlined' },
      { kind: 'indirect', text: 'she would be "very happy" to talk', speaker: 'Ann Hale', cue: 'underlined' },
      { kind: 'direct', text: 'very happy', speaker: 'Ann Hale', cue: 'underlined' },
    ],
  },
]);

cases('a stated vision', [
  {
    text: 'Prime Minister Ann Hale envisioned the pipeline to end their "fringe country" status.',
    quotes: [
      { kind: 'indirect', text: 'the pipeline to end their "fringe country" status', speaker: 'Ann Hale', cue: 'envisioned' },
      { kind: 'direct', text: 'fringe country', speaker: 'Ann Hale', cue: 'envisioned' },
    ],
  },
  {
    text: 'The mayor envisages a town where nobody drives.',
    quotes: [{ kind: 'indirect', text: 'a town where nobody drives', speaker: 'The mayor', cue: 'envisages' }],
  },
]);

cases('a reported question', [
  {
    // "questioned" reports a question after it; it is no cue for an interview.
    text: 'Senator Ellen Park questioned whether the bridge would open on time.',
    quotes: [{ kind: 'indirect', text: 'whether the bridge would open on time', speaker: 'Ellen Park', cue: 'questioned' }],
  },
  {
    text: 'Councilman Leo Marsh questioned why the audit had taken two years.',
    quotes: [{ kind: 'indirect', text: 'why the audit had taken two years', speaker: 'Leo Marsh', cue: 'questioned' }],
  },
  {
    text: 'Detectives questioned Leo Marsh for six hours on Monday.',
    quotes: [],
  },
  {
    // A noun phrase cannot join a verb: "and" or "but" before one starts the source's next act.
    text: 'Coach Dale Brooks announced his resignation and left the building.',
    quotes: [{ kind: 'indirect', text: 'his resignation', speaker: 'Dale Brooks', cue: 'announced' }],
  },
  {
    text: 'Ann Hale blamed the storm on the council but later apologised to its members.',
    quotes: [{ kind: 'indirect', text: 'the storm on the council', speaker: 'Ann Hale', cue: 'blamed' }],
  },
  {
    text: 'Ann Hale announced a tax on sugar and fizzy drinks.',
    quotes: [{ kind: 'indirect', text: 'a tax on sugar and fizzy drinks', speaker: 'Ann Hale', cue: 'announced' }],
  },
  {
    text: 'Ann Hale said the port authority and the coastguard would investigate.',
    quotes: [{ kind: 'indirect', text: 'the port authority and the coastguard would investigate', speaker: 'Ann Hale', cue: 'said' }],
  },
  {
    // A place after "and" joins the noun phrase; the clause goes on.
    text: 'The Riverton Gazette reported astronomers from the Dunmore Observatory and elsewhere discovered a new comet.',
    quotes: [{ kind: 'indirect', text: 'astronomers from the Dunmore Observatory and elsewhere discovered a new comet', speaker: 'Riverton Gazette', cue: 'reported' }],
  },
  {
    // A time clause after the object is no verdict; a reason is no part of a dismissal.
    text: 'Senator Ana Ruiz criticised the plan as the vote neared. The judge dismissed the case for lack of evidence.',
    quotes: [],
  },
  {
    // A noun wink tags as a verb after "and" shows no tense: the object goes on.
    text: 'Harbour Works announced job cuts and pay freezes across its stores.',
    quotes: [{ kind: 'indirect', text: 'job cuts and pay freezes across its stores', speaker: 'Harbour Works', cue: 'announced' }],
  },
  {
    // A manner adverb may stand between the cue and its preposition; "in favour of" names the topic.
    text: 'Senator Ellen Park spoke affectionately of her late husband. Councilman Leo Marsh argued in favour of the merger.',
    quotes: [
      { kind: 'indirect', text: 'her late husband', speaker: 'Ellen Park', cue: 'spoke' },
      { kind: 'indirect', text: 'the merger', speaker: 'Leo Marsh', cue: 'argued' },
    ],
  },
  {
    text: 'Senator Ellen Park spoke briefly to reporters.',
    quotes: [],
  },
]);

cases('the topic after a cue\'s preposition', [
  {
    text: 'Mayor Lena Osei joked about moving the town hall to the beach.',
    quotes: [{ kind: 'indirect', text: 'moving the town hall to the beach', speaker: 'Lena Osei', cue: 'joked' }],
  },
  {
    text: 'Senator Ellen Park tweeted about the border wall.',
    quotes: [{ kind: 'indirect', text: 'the border wall', speaker: 'Ellen Park', cue: 'tweeted' }],
  },
  {
    // "spoke on condition of anonymity" is the terms of speaking, not its topic.
    text: 'A senior official spoke on condition of anonymity.',
    quotes: [],
  },
]);
