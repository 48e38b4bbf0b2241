import { cases } from './harness';

cases('common-word surnames', [
  {
    text: 'Finance Minister Laura May flew to Brussels on Monday. May said the deal was done.',
    quotes: [{ kind: 'indirect', text: 'the deal was done', speaker: 'Laura May', cue: 'said' }],
  },
  {
    text: 'Finance Minister Laura May met her counterparts in April. In May, May said the talks would resume in June.',
    quotes: [{ kind: 'indirect', text: 'the talks would resume in June', speaker: 'Laura May', cue: 'said' }],
  },
  {
    text: 'Coach Aaron Day watched from the sideline. On Monday, Day said the team would rest for a day.',
    quotes: [{ kind: 'indirect', text: 'the team would rest for a day', speaker: 'Aaron Day', cue: 'said' }],
  },
  {
    text: 'Store manager Linda Price spoke to shoppers. Price said prices would fall in the spring.',
    quotes: [{ kind: 'indirect', text: 'prices would fall in the spring', speaker: 'Linda Price', cue: 'said' }],
  },
  {
    text: 'Farmer Jack Rice grows rice near Dunmore. Rice said the harvest was late this year.',
    quotes: [{ kind: 'indirect', text: 'the harvest was late this year', speaker: 'Jack Rice', cue: 'said' }],
  },
  {
    text: 'Fire Chief Megan Wood inspected the shed. Wood said the shed had no smoke alarm.',
    quotes: [{ kind: 'indirect', text: 'the shed had no smoke alarm', speaker: 'Megan Wood', cue: 'said' }],
  },
  {
    text: 'Pastor Daniel Hope runs the shelter on Elm Street. Hope said donations had doubled.',
    quotes: [{ kind: 'indirect', text: 'donations had doubled', speaker: 'Daniel Hope', cue: 'said' }],
  },
  {
    text: 'Senator Carol Bush voted against the bill. Bush said it would raise taxes.',
    quotes: [{ kind: 'indirect', text: 'it would raise taxes', speaker: 'Carol Bush', cue: 'said' }],
  },
  {
    text: 'Chef Martin Cook runs the kitchen at the Harbor Inn. Cook said the restaurant would reopen in April.',
    quotes: [{ kind: 'indirect', text: 'the restaurant would reopen in April', speaker: 'Martin Cook', cue: 'said' }],
  },
  {
    text: 'Principal Grace Little met parents on Monday. Little said little had changed.',
    quotes: [{ kind: 'indirect', text: 'little had changed', speaker: 'Grace Little', cue: 'said' }],
  },
]);

cases('one-word names', [
  {
    text: 'Governor Suharjo said the port would reopen on Friday.',
    quotes: [{ kind: 'indirect', text: 'the port would reopen on Friday', speaker: 'Suharjo', cue: 'said' }],
  },
  {
    text: 'Regent Sutarno opened the new market on Monday. Sutarno said the town had waited years for it.',
    quotes: [{ kind: 'indirect', text: 'the town had waited years for it', speaker: 'Sutarno', cue: 'said' }],
  },
  {
    text: 'The activist Thiri said the march would go ahead.',
    quotes: [{ kind: 'indirect', text: 'the march would go ahead', speaker: 'Thiri', cue: 'said' }],
  },
]);

