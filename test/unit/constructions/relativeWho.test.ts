import { cases } from './harness';

cases('relative who', [
  {
    text: 'The plan was backed by Councillor Nadia Brook, who said it would cut traffic in half.',
    quotes: [{ kind: 'indirect', text: 'it would cut traffic in half', speaker: 'Nadia Brook', cue: 'said' }],
  },
  {
    text: 'The school was praised by Inspector Paul Grant, who told parents that standards had risen.',
    quotes: [{ kind: 'indirect', text: 'standards had risen', speaker: 'Paul Grant', cue: 'told' }],
  },
  {
    text: 'The council heard from shop owners who said the new car park was too expensive.',
    quotes: [{ kind: 'indirect', text: 'the new car park was too expensive', speaker: 'shop owners', anonymous: true }],
  },
  {
    text: 'Among those who said they would vote, most backed the levy.',
    quotes: [{ kind: 'indirect', text: 'they would vote', speaker: 'those', anonymous: true }],
  },
  {
    text: 'Most parents say the school is safe, compared with 40 percent who say the same of the park.',
    quotes: [
      // "compared with" belongs to neither clause.
      { kind: 'indirect', text: 'the school is safe', speaker: 'Most parents', anonymous: true },
      { kind: 'indirect', text: 'the same of the park', speaker: '40 percent', anonymous: true },
    ],
  },
  {
    // "which officials said": the relative is no part of the source, and its clause ends at its comma.
    text: 'The new rules, which officials said will take effect in May, do not apply to ferries.',
    quotes: [{ kind: 'indirect', text: 'will take effect in May', speaker: 'officials', anonymous: true }],
  },
]);

cases('a relative clause with its own source', [
  {
    // wink tags "say" a noun here; the modal after it makes it a verb.
    text: 'The council approved the plan, which critics say will raise rents.',
    quotes: [{ kind: 'indirect', text: 'will raise rents', speaker: 'critics', cue: 'say', anonymous: true }],
  },
  {
    text: 'The plan, which the mayor said was costly, passed.',
    quotes: [{ kind: 'indirect', text: 'was costly', speaker: 'the mayor', cue: 'said' }],
  },
]);

cases('a relative clause before the main verb', [
  {
    text: 'Rep. Olu Adeyemi, who said last year that he would never vote for a gas tax, voted for one Thursday.',
    quotes: [{ kind: 'indirect', text: 'he would never vote for a gas tax', speaker: 'Olu Adeyemi', cue: 'said' }],
  },
  {
    // A relative inside what was said keeps its clause whole.
    text: 'Ann Hale, who said the bridge, which was built in 1921, would close, left early.',
    quotes: [{ kind: 'indirect', text: 'the bridge, which was built in 1921, would close', speaker: 'Ann Hale', cue: 'said' }],
  },
  {
    text: 'Ann Hale, who said the bridge, which was built in 1921, would close next year.',
    quotes: [{ kind: 'indirect', text: 'the bridge, which was built in 1921, would close next year', speaker: 'Ann Hale', cue: 'said' }],
  },
]);

cases('commas inside what the relative clause reports', [
  {
    text: 'Hale, who says the budget, drafted in May, is balanced, will vote today.',
    quotes: [{ kind: 'indirect', text: 'the budget, drafted in May, is balanced', speaker: 'Hale', cue: 'says' }],
  },
  {
    text: 'Hale, who said the plan would, if approved, raise rents by 10%, voted against it.',
    quotes: [{ kind: 'indirect', text: 'the plan would, if approved, raise rents by 10%', speaker: 'Hale', cue: 'said' }],
  },
]);

cases('", which said" after an organisation', [
  {
    text: 'The order came in response to a request by The Dunmore Post, which argued that the documents were a matter of public interest.',
    quotes: [{ kind: 'indirect', text: 'the documents were a matter of public interest', speaker: 'Dunmore Post', cue: 'argued' }],
  },
  {
    // A thing that cannot speak says nothing.
    text: 'The plan, which said nothing about rents, was dropped.',
    quotes: [],
  },
]);

cases('a restrictive "that" with its own source inside', [
  {
    // "that" after a noun opens the relative; the source is whoever follows it.
    text: 'He ran a group that prosecutors said was suspected of funding terrorism.',
    quotes: [{ kind: 'indirect', text: 'was suspected of funding terrorism', speaker: 'prosecutors', cue: 'said', anonymous: true }],
  },
  {
    text: 'There is a gap in border security that homeland security experts say renders talk of a wall moot.',
    quotes: [{ kind: 'indirect', text: 'renders talk of a wall moot', speaker: 'homeland security experts', cue: 'say', anonymous: true }],
  },
  {
    // A demonstrative opening the sentence is still the phrase's.
    text: 'That person said the plan was dead.',
    quotes: [{ kind: 'indirect', text: 'the plan was dead', speaker: 'That person', cue: 'said', anonymous: true }],
  },
]);
