import { cases } from './harness';

cases('pronoun and description sources', [
  {
    // "Dana" is given to both genders; the article's own pronouns say she is a woman.
    text: 'Dana Ortiz said her budget was ready. Ortiz thanked her staff on Monday. Ortiz met Tom Reed at noon. He said the talks were useful.',
    quotes: [
      { kind: 'indirect', text: 'her budget was ready', speaker: 'Dana Ortiz', cue: 'said' },
      { kind: 'indirect', text: 'the talks were useful', speaker: 'Tom Reed', cue: 'said' },
    ],
  },
  {
    // "He said X attacked Y. He also said ...": the same pronoun keeps the same speaker.
    text: 'Mayor Tom Reed questioned the choice. He said Ann Hale had attacked Ben Ruiz in the debates. He also said Hale had lost support.',
    quotes: [
      { kind: 'indirect', text: 'Ann Hale had attacked Ben Ruiz in the debates', speaker: 'Tom Reed', cue: 'said' },
      { kind: 'indirect', text: 'Hale had lost support', speaker: 'Tom Reed', cue: 'said' },
    ],
  },
  {
    text: 'Inspector Paul Grant questioned Leo Marsh for six hours. He said the interview had been routine.',
    quotes: [{ kind: 'indirect', text: 'the interview had been routine', speaker: 'Paul Grant', cue: 'said' }],
  },
  {
    text: 'Maria Lopez met Tom Reed on Tuesday. She said the talks were useful.',
    quotes: [{ kind: 'indirect', text: 'the talks were useful', speaker: 'Maria Lopez', cue: 'said' }],
  },
  {
    text: 'Maria Lopez met Tom Reed on Tuesday. He said the talks were useful.',
    quotes: [{ kind: 'indirect', text: 'the talks were useful', speaker: 'Tom Reed', cue: 'said' }],
  },
  {
    text: 'Judge Helen Ward sentenced Rosa Vega to two years in prison. She said the fraud had hurt many families.',
    quotes: [{ kind: 'indirect', text: 'the fraud had hurt many families', speaker: 'Helen Ward', cue: 'said' }],
  },
  {
    text: 'Leo Marsh was questioned by Inspector Paul Grant on Monday. He said he had done nothing wrong.',
    quotes: [{ kind: 'indirect', text: 'he had done nothing wrong', speaker: 'Leo Marsh', cue: 'said' }],
  },
  {
    text: 'Maria Lopez thanked the firefighters. She said they had saved her home.',
    quotes: [{ kind: 'indirect', text: 'they had saved her home', speaker: 'Maria Lopez', cue: 'said' }],
  },
  {
    text: 'Firefighters said the blaze started in the kitchen. They said no one was hurt.',
    quotes: [
      { kind: 'indirect', text: 'the blaze started in the kitchen', speaker: 'Firefighters', cue: 'said', anonymous: true },
      { kind: 'indirect', text: 'no one was hurt', speaker: 'Firefighters', cue: 'said', anonymous: true },
    ],
  },
  {
    text: 'Greenway Dunmore, a hiking group, said the trail was unsafe. They said it should stay closed until May.',
    quotes: [
      { kind: 'indirect', text: 'the trail was unsafe', speaker: 'Greenway Dunmore', cue: 'said' },
      { kind: 'indirect', text: 'it should stay closed until May', speaker: 'Greenway Dunmore', cue: 'said' },
    ],
  },
  {
    text: 'Vellmar Rail said fares would rise in July. It said the increase was needed to cover fuel costs.',
    quotes: [
      { kind: 'indirect', text: 'fares would rise in July', speaker: 'Vellmar Rail', cue: 'said' },
      { kind: 'indirect', text: 'the increase was needed to cover fuel costs', speaker: 'Vellmar Rail', cue: 'said' },
    ],
  },
  {
    text: 'Governor Ana Ruiz toured the flooded towns on Sunday.\n\nShe said the state would pay for the repairs.',
    quotes: [{ kind: 'indirect', text: 'the state would pay for the repairs', speaker: 'Ana Ruiz', cue: 'said' }],
  },
  {
    text: 'Governor Ana Ruiz toured the flooded towns on Sunday. "We will rebuild," she said.',
    quotes: [{ kind: 'direct', text: 'We will rebuild', speaker: 'Ana Ruiz', cue: 'said' }],
  },
  {
    text: 'Tom Reed has owned the bakery since 2010. Reed said sales were up this year. He said he would hire two more bakers.',
    quotes: [
      { kind: 'indirect', text: 'sales were up this year', speaker: 'Tom Reed', cue: 'said' },
      { kind: 'indirect', text: 'he would hire two more bakers', speaker: 'Tom Reed', cue: 'said' },
    ],
  },
  {
    text: 'Dr. Omar Diaz treated the victims at Dunmore General. The doctor said two were in critical condition.',
    quotes: [{ kind: 'indirect', text: 'two were in critical condition', speaker: 'Omar Diaz', cue: 'said' }],
  },
  {
    text: 'Tom Reed said the bakery would stay open. His wife, Ana Reed, disagreed. She said they would close in June.',
    quotes: [
      { kind: 'indirect', text: 'the bakery would stay open', speaker: 'Tom Reed', cue: 'said' },
      { kind: 'indirect', text: 'they would close in June', speaker: 'Ana Reed', cue: 'said' },
    ],
  },
  {
    text: 'Maria Lopez said the plan was sound.\n\nTom Reed, her deputy, spoke next. He said the plan was too expensive.',
    quotes: [
      { kind: 'indirect', text: 'the plan was sound', speaker: 'Maria Lopez', cue: 'said' },
      { kind: 'indirect', text: 'the plan was too expensive', speaker: 'Tom Reed', cue: 'said' },
    ],
  },
  {
    text: 'Principal Grace Little met the parents on Monday.\n\n"We hear you," she told them.',
    quotes: [{ kind: 'direct', text: 'We hear you', speaker: 'Grace Little', cue: 'told' }],
  },
]);