cases('names with particles and full forms', [
  {
    text: 'Judge Maria de la Cruz ruled on Monday. De la Cruz said the law was clear.',
    quotes: [{ kind: 'indirect', text: 'the law was clear', speaker: 'Maria de la Cruz', cue: 'said' }],
  },
  {
    text: 'Engineer Pieter van der Berg inspected the dike. Van der Berg said it was safe.',
    quotes: [{ kind: 'indirect', text: 'it was safe', speaker: 'Pieter van der Berg', cue: 'said' }],
  },
  {
    text: 'Interior Minister Khalid al-Amin visited the border. Al-Amin said it would stay open.',
    quotes: [{ kind: 'indirect', text: 'it would stay open', speaker: 'Khalid al-Amin', cue: 'said' }],
  },
  {
    text: 'Sheikh Hamad bin Saeed said the fund would double in size.',
    quotes: [{ kind: 'indirect', text: 'the fund would double in size', speaker: 'Hamad bin Saeed', cue: 'said' }],
  },
  {
    text: 'Senator Lucia Moreno-Vidal opposed the plan. Moreno-Vidal said it was too costly.',
    quotes: [{ kind: 'indirect', text: 'it was too costly', speaker: 'Lucia Moreno-Vidal', cue: 'said' }],
  },
  {
    text: 'Judge Robert T. Hale heard the case. Hale said it would go to trial in March.',
    quotes: [{ kind: 'indirect', text: 'it would go to trial in March', speaker: 'Robert T. Hale', cue: 'said' }],
  },
]);

cases('employers before a title', [
  {
    // "ORG TITLE NAME": the name before the title is where the person works, so "She" is the person.
    text: 'Pell Oceanography director Margaret Linden said the survey would resume. She called the late professor "a guiding force".',
    quotes: [
      { kind: 'indirect', text: 'the survey would resume', speaker: 'Margaret Linden', cue: 'said' },
      { kind: 'direct', text: 'a guiding force', speaker: 'Margaret Linden', cue: 'called' },
      { kind: 'indirect', text: 'the late professor "a guiding force"', speaker: 'Margaret Linden', cue: 'called' },
    ],
  },
]);

cases('fuller forms of one name', [
  {
    // "John Conyers" and "John James Conyers Jr." are one person, named in the fullest form.
    text: 'Former Representative John Conyers died on Sunday. John James Conyers Jr., first elected in 1964, was born in Detroit. Conyers said in 2017 that he was retiring.',
    quotes: [{ kind: 'indirect', text: 'he was retiring', speaker: 'John James Conyers Jr.', cue: 'said' }],
  },
]);

cases('honorifics', [
  {
    // "Cde" (Comrade) is an honorific in Zimbabwe and South Africa, not a first name.
    text: 'President Robert Mugabe spoke in Harare. Cde Mugabe said the land reform would go on.',
    quotes: [{ kind: 'indirect', text: 'the land reform would go on', speaker: 'Robert Mugabe', cue: 'said' }],
  },
]);

cases('an organisation named with "and" and its short form', [
  {
    text: 'The Dunmore Institute of Volcanology and Seismology (Dunvolcs) said the quake was shallow. Later, Dunvolcs said the risk had passed.',
    quotes: [
      { kind: 'indirect', text: 'the quake was shallow', speaker: 'Dunmore Institute of Volcanology and Seismology', cue: 'said' },
      { kind: 'indirect', text: 'the risk had passed', speaker: 'Dunmore Institute of Volcanology and Seismology', cue: 'said' },
    ],
  },
  {
    // A given name after "and" starts another name.
    text: 'The Ministry of Health and Tom Reed said the clinic would open.',
    quotes: [{ kind: 'indirect', text: 'the clinic would open', speaker: 'Ministry of Health and Tom Reed', cue: 'said' }],
    todo: 'an organisation and a person joined by "and" do not yet speak together (the person alone does)',
  },
]);

cases('a modifier title before a bare surname', [
  {
    text: 'Officials are investigating, according to prosecutor Josh Bash, the U.S. Attorney for West Texas. U.S. Attorney Bash said the case was strong. U.S. officials identified the suspect as Tom Reed.',
    quotes: [
      { kind: 'indirect', text: 'Officials are investigating', speaker: 'Josh Bash', cue: 'according to' },
      { kind: 'indirect', text: 'the case was strong', speaker: 'Josh Bash', cue: 'said' },
      { kind: 'indirect', text: 'the suspect as Tom Reed', speaker: 'U.S. officials', cue: 'identified' },
    ],
  },
]);

