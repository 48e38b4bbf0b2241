import { cases } from './harness';

cases('according to', [
  {
    text: 'According to Mayor Jo Hart, the pool will reopen in June.',
    quotes: [{ kind: 'indirect', text: 'the pool will reopen in June', speaker: 'Jo Hart', cue: 'According to' }],
  },
  {
    text: 'The pool will reopen in June, according to Mayor Jo Hart.',
    quotes: [{ kind: 'indirect', text: 'The pool will reopen in June', speaker: 'Jo Hart', cue: 'according to' }],
  },
  {
    text: 'Two people were hurt in the crash, according to police.',
    quotes: [{ kind: 'indirect', text: 'Two people were hurt in the crash', speaker: 'police', cue: 'according to' }],
  },
  {
    text: 'According to a statement from Vellmar Rail, service will resume on Monday.',
    quotes: [{ kind: 'indirect', text: 'service will resume on Monday', speaker: 'Vellmar Rail', cue: 'According to' }],
  },
  {
    text: 'Service will resume on Monday, according to a statement from Vellmar Rail.',
    quotes: [{ kind: 'indirect', text: 'Service will resume on Monday', speaker: 'Vellmar Rail', cue: 'according to' }],
  },
  {
    text: 'The new clinic, according to Health Minister Sara Okafor, will open in the fall.',
    quotes: [{ kind: 'indirect', text: 'The new clinic, according to Health Minister Sara Okafor, will open in the fall', speaker: 'Sara Okafor', cue: 'according to' }],
  },
  {
    text: 'According to the Riverton Gazette, the mayor plans to resign next month.',
    quotes: [{ kind: 'indirect', text: 'the mayor plans to resign next month', speaker: 'the Riverton Gazette', cue: 'According to' }],
  },
  {
    text: 'According to residents, the water had been brown for weeks.',
    quotes: [{ kind: 'indirect', text: 'the water had been brown for weeks', speaker: 'residents', cue: 'According to', anonymous: true }],
  },
  {
    text: 'According to court records, Tom Reed owed $40,000 in back taxes.',
    quotes: [{ kind: 'indirect', text: 'Tom Reed owed $40,000 in back taxes', speaker: 'court records', cue: 'According to' }],
  },
  {
    text: 'According to Dr. Irene Sato, an economist at Dunmore University, the recession is over.',
    quotes: [{ kind: 'indirect', text: 'the recession is over', speaker: 'Irene Sato', cue: 'According to' }],
  },
  {
    text: 'The storm, which hit on Sunday, damaged 200 homes, according to Pell County officials.',
    quotes: [{ kind: 'indirect', text: 'The storm, which hit on Sunday, damaged 200 homes', speaker: 'Pell County officials', cue: 'according to', anonymous: true }],
  },
  {
    text: 'According to a spokeswoman for the school district, classes will resume on Monday.',
    quotes: [{ kind: 'indirect', text: 'classes will resume on Monday', speaker: 'a spokeswoman for the school district', cue: 'According to', anonymous: true }],
  },
  {
    text: 'According to Tom Reed, who has owned the bakery since 2010, sales have doubled.',
    quotes: [{ kind: 'indirect', text: 'sales have doubled', speaker: 'Tom Reed', cue: 'According to' }],
  },
  {
    text: 'Mayor Jo Hart spoke after the count. According to Hart, the vote was fair.',
    quotes: [{ kind: 'indirect', text: 'the vote was fair', speaker: 'Jo Hart', cue: 'According to' }],
  },
  {
    text: 'According to police, the driver was not wearing a seat belt and was driving too fast.',
    quotes: [{ kind: 'indirect', text: 'the driver was not wearing a seat belt and was driving too fast', speaker: 'police', cue: 'According to' }],
  },
  {
    text: 'According to the union, more than 300 workers signed the petition.',
    quotes: [{ kind: 'indirect', text: 'more than 300 workers signed the petition', speaker: 'the union', cue: 'According to' }],
  },
  {
    text: 'Flu cases doubled in January, according to data from Pell County Health.',
    quotes: [{ kind: 'indirect', text: 'Flu cases doubled in January', speaker: 'Pell County Health', cue: 'according to' }],
  },
  {
    // A cue that reports nothing ("found himself") does not take the content from "according to".
    text: 'The mayor, however, has found himself in the same legal bind, according to spokesperson Ann Lee.',
    quotes: [{ kind: 'indirect', text: 'The mayor, however, has found himself in the same legal bind', speaker: 'Ann Lee', cue: 'according to' }],
  },
  {
    // Degree adverbs and hyphenated compounds stay inside the source phrase.
    text: 'The town had 115 burglaries in 2024, according to the most recent figures.',
    quotes: [{ kind: 'indirect', text: 'The town had 115 burglaries in 2024', speaker: 'the most recent figures', cue: 'according to' }],
  },
  {
    text: 'According to a just-released poll, Reed is leading the race.',
    quotes: [{ kind: 'indirect', text: 'Reed is leading the race', speaker: 'a just-released poll', cue: 'According to' }],
  },
]);

