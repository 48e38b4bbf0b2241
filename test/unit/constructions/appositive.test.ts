import { cases } from './harness';

cases('appositives, organisations and outlets around the source', [
  {
    text: 'Dana Fox, a spokeswoman for Vellmar Rail, said the trains would run on time.',
    quotes: [{ kind: 'indirect', text: 'the trains would run on time', speaker: 'Dana Fox', cue: 'said' }],
  },
  {
    text: 'Omar Diaz, of the Elm Street Tenants Union, said rents had doubled since 2020.',
    quotes: [{ kind: 'indirect', text: 'rents had doubled since 2020', speaker: 'Omar Diaz', cue: 'said' }],
  },
  {
    text: "Vellmar Rail's chief executive, Nina Castell, said the company would hire 200 workers.",
    quotes: [{ kind: 'indirect', text: 'the company would hire 200 workers', speaker: 'Nina Castell', cue: 'said' }],
  },
  {
    text: "Harbour Works' finance director Paul Grant said profits had fallen by a third.",
    quotes: [{ kind: 'indirect', text: 'profits had fallen by a third', speaker: 'Paul Grant', cue: 'said' }],
  },
  {
    text: 'Vellmar Rail chief executive Nina Castell said ticket sales were up.',
    quotes: [{ kind: 'indirect', text: 'ticket sales were up', speaker: 'Nina Castell', cue: 'said' }],
  },
  {
    text: 'Tom Reed wrote in the Riverton Gazette that the plan would fail.',
    quotes: [{ kind: 'indirect', text: 'the plan would fail', speaker: 'Tom Reed', cue: 'wrote' }],
  },
  {
    text: 'Governor Ana Ruiz told the Dunmore Courier that she would run again.',
    quotes: [{ kind: 'indirect', text: 'she would run again', speaker: 'Ana Ruiz', cue: 'told' }],
  },
  {
    text: 'Tom Reed told the Dunmore Courier the bakery would close by spring.',
    quotes: [{ kind: 'indirect', text: 'the bakery would close by spring', speaker: 'Tom Reed', cue: 'told' }],
  },
  {
    text: 'Leo Marsh, 54, a retired teacher, said the school had changed a great deal.',
    quotes: [{ kind: 'indirect', text: 'the school had changed a great deal', speaker: 'Leo Marsh', cue: 'said' }],
  },
  {
    text: 'Rosa Vega, who chairs the housing committee, said the vote would be held in May.',
    quotes: [{ kind: 'indirect', text: 'the vote would be held in May', speaker: 'Rosa Vega', cue: 'said' }],
  },
  {
    text: '"We are proud of this team," said Dale Brooks, the coach of the Dunmore Hawks.',
    quotes: [{ kind: 'direct', text: 'We are proud of this team', speaker: 'Dale Brooks', cue: 'said' }],
  },
  {
    text: 'Writing in the Dunmore Courier, economist Irene Sato argued that the tax was unfair.',
    quotes: [{ kind: 'indirect', text: 'the tax was unfair', speaker: 'Irene Sato', cue: 'argued' }],
  },
  {
    text: 'A spokesman for Harbour Works, Ben Ortiz, said the plant would stay open.',
    quotes: [{ kind: 'indirect', text: 'the plant would stay open', speaker: 'Ben Ortiz', cue: 'said', anonymous: false }],
  },
  {
    text: 'A Harbour Works spokesman said the plant would stay open.',
    quotes: [{ kind: 'indirect', text: 'the plant would stay open', speaker: 'A Harbour Works spokesman', cue: 'said', anonymous: true }],
  },
  {
    text: 'In an interview with the Riverton Gazette, Governor Ana Ruiz said she would not seek a third term.',
    quotes: [{ kind: 'indirect', text: 'she would not seek a third term', speaker: 'Ana Ruiz', cue: 'said' }],
  },
  {
    text: 'Ellen Park, a Democrat from Pell County, said the bill would pass easily.',
    quotes: [{ kind: 'indirect', text: 'the bill would pass easily', speaker: 'Ellen Park', cue: 'said' }],
  },
  {
    text: 'Dr. Irene Sato, a professor of economics at Dunmore University, said the recession was over.',
    quotes: [{ kind: 'indirect', text: 'the recession was over', speaker: 'Irene Sato', cue: 'said' }],
  },
  {
    text: '"I have nothing to hide," Leo Marsh told the Riverton Gazette.',
    quotes: [{ kind: 'direct', text: 'I have nothing to hide', speaker: 'Leo Marsh', cue: 'told' }],
  },
]);

