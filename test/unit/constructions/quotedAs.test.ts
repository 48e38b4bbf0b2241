import { cases } from './harness';

cases('quoted as saying', [
  {
    text: 'Councilman Leo Marsh was quoted as saying the deal was dead.',
    quotes: [{ kind: 'indirect', text: 'the deal was dead', speaker: 'Leo Marsh' }],
  },
  {
    text: 'The Riverton Gazette quoted Mayor Jo Hart as saying the pool would reopen in June.',
    quotes: [{ kind: 'indirect', text: 'the pool would reopen in June', speaker: 'Jo Hart', cue: 'quoted ... as saying' }],
  },
  {
    text: 'The Dunmore Courier quoted Tom Reed as saying that the bakery would close.',
    quotes: [{ kind: 'indirect', text: 'the bakery would close', speaker: 'Tom Reed', cue: 'quoted ... as saying' }],
  },
  {
    text: 'Councilman Leo Marsh was quoted as saying, "We have no comment."',
    quotes: [{ kind: 'direct', text: 'We have no comment', speaker: 'Leo Marsh' }],
  },
  {
    text: 'Lena Ortiz, the union leader, was quoted as saying that the strike would go on.',
    quotes: [{ kind: 'indirect', text: 'the strike would go on', speaker: 'Lena Ortiz', cue: 'quoted ... as saying' }],
  },
  {
    // The outlet that quoted the subject stands between "quoted" and "as saying".
    text: 'Dr. Samuel Okafor was quoted by the Lakeside Herald as saying that the clinic would close in June.',
    quotes: [{ kind: 'indirect', text: 'the clinic would close in June', speaker: 'Samuel Okafor', cue: 'quoted ... as saying' }],
  },
  {
    text: 'Mayor Jo Hart was quoted in the Dunmore Courier as saying the pool would reopen.',
    quotes: [{ kind: 'indirect', text: 'the pool would reopen', speaker: 'Jo Hart', cue: 'quoted ... as saying' }],
  },
]);
