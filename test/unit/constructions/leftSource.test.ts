import { cases } from './harness';

cases('source before the verb', [
  {
    text: 'The retired harbour master says the new breakwater will not hold.',
    quotes: [{ kind: 'indirect', text: 'the new breakwater will not hold', speaker: 'The retired harbour master' }],
  },
  {
    text: 'The virus has claimed 40 lives in the province.',
    quotes: [],
  },
  {
    text: "She's studied the reef for years and says the coral is recovering.",
    quotes: [],
    todo: 'no one named for "She": a vague pronoun gives no speaker yet',
  },
  {
    text: 'Dr. Irene Sato has studied the reef for years. She\'s visited it twice this year and says the coral is recovering.',
    quotes: [{ kind: 'indirect', text: 'the coral is recovering', speaker: 'Irene Sato' }],
  },
  {
    text: 'Asked about the delay, 43 said it did not matter.',
    quotes: [{ kind: 'indirect', text: 'it did not matter', speaker: '43', anonymous: true }],
  },
  {
    text: 'Last spring, Governor Ana Ruiz said she would veto the bill.',
    quotes: [{ kind: 'indirect', text: 'she would veto the bill', speaker: 'Ana Ruiz', cue: 'said' }],
  },
  {
    text: 'Mayor Jo Hart said that the bridge would reopen on Friday.',
    quotes: [{ kind: 'indirect', text: 'the bridge would reopen on Friday', speaker: 'Jo Hart', cue: 'said' }],
  },
  {
    text: 'On Monday, Treasurer Nina Castell said the city had a $2 million surplus.',
    quotes: [{ kind: 'indirect', text: 'the city had a $2 million surplus', speaker: 'Nina Castell', cue: 'said' }],
  },
  {
    text: 'In a statement, Vellmar Rail said it would cut 200 jobs by the end of the year.',
    quotes: [{ kind: 'indirect', text: 'it would cut 200 jobs by the end of the year', speaker: 'Vellmar Rail', cue: 'said' }],
  },
  {
    text: 'Mayor Jo Hart said Tuesday that the talks with the union had failed.',
    quotes: [{ kind: 'indirect', text: 'the talks with the union had failed', speaker: 'Jo Hart', cue: 'said' }],
  },
  {
    text: 'Planner Dana Fox says the road will be widened next year.',
    quotes: [{ kind: 'indirect', text: 'the road will be widened next year', speaker: 'Dana Fox', cue: 'says' }],
  },
  {
    text: 'Residents said the tap water had turned brown over the weekend.',
    quotes: [{ kind: 'indirect', text: 'the tap water had turned brown over the weekend', speaker: 'Residents', cue: 'said', anonymous: true }],
  },
  {
    text: 'Mayor Jo Hart told reporters that the budget was balanced.',
    quotes: [{ kind: 'indirect', text: 'the budget was balanced', speaker: 'Jo Hart', cue: 'told' }],
  },
  {
    text: 'Tom Reed told the Dunmore Courier the bakery would close in May.',
    quotes: [{ kind: 'indirect', text: 'the bakery would close in May', speaker: 'Tom Reed', cue: 'told' }],
  },
  {
    text: 'Vellmar Rail announced that fares would rise by 5% in July.',
    quotes: [{ kind: 'indirect', text: 'fares would rise by 5% in July', speaker: 'Vellmar Rail', cue: 'announced' }],
  },
  {
    text: 'Health Minister Sara Okafor warned that flu cases could double this winter.',
    quotes: [{ kind: 'indirect', text: 'flu cases could double this winter', speaker: 'Sara Okafor', cue: 'warned' }],
  },
  {
    text: 'Councilman Leo Marsh denied taking the money but conceded that he had broken the rules.',
    quotes: [
      { kind: 'indirect', text: 'taking the money', speaker: 'Leo Marsh', cue: 'denied' },
      { kind: 'indirect', text: 'he had broken the rules', speaker: 'Leo Marsh', cue: 'conceded' },
    ],
  },
  {
    text: 'Tom Reed claimed the fire had been set on purpose.',
    quotes: [{ kind: 'indirect', text: 'the fire had been set on purpose', speaker: 'Tom Reed', cue: 'claimed' }],
  },
  {
    text: 'Governor Ana Ruiz insisted the state could afford the new stadium.',
    quotes: [{ kind: 'indirect', text: 'the state could afford the new stadium', speaker: 'Ana Ruiz', cue: 'insisted' }],
  },
  {
    text: 'Senator Ellen Park argued that the tax would hurt small farmers.',
    quotes: [{ kind: 'indirect', text: 'the tax would hurt small farmers', speaker: 'Ellen Park', cue: 'argued' }],
  },
  {
    text: 'Coach Dale Brooks acknowledged that the team had played poorly, and guard Sam Ortiz admitted he had missed too many shots.',
    quotes: [
      { kind: 'indirect', text: 'the team had played poorly', speaker: 'Dale Brooks', cue: 'acknowledged' },
      { kind: 'indirect', text: 'he had missed too many shots', speaker: 'Sam Ortiz', cue: 'admitted' },
    ],
  },
  {
    text: 'Senator Ellen Park tweeted that the vote had been delayed until Thursday.',
    quotes: [{ kind: 'indirect', text: 'the vote had been delayed until Thursday', speaker: 'Ellen Park', cue: 'tweeted' }],
  },
  {
    text: 'In a letter to parents, Principal Omar Diaz wrote that classes would resume on Monday.',
    quotes: [{ kind: 'indirect', text: 'classes would resume on Monday', speaker: 'Omar Diaz', cue: 'wrote' }],
  },
  {
    text: 'Mayor Jo Hart said the pool would close in June, adding that repairs could take a year.',
    quotes: [
      { kind: 'indirect', text: 'the pool would close in June', speaker: 'Jo Hart', cue: 'said' },
      { kind: 'indirect', text: 'repairs could take a year', speaker: 'Jo Hart', cue: 'adding' },
    ],
  },
  {
    text: 'Mayor Jo Hart said the pool would close in June, and according to the county, repairs will take a year.',
    quotes: [
      { kind: 'indirect', text: 'the pool would close in June', speaker: 'Jo Hart', cue: 'said' },
      { kind: 'indirect', text: 'repairs will take a year', speaker: 'the county', cue: 'according to' },
    ],
  },
  {
    // In a subordinate clause opening the sentence, the content ends where the main clause begins,
    // and the subordinator is not part of the source.
    text: 'After the council said the plan was too costly, the mayor dropped it.',
    quotes: [{ kind: 'indirect', text: 'the plan was too costly', speaker: 'the council', cue: 'said' }],
  },
  {
    text: 'When Senator Ana Ruiz announced her resignation in May, Tom Reed joined the race.',
    quotes: [{ kind: 'indirect', text: 'her resignation in May', speaker: 'Ana Ruiz', cue: 'announced' }],
  },
  {
    // The cue in the main clause after the subordinate one keeps its whole content.
    text: 'When asked about the delay, the mayor said the bridge would close and the ferry would run.',
    quotes: [{ kind: 'indirect', text: 'the bridge would close and the ferry would run', speaker: 'the mayor', cue: 'said' }],
  },
  {
    // A progressive is a finite verb, not a participle borrowing a subject (nor a passive).
    text: 'The council is stressing that the new depot will cut costs.',
    quotes: [{ kind: 'indirect', text: 'the new depot will cut costs', speaker: 'The council', cue: 'stressing' }],
  },
  {
    text: 'Critics of the plan have been arguing for months that the depot is too costly.',
    quotes: [{ kind: 'indirect', text: 'the depot is too costly', speaker: 'Critics of the plan', cue: 'arguing' }],
  },
  {
    // "show" reports for evidence only.
    text: 'A new poll shows that most residents oppose the depot.',
    quotes: [{ kind: 'indirect', text: 'most residents oppose the depot', speaker: 'A new poll', cue: 'shows' }],
  },
  {
    text: 'The rookie showed he could win on clay.',
    quotes: [],
  },
  {
    // A subject with a restrictive relative or a participle phrase speaks as written.
    text: 'A man who lives near the dam said the water rose at noon.',
    quotes: [{ kind: 'indirect', text: 'the water rose at noon', speaker: 'A man who lives near the dam', anonymous: true }],
  },
  {
    text: 'Current and former staff who spoke with the Riverton Gazette said the office had become a shell of itself.',
    quotes: [{ kind: 'indirect', text: 'the office had become a shell of itself', speaker: 'Current and former staff who spoke with the Riverton Gazette', anonymous: true }],
  },
  {
    text: 'People briefed on the talks say that the governor has revealed almost nothing.',
    quotes: [{ kind: 'indirect', text: 'the governor has revealed almost nothing', speaker: 'People briefed on the talks', anonymous: true }],
  },
  {
    // "that" followed by its verb is the reported clause's subject, not a conjunction.
    text: 'Some advocates for the library said that overlooked the cost of the building.',
    quotes: [{ kind: 'indirect', text: 'that overlooked the cost of the building', speaker: 'Some advocates for the library' }],
  },
  {
    // A coordinated clause in the past with a pronoun subject is the reporter's narration.
    text: 'Marco Diaz said the real problem is the budget, and he railed against the council for failing to act.',
    quotes: [{ kind: 'indirect', text: 'the real problem is the budget', speaker: 'Marco Diaz', cue: 'said' }],
  },
  {
    // A modal keeps it reported.
    text: 'Marco Diaz said the budget was the real problem, and he would fight the cuts.',
    quotes: [{ kind: 'indirect', text: 'the budget was the real problem, and he would fight the cuts', speaker: 'Marco Diaz', cue: 'said' }],
  },
  {
    // "found X to be Y" reports a small clause; a coordinated verb shares the subject.
    text: 'The court found that it could rule on the closure, and found the closure to be unlawful.',
    quotes: [
      { kind: 'indirect', text: 'it could rule on the closure', speaker: 'The court', cue: 'found' },
      { kind: 'indirect', text: 'the closure to be unlawful', speaker: 'The court', cue: 'found' },
    ],
  },
  {
    // A name before its acronym speaks; "that night" is a time, not a clause.
    text: 'The Centre for Rivers (CFR) announced the decision that night.',
    quotes: [{ kind: 'indirect', text: 'the decision', speaker: 'Centre for Rivers', cue: 'announced' }],
  },
  {
    // A time followed by its verb is the clause's subject.
    text: 'Mayor Jo Hart said that Monday was the deadline.',
    quotes: [{ kind: 'indirect', text: 'Monday was the deadline', speaker: 'Jo Hart', cue: 'said' }],
  },
  {
    // Two "that" clauses are two reported clauses.
    text: 'Mayor Jo Hart noted that the council rejected the plan, and that the city might go to court.',
    quotes: [
      { kind: 'indirect', text: 'the council rejected the plan', speaker: 'Jo Hart', cue: 'noted' },
      { kind: 'indirect', text: 'the city might go to court', speaker: 'Jo Hart', cue: 'noted' },
    ],
  },
  {
    // A headline in title case: the verb is capitalised too, and is no part of the name.
    text: 'Mayor Ann Lee Says Bridge Will Reopen In May',
    quotes: [{ kind: 'indirect', text: 'Bridge Will Reopen In May', speaker: 'Ann Lee', cue: 'Says' }],
  },
  {
    // An aside between dashes inside the subject, and a setting with a participle before the clause.
    text: 'Many speakers at the service — including priests, imams and rabbis — said the death was painful.',
    quotes: [{ kind: 'indirect', text: 'the death was painful', speaker: 'Many speakers at the service', anonymous: true }],
  },
  {
    text: 'One council member, Ana Ruiz, says despite being a Dunmore native, she plans to root for Riverton.',
    quotes: [{ kind: 'indirect', text: 'she plans to root for Riverton', speaker: 'Ana Ruiz', cue: 'says' }],
  },
  {
    // A relative clause with no "who": "the voters we interviewed said".
    text: 'The voters we interviewed said the tax was too high.',
    quotes: [{ kind: 'indirect', text: 'the tax was too high', speaker: 'The voters we interviewed', anonymous: true }],
  },
]);