cases('appositives with ages, places and examples', [
  {
    text: 'Ann Stone, 29, of Huntsville, said the bridge was unsafe.',
    quotes: [{ kind: 'indirect', text: 'the bridge was unsafe', speaker: 'Ann Stone', cue: 'said' }],
  },
  {
    text: 'Ann Stone, 29, of Huntsville, Ala., says her biggest concern is the bridge.',
    quotes: [{ kind: 'indirect', text: 'her biggest concern is the bridge', speaker: 'Ann Stone', cue: 'says' }],
  },
  {
    text: "Even the party's biggest donors, like Ann Beck and Tom Reed, say the plan should change.",
    quotes: [{ kind: 'indirect', text: 'the plan should change', speaker: "the party's biggest donors", cue: 'say', anonymous: true }],
    claims: [],
  },
]);

cases('listeners of "told"', [
  {
    // wink tags "Charleston" a verb; a capitalised word is no verb ending the listener.
    text: 'Ann Hale told The Post and Courier newspaper of Charleston on Saturday that she voted for Reed.',
    quotes: [{ kind: 'indirect', text: 'she voted for Reed', speaker: 'Ann Hale', cue: 'told' }],
  },
  {
    text: 'This is not about me, Mayor Ann Hale told her closest advisers as she worked on the speech.',
    quotes: [{ kind: 'indirect', text: 'This is not about me', speaker: 'Ann Hale', cue: 'told' }],
  },
]);

cases('a colon inside an organisation name', [
  {
    text: 'Co-lead author Ann Hale of the Dunmore Center for River Studies: Research and Outreach (DCRS) said the water was clean.',
    quotes: [{ kind: 'indirect', text: 'the water was clean', speaker: 'Ann Hale', cue: 'said' }],
  },
  {
    text: 'Tom Reed told the crowd: "We won."',
    quotes: [{ kind: 'direct', text: 'We won.', speaker: 'Tom Reed', cue: 'told' }],
  },
]);

cases('"told" has its listener after it, never its source', [
  {
    text: "The strike will continue, the union's president, Ann Hale, told reporters.",
    quotes: [{ kind: 'indirect', text: 'The strike will continue', speaker: 'Ann Hale', cue: 'told' }],
  },
  {
    text: '"This narrative is everywhere," Ann Hale, the director of the Dunmore Center, told The Dunmore Gazette.',
    quotes: [{ kind: 'direct', text: 'This narrative is everywhere,', speaker: 'Ann Hale', cue: 'told' }],
  },
  {
    text: '"Stay away," warned Ann Hale.',
    quotes: [{ kind: 'direct', text: 'Stay away,', speaker: 'Ann Hale', cue: 'warned' }],
  },
]);

cases('appositives before a verb with a listener', [
  {
    text: 'The managing partner, Joel Sturridge, told staff in an email that no one would lose their job.',
    quotes: [{ kind: 'indirect', text: 'no one would lose their job', speaker: 'Joel Sturridge', cue: 'told' }],
  },
  {
    // An ampersand joins a firm's name, and "the firm" points back to it.
    text: 'Tallow & Finch, the Dunmore law firm, has been fined. The firm said it accepted the ruling.',
    quotes: [{ kind: 'indirect', text: 'it accepted the ruling', speaker: 'Tallow & Finch', cue: 'said' }],
  },
]);

