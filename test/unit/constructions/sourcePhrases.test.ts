import { cases } from './harness';

// Who a source phrase names, whatever construction found it (src/core/sources.ts).
cases('source phrases', [
  {
    text: 'Pell County data show flu cases doubled in January, according to figures from the Pell County Health Board.',
    quotes: [{ kind: 'indirect', text: 'Pell County data show flu cases doubled in January', speaker: 'Pell County Health Board' }],
  },
  {
    text: 'The town\'s founder, Ada Brook, died on Monday at the age of 101, her son Tom Brook announced.',
    quotes: [{ kind: 'indirect', text: "The town's founder, Ada Brook, died on Monday at the age of 101", speaker: 'Tom Brook' }],
  },
  {
    text: 'The county council on Tuesday announced that the library would close.',
    quotes: [{ kind: 'indirect', text: 'the library would close', speaker: 'The county council' }],
  },
  {
    text: 'Senator Dana Fox (D-Ore.) said she would vote against the bill.',
    quotes: [{ kind: 'indirect', text: 'she would vote against the bill', speaker: 'Dana Fox' }],
  },
  {
    text: 'Several parents — including two teachers — said the new timetable was confusing.',
    quotes: [{ kind: 'indirect', text: 'the new timetable was confusing', speaker: 'Several parents', anonymous: true }],
  },
  {
    text: 'Sixty percent of voters said they would back the levy.',
    quotes: [{ kind: 'indirect', text: 'they would back the levy', speaker: 'Sixty percent of voters', anonymous: true }],
  },
  {
    text: 'Two in three said the town needed a new school.',
    quotes: [{ kind: 'indirect', text: 'the town needed a new school', speaker: 'Two in three', anonymous: true }],
  },
  {
    text: 'Those surveyed said the economy was their main worry.',
    quotes: [{ kind: 'indirect', text: 'the economy was their main worry', speaker: 'Those surveyed', anonymous: true }],
  },
  {
    text: 'Nearly a third say they have not decided.',
    quotes: [{ kind: 'indirect', text: 'they have not decided', speaker: 'Nearly a third', anonymous: true }],
  },
  {
    text: 'Many said they would stay in the town.',
    quotes: [{ kind: 'indirect', text: 'they would stay in the town', speaker: 'Many', anonymous: true }],
  },
  {
    text: 'A person familiar with the talks said the deal was close.',
    quotes: [{ kind: 'indirect', text: 'the deal was close', speaker: 'A person familiar with the talks', anonymous: true }],
  },
  {
    text: 'Nadia Brook, Leo Marsh and Tom Reed said they would stand for the council.',
    quotes: [{ kind: 'indirect', text: 'they would stand for the council', speaker: 'Nadia Brook, Leo Marsh and Tom Reed' }],
  },
  {
    text: 'Harbour Works opened a second plant. It said the plant would employ 300 people.',
    quotes: [{ kind: 'indirect', text: 'the plant would employ 300 people', speaker: 'Harbour Works' }],
  },
  {
    text: 'County prosecutors charged the driver with manslaughter, they said on Friday.',
    quotes: [{ kind: 'indirect', text: 'County prosecutors charged the driver with manslaughter', speaker: 'County prosecutors', anonymous: true }],
  },
  {
    // "Washington" is a given name too: a newspaper word still makes an organisation.
    text: 'The Washington Post reported that the deal was off. The Washington Post said it had seen the letter.',
    quotes: [
      { kind: 'indirect', text: 'the deal was off', speaker: 'Washington Post' },
      { kind: 'indirect', text: 'it had seen the letter', speaker: 'Washington Post' },
    ],
  },
  {
    text: "''We will rebuild,'' the mayor said.",
    quotes: [{ kind: 'direct', text: 'We will rebuild,', speaker: 'the mayor' }],
  },
  {
    // A description headed by a title names someone holding that title, not whoever shares a word of it.
    text: 'Norland President Elsa Brandt signed the bill on Monday. The director of Norland\'s Red Cross, Oskar Lind, said the law would save lives. The director said the clinics were ready.',
    quotes: [
      { kind: 'indirect', text: 'the law would save lives', speaker: 'Oskar Lind' },
      { kind: 'indirect', text: 'the clinics were ready', speaker: 'Oskar Lind' },
    ],
  },
  {
    // A counterpart holds the same office as the person it is the counterpart of.
    text: 'Bolivian President Rosa Quispe met her Peruvian counterpart, Javier Soto, on Friday. The Peruvian president said the border would stay open.',
    quotes: [{ kind: 'indirect', text: 'the border would stay open', speaker: 'Javier Soto' }],
  },
  {
    // A Foreign Secretary is what other countries call a foreign minister.
    text: 'Foreign Secretary Anita Rao arrived in Lima on Tuesday. The foreign minister said talks would resume.',
    quotes: [{ kind: 'indirect', text: 'talks would resume', speaker: 'Anita Rao' }],
  },
  {
    text: 'A well-known lawyer said the case was weak.',
    quotes: [{ kind: 'indirect', text: 'the case was weak', speaker: 'A well-known lawyer', anonymous: true }],
  },
  {
    // The institution before a document speaks for it; a relative clause between source and verb is skipped.
    text: 'The council statement, which was posted online, announced the closure of the pool.',
    quotes: [{ kind: 'indirect', text: 'the closure of the pool', speaker: 'The council', cue: 'announced' }],
  },
  {
    // "the government of Norland" is not Norland's president: a description needs its head in the role.
    text: 'Norland President Elsa Brandt died on Monday. The government of Norland announced her death on Tuesday.',
    quotes: [{ kind: 'indirect', text: 'her death', speaker: 'The government of Norland', cue: 'announced' }],
  },
  {
    // "The couple" are the last two people named together, not a nickname pair in between.
    text: 'Guests of Honour Cherie and Sean Dunn, known to fans as "Lucky and Skip", held a session. The couple said they learned more from failed projects.',
    quotes: [{ kind: 'indirect', text: 'they learned more from failed projects', speaker: 'Cherie and Sean Dunn', cue: 'said' }],
  },
  {
    // The owner of a statement speaks through it, whatever it is about.
    text: 'Ruiz died on Friday. The family\'s statement on the death read: "She loved this town, and it loved her back."',
    quotes: [{ kind: 'direct', text: 'She loved this town, and it loved her back.', speaker: 'The family', cue: 'read' }],
  },
]);