cases('a description names the person named last with that role', [
  {
    text: 'Prime Minister Ann Hale said the port would open. Transport minister Tom Reed sent a letter of support, but the minister said they would build another road.',
    quotes: [
      { kind: 'indirect', text: 'the port would open', speaker: 'Ann Hale', cue: 'said' },
      { kind: 'indirect', text: 'they would build another road', speaker: 'Tom Reed', cue: 'said' },
    ],
  },
]);

cases('"this person" points back to an unnamed source', [
  {
    text: 'One of the workers said, "The nights were hard." However, this person also said that the pay had been fair.',
    quotes: [
      { kind: 'direct', text: 'The nights were hard.', speaker: 'One of the workers', cue: 'said' },
      { kind: 'indirect', text: 'the pay had been fair', speaker: 'One of the workers', cue: 'said', anonymous: true },
    ],
  },
  {
    text: 'A witness said the car was red. That person said it sped away.',
    quotes: [
      { kind: 'indirect', text: 'the car was red', speaker: 'A witness', cue: 'said' },
      { kind: 'indirect', text: 'it sped away', speaker: 'A witness', cue: 'said' },
    ],
  },
]);

cases('a family the article named', [
  {
    text: 'Judge Ann Ward sentenced David and Louise Marsh to life in prison. David Marsh was also charged with fraud. The father said "I love my children." The mother said "I am sorry."',
    quotes: [
      { kind: 'direct', text: 'I love my children.', speaker: 'David Marsh', cue: 'said' },
      { kind: 'direct', text: 'I am sorry.', speaker: 'Louise Marsh', cue: 'said' },
    ],
  },
]);

cases('negated knowing reports nothing', [
  {
    text: 'Ann Hale said she did not know what the plan was.',
    quotes: [{ kind: 'indirect', text: 'she did not know what the plan was', speaker: 'Ann Hale', cue: 'said' }],
  },
  {
    text: 'Ann Hale did not know what the plan was.',
    quotes: [],
  },
]);