cases('a description before the name in the chain', [
  {
    // The description belongs to the chain, not to the content before it.
    text: '“There is no cover-up,” the police commissioner, Harriet Oyelaran, told a news conference.',
    quotes: [{ kind: 'direct', text: 'There is no cover-up,', speaker: 'Harriet Oyelaran', cue: 'told' }],
  },
  {
    text: 'Sales rose 8 percent last year, the bakery owner, Tom Reed, said.',
    quotes: [{ kind: 'indirect', text: 'Sales rose 8 percent last year', speaker: 'Tom Reed', cue: 'said' }],
  },
  {
    // A word glued on by a hyphen ("center-left") is part of a compound, not a verb of a clause.
    text: 'Dana Fox, a founder of the center-left group Third Path, said Mayor Ann Hale had avoided the issue.',
    quotes: [{ kind: 'indirect', text: 'Mayor Ann Hale had avoided the issue', speaker: 'Dana Fox', cue: 'said' }],
  },
  {
    // "think tank" is a noun, even after a hyphenated modifier where wink reads "think" as a verb.
    text: 'Dana Fox, a founder of the center-left think tank Third Path, said Mayor Ann Hale had avoided the issue.',
    quotes: [{ kind: 'indirect', text: 'Mayor Ann Hale had avoided the issue', speaker: 'Dana Fox', cue: 'said' }],
  },
]);

cases('a party and district after a legislator\'s name', [
  {
    // AP style: ", R-Holland Springs," is the party and district, not a person.
    text: 'State Rep. Pieter van der Meulen, R-Holland Springs, said the bill was about parental rights.',
    quotes: [{ kind: 'indirect', text: 'the bill was about parental rights', speaker: 'Pieter van der Meulen', cue: 'said' }],
  },
  {
    // "state" before a title is a noun, not the cue "state".
    text: 'Former state Rep. Emre Kılıç announced Monday that he would run.',
    quotes: [{ kind: 'indirect', text: 'he would run', speaker: 'Emre Kılıç', cue: 'announced' }],
  },
]);

cases('a passive participle between the source and its verb', [
  {
    // "struck" is an irregular participle, not a finite verb ending the chain.
    text: 'Sullivan, struck by her story, told her she did not need any talking points.',
    quotes: [{ kind: 'indirect', text: 'she did not need any talking points', speaker: 'Sullivan', cue: 'told' }],
  },
  {
    text: 'Ann Hale, joined by her aides, said the plan was dead.',
    quotes: [{ kind: 'indirect', text: 'the plan was dead', speaker: 'Ann Hale', cue: 'said' }],
  },
]);

cases('a relative clause among the appositives', [
  {
    // "whose work opens at the Dunmore Gallery" describes the painter; the gallery says nothing.
    text: 'The painter Esperanza Ruiz, whose work opens at the Dunmore Gallery on Friday, said colour was her first language.',
    quotes: [{ kind: 'indirect', text: 'colour was her first language', speaker: 'Esperanza Ruiz', cue: 'said' }],
  },
  {
    text: 'The United States, which has retreated from its goal of ousting President Ali Rahimi, has stated that reconstruction will cost $300 billion.',
    quotes: [{ kind: 'indirect', text: 'reconstruction will cost $300 billion', speaker: 'The United States', cue: 'stated' }],
  },
]);

cases('a name after an article modifies the noun after it', [
  {
    // A person's name takes no article: "the Federal Reserve governor" is a governor of an organisation.
    text: 'The Federal Reserve governor, Clement Osterberg, urged the Senate to resist pressure for fresh stimulus.',
    quotes: [{ kind: 'indirect', text: 'the Senate to resist pressure for fresh stimulus', speaker: 'Clement Osterberg', cue: 'urged' }],
  },
  {
    text: 'The Harbour Works spokesman said the yard would close.',
    quotes: [{ kind: 'indirect', text: 'the yard would close', speaker: 'The Harbour Works spokesman', cue: 'said' }],
  },
]);

cases('a plural head before the appositive name', [
  {
    // A plural head cannot be one person: the name is the chief executive's, and the lawyers speak.
    text: 'Lawyers for the former chief executive, Rowan Delacourt, claimed that the bank had destroyed emails.',
    quotes: [{ kind: 'indirect', text: 'the bank had destroyed emails', speaker: 'Lawyers for the former chief executive, Rowan Delacourt', cue: 'claimed' }],
  },
  {
    text: 'The director of the Red Cross, Oskar Lind, said aid was blocked.',
    quotes: [{ kind: 'indirect', text: 'aid was blocked', speaker: 'Oskar Lind', cue: 'said' }],
  },
]);
