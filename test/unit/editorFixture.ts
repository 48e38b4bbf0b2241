// A small hand-built draft and its Analysis, so editor helpers are tested on exact, known offsets.
import type { Analysis, Quote } from '../../src/core/types';

export const TEXT = [
  'Officials defend plan', // line 1
  '',
  '"We will act," Mayor Jane O\'Neill said on Monday. O\'Neill added that costs had risen 40%.', // line 3
  '',
  'Prices doubled last year. "It is a disaster."', // line 5
  '',
  'A spokesman said the deal was "done | signed". Oneill declined to comment on TK.', // line 7
].join('\n');

const at = (s: string, from = 0): { start: number; end: number } => {
  const start = TEXT.indexOf(s, from);
  if (start < 0) throw new Error(`fixture: "${s}" missing`);
  return { start, end: start + s.length };
};

export function quote(partial: Partial<Quote> & { text: string }, from = 0): Quote {
  const span = at(partial.text, from);
  return { kind: 'direct', speaker: null, nameIndex: -1, speakerSpan: null, cue: null, cueSpan: null, anonymous: false, ...span, ...partial };
}

export function fixture(): Analysis {
  const q0 = quote({ text: 'We will act,', speaker: 'Jane O\'Neill', nameIndex: 0, speakerSpan: at('Mayor Jane O\'Neill'), cue: 'said', cueSpan: at('said') });
  const q1 = quote({ kind: 'indirect', text: 'costs had risen 40%', speaker: 'Jane O\'Neill', nameIndex: 0, speakerSpan: at('O\'Neill added'), cue: 'added', cueSpan: at('added') });
  q1.speakerSpan = { start: q1.speakerSpan!.start, end: q1.speakerSpan!.start + 'O\'Neill'.length };
  const q2 = quote({ text: 'It is a disaster.' });
  const q3 = quote({ kind: 'indirect', text: 'the deal was "done | signed"', speaker: 'A spokesman', speakerSpan: at('A spokesman'), cue: 'said', cueSpan: at('said', TEXT.indexOf('A spokesman')), anonymous: true });
  const q4 = quote({ text: 'done | signed', speaker: 'A spokesman', speakerSpan: at('A spokesman'), cue: 'said', cueSpan: at('said', TEXT.indexOf('A spokesman')), anonymous: true });
  const claim = at('Prices doubled last year.');
  const tk = at('TK');
  const oneill = at('Oneill');
  const line = (s: string): { start: number; end: number } => at(s);
  return {
    // Deliberately not in article order: consumers must sort.
    quotes: [q2, q0, q1, q3, q4],
    claims: [{ ...claim, text: 'Prices doubled last year.', kind: 'figure', reason: 'figure without a source' }],
    names: [{
      name: 'Jane O\'Neill',
      kind: 'person',
      role: 'Mayor',
      mentions: [{ ...at('Jane O\'Neill'), text: 'Jane O\'Neill' }, { ...at('O\'Neill added'), end: at('O\'Neill added').start + 7, text: 'O\'Neill' }],
      variants: ['O\'Neill'],
      misspellings: [{ ...oneill, text: 'Oneill' }],
      quotes: [1, 2],
    }],
    hygiene: [{ ...tk, kind: 'tk', message: 'TK placeholder left in the draft.' }],
    sentences: [
      line('Officials defend plan'),
      line('"We will act," Mayor Jane O\'Neill said on Monday.'),
      line('O\'Neill added that costs had risen 40%.'),
      line('Prices doubled last year.'),
      line('"It is a disaster."'),
      line('A spokesman said the deal was "done | signed".'),
      line('Oneill declined to comment on TK.'),
    ],
    stats: { words: 40, sentences: 7, ms: 1 },
  };
}
