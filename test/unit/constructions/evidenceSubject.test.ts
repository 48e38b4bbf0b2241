import { cases } from './harness';

cases('what evidence shows', [
  {
    text: 'A new poll shows Ann Hale with 47 percent.',
    quotes: [{ kind: 'indirect', text: 'Ann Hale with 47 percent', speaker: 'A new poll', cue: 'shows' }],
    claims: [],
  },
  {
    text: 'The survey showed a slimmer lead for Ann Hale.',
    quotes: [{ kind: 'indirect', text: 'a slimmer lead for Ann Hale', speaker: 'The survey', cue: 'showed' }],
  },
  {
    // A person showing something reports nothing.
    text: 'The mayor showed great courage.',
    quotes: [],
  },
  {
    // The poll's description stands between it and the verb; none of it is the source.
    text: 'New polls released Sunday showed Ann Hale taking a lead in the race.',
    quotes: [{ kind: 'indirect', text: 'Ann Hale taking a lead in the race', speaker: 'New polls', cue: 'showed' }],
  },
  {
    text: 'Exit polls from the Pell County primary showed that most voters backed the plan.',
    quotes: [{ kind: 'indirect', text: 'most voters backed the plan', speaker: 'Exit polls', cue: 'showed' }],
  },
  {
    text: 'The little polling that was done in the county before the vote showed a dead heat between Hale and Ruiz.',
    quotes: [{ kind: 'indirect', text: 'a dead heat between Hale and Ruiz', speaker: 'The little polling', cue: 'showed' }],
  },
  {
    text: 'Surveys of voters taken as they left the polls showed that older women turned out for Ann Hale.',
    quotes: [{ kind: 'indirect', text: 'older women turned out for Ann Hale', speaker: 'Surveys', cue: 'showed' }],
  },
  {
    // wink reads "show" after "Polls" as a noun, and "polling" as a verb.
    text: 'Polls show Ann Hale slightly trailing Ben Ruiz.',
    quotes: [{ kind: 'indirect', text: 'Ann Hale slightly trailing Ben Ruiz', speaker: 'Polls', cue: 'show' }],
  },
  {
    text: 'Recent polling shows that Ann Hale remains popular with farmers.',
    quotes: [{ kind: 'indirect', text: 'Ann Hale remains popular with farmers', speaker: 'Recent polling', cue: 'shows' }],
  },
  {
    // The evidence nearest the verb that opens its own clause.
    text: 'Polls closed early and the results showed Ann Hale ahead.',
    quotes: [{ kind: 'indirect', text: 'Ann Hale ahead', speaker: 'the results', cue: 'showed' }],
  },
  {
    // A poll inside another phrase is not the subject.
    text: 'The mayor, who reads the polls every week, showed great patience.',
    quotes: [],
  },
]);

cases('what evidence shows, after the content', [
  {
    text: 'Support for the ruling party has fallen to 28 percent, a poll by Marrick Research shows.',
    quotes: [{ kind: 'indirect', text: 'Support for the ruling party has fallen to 28 percent', speaker: 'Marrick Research', cue: 'shows' }],
    claims: [],
  },
  {
    // wink reads "show" at the end of the sentence as a noun.
    text: 'Ann Hale is ahead by six points, polls show.',
    quotes: [{ kind: 'indirect', text: 'Ann Hale is ahead by six points', speaker: 'polls', cue: 'show' }],
  },
  {
    // The journal that published a study says nothing; the study found it.
    text: 'A study published in the Journal of Urban Health found that cyclists live longer.',
    quotes: [{ kind: 'indirect', text: 'cyclists live longer', speaker: 'A study', cue: 'found', anonymous: true }],
  },
  {
    // A report speaks for the office named as its author.
    text: 'A report by the Riverton Audit Office found that the council overspent.',
    quotes: [{ kind: 'indirect', text: 'the council overspent', speaker: 'Riverton Audit Office', cue: 'found' }],
  },
  {
    // "show" ends the sentence after a described evidence phrase: the figures are the source, and
    // the sentence is attributed, so no claim.
    text: 'Crime in the borough has risen by 18 percent, the latest police figures show.',
    quotes: [{ kind: 'indirect', text: 'Crime in the borough has risen by 18 percent', speaker: 'the latest police figures', cue: 'show' }],
    claims: [],
  },
  {
    text: 'A study published online in The Lancet found that cyclists live longer.',
    quotes: [{ kind: 'indirect', text: 'cyclists live longer', speaker: 'A study', cue: 'found', anonymous: true }],
  },
]);

cases('evidence and who issued it', [
  {
    text: 'A survey by the Corran Institute showed 58 percent of voters opposed the sale.',
    quotes: [{ kind: 'indirect', text: '58 percent of voters opposed the sale', speaker: 'Corran Institute', cue: 'showed' }],
  },
  {
    // When is not who.
    text: 'A poll by Marrick Research last week showed support falling.',
    quotes: [{ kind: 'indirect', text: 'support falling', speaker: 'Marrick Research', cue: 'showed' }],
  },
  {
    // Only a named body or person issues: "by phone" is how, "from Kenya" where.
    text: 'A survey by phone showed support falling.',
    quotes: [{ kind: 'indirect', text: 'support falling', speaker: 'A survey', cue: 'showed' }],
  },
  {
    text: 'Data from Kenya shows that infections are falling.',
    quotes: [{ kind: 'indirect', text: 'infections are falling', speaker: 'Data', cue: 'shows' }],
  },
  {
    // Those polled did not issue it.
    text: 'A survey of 1,000 voters showed support falling.',
    quotes: [{ kind: 'indirect', text: 'support falling', speaker: 'A survey', cue: 'showed' }],
  },
]);