cases('plain subjects of "say"', [
  {
    text: 'Such an attack would be unusual, but security specialists say it is a realistic threat.',
    quotes: [{ kind: 'indirect', text: 'it is a realistic threat', speaker: 'security specialists', cue: 'say' }],
  },
  {
    text: 'To win the county, candidates need about 40 percent of the rural vote, local analysts say; in 2012, the mayor won with 27 percent.',
    quotes: [{ kind: 'indirect', text: 'To win the county, candidates need about 40 percent of the rural vote', speaker: 'local analysts', cue: 'say', anonymous: true }],
  },
  {
    text: 'A full 79 percent of parents say they are happy, while only 49 percent of teachers say the same.',
    quotes: [
      { kind: 'indirect', text: 'they are happy', speaker: 'A full 79 percent of parents', cue: 'say' },
      { kind: 'indirect', text: 'the same', speaker: '49 percent of teachers', cue: 'say' },
    ],
  },
  {
    text: 'While one survey says there are 2,400 wells in the county, another says there are about 1,800.',
    quotes: [
      { kind: 'indirect', text: 'there are 2,400 wells in the county', speaker: 'one survey', cue: 'says' },
      { kind: 'indirect', text: 'there are about 1,800', speaker: 'another', cue: 'says', anonymous: true },
    ],
  },
  {
    text: 'Most farmers back the plan, but majorities in all five towns say they want a vote.',
    quotes: [{ kind: 'indirect', text: 'they want a vote', speaker: 'majorities in all five towns', cue: 'say' }],
  },
  {
    text: 'Ann Stone said her son was safe.',
    quotes: [{ kind: 'indirect', text: 'her son was safe', speaker: 'Ann Stone', cue: 'said' }],
  },
]);

