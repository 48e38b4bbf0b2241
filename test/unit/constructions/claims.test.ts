import { cases } from './harness';

cases('unattributed claims', [
  {
    text: 'Crime in Dunmore rose 40% last year.',
    quotes: [],
    claims: ['Crime in Dunmore rose 40% last year.'],
  },
  {
    text: 'The fire was caused by a faulty space heater.',
    quotes: [],
    claims: ['The fire was caused by a faulty space heater.'],
  },
  {
    text: 'The factory closed because of falling demand for its engines.',
    quotes: [],
    claims: ['The factory closed because of falling demand for its engines.'],
  },
  {
    text: 'Councilman Leo Marsh took bribes from a developer.',
    quotes: [],
    claims: ['Councilman Leo Marsh took bribes from a developer.'],
  },
  {
    text: 'Home prices in Pell County will double by next summer.',
    quotes: [],
    claims: ['Home prices in Pell County will double by next summer.'],
  },
  {
    text: 'It was the hottest July ever recorded in Pell County.',
    quotes: [],
    claims: ['It was the hottest July ever recorded in Pell County.'],
  },
  {
    text: 'The new law is the strictest in the country.',
    quotes: [],
    claims: ['The new law is the strictest in the country.'],
  },
  {
    text: 'Harbour Works is reportedly planning to cut 500 jobs.',
    quotes: [],
    claims: ['Harbour Works is reportedly planning to cut 500 jobs.'],
  },
  {
    text: 'The mayor is said to have ordered the report destroyed.',
    quotes: [],
    claims: ['The mayor is said to have ordered the report destroyed.'],
  },
  {
    text: 'The school board met on Tuesday. The district has lost 1,200 students in five years.',
    quotes: [],
    claims: ['The district has lost 1,200 students in five years.'],
  },
  {
    text: 'Fire Chief Megan Wood said the blaze started in the kitchen.\n\nThe damage will cost more than $2 million to repair.',
    quotes: [{ kind: 'indirect', text: 'the blaze started in the kitchen', speaker: 'Megan Wood', cue: 'said' }],
    claims: ['The damage will cost more than $2 million to repair.'],
  },
]);

cases('attributed or uncontested sentences are not claims', [
  {
    text: 'Crime in Dunmore rose 40% last year, police said.',
    quotes: [{ kind: 'indirect', text: 'Crime in Dunmore rose 40% last year', speaker: 'police', cue: 'said' }],
    claims: [],
  },
  {
    text: 'According to the county, the fire was caused by a faulty space heater.',
    quotes: [{ kind: 'indirect', text: 'the fire was caused by a faulty space heater', speaker: 'the county', cue: 'According to' }],
    claims: [],
  },
  {
    text: '"Crime is up 40%," Sheriff Tom Reed said.',
    quotes: [{ kind: 'direct', text: 'Crime is up 40%', speaker: 'Tom Reed', cue: 'said' }],
    claims: [],
  },
  {
    text: 'Fire Chief Megan Wood said the blaze started in the kitchen. The flames spread to the roof within minutes.',
    quotes: [{ kind: 'indirect', text: 'the blaze started in the kitchen', speaker: 'Megan Wood', cue: 'said' }],
    claims: [],
  },
  {
    text: 'The council will vote on the budget on June 3.',
    quotes: [],
    claims: [],
  },
  {
    text: 'Jo Hart has been mayor of Dunmore since 2019.',
    quotes: [],
    claims: [],
  },
  {
    text: 'Water freezes at 0 degrees Celsius.',
    quotes: [],
    claims: [],
  },
  {
    text: 'Vellmar Rail announced that ticket sales had reached a record high.',
    quotes: [{ kind: 'indirect', text: 'ticket sales had reached a record high', speaker: 'Vellmar Rail', cue: 'announced' }],
    claims: [],
  },
]);

