import { cases } from './harness';

cases('direct quotations', [
  {
    text: '"We will rebuild," Mayor Jo Hart said.',
    quotes: [{ kind: 'direct', text: 'We will rebuild', speaker: 'Jo Hart', cue: 'said' }],
  },
  {
    text: '"It was a long night," said Tom Reed, who owns the bakery.',
    quotes: [{ kind: 'direct', text: 'It was a long night', speaker: 'Tom Reed', cue: 'said' }],
  },
  {
    text: 'Treasurer Nina Castell said: "The budget is balanced."',
    quotes: [{ kind: 'direct', text: 'The budget is balanced', speaker: 'Nina Castell', cue: 'said' }],
  },
  {
    text: 'Rosa Vega leads the Elm Street Tenants Union. "We are not leaving," she said, "and we are not backing down."',
    quotes: [
      { kind: 'direct', text: 'We are not leaving', speaker: 'Rosa Vega', cue: 'said' },
      { kind: 'direct', text: 'and we are not backing down', speaker: 'Rosa Vega', cue: 'said' },
    ],
  },
  {
    text: '"That was the shortest meeting of my career," Senator Ellen Park quipped.',
    quotes: [{ kind: 'direct', text: 'That was the shortest meeting of my career', speaker: 'Ellen Park', cue: 'quipped' }],
  },
  {
    text: 'Mayor Jo Hart spoke after the vote. The mayor was direct: "We cannot afford this."',
    quotes: [{ kind: 'direct', text: 'We cannot afford this', speaker: 'Jo Hart' }],
  },
  {
    text: '"We played our best game of the season," coach Dale Brooks said.\n\n"The players never gave up. I am proud of them."',
    quotes: [
      { kind: 'direct', text: 'We played our best game of the season', speaker: 'Dale Brooks', cue: 'said' },
      { kind: 'direct', text: 'The players never gave up. I am proud of them', speaker: 'Dale Brooks' },
    ],
  },
  {
    text: 'The bakery sells a "healthy" doughnut made with oat flour.',
    quotes: [],
  },
  {
    text: 'Council members spent most of the meeting on the town\'s "parking problem."',
    quotes: [],
  },
  {
    text: 'The Dunmore library will screen "The Long Road Home" on Friday night.',
    quotes: [],
  },
  {
    text: 'Mayor Jo Hart said she had watched "Night Harbor" twice.',
    quotes: [{ kind: 'indirect', text: 'she had watched "Night Harbor" twice', speaker: 'Jo Hart', cue: 'said' }],
  },
  {
    text: '“The water is safe to drink,” Dr. Irene Sato said.',
    quotes: [{ kind: 'direct', text: 'The water is safe to drink', speaker: 'Irene Sato', cue: 'said' }],
  },
  {
    text: '"Where did the money go?" asked council member Rosa Vega.',
    quotes: [{ kind: 'direct', text: 'Where did the money go', speaker: 'Rosa Vega', cue: 'asked' }],
  },
  {
    text: '"The road is closed. Drivers should use Route 9," police said.',
    quotes: [{ kind: 'direct', text: 'The road is closed. Drivers should use Route 9', speaker: 'police', cue: 'said' }],
  },
  {
    text: '"We are proud of them," coach Dale Brooks said, adding that the team would rest on Monday.',
    quotes: [
      { kind: 'direct', text: 'We are proud of them', speaker: 'Dale Brooks', cue: 'said' },
      { kind: 'indirect', text: 'the team would rest on Monday', speaker: 'Dale Brooks', cue: 'adding' },
    ],
  },
  {
    text: 'Tom Reed told reporters: "We are done here."',
    quotes: [{ kind: 'direct', text: 'We are done here', speaker: 'Tom Reed', cue: 'told' }],
  },
  {
    text: 'Governor Ana Ruiz said the plan was "dead on arrival."',
    quotes: [
      { kind: 'indirect', text: 'the plan was "dead on arrival."', speaker: 'Ana Ruiz', cue: 'said' },
      { kind: 'direct', text: 'dead on arrival', speaker: 'Ana Ruiz', cue: 'said' },
    ],
  },
  {
    text: '"The first year was hard," Tom Reed said. "We lost money every month.\n\n"Then the neighbors started coming back."',
    quotes: [
      { kind: 'direct', text: 'The first year was hard', speaker: 'Tom Reed', cue: 'said' },
      { kind: 'direct', text: 'We lost money every month', speaker: 'Tom Reed' },
      { kind: 'direct', text: 'Then the neighbors started coming back', speaker: 'Tom Reed' },
    ],
  },
  {
    text: '"We are ready," Fire Chief Megan Wood said. "We have trained for this," she added.',
    quotes: [
      { kind: 'direct', text: 'We are ready', speaker: 'Megan Wood', cue: 'said' },
      { kind: 'direct', text: 'We have trained for this', speaker: 'Megan Wood', cue: 'added' },
    ],
  },
  {
    // Hard-wrapped text: a line break inside a quotation or before a lower-case line ends no sentence.
    text: '"The bridge will close on Friday,\nand the ferry will run," the mayor said.\n',
    quotes: [{ kind: 'direct', text: 'The bridge will close on Friday,\nand the ferry will run,', speaker: 'the mayor', cue: 'said' }],
  },
  {
    text: 'The mayor said the bridge\nwould close on Friday.\n',
    quotes: [{ kind: 'indirect', text: 'the bridge\nwould close on Friday', speaker: 'The mayor', cue: 'said' }],
  },
  {
    // A suppression marker on its own line inside a paragraph does not split the paragraph.
    text: '"The bridge will close on Friday,\n[[copydesk-disable-next-line tk -- checked]]\nand the ferry will run," the mayor said.\n',
    quotes: [{ kind: 'direct', text: 'The bridge will close on Friday, and the ferry will run,', speaker: 'the mayor', cue: 'said' }],
  },
]);