cases('what a negated or bare act reports', [
  {
    // A negated cue reports nothing: nothing was said.
    text: 'Gemma Rook did not say whether she would run again.',
    quotes: [],
  },
  {
    text: 'A spokeswoman for the trust said an investigation was under way. She would not say when it would end.',
    quotes: [{ kind: 'indirect', text: 'an investigation was under way', speaker: 'A spokeswoman for the trust', cue: 'said' }],
  },
  {
    text: 'The government has not commented on the report.',
    quotes: [],
  },
  {
    text: 'Mayor Jo Hart did not immediately say whether the pool would close.',
    quotes: [],
  },
  {
    // "conceded defeat" is an act; "conceded that ..." reports.
    text: 'Ann-Marie Quill conceded defeat shortly after midnight.',
    quotes: [],
  },
  {
    text: 'Ann-Marie Quill conceded that the count had been fair.',
    quotes: [{ kind: 'indirect', text: 'the count had been fair', speaker: 'Ann-Marie Quill', cue: 'conceded' }],
  },
  {
    // A sentence's opening link is no part of its source.
    text: 'The government has not commented. But two officials in the finance ministry said the budget would be delayed.',
    quotes: [{ kind: 'indirect', text: 'the budget would be delayed', speaker: 'two officials in the finance ministry', cue: 'said' }],
  },
  {
    text: 'Yet some parents who have heard the mayor, on radio, said he had changed.',
    quotes: [{ kind: 'indirect', text: 'he had changed', speaker: 'some parents', cue: 'said' }],
  },
]);