cases('a schedule is no cause', [
  {
    text: 'Ann Hale became mayor of the town in 2005 and was due to stand down in August.',
    quotes: [],
    claims: [],
  },
  {
    text: 'The bridge closed in 2005 due to flooding from the river.',
    quotes: [],
    claims: ['The bridge closed in 2005 due to flooding from the river.'],
  },
]);

cases('rankings, averages, thresholds and expectations', [
  {
    text: 'The state ranks 48th in the nation in per-pupil spending.',
    quotes: [],
    claims: ['The state ranks 48th in the nation in per-pupil spending.'],
  },
  {
    // A named table is its own source.
    text: 'Currently ranked 27th in the ATP rankings, Dale Brooks reached the final in May.',
    quotes: [],
    claims: [],
  },
  {
    text: 'The new toll lanes have cut rush-hour commutes by an average of 11 minutes.',
    quotes: [],
    claims: ['The new toll lanes have cut rush-hour commutes by an average of 11 minutes.'],
  },
  {
    text: "Wait times at the county's offices now exceed three hours.",
    quotes: [],
    claims: ["Wait times at the county's offices now exceed three hours."],
  },
  {
    text: 'Gov. Ann Hale is widely expected to sign the bill before the end of the month.',
    quotes: [],
    claims: ['Gov. Ann Hale is widely expected to sign the bill before the end of the month.'],
  },
]);

cases('sports figures that are on the record', [
  {
    text: 'Kipyegon, who ranked first in the heats, won the final.',
    quotes: [],
    claims: [],
  },
  {
    text: 'Djokovic is ranked first in the world by the ATP.',
    quotes: [],
    claims: [],
  },
]);

cases('hearsay and characterisation in business, courts and sport', [
  {
    text: 'The suspect is believed to have fled across the border on Saturday night.',
    quotes: [],
    claims: ['The suspect is believed to have fled across the border on Saturday night.'],
  },
  {
    text: 'The defence minister is understood to have offered his resignation twice.',
    quotes: [],
    claims: ['The defence minister is understood to have offered his resignation twice.'],
  },
  {
    text: 'Match-fixing is rife in the lower divisions.',
    quotes: [],
    claims: ['Match-fixing is rife in the lower divisions.'],
  },
  {
    text: 'The drug\'s side effects were deliberately played down in marketing to doctors.',
    quotes: [],
    claims: ['The drug\'s side effects were deliberately played down in marketing to doctors.'],
  },
  {
    text: 'Police have been slow to investigate complaints from residents of the estate.',
    quotes: [],
    claims: ['Police have been slow to investigate complaints from residents of the estate.'],
  },
  {
    // Attributed, it is a report, not a claim.
    text: 'Police said the suspect is believed to have fled.',
    quotes: [{ kind: 'indirect', text: 'the suspect is believed to have fled', speaker: 'Police', cue: 'said' }],
    claims: [],
  },
]);

cases('"said to be": hearsay about a noun, no one\'s report', [
  {
    text: 'A painting said to be by Vermeer sold for $3 million.',
    quotes: [],
    claims: ['A painting said to be by Vermeer sold for $3 million.'],
  },
  {
    text: 'Ruiz, said to be furious, cancelled the meeting.',
    quotes: [],
    claims: ['Ruiz, said to be furious, cancelled the meeting.'],
  },
  {
    // What he told them is reported, by report, as "is reported to have said" is.
    text: 'The chairman is said to have told colleagues that he would step down.',
    quotes: [{ kind: 'indirect', text: 'he would step down', speaker: 'The chairman', cue: 'told' }],
    claims: [],
  },
]);

cases('what someone knew is the writer\'s claim, not their report', [
  {
    text: 'The minister resigned because he knew the audit would expose his role in the contract.',
    quotes: [],
    claims: ['The minister resigned because he knew the audit would expose his role in the contract.'],
  },
  {
    // A label between commas describes the person before it.
    text: 'Cherie, known as Lucky, recalled receiving a plush toy at age 10.',
    quotes: [{ kind: 'indirect', text: 'receiving a plush toy at age 10', speaker: 'Cherie', cue: 'recalled' }],
  },
]);