cases('shares of a group and long source phrases', [
  {
    text: 'Most of them said they had enjoyed working at the mill.',
    quotes: [{ kind: 'indirect', text: 'they had enjoyed working at the mill', speaker: 'Most of them', cue: 'said', anonymous: true }],
  },
  {
    text: 'Two of them said the plan was bad.',
    quotes: [{ kind: 'indirect', text: 'the plan was bad', speaker: 'Two of them', cue: 'said', anonymous: true }],
  },
  {
    text: 'Three of the workers said the mill was unsafe.',
    quotes: [{ kind: 'indirect', text: 'the mill was unsafe', speaker: 'Three of the workers', cue: 'said', anonymous: true }],
  },
  {
    // "Among those" is a setting, not a share of a group: the relative's antecedent speaks.
    text: 'Among those who said they would vote, most backed the levy.',
    quotes: [{ kind: 'indirect', text: 'they would vote', speaker: 'those', cue: 'said' }],
  },
  {
    text: "The deputy head of Norway's delegation to the summit said the talks should resume.",
    quotes: [{ kind: 'indirect', text: 'the talks should resume', speaker: "The deputy head of Norway's delegation to the summit", cue: 'said' }],
  },
  {
    // A noun read as a verb, whose "content" is only the subject of the trailing attribution.
    text: 'The agency has not been using social media references, federal officials said.',
    quotes: [{ kind: 'indirect', text: 'The agency has not been using social media references', speaker: 'federal officials', cue: 'said' }],
  },
]);

cases('one-word answers', [
  {
    text: 'Asked if he was ever lonely, the former astronaut said no.',
    quotes: [{ kind: 'indirect', text: 'no', speaker: 'the former astronaut', cue: 'said' }],
  },
  {
    text: 'Asked whether the plan would work, 60 percent of voters said yes.',
    quotes: [{ kind: 'indirect', text: 'yes', speaker: '60 percent of voters', cue: 'said', anonymous: true }],
  },
  {
    text: 'Ann Lee was asked if she would run. She said no.',
    quotes: [{ kind: 'indirect', text: 'no', speaker: 'Ann Lee', cue: 'said' }],
  },
  {
    // "no" opening a clause is no answer.
    text: 'Ann Lee said no one had called.',
    quotes: [{ kind: 'indirect', text: 'no one had called', speaker: 'Ann Lee', cue: 'said' }],
  },
]);

