import { cases } from './harness';

// Sentences written for a review of the engine by a second reader, each a common newsroom shape.
cases('sources wink mistags or the lexicon did not name', [
  {
    text: 'The general said the border was secure.',
    quotes: [{ kind: 'indirect', text: 'the border was secure', speaker: 'The general', cue: 'said' }],
  },
  {
    text: 'An audit found that the agency had overpaid contractors.',
    quotes: [{ kind: 'indirect', text: 'the agency had overpaid contractors', speaker: 'An audit', cue: 'found' }],
  },
  {
    text: 'The contractor denied any wrongdoing but admitted that the paperwork had been late.',
    quotes: [
      { kind: 'indirect', text: 'any wrongdoing', speaker: 'The contractor', cue: 'denied' },
      { kind: 'indirect', text: 'the paperwork had been late', speaker: 'The contractor', cue: 'admitted' },
    ],
  },
  {
    text: 'According to a person familiar with the talks, the deal could be signed next week.',
    quotes: [{ kind: 'indirect', text: 'the deal could be signed next week', speaker: 'a person familiar with the talks', cue: 'According to', anonymous: true }],
  },
  {
    text: 'Court filings show the couple owed more than $200,000 in back taxes.',
    quotes: [{ kind: 'indirect', text: 'the couple owed more than $200,000 in back taxes', speaker: 'Court filings', cue: 'show' }],
    claims: [],
  },
  {
    text: 'Court documents show the couple owed more than $200,000 in back taxes.',
    quotes: [{ kind: 'indirect', text: 'the couple owed more than $200,000 in back taxes', speaker: 'Court documents', cue: 'show' }],
  },
  {
    text: 'The minister is reported to have said that the budget would be delayed.',
    quotes: [{ kind: 'indirect', text: 'the budget would be delayed', speaker: 'The minister', cue: 'said' }],
  },
]);

cases('questions, nothing said, and quotes whose speaker is not named yet', [
  {
    text: 'Reporters asked the chief whether any officers had been suspended.',
    quotes: [{ kind: 'indirect', text: 'whether any officers had been suspended', speaker: 'Reporters', cue: 'asked' }],
  },
  {
    text: 'Officials said nothing about the missing funds.',
    quotes: [],
  },
  {
    text: 'Ann Hale said nothing had changed.',
    quotes: [{ kind: 'indirect', text: 'nothing had changed', speaker: 'Ann Hale', cue: 'said' }],
  },
  {
    // The pronoun names no one yet: the quotation is still listed, with no speaker.
    text: '"Nobody called us," she said.',
    quotes: [{ kind: 'direct', text: 'Nobody called us,', speaker: null, cue: 'said' }],
  },
  {
    // A short whole sentence going on from the last speaker is speech, not a scare quote.
    text: '"Nobody called us," Ann Birk said. "Nobody came."',
    quotes: [
      { kind: 'direct', text: 'Nobody called us,', speaker: 'Ann Birk', cue: 'said' },
      { kind: 'direct', text: 'Nobody came.', speaker: 'Ann Birk' },
    ],
  },
  {
    text: 'The town had a "healthy" budget. It was "fine."',
    quotes: [],
  },
]);

cases('predictions and causes with no source', [
  { text: 'Rents are expected to rise sharply next year.', quotes: [], claims: ['Rents are expected to rise sharply next year.'] },
  { text: 'The layoffs were the result of years of mismanagement.', quotes: [], claims: ['The layoffs were the result of years of mismanagement.'] },
  { text: 'The closure will cost 300 jobs in the town.', quotes: [], claims: ['The closure will cost 300 jobs in the town.'] },
  { text: 'The layoffs stemmed from years of poor management.', quotes: [], claims: ['The layoffs stemmed from years of poor management.'] },
]);

cases('a passive quote with a head wink reads as an adjective', [
  {
    text: 'The general was quoted as saying that the border was secure.',
    quotes: [{ kind: 'indirect', text: 'the border was secure', speaker: 'The general', cue: 'quoted ... as saying' }],
  },
]);