cases('"according to" a described poll', [
  {
    text: 'Voters view the senator as honest, according to a new Gallup poll.',
    quotes: [{ kind: 'indirect', text: 'Voters view the senator as honest', speaker: 'a new Gallup poll', cue: 'according to' }],
  },
]);

cases('"according to" a person\'s memoirs', [
  {
    text: 'Ann Hale married three times but, according to her memoirs, also loved a painter.',
    quotes: [{ kind: 'indirect', text: 'also loved a painter', speaker: 'Ann Hale', cue: 'according to' }],
  },
]);

cases('according to: settings and reports with no owner', [
  {
    // A setting before the cue opens the sentence; the content is the clause after it.
    text: 'Last year, according to the census office, the town grew by 4 percent.',
    quotes: [{ kind: 'indirect', text: 'the town grew by 4 percent', speaker: 'census office', cue: 'according to' }],
  },
  {
    text: 'In 2019, according to the census office, the town grew by 4 percent.',
    quotes: [{ kind: 'indirect', text: 'the town grew by 4 percent', speaker: 'census office', cue: 'according to' }],
  },
  {
    // An indefinite institution's memo is the memo, not "a party".
    text: 'According to a party memo, she missed 40 votes last year.',
    quotes: [{ kind: 'indirect', text: 'she missed 40 votes last year', speaker: 'a party memo', cue: 'According to' }],
  },
  {
    // Reports with no owner name no source (GUIDELINES: like "by reports"): a hearsay claim.
    text: 'The mayor resigned in March, according to some unconfirmed reports.',
    quotes: [],
    claims: ['The mayor resigned in March, according to some unconfirmed reports.'],
  },
  {
    // "local news reports" names a kind of source.
    text: 'The mayor resigned in March, according to local news reports.',
    quotes: [{ kind: 'indirect', text: 'The mayor resigned in March', speaker: 'local news reports', cue: 'according to' }],
  },
]);

cases('according to: inside a list, and reports with an owner', [
  {
    // The source vouches for the phrase "including" waits for.
    text: 'The outbreak killed at least 62 people, including, according to government reports, 54 small children.',
    quotes: [{ kind: 'indirect', text: '54 small children', speaker: 'government reports', cue: 'according to' }],
  },
  {
    // "reports" in the source phrase is no verb of its own: one attribution, not two.
    text: 'According to police reports, the driver was drunk.',
    quotes: [{ kind: 'indirect', text: 'the driver was drunk', speaker: 'police reports', cue: 'According to' }],
  },
  {
    // An unnamed source that ends the sentence is the whole phrase, as written; a time is not in it.
    text: 'The firm lost $4 million last year, according to two people with knowledge of the talks.',
    quotes: [{ kind: 'indirect', text: 'The firm lost $4 million last year', speaker: 'two people with knowledge of the talks', cue: 'according to', anonymous: true }],
  },
  {
    text: 'The firm lost $4 million last year, according to documents filed with the court.',
    quotes: [{ kind: 'indirect', text: 'The firm lost $4 million last year', speaker: 'documents filed with the court', cue: 'according to' }],
  },
  {
    text: 'The firm lost $4 million, according to police on Monday.',
    quotes: [{ kind: 'indirect', text: 'The firm lost $4 million', speaker: 'police', cue: 'according to', anonymous: true }],
  },
]);

