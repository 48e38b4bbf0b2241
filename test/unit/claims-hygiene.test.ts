// Claims (unattributed contestable sentences) and hygiene findings (TK placeholders, quotation
// marks that do not pair up), written from the guidelines and the Analysis contract. Also: CRLF
// text gives the same findings on the same words as LF text, only shifted.
import * as assert from 'node:assert/strict';
import { analyze, SOURCED_MARKER } from '../../src/core';
import type { Analysis, Span } from '../../src/core';

const showClaims = (a: Analysis, text: string): string =>
  a.claims.map((c) => `  ${c.kind} ${JSON.stringify(text.slice(c.start, c.end))} reason=${JSON.stringify(c.reason)}`).join('\n') || '  (no claims)';

const showHygiene = (a: Analysis, text: string): string =>
  a.hygiene.map((h) => `  ${h.kind} ${h.start}..${h.end} ${JSON.stringify(text.slice(h.start, h.end))}`).join('\n') || '  (no findings)';

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/** The span of `sentence` in `text` (must occur). */
function spanOf(text: string, sentence: string): Span {
  const start = text.indexOf(sentence);
  assert.ok(start >= 0, `test bug: ${JSON.stringify(sentence)} not in text`);
  return { start, end: start + sentence.length };
}

function claimOn(a: Analysis, text: string, sentence: string) {
  const s = spanOf(text, sentence);
  return a.claims.find((c) => overlaps(c, s));
}

describe('analyze(): claims', () => {
  it('a sentence with a figure and no attribution is a claim, with a reason that mentions the figure', () => {
    const sentence = 'Unemployment in the region rose to 12 percent last year.';
    const text = `The factory closed in March. ${sentence}`;
    const a = analyze(text);
    const c = claimOn(a, text, sentence);
    assert.ok(c, `claim expected on ${JSON.stringify(sentence)}:\n${showClaims(a, text)}`);
    assert.equal(text.slice(c.start, c.end), sentence, 'the claim spans the whole sentence');
    assert.match(c.reason, /figure/i);
  });

  for (const sentence of [
    'She became the first woman to lead the agency in its 80-year history.',
    'It was the largest protest the city has ever seen.',
    'The storm caused unprecedented damage along the coast.',
  ]) {
    it(`a record or superlative is a claim: ${JSON.stringify(sentence)}`, () => {
      const text = `Maria Lopez took office on Monday. ${sentence}`;
      const a = analyze(text);
      assert.ok(claimOn(a, text, sentence), `claim expected on ${JSON.stringify(sentence)}:\n${showClaims(a, text)}`);
    });
  }

  for (const sentence of [
    'Unemployment in the region rose to 12 percent last year, officials said.',
    'According to the labour ministry, unemployment in the region rose to 12 percent last year.',
    'Maria Lopez said it was the largest protest the city has ever seen.',
  ]) {
    it(`a sentence that carries an attribution is never a claim: ${JSON.stringify(sentence)}`, () => {
      const text = `The factory closed in March. ${sentence}`;
      const a = analyze(text);
      assert.equal(claimOn(a, text, sentence), undefined, `no claim on an attributed sentence:\n${showClaims(a, text)}`);
    });
  }

  it(`a sentence containing ${SOURCED_MARKER} is never a claim`, () => {
    const sentence = `Unemployment in the region rose to 12 percent last year ${SOURCED_MARKER}.`;
    const text = `The factory closed in March. ${sentence} It was the largest protest the city has ever seen.`;
    const a = analyze(text);
    assert.equal(claimOn(a, text, sentence), undefined, `no claim on a marked sentence:\n${showClaims(a, text)}`);
    // The marker is local: the next, unmarked superlative is still a claim.
    assert.ok(claimOn(a, text, 'It was the largest protest the city has ever seen.'), `the unmarked sentence is still a claim:\n${showClaims(a, text)}`);
  });

  it('datelines and headlines (no final period) are not claims', () => {
    const headline = 'Floods kill 12 in northern Italy, the worst in 50 years';
    const dateline = 'Saturday, January 5, 2019';
    const text = `${headline}\n\n${dateline}\n\nHeavy rain fell on the region for three days, Italy's civil protection agency said.\n`;
    const a = analyze(text);
    assert.equal(claimOn(a, text, headline), undefined, `headline is not a claim:\n${showClaims(a, text)}`);
    assert.equal(claimOn(a, text, dateline), undefined, `dateline is not a claim:\n${showClaims(a, text)}`);
  });
});