cases('sources across sentences', [
  {
    text: 'A spokeswoman for the Lisford health authority said the ward would reopen. She added that patients should call first.',
    quotes: [
      { kind: 'indirect', text: 'the ward would reopen', speaker: 'A spokeswoman for the Lisford health authority', cue: 'said' },
      { kind: 'indirect', text: 'patients should call first', speaker: 'A spokeswoman for the Lisford health authority', cue: 'added' },
    ],
  },
  {
    // A spokesman is not "she": her report stands with no speaker, for the editor to see.
    text: 'A spokesman said the line was closed. She said it would reopen.',
    quotes: [
      { kind: 'indirect', text: 'the line was closed', speaker: 'A spokesman', cue: 'said' },
      { kind: 'indirect', text: 'it would reopen', speaker: null, cue: 'said' },
    ],
  },
  {
    text: 'Gareth Mulvaine, a retired firefighter from Dunmere, pulled two children from the river. He told the Dunmere Courier he had acted without thinking. "Anyone would have done the same," he said.',
    quotes: [
      { kind: 'indirect', text: 'he had acted without thinking', speaker: 'Gareth Mulvaine', cue: 'told' },
      { kind: 'direct', text: 'Anyone would have done the same,', speaker: 'Gareth Mulvaine', cue: 'said' },
    ],
  },
  {
    text: 'Residents of Coldharbour Lane said they had complained about the damp for years. They said the housing association had ignored their letters.',
    quotes: [
      { kind: 'indirect', text: 'they had complained about the damp for years', speaker: 'Residents of Coldharbour Lane', cue: 'said' },
      { kind: 'indirect', text: 'the housing association had ignored their letters', speaker: 'Residents of Coldharbour Lane', cue: 'said' },
    ],
  },
  {
    text: 'The Copperline Trio cancelled the rest of their spring tour on Monday. They said their bassist needed surgery.',
    quotes: [{ kind: 'indirect', text: 'their bassist needed surgery', speaker: 'Copperline Trio', cue: 'said' }],
  },
  {
    text: "The Ferrant Valley harvest will be the smallest in a decade, the regional growers' cooperative said on Monday.",
    quotes: [{ kind: 'indirect', text: 'The Ferrant Valley harvest will be the smallest in a decade', speaker: "the regional growers' cooperative", cue: 'said' }],
    claims: [],
  },
  {
    text: "Brennick Foods said on Monday it would cut 140 jobs. The company said demand for its cheese had fallen. It said workers would receive six months' pay.",
    quotes: [
      { kind: 'indirect', text: 'it would cut 140 jobs', speaker: 'Brennick Foods', cue: 'said' },
      { kind: 'indirect', text: 'demand for its cheese had fallen', speaker: 'Brennick Foods', cue: 'said' },
      { kind: 'indirect', text: "workers would receive six months' pay", speaker: 'Brennick Foods', cue: 'said' },
    ],
  },
  {
    text: 'Dunmore Council met on Monday. The council said the budget was balanced.',
    quotes: [{ kind: 'indirect', text: 'the budget was balanced', speaker: 'Dunmore Council', cue: 'said' }],
  },
  {
    text: 'Mayor Ann Hale said the plant would close. The 54-year-old mayor, who was elected in 2021, added that staff would be offered jobs.',
    quotes: [
      { kind: 'indirect', text: 'the plant would close', speaker: 'Ann Hale', cue: 'said' },
      { kind: 'indirect', text: 'staff would be offered jobs', speaker: 'Ann Hale', cue: 'added' },
    ],
  },
  {
    // How long something lasted is a matter of record.
    text: 'Defence lawyer Martin Haverstock questioned witness Paul Ennis for more than three hours on Tuesday.',
    quotes: [],
    claims: [],
  },
]);

cases('an age for the person named last', [
  {
    text: 'Gareth Mulvaine, a retired firefighter from Dunmere, pulled two children from the river. The 54-year-old told the Dunmere Courier he had acted without thinking.',
    quotes: [{ kind: 'indirect', text: 'he had acted without thinking', speaker: 'Gareth Mulvaine', cue: 'told' }],
  },
  {
    text: 'Tom Reed was arrested on Monday. The 31-year-old man said he was innocent.',
    quotes: [{ kind: 'indirect', text: 'he was innocent', speaker: 'Tom Reed', cue: 'said' }],
  },
]);