cases('messages sent by radio, text and email, next to a quotation', [
  {
    // Next to a quotation only: "radio", "text" and "email" are nouns far more often ("AM radio stations").
    text: '“The engine has failed,” the captain radioed.',
    quotes: [{ kind: 'direct', text: 'The engine has failed,', speaker: 'the captain', cue: 'radioed' }],
  },
  {
    text: 'The network runs 18 FM and five AM radio stations across the islands.',
    quotes: [],
  },
  {
    text: '“It is over,” Zara Quist texted her brother.',
    quotes: [{ kind: 'direct', text: 'It is over,', speaker: 'Zara Quist', cue: 'texted' }],
  },
  {
    // "text" the noun reports nothing.
    text: 'Read the full text of the ruling on the court website.',
    quotes: [],
  },
]);

cases('a setting before "that"', [
  {
    text: "The mayor's office said in an emailed statement that the curfew would be lifted at midnight.",
    quotes: [{ kind: 'indirect', text: 'the curfew would be lifted at midnight', speaker: "The mayor's office", cue: 'said' }],
  },
]);

cases('gerunds and polled groups before the verb', [
  {
    // wink reads "hacking" as a verb; it describes the specialists.
    text: 'But hacking specialists say the leaked files might not even be genuine.',
    quotes: [{ kind: 'indirect', text: 'the leaked files might not even be genuine', speaker: 'hacking specialists', cue: 'say' }],
  },
  {
    text: 'Some 56 percent of Cuban-Americans polled said they were less likely to vote this year.',
    quotes: [{ kind: 'indirect', text: 'they were less likely to vote this year', speaker: 'Some 56 percent of Cuban-Americans polled', cue: 'said' }],
  },
  {
    // A time clause right after the cue says when, not what: the content is the "that" clause
    // after it, or nothing.
    text: 'Mayor Ann Hale said as she launched the campaign that the bridge would close.',
    quotes: [{ kind: 'indirect', text: 'the bridge would close', speaker: 'Ann Hale', cue: 'said' }],
  },
  {
    text: 'Mayor Ann Hale said as the crowd cheered.',
    quotes: [],
  },
  {
    // "after the vote" is a time phrase, not a clause.
    text: 'Mayor Ann Hale said after the vote the council would meet again.',
    quotes: [{ kind: 'indirect', text: 'the council would meet again', speaker: 'Ann Hale', cue: 'said' }],
  },
  {
    // A participle after its noun describes it on the way to "that".
    text: 'Mayor Ann Hale said Monday at a forum hosted by the Riverton Gazette that the bridge would close.',
    quotes: [{ kind: 'indirect', text: 'the bridge would close', speaker: 'Ann Hale', cue: 'said' }],
  },
  {
    // "up to" before a number is an estimate, and the clause's subject.
    text: 'Forecasters said up to 50mm of rain could fall on higher ground.',
    quotes: [{ kind: 'indirect', text: 'up to 50mm of rain could fall on higher ground', speaker: 'Forecasters', cue: 'said' }],
  },
  {
    // "afterwards" after the cue is when it was said.
    text: 'Coach Dale Brooks said afterwards it was the best the team had played all season.',
    quotes: [{ kind: 'indirect', text: 'it was the best the team had played all season', speaker: 'Dale Brooks', cue: 'said' }],
  },
  {
    // A progressive "been thinking" inside the reported clause is no new cue.
    text: 'Defending, Martin Cole said his client had been under enormous pressure at work and had not been thinking clearly.',
    quotes: [{ kind: 'indirect', text: 'his client had been under enormous pressure at work and had not been thinking clearly', speaker: 'Martin Cole', cue: 'said' }],
  },
  {
    // After "while", "once", "when" the clause is usually part of what was said.
    text: 'Mayor Ann Hale said while the plan was costly, it would save money in the long run.',
    quotes: [{ kind: 'indirect', text: 'while the plan was costly, it would save money in the long run', speaker: 'Ann Hale', cue: 'said' }],
  },
  {
    text: 'Ann Hale said once the bridge reopens, traffic will return to normal.',
    quotes: [{ kind: 'indirect', text: 'once the bridge reopens, traffic will return to normal', speaker: 'Ann Hale', cue: 'said' }],
  },
  {
    // "The court heard that ...": what follows is evidence given in the proceedings, attributed
    // to them, so no unattributed claim; "heard the news" is no cue.
    text: 'The jury heard that the defendant had stolen more than £40,000 from the charity. The inquest heard how the driver had been using his phone. Ann Hale heard the news on the radio.',
    quotes: [
      { kind: 'indirect', text: 'the defendant had stolen more than £40,000 from the charity', speaker: 'The jury', cue: 'heard' },
      { kind: 'indirect', text: 'how the driver had been using his phone', speaker: 'The inquest', cue: 'heard' },
    ],
    claims: [],
  },
]);