cases('polls, appositives with asides, and people with knowledge', [
  {
    text: 'Nearly eight in 10 voters overall said they had decided.',
    quotes: [{ kind: 'indirect', text: 'they had decided', speaker: 'Nearly eight in 10 voters', cue: 'said', anonymous: true }],
    claims: [],
  },
  {
    text: 'Some 56 percent of farmers polled said they would vote for the mayor.',
    quotes: [{ kind: 'indirect', text: 'they would vote for the mayor', speaker: 'Some 56 percent of farmers polled', cue: 'said', anonymous: true }],
    claims: [],
  },
  {
    text: 'All but two said the party should act.',
    quotes: [{ kind: 'indirect', text: 'the party should act', speaker: 'All but two', cue: 'said', anonymous: true }],
  },
  {
    text: 'And Sen. Rob Hale (R-Ohio), another vulnerable incumbent, said he had not thought about it.',
    quotes: [{ kind: 'indirect', text: 'he had not thought about it', speaker: 'Rob Hale', cue: 'said' }],
  },
  {
    text: 'People with direct knowledge of the work said that, during the campaign, the mayor was also helping a charity.',
    quotes: [{ kind: 'indirect', text: 'during the campaign, the mayor was also helping a charity', speaker: 'People with direct knowledge of the work', cue: 'said', anonymous: true }],
  },
]);

cases('an owner speaking through what it publishes', [
  {
    text: 'The Dunmore Water Board is closed on Mondays; however, its website notes that the plant is still open.',
    quotes: [{ kind: 'indirect', text: 'the plant is still open', speaker: 'Dunmore Water Board', cue: 'notes' }],
  },
  {
    text: 'Mayor Ann Hale was away. Her statement said the bridge would reopen.',
    quotes: [{ kind: 'indirect', text: 'the bridge would reopen', speaker: 'Ann Hale', cue: 'said' }],
  },
]);

cases('more subjects of "say"', [
  {
    text: "The self-described democratic socialist said he would win the state's primary if turnout were high.",
    quotes: [{ kind: 'indirect', text: "he would win the state's primary if turnout were high", speaker: 'The self-described democratic socialist', cue: 'said' }],
  },
  {
    text: 'About two-thirds of voters support the ban, but majorities in all five say they want a vote.',
    quotes: [{ kind: 'indirect', text: 'they want a vote', speaker: 'majorities in all five', cue: 'say', anonymous: true }],
  },
  {
    text: 'The mayor yanked the arm of a reporter as she tried to ask a question, she and another reporter said.',
    quotes: [{ kind: 'indirect', text: 'The mayor yanked the arm of a reporter as she tried to ask a question', speaker: 'she and another reporter', cue: 'said' }],
  },
  {
    text: 'Ann Hale, Tom Reed and Joe Hill have all described their speeches as duties and say they are no longer accepting invitations.',
    quotes: [{ kind: 'indirect', text: 'they are no longer accepting invitations', speaker: 'Ann Hale, Tom Reed and Joe Hill', cue: 'say' }],
  },
]);

cases('documents and asides between source and verb', [
  {
    text: 'Beyond the footage, the affidavit cited interviews with Fields and said that Reed had seen bruises.',
    quotes: [
      { kind: 'indirect', text: 'interviews with Fields', speaker: 'the affidavit', cue: 'cited' },
      { kind: 'indirect', text: 'Reed had seen bruises', speaker: 'the affidavit', cue: 'said' },
    ],
  },
  {
    text: 'The indictment says Reed hid the money.',
    quotes: [{ kind: 'indirect', text: 'Reed hid the money', speaker: 'The indictment', cue: 'says' }],
  },
  {
    text: 'Her campaign workers here said they have been working the state since the spring.',
    quotes: [{ kind: 'indirect', text: 'they have been working the state since the spring', speaker: 'Her campaign workers', cue: 'said' }],
  },
  {
    text: 'Tom Reed - who has run the farm since 1990 - said at a rally in Texas that the town should close its borders.',
    quotes: [{ kind: 'indirect', text: 'the town should close its borders', speaker: 'Tom Reed', cue: 'said' }],
  },
  {
    text: 'Jeff Salkin, a Dunmore rabbi helping to organize the boycott, said he and other rabbis were alarmed.',
    quotes: [{ kind: 'indirect', text: 'he and other rabbis were alarmed', speaker: 'Jeff Salkin', cue: 'said' }],
  },
  {
    text: 'Doyle said each year of education yields a 10% bump in income.',
    quotes: [{ kind: 'indirect', text: 'each year of education yields a 10% bump in income', speaker: 'Doyle', cue: 'said' }],
    claims: [],
  },
]);