describe('analyze(): hygiene', () => {
  it('finds TK and TKTK placeholders with their spans', () => {
    const text = 'The fire destroyed TK homes in the valley. The mayor, TKTK, said the town would rebuild.';
    const a = analyze(text);
    const tks = a.hygiene.filter((h) => h.kind === 'tk').map((h) => ({ start: h.start, end: h.end, text: text.slice(h.start, h.end) }));
    const tk = text.indexOf('TK ');
    const tktk = text.indexOf('TKTK');
    assert.deepEqual(
      tks,
      [
        { start: tk, end: tk + 2, text: 'TK' },
        { start: tktk, end: tktk + 4, text: 'TKTK' },
      ],
      showHygiene(a, text),
    );
  });

  it('does not flag TK inside words (TKO, atk)', () => {
    const text = 'The champion won by TKO in the third round. Save the atk file before you leave.';
    const a = analyze(text);
    assert.deepEqual(a.hygiene.filter((h) => h.kind === 'tk'), [], showHygiene(a, text));
  });

  it('an unbalanced opening quotation mark is reported at the mark', () => {
    const text = 'Maria Lopez said, "We will rebuild the bridge by spring.\n\nThe council meets on Thursday to approve the budget.\n';
    const a = analyze(text);
    const mark = text.indexOf('"');
    const u = a.hygiene.filter((h) => h.kind === 'unbalanced-quote');
    assert.equal(u.length, 1, showHygiene(a, text));
    assert.equal(u[0].start, mark, `finding starts at the opening mark:\n${showHygiene(a, text)}`);
    assert.ok(u[0].end > mark, 'the finding covers at least the mark');
  });

  it('a curly opening mark closed by a straight mark is a mismatched quote', () => {
    const text = 'Maria Lopez said, “We will rebuild the bridge by spring." The council meets on Thursday.';
    const a = analyze(text);
    const open = text.indexOf('“');
    const close = text.indexOf('"');
    const m = a.hygiene.filter((h) => h.kind === 'mismatched-quote');
    assert.equal(m.length, 1, showHygiene(a, text));
    assert.ok(overlaps(m[0], { start: open, end: close + 1 }), `the finding is on the quotation:\n${showHygiene(a, text)}`);
    assert.deepEqual(a.hygiene.filter((h) => h.kind === 'unbalanced-quote'), [], 'a mismatched pair is not also unbalanced');
  });

  it('CRLF text gives the same spans on the same words as LF text, shifted', () => {
    const lf = [
      'Floods kill TK in northern Italy',
      '',
      'Maria Lopez, the mayor of Riverton, said the bridge would reopen in March.',
      '',
      '"The river rose faster than any of us expected," she said. Unemployment in the region rose to 12 percent last year.',
      '',
      'Lopez said, "We will rebuild.',
      '',
      'It was the largest protest the city has ever seen.',
      '',
    ].join('\n');
    const crlf = lf.replace(/\n/g, '\r\n');
    const A = analyze(lf);
    const B = analyze(crlf);
    // LF offset -> CRLF offset: one extra character per preceding newline.
    const shift = (o: number): number => o + (lf.slice(0, o).match(/\n/g)?.length ?? 0);
    const mapSpan = (s: Span): Span => ({ start: shift(s.start), end: shift(s.end) });
    const key = (s: Span): string => `${s.start}..${s.end}`;

    const quotesA = A.quotes.map((q) => ({ ...mapSpan(q), kind: q.kind, speaker: q.speaker, cue: q.cue, anonymous: q.anonymous }));
    const quotesB = B.quotes.map((q) => ({ start: q.start, end: q.end, kind: q.kind, speaker: q.speaker, cue: q.cue, anonymous: q.anonymous }));
    assert.ok(quotesA.length >= 2, 'the LF text has quotes to compare');
    assert.deepEqual(quotesB, quotesA, 'quotes');
    for (const q of B.quotes) assert.ok(!crlf.slice(q.start, q.end).endsWith('\r'), `quote ${key(q)} does not end in \\r`);

    assert.deepEqual(B.claims.map((c) => ({ start: c.start, end: c.end, kind: c.kind })), A.claims.map((c) => ({ ...mapSpan(c), kind: c.kind })), 'claims');
    assert.deepEqual(B.hygiene.map((h) => ({ start: h.start, end: h.end, kind: h.kind })), A.hygiene.map((h) => ({ ...mapSpan(h), kind: h.kind })), 'hygiene');
    assert.ok(A.hygiene.some((h) => h.kind === 'tk') && A.hygiene.some((h) => h.kind === 'unbalanced-quote'), 'the LF text has hygiene findings to compare');
    assert.deepEqual(
      B.names.map((n) => ({ name: n.name, mentions: n.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text })) })),
      A.names.map((n) => ({ name: n.name, mentions: n.mentions.map((m) => ({ ...mapSpan(m), text: m.text })) })),
      'names',
    );
  });
});