cases('quotations nobody said', [
  {
    // A passive label quotes what others called the subject.
    text: 'Governor Ann Hale was sworn in on Monday. Governor Ann Hale was known for her work as a "friend to all and enemy to none".',
    quotes: [],
  },
  {
    text: 'People holding a banner saying "united in diversity". Image: John Lubbock (flickr).',
    quotes: [],
  },
  {
    // A quotation that is all of a parenthesis glosses a word.
    text: 'Roughly one million people marched in London during an anti-Brexit ("British exit") march, event organizers said.',
    quotes: [{ kind: 'indirect', text: 'Roughly one million people marched in London during an anti-Brexit ("British exit") march', speaker: 'event organizers', cue: 'said' }],
  },
  {
    // "disputes" after a verb's preposition is a noun, not a cue.
    text: 'He was known for mediating in several Middle Eastern disputes with care.',
    quotes: [],
  },
]);

cases('quotations named by a headline, an announcement or a stray full stop', [
  {
    // A headline names its speaker before a colon, with no verb.
    text: 'Mayor Ann Hale: ‘We Will Rebuild the Bridge by Spring.’\n\nHale spoke to residents on Monday.',
    quotes: [{ kind: 'direct', text: 'We Will Rebuild the Bridge by Spring.', speaker: 'Ann Hale', cue: null }],
  },
  {
    text: 'Dr. Ann Hale: Ben Ruiz ‘Not Fit To Serve As Mayor.’\n\nHale spoke on Monday.',
    quotes: [{ kind: 'direct', text: 'Not Fit To Serve As Mayor.', speaker: 'Ann Hale', cue: null }],
  },
  {
    // A label before a colon is nobody.
    text: 'Warning: “Do not enter the water after dark.”',
    quotes: [{ kind: 'direct', text: 'Do not enter the water after dark.', speaker: null }],
  },
  {
    // "released the following statement:": the quotation after the colon is the subject's.
    text: 'When Ann Hale retired in 1998, Mayor Ben Ruiz released the following statement:\n\n“We offer our condolences to the family. She served the town well.”',
    quotes: [{ kind: 'direct', text: 'We offer our condolences to the family. She served the town well.', speaker: 'Ben Ruiz' }],
  },
  {
    text: 'The rules are as follows:\n\n“No dogs on the beach after nine in the morning.”',
    quotes: [{ kind: 'direct', text: 'No dogs on the beach after nine in the morning.', speaker: null }],
  },
  {
    // A full stop where the comma belongs: the source and cue that stand alone after it speak it.
    text: '“We will win.” Ann Hale said. The vote is on Monday.',
    quotes: [{ kind: 'direct', text: 'We will win.', speaker: 'Ann Hale', cue: 'said' }],
  },
  {
    text: '“We will win,” Ben Ruiz said. Ann Hale said nothing.',
    quotes: [{ kind: 'direct', text: 'We will win,', speaker: 'Ben Ruiz', cue: 'said' }],
  },
]);

cases('verbs that report only next to a quotation', [
  {
    text: '“You have called the voters fools,” Ann Hale charged in her speech.',
    quotes: [{ kind: 'direct', text: 'You have called the voters fools,', speaker: 'Ann Hale', cue: 'charged' }],
  },
  {
    text: '“Sit down,” Ann Hale snapped.',
    quotes: [{ kind: 'direct', text: 'Sit down,', speaker: 'Ann Hale', cue: 'snapped' }],
  },
  {
    text: '“That is absurd,” laughed Ann Hale.',
    quotes: [{ kind: 'direct', text: 'That is absurd,', speaker: 'Ann Hale', cue: 'laughed' }],
  },
  {
    text: 'Police charged Ann Hale with fraud, and she laughed at the idea.',
    quotes: [],
  },
]);