cases('what stands between a source and its verb', [
  {
    // A time is never the source.
    text: 'Party spokesman Sean Spicer on Thursday evening said the party was not in a crisis.',
    quotes: [{ kind: 'indirect', text: 'the party was not in a crisis', speaker: 'Sean Spicer', cue: 'said' }],
  },
  {
    text: 'A statement released Monday said the pool would close for the winter.',
    quotes: [{ kind: 'indirect', text: 'the pool would close for the winter', speaker: 'A statement', cue: 'said' }],
  },
  {
    text: 'Court documents filed Monday say Ann Hale lied to the council.',
    quotes: [{ kind: 'indirect', text: 'Ann Hale lied to the council', speaker: 'Court documents', cue: 'say' }],
  },
  {
    // "news" and "press" name the kind of statement, not who issued it.
    text: 'A news report published Wednesday said Mayor Ann Hale used a personal email account.',
    quotes: [{ kind: 'indirect', text: 'Mayor Ann Hale used a personal email account', speaker: 'A news report', cue: 'said' }],
  },
  {
    text: 'The Pell Valley Authority said the dam was safe. Its press release said repairs would start in May.',
    quotes: [
      { kind: 'indirect', text: 'the dam was safe', speaker: 'Pell Valley Authority', cue: 'said' },
      { kind: 'indirect', text: 'repairs would start in May', speaker: 'Pell Valley Authority', cue: 'said' },
    ],
  },
  {
    // ", then says": a second verb of the first subject, not an appositive of the last noun.
    text: 'Ann Hale jokingly offered the man a job as Secretary of Parks, then says she will welcome advice from anyone.',
    quotes: [{ kind: 'indirect', text: 'she will welcome advice from anyone', speaker: 'Ann Hale', cue: 'says' }],
  },
]);

cases('source phrases: places, times and participles inside them', [
  {
    text: 'Shopkeepers on Fennel Street say trade has halved since the bypass opened.',
    quotes: [{ kind: 'indirect', text: 'trade has halved since the bypass opened', speaker: 'Shopkeepers on Fennel Street', cue: 'say' }],
  },
  {
    text: 'Halvorsen Motors cut 300 jobs. On Tuesday the company denied that any talks were under way.',
    quotes: [{ kind: 'indirect', text: 'any talks were under way', speaker: 'Halvorsen Motors', cue: 'denied' }],
  },
  {
    text: 'The leaked memo states that staff must not discuss pay with reporters.',
    quotes: [{ kind: 'indirect', text: 'staff must not discuss pay with reporters', speaker: 'The leaked memo', cue: 'states' }],
  },
  {
    // A day before a colon is no part of a name.
    text: 'There was another round of fireworks on Friday: Republicans said the department had erred.',
    quotes: [{ kind: 'indirect', text: 'the department had erred', speaker: 'Republicans', cue: 'said' }],
  },
]);

cases('listeners of "tell" and "warn"', [
  {
    text: 'Baroness Imelda Crane told peers the reforms were long overdue.',
    quotes: [{ kind: 'indirect', text: 'the reforms were long overdue', speaker: 'Imelda Crane', cue: 'told' }],
  },
  {
    // With no subject left after it, the noun was the clause's subject, not a listener.
    text: 'Union leader Carys Pendragon warned members could strike as early as next week.',
    quotes: [{ kind: 'indirect', text: 'members could strike as early as next week', speaker: 'Carys Pendragon', cue: 'warned' }],
  },
  {
    text: 'Ann Hale warned residents that the river would rise overnight.',
    quotes: [{ kind: 'indirect', text: 'the river would rise overnight', speaker: 'Ann Hale', cue: 'warned' }],
  },
]);