cases('the listener of "tell"', [
  {
    // An article after a noun opens the next phrase: the listener ends at "aides".
    text: 'Lee told his aides the plan was dead.',
    quotes: [{ kind: 'indirect', text: 'the plan was dead', speaker: 'Lee', cue: 'told' }],
  },
  {
    text: 'Lee told a small group of donors the plan was dead.',
    quotes: [{ kind: 'indirect', text: 'the plan was dead', speaker: 'Lee', cue: 'told' }],
  },
  {
    // The listener and a time, and nothing said.
    text: 'Lee told the committee on Monday.',
    quotes: [],
  },
  {
    text: 'Lee told the committee in a letter that the plan was dead.',
    quotes: [{ kind: 'indirect', text: 'the plan was dead', speaker: 'Lee', cue: 'told' }],
  },
]);

cases('the listener before "about"', [
  {
    text: 'The reporter asked the mayor about the bridge.',
    quotes: [{ kind: 'indirect', text: 'the bridge', speaker: 'The reporter', cue: 'asked' }],
  },
  {
    text: 'Hale told the committee about her plans.',
    quotes: [{ kind: 'indirect', text: 'her plans', speaker: 'Hale', cue: 'told' }],
  },
]);

cases('an estimate opening what was said', [
  {
    // "at least" is a bound on a number, not a setting ("said at the meeting"): no claim either.
    text: 'Police said at least six people died.',
    quotes: [{ kind: 'indirect', text: 'at least six people died', speaker: 'Police', cue: 'said' }],
    claims: [],
  },
  {
    text: 'The Gazette reported at least a dozen planes filled the skies.',
    quotes: [{ kind: 'indirect', text: 'at least a dozen planes filled the skies', speaker: 'The Gazette', cue: 'reported' }],
    claims: [],
  },
  {
    text: 'Police said at most 20 people were hurt.',
    quotes: [{ kind: 'indirect', text: 'at most 20 people were hurt', speaker: 'Police', cue: 'said' }],
  },
]);