cases('according to: polling, and a share of someone\'s people', [
  {
    // wink reads "polling" as a verb; in the source phrase it is the noun.
    text: 'According to recent polling, the mayor is once again leading the field.',
    quotes: [{ kind: 'indirect', text: 'the mayor is once again leading the field', speaker: 'recent polling', cue: 'According to' }],
  },
  {
    text: 'Ann Hale, who is running for mayor, is also joining the lawsuit, according to one of her senior aides.',
    quotes: [{ kind: 'indirect', text: 'Ann Hale, who is running for mayor, is also joining the lawsuit', speaker: 'one of her senior aides', cue: 'according to' }],
  },
]);

cases('according to inside another report\'s "that" clause', [
  {
    // The phrase says where the agency's report came from; the clause, with it, is the agency's.
    text: 'The agency reported that, according to an audit of her calendar, 85 of the 154 meetings were with donors.',
    quotes: [{ kind: 'indirect', text: 'according to an audit of her calendar, 85 of the 154 meetings were with donors', speaker: 'The agency', cue: 'reported' }],
  },
  {
    text: 'Police said that according to witnesses the car was speeding.',
    quotes: [{ kind: 'indirect', text: 'according to witnesses the car was speeding', speaker: 'Police', cue: 'said' }],
  },
  {
    // Not after a "that": the phrase speaks for the clause before it, as ever.
    text: 'The car was speeding, according to witnesses.',
    quotes: [{ kind: 'indirect', text: 'The car was speeding', speaker: 'witnesses', cue: 'according to', anonymous: true }],
  },
]);

cases('according to after another report in the sentence', [
  {
    text: 'Police fired tear gas at protesters, witnesses said, and at least 30 people were arrested, according to the interior ministry.',
    quotes: [
      { kind: 'indirect', text: 'Police fired tear gas at protesters', speaker: 'witnesses', cue: 'said', anonymous: true },
      { kind: 'indirect', text: 'at least 30 people were arrested', speaker: 'the interior ministry', cue: 'according to' },
    ],
  },
  {
    // With no source of its own, the joined clause goes on with what was said, less its "and".
    text: 'Orders will fill the plant for years, Ann Hale said, and paying back this loan seems realistic.',
    quotes: [
      { kind: 'indirect', text: 'Orders will fill the plant for years', speaker: 'Ann Hale', cue: 'said' },
      { kind: 'indirect', text: 'paying back this loan seems realistic', speaker: 'Ann Hale', cue: 'said' },
    ],
  },
  {
    // What he believes already holds the clause the phrase vouches for.
    text: 'Gabov believes that China is taking advantage, but Putin can only see it as a price, according to the researcher.',
    quotes: [{ kind: 'indirect', text: 'China is taking advantage, but Putin can only see it as a price', speaker: 'Gabov', cue: 'believes' }],
  },
  {
    // The participle describes the document; it is no part of the source's name.
    text: 'Shipping executive Dermot Calloway paid bribes to port officials, according to an indictment unsealed on Thursday.',
    quotes: [{ kind: 'indirect', text: 'Shipping executive Dermot Calloway paid bribes to port officials', speaker: 'an indictment', cue: 'according to' }],
  },
  {
    text: 'The test works, according to a paper published on Wednesday in the Journal of Oncology.',
    quotes: [{ kind: 'indirect', text: 'The test works', speaker: 'a paper', cue: 'according to' }],
  },
]);

cases('according to a pronoun', [
  {
    text: 'Ann Hale left the firm in May. The plan failed, according to her.',
    quotes: [{ kind: 'indirect', text: 'The plan failed', speaker: 'Ann Hale', cue: 'according to' }],
  },
  {
    text: 'Luis Ortega fled in 1990. He crossed the border after, according to him, the network censured his first report.',
    quotes: [{ kind: 'indirect', text: 'the network censured his first report', speaker: 'Luis Ortega', cue: 'according to' }],
  },
  {
    // "her" before a noun is its possessive.
    text: 'According to her lawyer, Hale was innocent.',
    quotes: [{ kind: 'indirect', text: 'Hale was innocent', speaker: 'her lawyer', cue: 'According to', anonymous: true }],
  },
]);

cases('according to people described by a participle phrase', [
  {
    text: 'According to two people briefed on the negotiations, the studio has offered the writers a raise.',
    quotes: [{ kind: 'indirect', text: 'the studio has offered the writers a raise', speaker: 'two people briefed on the negotiations', cue: 'According to', anonymous: true }],
  },
]);
