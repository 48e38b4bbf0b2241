// Matters of record are not claims (GUIDELINES: "who holds an office", scene-setting, a date or a
// schedule), even when they carry a superlative, a number or a causal phrase; each is paired with
// a sentence of the same shape that an editor would still want sourced. Sentences are our own.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core';
import type { ClaimKind } from '../../src/core';

const OF_RECORD: [string, string][] = [
  ['a rank in an office', 'Senator Ruth Hale, the most senior Republican on the finance committee, chaired the hearing on Tuesday.'],
  ['a rank in an office', 'The deputy mayor is the second-highest ranking official in the city government.'],
  ['a rank in an office', 'As the highest-ranking officer on the base, she signed the order.'],
  ['a negated record', 'This is not the first lawsuit the council has faced over the new car park.'],
  ['a member of a group', 'The eldest of their three daughters runs the bakery on Hill Street with her husband.'],
  ['a ranked list someone made', 'He was named one of Pell Weekly’s 40 most promising chefs in the spring.'],
  ['a title', 'She won the Most Improved Player award at the end of the season.'],
  ['the record already named', 'In setting the new record, the swimmer finished four seconds ahead of the rest of the field.'],
  ['a time relative to an event', 'The second explosion came less than two hours later at a depot near the port.'],
  ['halves of a match and of a pitch', 'The home side spent most of the second half in their own half.'],
  ['a flag position', 'Flags over the town hall were lowered to half staff on Monday morning.'],
  ['a kind', 'The mill is one of several buildings on the street owned by the family.'],
  ['a duration', 'The band toured Europe for several years before it split up in Bristol.'],
  ['deliberation', 'In the end the tunnel was considered as an alternative to the new bridge.'],
  ['a response on the record', 'In response to the storm, the mayor closed the schools on Friday.'],
  ['a time adverb', 'So far the club has played three games in the new stadium.'],
  ['a threshold in a rule', 'Two-thirds of the members must approve any change to the club rules.'],
  ['a threshold in a rule', 'A majority of 60 percent is needed to change the town charter.'],
  ['a vote at a meeting', 'Two-thirds of the members voted against the new rules at the meeting.'],
  ['a certified result', 'Ms Varga took 54.2 per cent of the vote in the certified count, ahead of Tom Brill.'],
  ['a sports score', 'The final score was 102-98 after two periods of overtime.'],
  ['a literal fall', 'The climber fell into the river after the rope snapped near the top.'],
  ['a purpose', 'Emergency crews worked through the night in order to restore water service.'],
  ['a price', 'Tickets cost $45 and go on sale on Friday at the box office.'],
  ['a closing price', 'Shares of Brightwell Foods closed at $31.20 on Monday afternoon.'],
  ['a definition', 'A bear market is commonly defined as a fall of 20 percent from a peak.'],
  ['a room the reporter saw', 'The hall was half empty when the debate began on Monday.'],
  ['membership', 'The bakery was among the shops that closed early on Saturday afternoon.'],
];

const STILL_CLAIMS: [ClaimKind, string][] = [
  ['record', 'Senator Ruth Hale is the most popular politician in the state by a wide margin.'],
  ['record', 'She is the first woman to lead the port authority in its long history.'],
  ['record', 'The swimmer broke the world record in the freestyle at the harbour pool.'],
  ['record', 'The youngest player to score in a final, he is now the club captain.'],
  ['figure', 'Beijing and Moscow held several joint exercises near the strait this year.'],
  ['figure', 'More than half of the shops on the street have closed since the mall opened.'],
  ['figure', 'The long drought cut the wheat harvest in half across the county.'],
  ['figure', 'Rents on the seafront rose by a third in the year after the pier reopened.'],
  ['figure', 'About a third of the town lost power during the storm on Tuesday night.'],
  ['figure', 'Two-thirds of the shops on the high street have closed since the mall opened.'],
  ['cause', 'Vaccination rates in the county dropped sharply after two children fell ill.'],
  ['figure', 'Nearly one in five households in the town now relies on food banks.'],
  ['figure', 'Smuggling across the mountain pass has increased fivefold in a decade.'],
  ['allegation', 'The developer falsified safety certificates for the riverside tower.'],
  ['prediction', 'The governing party is expected to lose its majority at the next election.'],
  ['prediction', 'The new law is likely to drive small landlords out of the market.'],
  ['characterisation', 'The council decision to sell the park was deeply controversial.'],
  ['characterisation', 'The inquiry into the fire has been plagued by delays and infighting.'],
  ['hearsay', 'The striker has reportedly agreed personal terms with a club in Spain.'],
  ['cause', 'The flooding in the lower town was made worse by years of neglected drainage work.'],
  ['prediction', 'Interest rates across the region will likely stay high well into next year.'],
  ['characterisation', 'The rollout of the new ticketing system at the station has been a fiasco.'],
  ['record', 'Morale inside the fire service has never been lower than this winter.'],
  ['characterisation', 'The new parking rules have done little to ease congestion in the centre.'],
  ['characterisation', 'Inspectors at the port looked the other way as the containers moved through.'],
  ['hearsay', 'The tunnel was considered the safest route through the hills at the time.'],
];

describe('claims: matters of record', () => {
  for (const [what, text] of OF_RECORD) {
    it(`no claim on ${what}: ${text}`, () => {
      assert.deepEqual(analyze(text).claims.map((c) => c.kind), [], text);
    });
  }
  for (const [kind, text] of STILL_CLAIMS) {
    it(`still a ${kind} claim: ${text}`, () => {
      assert.deepEqual(analyze(text).claims.map((c) => c.kind), [kind], text);
    });
  }
});