cases('"they" through a chain of the same pronoun', [
  {
    text: 'The team collected samples from six sites. They were able to read fourteen. They found the birds were diverse. If the birds had been farmed, they reasoned, the samples would have shown little diversity.',
    quotes: [
      { kind: 'indirect', text: 'the birds were diverse', speaker: 'The team', cue: 'found' },
      { kind: 'indirect', text: 'If the birds had been farmed', speaker: 'The team', cue: 'reasoned' },
      { kind: 'indirect', text: 'the samples would have shown little diversity', speaker: 'The team', cue: 'reasoned' },
    ],
  },
]);

cases('a pronoun that names no one', [
  {
    // The report stands and the editor sees a speaker missing; the sentence is no unattributed claim.
    text: 'He says the plan is flawed.',
    quotes: [{ kind: 'indirect', text: 'the plan is flawed', speaker: null, cue: 'says' }],
  },
  {
    text: 'The cuts will hurt rural schools, they said.',
    quotes: [{ kind: 'indirect', text: 'The cuts will hurt rural schools', speaker: null, cue: 'said' }],
  },
  {
    // ("it" is left alone: "It says a lot that ..." is no report.)
    text: 'It says a lot that nobody came.',
    quotes: [],
  },
  {
    // A pronoun no one answers to is not the last speaker either.
    text: 'Ann Hale said the bridge would close. "It is not safe," he said.',
    quotes: [
      { kind: 'indirect', text: 'the bridge would close', speaker: 'Ann Hale', cue: 'said' },
      { kind: 'direct', text: 'It is not safe,', speaker: null, cue: 'said' },
    ],
  },
]);

cases('"they" at the head of a paragraph', [
  {
    // A one-sentence paragraph goes on from the one before; "led by X" describes the team.
    text: 'The Harwell team, led by Ana Ruiz, measured the light from the star.\n\nThey found that the planet had water.',
    quotes: [{ kind: 'indirect', text: 'the planet had water', speaker: 'The Harwell team', cue: 'found' }],
  },
  {
    // In a first-person account (an interview answer, a column) the people are the narrator's.
    text: 'I worked at the plant for ten years. They told me the plant was safe.',
    quotes: [],
  },
]);


cases('who "he" or "she" is when no name is near', [
  {
    // A described person, never named, was the last subject.
    text: 'The mayor defended the budget on Tuesday. She said the cuts were necessary.',
    quotes: [{ kind: 'indirect', text: 'the cuts were necessary', speaker: 'The mayor', cue: 'said' }],
  },
  {
    // The only man in the story, paragraphs back, with no one else speaking since.
    text: 'Sen. Tom Reed has opposed the bill since January.\n\nThe bill passed the House in March. It now goes to the Senate.\n\nOn Friday, he said he would push to repeal it.',
    quotes: [{ kind: 'indirect', text: 'he would push to repeal it', speaker: 'Tom Reed', cue: 'said' }],
  },
  {
    // Sayings, not reports.
    text: 'They say the first step is the hardest. As they say, the devil is in the details. He said, she said: the trial turned on conflicting accounts.',
    quotes: [],
  },
  {
    // A first-person account states its narrator's views: no unattributed claim either.
    text: 'I did have my doubts because both of them are going.',
    quotes: [],
    claims: [],
  },
]);

cases('a definite description takes up the unnamed source it repeats', [
  {
    text: 'A senior European diplomat said the talks had stalled. "Everyone wants peace," the diplomat said.',
    quotes: [
      { kind: 'indirect', text: 'the talks had stalled', speaker: 'A senior European diplomat', cue: 'said', anonymous: true },
      { kind: 'direct', text: 'Everyone wants peace,', speaker: 'A senior European diplomat', cue: 'said', anonymous: true },
    ],
  },
  {
    // A different noun is someone else.
    text: 'A senior European diplomat said the talks had stalled. "Nothing moved," the official said.',
    quotes: [
      { kind: 'indirect', text: 'the talks had stalled', speaker: 'A senior European diplomat', cue: 'said', anonymous: true },
      { kind: 'direct', text: 'Nothing moved,', speaker: 'the official', cue: 'said', anonymous: true },
    ],
  },
]);