cases('names with a plural possessive inside', [
  {
    text: "The Transport Workers' Alliance said its members had rejected the offer.",
    quotes: [{ kind: 'indirect', text: 'its members had rejected the offer', speaker: "Transport Workers' Alliance", cue: 'said' }],
  },
  {
    // Someone who speaks for, works for or belongs to a named person is the source, as written:
    // the named person did not say it.
    text: 'Jonas Albrecht, 52, was arrested on Friday. A lawyer for Albrecht said he would plead not guilty.',
    quotes: [{ kind: 'indirect', text: 'he would plead not guilty', speaker: 'A lawyer for Albrecht', cue: 'said', anonymous: true }],
  },
  {
    text: 'A spokeswoman for Mayor Ann Hale said the bridge would reopen.',
    quotes: [{ kind: 'indirect', text: 'the bridge would reopen', speaker: 'A spokeswoman for Mayor Ann Hale', cue: 'said', anonymous: true }],
  },
  {
    text: 'The wife of Tom Reed said he was innocent.',
    quotes: [{ kind: 'indirect', text: 'he was innocent', speaker: 'The wife of Tom Reed', cue: 'said', anonymous: true }],
  },
  {
    // A name after a description is the person described.
    text: 'The leader of the opposition Keir Hall said the plan would fail.',
    quotes: [{ kind: 'indirect', text: 'the plan would fail', speaker: 'Keir Hall', cue: 'said' }],
  },
  {
    // British councillors' abbreviated titles are titles.
    text: '"It\'s a disgrace," added Coun Peter Blythe. Cllr Ann Hale said the budget was balanced.',
    quotes: [
      { kind: 'direct', text: 'It\'s a disgrace,', speaker: 'Peter Blythe', cue: 'added' },
      { kind: 'indirect', text: 'the budget was balanced', speaker: 'Ann Hale', cue: 'said' },
    ],
  },
  {
    // Irish titles are titles; a club named "X United" is an organisation, and "the club" means it.
    text: 'Taoiseach Declan Foley said the talks would resume. Halton United have sacked their manager, the club confirmed on Monday.',
    quotes: [
      { kind: 'indirect', text: 'the talks would resume', speaker: 'Declan Foley', cue: 'said' },
      { kind: 'indirect', text: 'Halton United have sacked their manager', speaker: 'Halton United', cue: 'confirmed' },
    ],
  },
  {
    // A nationality opening a name makes a place or a thing of it ("French Riviera"), so "the
    // French interior minister" is no mention of a person called French.
    text: 'In Nice on the French Riviera, the French interior minister, Bernard Cazeneuve, said that 80 people were killed.',
    quotes: [{ kind: 'indirect', text: '80 people were killed', speaker: 'Bernard Cazeneuve', cue: 'said' }],
  },
  {
    // A firm's trade before its name (AP style) is no part of the name: the firm speaks.
    text: 'Airport operator NorthAir said the problem had been resolved. Chipmaker Intel said profits rose.',
    quotes: [
      { kind: 'indirect', text: 'the problem had been resolved', speaker: 'NorthAir', cue: 'said' },
      { kind: 'indirect', text: 'profits rose', speaker: 'Intel', cue: 'said' },
    ],
  },
  {
    text: 'Investment bank Goldman Sachs said rates would rise, and city planner Dana Fox said the bridge would close.',
    quotes: [
      { kind: 'indirect', text: 'rates would rise', speaker: 'Goldman Sachs', cue: 'said' },
      { kind: 'indirect', text: 'the bridge would close', speaker: 'Dana Fox', cue: 'said' },
    ],
  },
]);

cases('a party and state after a legislator\'s name', [
  {
    // wink ends a sentence inside "N.Y."; one sentence it is.
    text: 'Rep. Ann Hale (D-N.Y.) said the plan was dead.',
    quotes: [{ kind: 'indirect', text: 'the plan was dead', speaker: 'Ann Hale', cue: 'said' }],
  },
  {
    text: 'State Sen. Tom Reed, R-S.C., said after a lunch on Tuesday that he had not read the bill.',
    quotes: [{ kind: 'indirect', text: 'he had not read the bill', speaker: 'Tom Reed', cue: 'said' }],
  },
  {
    // Two sentences all the same after an abbreviation and a space.
    text: 'He moved to the U.S. In 2010 Ann Hale said the plan was dead.',
    quotes: [{ kind: 'indirect', text: 'the plan was dead', speaker: 'Ann Hale', cue: 'said' }],
  },
]);