cases('a plural cue noun as the subject', [
  {
    // wink's "reports" may be a verb; before "said" it is the subject's noun.
    text: 'Media reports said six people died.',
    quotes: [{ kind: 'indirect', text: 'six people died', speaker: 'Media reports', cue: 'said' }],
  },
  {
    text: 'Early reports suggested the rescuers used chainsaws.',
    quotes: [{ kind: 'indirect', text: 'the rescuers used chainsaws', speaker: 'Early reports', cue: 'suggested' }],
  },
]);

cases('an -ed form among the modifiers of a noun', [
  {
    // "determined" is an adjective here, not the cue "determine" and not a second predicate.
    text: 'Hale said she was an able and determined opponent.',
    quotes: [{ kind: 'indirect', text: 'she was an able and determined opponent', speaker: 'Hale', cue: 'said' }],
  },
  {
    text: 'Hale said the able and determined opponent won.',
    quotes: [{ kind: 'indirect', text: 'the able and determined opponent won', speaker: 'Hale', cue: 'said' }],
  },
  {
    text: 'The widely reported attack was a hoax, police said.',
    quotes: [{ kind: 'indirect', text: 'The widely reported attack was a hoax', speaker: 'police', cue: 'said' }],
  },
]);

cases('the writer\'s update after what was said', [
  {
    text: 'State Sen. Corinne May, D-Fairview, hinted at retirement. May said in May that she would not seek another term, but she has since filed to run.',
    quotes: [{ kind: 'indirect', text: 'she would not seek another term', speaker: 'Corinne May', cue: 'said' }],
  },
]);

cases('telling that reports nothing', [
  {
    text: "At the Rotary luncheon, Mayor Gil Ferrante told a joke about the city's potholes, then cut the ribbon.",
    quotes: [],
  },
  {
    text: 'Hale told reporters the truth was simple.',
    quotes: [{ kind: 'indirect', text: 'the truth was simple', speaker: 'Hale', cue: 'told' }],
  },
]);

cases('a plural noun that is no cue', [
  {
    // "contests" is a cue word ("contest a result") but here the noun of "primary contests".
    text: 'The primary contests award delegates in proportion to the vote.',
    quotes: [],
  },
  {
    text: 'Some state officials praised the plan.',
    quotes: [],
  },
  {
    text: 'Initial reports stated the fruit was a pineapple.',
    quotes: [{ kind: 'indirect', text: 'the fruit was a pineapple', speaker: 'Initial reports', cue: 'stated' }],
  },
]);

