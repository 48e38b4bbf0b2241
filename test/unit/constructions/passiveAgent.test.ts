import { cases } from './harness';

cases('passive with agent', [
  {
    text: 'It was announced by Vellmar Rail that fares would rise in July.',
    quotes: [{ kind: 'indirect', text: 'fares would rise in July', speaker: 'Vellmar Rail' }],
  },
  {
    text: 'Residents were told by Mayor Jo Hart that the water was safe to drink.',
    quotes: [{ kind: 'indirect', text: 'the water was safe to drink', speaker: 'Jo Hart' }],
  },
  {
    text: 'Reporters were told by a police spokesman that two men had been arrested.',
    quotes: [{ kind: 'indirect', text: 'two men had been arrested', speaker: 'a police spokesman', anonymous: true }],
  },
  {
    text: 'It was confirmed by Pell County that the bridge would close for a month.',
    quotes: [{ kind: 'indirect', text: 'the bridge would close for a month', speaker: 'Pell County' }],
  },
  {
    text: 'Tom Reed said he had been told the plant would close.',
    quotes: [{ kind: 'indirect', text: 'he had been told the plant would close', speaker: 'Tom Reed', cue: 'said' }],
  },
]);

cases('hearsay with no source', [
  { text: 'The mayor is said to have ordered the report destroyed.', quotes: [] },
  { text: 'Harbour Works reportedly plans to close its Dunmore plant.', quotes: [] },
  { text: 'It was reported that the dam had cracked during the storm.', quotes: [] },
  { text: 'It is believed that the fire started in the basement.', quotes: [] },
  { text: 'The suspect allegedly fled to Pell County after the robbery.', quotes: [] },
  { text: 'Tom Reed is rumored to be leaving the company.', quotes: [] },
  { text: 'By some reports, the fire burned for two days.', quotes: [] },
  { text: 'The singer was reported to have left the country on Friday.', quotes: [] },
]);

cases('responsibility claimed, and the perfect of a cue wink read as an adjective', [
  {
    text: 'The attack was claimed by the Houthi movement in Yemen, but both Saudi Arabia and the United States have alleged Iranian involvement.',
    quotes: [{ kind: 'indirect', text: 'Iranian involvement', speaker: 'both Saudi Arabia and the United States', cue: 'alleged' }],
  },
  {
    // The agent of "were told" spoke, whatever its noun; a name in apposition speaks for it.
    text: 'Parents were told by the headteacher that the trip had been cancelled.',
    quotes: [{ kind: 'indirect', text: 'the trip had been cancelled', speaker: 'the headteacher', cue: 'told' }],
  },
  {
    text: 'Parents were told by the headteacher, Joanna Birch, that the trip had been cancelled.',
    quotes: [{ kind: 'indirect', text: 'the trip had been cancelled', speaker: 'Joanna Birch', cue: 'told' }],
  },
]);

cases('a question asked by the agent', [
  {
    text: 'Lee was asked by a caller why young men are coming to the city.',
    quotes: [{ kind: 'indirect', text: 'why young men are coming to the city', speaker: 'a caller', cue: 'asked' }],
  },
  {
    text: 'Earlier this month, Ann Hale was asked by host Tom Reed whether her aim was to run for mayor.',
    quotes: [{ kind: 'indirect', text: 'whether her aim was to run for mayor', speaker: 'Tom Reed', cue: 'asked' }],
  },
]);