cases('a document by its issuer', [
  {
    // Attributed, so no unattributed figure either.
    text: "A report released by the state auditor on Tuesday found that a third of the state's bridges are in poor condition.",
    quotes: [{ kind: 'indirect', text: "a third of the state's bridges are in poor condition", speaker: 'the state auditor', cue: 'found' }],
    claims: [],
  },
  {
    text: 'A report by the Dunmore Audit Office said the scheme had overspent.',
    quotes: [{ kind: 'indirect', text: 'the scheme had overspent', speaker: 'Dunmore Audit Office', cue: 'said' }],
  },
  {
    // The notice is the industry group's; the site only published it.
    text: "The Recording Guild's notice published by CodeHub alleged violation of the copyright code.",
    quotes: [{ kind: 'indirect', text: 'violation of the copyright code', speaker: 'Recording Guild', cue: 'alleged' }],
  },
]);

cases('a document and who paid for it', [
  {
    // A sponsor does not speak for the study.
    text: 'A study sponsored by the sugar industry concluded that fat was to blame.',
    quotes: [{ kind: 'indirect', text: 'fat was to blame', speaker: 'A study sponsored by the sugar industry', cue: 'concluded' }],
  },
  {
    text: 'A study funded by the ministry found that the drug worked.',
    quotes: [{ kind: 'indirect', text: 'the drug worked', speaker: 'A study funded by the ministry', cue: 'found' }],
  },
  {
    // Its author does speak for it.
    text: 'A report released by the state auditor found that a third of the funds were missing.',
    quotes: [{ kind: 'indirect', text: 'a third of the funds were missing', speaker: 'the state auditor', cue: 'found', anonymous: true }],
  },
]);

cases('a person\'s lawyer, doctor or wife', [
  {
    // The lawyer speaks, not the client the article named: a wrong speaker here is a libel risk.
    text: "Fund manager Oskar Brandt was charged on Tuesday. Brandt's lawyer said his client would plead not guilty.",
    quotes: [{ kind: 'indirect', text: 'his client would plead not guilty', speaker: "Brandt's lawyer", cue: 'said', anonymous: true }],
  },
  {
    text: "Fund manager Oskar Brandt was charged on Tuesday. Brandt's wife said he was innocent.",
    quotes: [{ kind: 'indirect', text: 'he was innocent', speaker: "Brandt's wife", cue: 'said', anonymous: true }],
  },
  {
    // Named, the lawyer speaks by name.
    text: "Fund manager Oskar Brandt was charged on Tuesday. Brandt's lawyer, Ann Lee, said his client would plead not guilty.",
    quotes: [{ kind: 'indirect', text: 'his client would plead not guilty', speaker: 'Ann Lee', cue: 'said' }],
  },
  {
    // A statement is still its owner's.
    text: "Fund manager Oskar Brandt was charged on Tuesday. Brandt's statement said he was innocent.",
    quotes: [{ kind: 'indirect', text: 'he was innocent', speaker: 'Oskar Brandt', cue: 'said' }],
  },
]);

cases('people at a named place, and a body\'s kind before its name', [
  {
    // "St Brigid" names the hospital the doctors work at; she says nothing.
    text: "Doctors at St Brigid's Hospital say waiting times have fallen by a third.",
    quotes: [{ kind: 'indirect', text: 'waiting times have fallen by a third', speaker: "Doctors at St Brigid's Hospital", cue: 'say', anonymous: true }],
  },
  {
    text: 'Media watchdog Presswatch said complaints had grown.',
    quotes: [{ kind: 'indirect', text: 'complaints had grown', speaker: 'Presswatch', cue: 'said' }],
  },
  {
    text: 'The regulator Ofcom said the broadcast broke the rules.',
    quotes: [{ kind: 'indirect', text: 'the broadcast broke the rules', speaker: 'Ofcom', cue: 'said' }],
  },
]);

cases('more words for people', [
  {
    text: 'Ann Hale won the primary. A majority of her backers say they plan to vote for her.',
    quotes: [{ kind: 'indirect', text: 'they plan to vote for her', speaker: 'her backers', cue: 'say', anonymous: true }],
  },
  {
    text: 'Her allies said the vote was rigged.',
    quotes: [{ kind: 'indirect', text: 'the vote was rigged', speaker: 'Her allies', cue: 'said', anonymous: true }],
  },
]);