cases('a title in lower case before a single name', [
  {
    // House styles that write "president Erdoğan": the title makes the name a person, whom "he" means.
    text: 'On Wednesday, Turkish president Erdoğan spoke in Ankara. "No project can go ahead without us," he said.',
    quotes: [{ kind: 'direct', text: 'No project can go ahead without us,', speaker: 'Erdoğan', cue: 'said' }],
  },
]);


cases('positions in sport as titles, and events that are no one', [
  {
    text: 'Defender Callum Young said the team had been second best all afternoon.',
    quotes: [{ kind: 'indirect', text: 'the team had been second best all afternoon', speaker: 'Callum Young', cue: 'said' }],
  },
  {
    text: 'Striker Quezinho has pulled out of the derby. He said he would be fit for the cup final.',
    quotes: [{ kind: 'indirect', text: 'he would be fit for the cup final', speaker: 'Quezinho', cue: 'said' }],
  },
  {
    // "Velmar Open" is a tournament; "she" is the player.
    text: 'Mila Dorrance never boasts. Asked about her chances at the Velmar Open, she laughed. "I think I can win it," she said.',
    quotes: [{ kind: 'direct', text: 'I think I can win it,', speaker: 'Mila Dorrance', cue: 'said' }],
  },
  {
    // A surname wink reads as a verb ("pierce"), joined by "and" at the start, joins its person.
    text: 'Brock Pierce and Howie Hawkins spoke last. Pierce and Hawkins both argued for using ballot access as a standard.',
    quotes: [{ kind: 'indirect', text: 'using ballot access as a standard', speaker: 'Brock Pierce and Howie Hawkins', cue: 'argued' }],
  },
]);

cases('a trade or a chieftaincy before a name from any culture', [
  {
    text: 'Librarian Chidinma Eze explained that the new system lets readers borrow e-books from home.',
    quotes: [{ kind: 'indirect', text: 'the new system lets readers borrow e-books from home', speaker: 'Chidinma Eze', cue: 'explained' }],
  },
  {
    text: 'Prosecutor Adaeze Nwosu argued that the evidence was overwhelming.',
    quotes: [{ kind: 'indirect', text: 'the evidence was overwhelming', speaker: 'Adaeze Nwosu', cue: 'argued' }],
  },
  {
    text: 'Chief Adebayo Olumide, a candidate for governor, claimed that the vote had been rigged.',
    quotes: [{ kind: 'indirect', text: 'the vote had been rigged', speaker: 'Adebayo Olumide', cue: 'claimed' }],
  },
  {
    text: '"The people have spoken," declared Alhaji Musa Danjuma.',
    quotes: [{ kind: 'direct', text: 'The people have spoken,', speaker: 'Musa Danjuma', cue: 'declared' }],
  },
  {
    // A modifier title before one name only is no title: "Emergency Management Presidency" is a body.
    text: "Turkey's Disaster and Emergency Management Presidency reported that the quake measured 6.6.",
    quotes: [{ kind: 'indirect', text: 'the quake measured 6.6', speaker: "Turkey's Disaster and Emergency Management Presidency", cue: 'reported' }],
  },
]);

cases('people at a place', [
  {
    // Two unknown capitalised words after "at" or "in" are where the people are.
    text: 'Parents at Hillcrest Primary said they had not been told about the closure.',
    quotes: [{ kind: 'indirect', text: 'they had not been told about the closure', speaker: 'Parents at Hillcrest Primary', cue: 'said', anonymous: true }],
  },
  {
    text: 'Election monitors in Tanjung Seruni said voting had been largely peaceful.',
    quotes: [{ kind: 'indirect', text: 'voting had been largely peaceful', speaker: 'Election monitors in Tanjung Seruni', cue: 'said' }],
  },
]);

cases('a person noun before a lone given name', [
  {
    text: 'Pensioners Alan and Joan Whitby said they had lived on the street since 1968.',
    quotes: [{ kind: 'indirect', text: 'they had lived on the street since 1968', speaker: 'Alan and Joan Whitby', cue: 'said' }],
  },
]);