cases('"state" and modifiers: the noun and the verb', [
  {
    text: 'Witnesses state police fired first.',
    quotes: [{ kind: 'indirect', text: 'police fired first', speaker: 'Witnesses', cue: 'state' }],
  },
  {
    // An adjective standing for people, then its verb and clause.
    text: 'The wealthy argued taxes were too high.',
    quotes: [{ kind: 'indirect', text: 'taxes were too high', speaker: 'The wealthy', cue: 'argued' }],
  },
]);

cases('a quantifier floated after the subject', [
  {
    text: 'The ministers met on Friday. They all said the plan was dead.',
    quotes: [{ kind: 'indirect', text: 'the plan was dead', speaker: 'The ministers', cue: 'said' }],
  },
  {
    text: 'The ministers all told reporters the plan was dead.',
    quotes: [{ kind: 'indirect', text: 'the plan was dead', speaker: 'The ministers', cue: 'told' }],
  },
  {
    // "All told": in all; no one told anything.
    text: 'All told, the storm left 14,000 homes without power.',
    quotes: [],
  },
  {
    // After modifiers set off by commas, too.
    text: 'The players, who had been unpaid for months, all said the club had lied.',
    quotes: [{ kind: 'indirect', text: 'the club had lied', speaker: 'The players', cue: 'said', anonymous: true }],
  },
  {
    // After an opening setting, "all" is the subject.
    text: 'After the match, all said the club had lied.',
    quotes: [{ kind: 'indirect', text: 'the club had lied', speaker: 'all', cue: 'said', anonymous: true }],
  },
]);

cases('subjects wink misreads, and a second verb after "and"', [
  {
    text: 'The state officials whose laws were struck down say the courts have changed.',
    quotes: [{ kind: 'indirect', text: 'the courts have changed', speaker: 'The state officials whose laws were struck down', cue: 'say', anonymous: true }],
  },
  {
    // wink reads "Ford" as the verb; after "Ford Motor Co." it is the firm's short name.
    text: 'Ford Motor Co. cut 3,000 jobs. Ford itself said the deal was on.',
    quotes: [{ kind: 'indirect', text: 'the deal was on', speaker: 'Ford Motor Co.', cue: 'said' }],
  },
  {
    // "objected to the criticism and" is the first verb of the same subject, not its modifier.
    text: 'The officers objected to the criticism and said the decision was right.',
    quotes: [{ kind: 'indirect', text: 'the decision was right', speaker: 'The officers', cue: 'said', anonymous: true }],
  },
]);

cases('a new subject after the object of a verb', [
  {
    text: 'Jones asked for a photo and Smith said she would be glad to help.',
    quotes: [
      { kind: 'indirect', text: 'a photo', speaker: 'Jones', cue: 'asked' },
      { kind: 'indirect', text: 'she would be glad to help', speaker: 'Smith', cue: 'said' },
    ],
  },
  {
    text: 'Voters backed the levy and the mayor said the result was fair.',
    quotes: [{ kind: 'indirect', text: 'the result was fair', speaker: 'the mayor', cue: 'said' }],
  },
  {
    // A verb of speech takes a clause: its subject is "Jones and Smith".
    text: 'Brown said Jones and Smith agreed to the deal.',
    quotes: [{ kind: 'indirect', text: 'Jones and Smith agreed to the deal', speaker: 'Brown', cue: 'said' }],
  },
  {
    // An infinitive has no subject of its own.
    text: 'Lee hopes to persuade utilities and steel mills to agree to the plan.',
    quotes: [],
  },
]);