cases('straight single quotation marks (British copy)', [
  {
    text: "'It is a sad day for the town,' said Councillor Evie Marr.",
    quotes: [{ kind: 'direct', text: 'It is a sad day for the town,', speaker: 'Evie Marr', cue: 'said' }],
  },
  {
    // Apostrophes pair with nothing: a plural possessive, a contraction, an elision.
    text: "The boys' club said it would close. 'We have no choice,' said its chairman, Tom Reed. Don't worry, 'tis only a club.",
    quotes: [
      { kind: 'indirect', text: 'it would close', speaker: "The boys' club", cue: 'said' },
      { kind: 'direct', text: 'We have no choice,', speaker: 'Tom Reed', cue: 'said' },
    ],
  },
  {
    text: "Evie Marr said: 'We will rebuild the bridge.'",
    quotes: [{ kind: 'direct', text: 'We will rebuild the bridge.', speaker: 'Evie Marr', cue: 'said' }],
  },
  {
    // A colon quotation's speaker is the subject, and a name in apposition is who it means.
    text: 'The manager, Gareth Pryce, was blunt afterwards: "We were second best all afternoon."',
    quotes: [{ kind: 'direct', text: 'We were second best all afternoon.', speaker: 'Gareth Pryce' }],
  },
  {
    // A British single-quoted word inside reported speech is a partial quote; a possessive and
    // "rock 'n' roll" are not.
    text: "Chief executive Sarah Whitcombe said trading had been 'encouraging' despite the workers' strike and the rock 'n' roll tour.",
    quotes: [
      { kind: 'indirect', text: "trading had been 'encouraging' despite the workers' strike and the rock 'n' roll tour", speaker: 'Sarah Whitcombe', cue: 'said' },
      { kind: 'direct', text: 'encouraging', speaker: 'Sarah Whitcombe', cue: 'said' },
    ],
  },
]);

cases('a colon after the words of their owner', [
  {
    // The governor's message, not the lawmakers it was for.
    text: 'Gov. Wade Lindqvist\'s message to lawmakers was blunt: "Send me a budget or stay in Springdale all summer."',
    quotes: [{ kind: 'direct', text: 'Send me a budget or stay in Springdale all summer.', speaker: 'Wade Lindqvist' }],
  },
  {
    text: 'Councilwoman Beatrice Onyango said it would pass. Councilman Floyd Reyes cast the lone no vote. His objection was simple: "We have neighborhoods with no sidewalks at all."',
    quotes: [
      { kind: 'indirect', text: 'it would pass', speaker: 'Beatrice Onyango', cue: 'said' },
      { kind: 'direct', text: 'We have neighborhoods with no sidewalks at all.', speaker: 'Floyd Reyes' },
    ],
  },
  {
    // "Pro Tem" is part of the title.
    text: 'Asked if the caucus would back him, Senate President Pro Tem Hank Osterberg smiled. "Ask me in October," he said.',
    quotes: [{ kind: 'direct', text: 'Ask me in October,', speaker: 'Hank Osterberg', cue: 'said' }],
  },
]);

cases('titles with the full stop inside the closing mark', [
  {
    // US style: the sentence's full stop sits inside the title's closing mark.
    text: 'Hale, who was born in Dunmore, later hosted "The Late Hour With Ann Hale."',
    quotes: [],
  },
  {
    // One word with its comma is a piece of speech, not a title.
    text: '"However," Tom Reed said, "the bridge will stay shut."',
    quotes: [
      { kind: 'direct', text: 'However,', speaker: 'Tom Reed', cue: 'said' },
      { kind: 'direct', text: 'the bridge will stay shut.', speaker: 'Tom Reed', cue: 'said' },
    ],
  },
]);

cases('a quotation after a colon that runs on into the next paragraph', [
  {
    // No closing mark at the end of the first paragraph: the next one goes on with the same words.
    text: 'Defence barrister Alan Pembe began quietly: "My client made mistakes. He trusted people he should not have trusted.\n\n"But a mistake is not a crime, and no document proves otherwise."',
    quotes: [
      { kind: 'direct', text: 'My client made mistakes. He trusted people he should not have trusted.', speaker: 'Alan Pembe' },
      { kind: 'direct', text: 'But a mistake is not a crime, and no document proves otherwise.', speaker: 'Alan Pembe' },
    ],
  },
  {
    // Closed, the next paragraph's quotation may be anyone's: it stays with no speaker.
    text: 'Defence barrister Alan Pembe began quietly: "My client made mistakes, and he knows it."\n\n"But a mistake is not a crime, and no document proves otherwise."',
    quotes: [
      { kind: 'direct', text: 'My client made mistakes, and he knows it.', speaker: 'Alan Pembe' },
      { kind: 'direct', text: 'But a mistake is not a crime, and no document proves otherwise.', speaker: null },
    ],
  },
]);