cases('the reporter\'s words after what was said', [
  {
    text: 'Senator Ada Whitlock said she would not seek a fourth term, before leaving the stage without taking questions.',
    quotes: [{ kind: 'indirect', text: 'she would not seek a fourth term', speaker: 'Ada Whitlock', cue: 'said' }],
  },
  {
    text: 'The speaker, Josephine Akande, said the chamber would sit through the weekend, hours after opposition members walked out.',
    quotes: [{ kind: 'indirect', text: 'the chamber would sit through the weekend', speaker: 'Josephine Akande', cue: 'said' }],
  },
  {
    text: 'Tobias Wrenfield has said the company will not cut its dividend, even as losses have mounted.',
    quotes: [{ kind: 'indirect', text: 'the company will not cut its dividend', speaker: 'Tobias Wrenfield', cue: 'said' }],
  },
  {
    text: 'The opposition accused the minister of misleading parliament, a charge his department rejected.',
    quotes: [{ kind: 'indirect', text: 'the minister of misleading parliament', speaker: 'The opposition', cue: 'accused' }],
  },
  {
    // A phase of the reported event goes on with it.
    text: 'Forecasters said the storm would pass the islands on Wednesday, before beginning to weaken on Thursday.',
    quotes: [{ kind: 'indirect', text: 'the storm would pass the islands on Wednesday, before beginning to weaken on Thursday', speaker: 'Forecasters', cue: 'said' }],
  },
  {
    // ", as ..." and ", while ..." with a clause may be what was said.
    text: 'The minister said the EU would finance the project, as it has committed itself to green energy.',
    quotes: [{ kind: 'indirect', text: 'the EU would finance the project, as it has committed itself to green energy', speaker: 'The minister', cue: 'said' }],
  },
]);

cases('a report inside a subordinate clause opening the sentence', [
  {
    // The main clause's subject has a phrase of its own; the appositive's commas are no break.
    text: 'After the energy minister, Siobhan Tarrant, announced that the windfall tax would be extended to 2030, shares in the largest utilities fell sharply.',
    quotes: [{ kind: 'indirect', text: 'the windfall tax would be extended to 2030', speaker: 'Siobhan Tarrant', cue: 'announced' }],
  },
  {
    text: 'Even though the developer insisted that the tower would include 200 affordable homes, the planning committee rejected the application.',
    quotes: [{ kind: 'indirect', text: 'the tower would include 200 affordable homes', speaker: 'the developer', cue: 'insisted' }],
  },
]);

cases('a second source with an appositive after "but"', [
  {
    text: 'The prosecutor, Helena Vasquez-Dunn, said the evidence was overwhelming, but his lawyer, Ambrose Keel, said the case rested on a single witness.',
    quotes: [
      { kind: 'indirect', text: 'the evidence was overwhelming', speaker: 'Helena Vasquez-Dunn', cue: 'said' },
      { kind: 'indirect', text: 'the case rested on a single witness', speaker: 'Ambrose Keel', cue: 'said' },
    ],
  },
]);

cases('a time word that heads the reported clause\'s subject', [
  {
    text: "Hugo Benedetti says this year's harvest will be the smallest in living memory.",
    quotes: [{ kind: 'indirect', text: "this year's harvest will be the smallest in living memory", speaker: 'Hugo Benedetti', cue: 'says' }],
  },
  {
    text: "Senator Lorna Fitzwilliam asked the nominee, Victor Hale, whether he had used a private email account.",
    quotes: [{ kind: 'indirect', text: 'whether he had used a private email account', speaker: 'Lorna Fitzwilliam', cue: 'asked' }],
  },
]);

cases('later verbs that open no clause of their own', [
  {
    // Speaking reports only through its preposition: "speak at the convention" is no report.
    text: 'Donald Trump has said four of his kids and his wife will also speak at the convention.',
    quotes: [{ kind: 'indirect', text: 'four of his kids and his wife will also speak at the convention', speaker: 'Donald Trump', cue: 'said' }],
  },
  {
    // An aside inside the reported clause's subject is no reporter's tail.
    text: 'Biden warned that Donald J. Trump, even as a candidate, had elevated the dangers confronting allies.',
    quotes: [{ kind: 'indirect', text: 'Donald J. Trump, even as a candidate, had elevated the dangers confronting allies', speaker: 'Biden', cue: 'warned' }],
  },
]);

cases('the writer\'s contrast after "but"', [
  {
    text: 'Republicans have argued that curtailing tax inversions should be part of tax reform, but Democrats have pushed for a quick fix.',
    quotes: [{ kind: 'indirect', text: 'curtailing tax inversions should be part of tax reform', speaker: 'Republicans', cue: 'argued' }],
  },
]);
