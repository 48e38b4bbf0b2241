// Attribution patterns, one case each, written from the annotation guidelines
// (../shared/corpus/GUIDELINES.md) rather than from what analyze() happens to print:
// direct quotes (span between the marks), indirect quotes (span = the reported content clause
// only), speaker resolution (pronoun, surname, appositive, unnamed source, organisation), and
// quoted strings that are not speech at all.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core';
import type { Analysis, Quote, QuoteKind } from '../../src/core';

const show = (a: Analysis, text: string): string =>
  a.quotes.map((q) => `  ${q.kind} ${JSON.stringify(text.slice(q.start, q.end))} speaker=${JSON.stringify(q.speaker)} cue=${JSON.stringify(q.cue)} anon=${q.anonymous}`).join('\n') || '  (no quotes)';

/** The quote (of `kind`, if given) whose span contains `snippet`; fails listing every quote found. */
function quoteOf(a: Analysis, text: string, snippet: string, kind?: QuoteKind): Quote {
  const q = a.quotes.find((x) => (!kind || x.kind === kind) && text.slice(x.start, x.end).includes(snippet));
  if (!q) assert.fail(`no ${kind ?? ''} quote containing ${JSON.stringify(snippet)}; found:\n${show(a, text)}`);
  return q;
}

interface Expect {
  span: string;
  kind: QuoteKind;
  speaker: string;
  cue?: string | RegExp;
  anonymous?: boolean;
}

/** Asserts the exact span, kind, speaker, cue (string: case-insensitive equality) and anonymity. */
function expectQuote(a: Analysis, text: string, e: Expect): Quote {
  const q = quoteOf(a, text, e.span, e.kind);
  const where = `quote ${JSON.stringify(e.span)}; all quotes:\n${show(a, text)}`;
  assert.equal(text.slice(q.start, q.end), e.span, `span of ${where}`);
  assert.equal(q.text, e.span, `text field of ${where}`);
  assert.equal(q.kind, e.kind, `kind of ${where}`);
  assert.equal(q.speaker, e.speaker, `speaker of ${where}`);
  if (e.cue !== undefined) {
    if (typeof e.cue === 'string') assert.equal(q.cue?.toLowerCase(), e.cue.toLowerCase(), `cue of ${where}`);
    else assert.match(q.cue ?? '(null)', e.cue, `cue of ${where}`);
  }
  assert.equal(q.anonymous, e.anonymous ?? false, `anonymous of ${where}`);
  return q;
}

const run = (text: string): Analysis => analyze(text);

describe('analyze(): direct quotes', () => {
  it('straight marks, trailing "said X, who ...": span excludes the marks', () => {
    const text = '"The water came up in minutes," said Tom Baker, a fisherman who has lived in the town for 40 years.';
    const a = run(text);
    expectQuote(a, text, { span: 'The water came up in minutes,', kind: 'direct', speaker: 'Tom Baker', cue: 'said' });
  });

  it('curly marks, "“…,” X told reporters"', () => {
    const text = '“We are not leaving until the water is safe to drink,” Maria Lopez told reporters on Tuesday.';
    const a = run(text);
    expectQuote(a, text, { span: 'We are not leaving until the water is safe to drink,', kind: 'direct', speaker: 'Maria Lopez', cue: 'told' });
  });

  it('X said: "…"', () => {
    const text = 'Maria Lopez said: "We will rebuild the bridge by spring."';
    const a = run(text);
    expectQuote(a, text, { span: 'We will rebuild the bridge by spring.', kind: 'direct', speaker: 'Maria Lopez', cue: 'said' });
  });

  it("nested straight '…' inside \"…\" stays part of one quote", () => {
    const text = 'Maria Lopez said: "The sign on the door read \'closed for repairs\' when we arrived."';
    const a = run(text);
    expectQuote(a, text, { span: "The sign on the door read 'closed for repairs' when we arrived.", kind: 'direct', speaker: 'Maria Lopez', cue: 'said' });
    const inner = a.quotes.filter((q) => text.slice(q.start, q.end) === 'closed for repairs');
    assert.deepEqual(inner, [], 'the nested quotation is part of the outer quote, not a quote of its own');
  });

  it('nested curly ‘…’ inside “…” stays part of one quote', () => {
    const text = '“The council called it ‘a temporary measure’ last year,” said Maria Lopez, the mayor of Riverton.';
    const a = run(text);
    expectQuote(a, text, { span: 'The council called it ‘a temporary measure’ last year,', kind: 'direct', speaker: 'Maria Lopez', cue: 'said' });
  });

  it('"A," she said, "B." gives two direct quotes with the pronoun resolved to the person named before', () => {
    const text = 'Maria Lopez, the mayor of Riverton, visited the site on Monday. "The bridge is safe," she said, "but the road needs work."';
    const a = run(text);
    expectQuote(a, text, { span: 'The bridge is safe,', kind: 'direct', speaker: 'Maria Lopez', cue: 'said' });
    expectQuote(a, text, { span: 'but the road needs work.', kind: 'direct', speaker: 'Maria Lopez', cue: 'said' });
  });

  it('a partial quote inside reported speech (called it "…") is direct, with that speaker', () => {
    const text = 'Maria Lopez, the mayor of Riverton, called the flood damage "crushing" and asked the state for help.';
    const a = run(text);
    expectQuote(a, text, { span: 'crushing', kind: 'direct', speaker: 'Maria Lopez', cue: /^called/i });
  });

  it('a partial quote in a real corpus paragraph (Duda ... characterised the deaths as "crushing")', () => {
    // 2019-01-05-escape-room-fire-kills-five-teen-girls-in-koszalin-poland.txt
    const text =
      'President Andrzej Duda said the victims were "joyful girls starting out in life [who] have had life torn away from them" in an "appalling tragedy" while Interior Minister Joachim Brudziński wrote he had ordered fire safety checks on escape rooms across Poland by the State Fire Brigade. He tweeted, "I want to express my sympathy and regrets to the families of the victims of the fire". Duda also characterised the deaths as "crushing" and wrote "May God protect their parents and loved ones."';
    const a = run(text);
    expectQuote(a, text, { span: 'joyful girls starting out in life [who] have had life torn away from them', kind: 'direct', speaker: 'Andrzej Duda', cue: 'said' });
    expectQuote(a, text, { span: 'crushing', kind: 'direct', speaker: 'Andrzej Duda' });
    expectQuote(a, text, { span: 'May God protect their parents and loved ones.', kind: 'direct', speaker: 'Andrzej Duda', cue: 'wrote' });
  });

  it('a quotation over several paragraphs (closing mark only at the end) is one direct quote per paragraph, same speaker', () => {
    const p1 = 'The river rose faster than any of us expected, and the town did what it could.';
    const p2 = 'We will rebuild the bridge, and we will do it before the spring.';
    const text = `Maria Lopez, the mayor of Riverton, said in a statement:\n\n"${p1}\n\n"${p2}"\n\nThe council meets on Thursday.\n`;
    const a = run(text);
    expectQuote(a, text, { span: p1, kind: 'direct', speaker: 'Maria Lopez' });
    expectQuote(a, text, { span: p2, kind: 'direct', speaker: 'Maria Lopez' });
    assert.equal(a.quotes.filter((q) => q.kind === 'direct').length, 2, `exactly one direct quote per paragraph:\n${show(a, text)}`);
    const unbalanced = a.hygiene.filter((h) => h.kind === 'unbalanced-quote');
    assert.deepEqual(unbalanced, [], 'a continued quotation is not an unbalanced quotation mark');
  });
});

describe('analyze(): indirect quotes (span = content clause only)', () => {
  it('X said that CONTENT.', () => {
    const text = 'Maria Lopez said that the bridge would reopen in March.';
    expectQuote(run(text), text, { span: 'the bridge would reopen in March', kind: 'indirect', speaker: 'Maria Lopez', cue: 'said' });
  });

  it('X said CONTENT. (no "that")', () => {
    const text = 'Maria Lopez said the bridge would reopen in March.';
    expectQuote(run(text), text, { span: 'the bridge would reopen in March', kind: 'indirect', speaker: 'Maria Lopez', cue: 'said' });
  });

  it('According to X, CONTENT.', () => {
    const text = 'According to Maria Lopez, the bridge will reopen in March.';
    expectQuote(run(text), text, { span: 'the bridge will reopen in March', kind: 'indirect', speaker: 'Maria Lopez', cue: 'according to' });
  });

  it('CONTENT, X said.', () => {
    const text = 'The bridge will reopen in March, Maria Lopez said.';
    expectQuote(run(text), text, { span: 'The bridge will reopen in March', kind: 'indirect', speaker: 'Maria Lopez', cue: 'said' });
  });

  it('X told reporters that CONTENT', () => {
    const text = 'Maria Lopez told reporters that the bridge would reopen in March.';
    expectQuote(run(text), text, { span: 'the bridge would reopen in March', kind: 'indirect', speaker: 'Maria Lopez', cue: 'told' });
  });

  it('X told reporters CONTENT (no "that")', () => {
    const text = 'Maria Lopez told reporters the bridge would reopen in March.';
    expectQuote(run(text), text, { span: 'the bridge would reopen in March', kind: 'indirect', speaker: 'Maria Lopez', cue: 'told' });
  });

  it('a real corpus sentence: X, an appositive, told reporters CONTENT', () => {
    // 2019-07-01-charlottesville-virginia-killer-sentenced-to-life-in-prison.txt
    const text =
      "Susan Bro, Heather Heyer's mother, told reporters she considered the deal acceptable, saying executing Fields would not bring her daughter back.";
    const q = quoteOf(run(text), text, 'she considered the deal acceptable', 'indirect');
    assert.ok(text.slice(q.start, q.end).startsWith('she considered the deal acceptable'), `content clause only: ${JSON.stringify(text.slice(q.start, q.end))}`);
    assert.equal(q.speaker, 'Susan Bro');
    assert.equal(q.cue, 'told');
    assert.equal(q.anonymous, false);
  });

  const verbs: [string, string][] = [
    ['announced', 'the city would hire 40 new teachers'],
    ['confirmed', 'two people had been taken to hospital'],
    ['denied', 'the council had ignored the warnings'],
    ['warned', 'the river could flood again this week'],
    ['claimed', 'the vote had been rigged'],
  ];
  for (const [verb, content] of verbs) {
    it(`X ${verb} that CONTENT`, () => {
      const text = `Maria Lopez ${verb} that ${content}.`;
      expectQuote(run(text), text, { span: content, kind: 'indirect', speaker: 'Maria Lopez', cue: verb });
    });
  }

  it('X was quoted as saying that CONTENT', () => {
    const text = 'Maria Lopez was quoted as saying that the bridge was unsafe.';
    expectQuote(run(text), text, { span: 'the bridge was unsafe', kind: 'indirect', speaker: 'Maria Lopez', cue: /quoted.*as saying/i });
  });

  it('The newspaper quoted X as saying that CONTENT (speaker is X, not the newspaper)', () => {
    const text = 'The newspaper quoted Maria Lopez as saying that the bridge was unsafe.';
    expectQuote(run(text), text, { span: 'the bridge was unsafe', kind: 'indirect', speaker: 'Maria Lopez', cue: /quoted.*as saying/i });
  });

  it('X, a ROLE, said CONTENT: the appositive does not become the speaker', () => {
    const text = 'Maria Lopez, the mayor of Riverton, said the bridge would reopen in March.';
    expectQuote(run(text), text, { span: 'the bridge would reopen in March', kind: 'indirect', speaker: 'Maria Lopez', cue: 'said' });
  });

  it('She added that CONTENT: the pronoun resolves to the person, in the fullest form', () => {
    const text = 'Maria Lopez, the mayor, said the bridge would reopen in March. She added that the repairs would cost less than expected.';
    const a = run(text);
    expectQuote(a, text, { span: 'the bridge would reopen in March', kind: 'indirect', speaker: 'Maria Lopez', cue: 'said' });
    expectQuote(a, text, { span: 'the repairs would cost less than expected', kind: 'indirect', speaker: 'Maria Lopez', cue: 'added' });
  });

  it('a surname-only mention resolves to the fullest name', () => {
    const text = 'Prime Minister Jacinda Ardern visited the mosque on Saturday. Ardern said the gun laws would change.';
    expectQuote(run(text), text, { span: 'the gun laws would change', kind: 'indirect', speaker: 'Jacinda Ardern', cue: 'said' });
  });

  it('an unnamed source is kept as written and marked anonymous', () => {
    const text = 'A State Department spokesman said the talks would resume next week.';
    expectQuote(run(text), text, { span: 'the talks would resume next week', kind: 'indirect', speaker: 'A State Department spokesman', cue: 'said', anonymous: true });
  });

  it('"officials said" is anonymous', () => {
    const text = 'The talks will resume next week, officials said.';
    const q = quoteOf(run(text), text, 'The talks will resume next week', 'indirect');
    assert.equal(text.slice(q.start, q.end), 'The talks will resume next week');
    assert.equal(q.anonymous, true, 'officials are not a named source');
    assert.match(q.speaker ?? '(null)', /officials/i);
  });

  it('an organisation is a named, non-anonymous source', () => {
    const text = 'The Florida Highway Patrol said the driver was not wearing a seat belt.';
    const q = quoteOf(run(text), text, 'the driver was not wearing a seat belt', 'indirect');
    assert.equal(text.slice(q.start, q.end), 'the driver was not wearing a seat belt');
    assert.match(q.speaker ?? '(null)', /Florida Highway Patrol/);
    assert.equal(q.anonymous, false);
  });

  it('a real corpus sentence: According to New Zealand Prime Minister Jacinda Ardern, CONTENT', () => {
    // 2019-03-17-new-zealand-mosque-murder-suspect-appears-in-court-at-christ.txt
    const text =
      'Brenton Tarrant had a valid gun licence allowing him to buy weapons, ABC reported. According to New Zealand Prime Minister Jacinda Ardern, Brenton had a licence for the five firearms he allegedly used for the attack — two semi-automatic, two shotguns, and one lever-action.';
    const a = run(text);
    const q = quoteOf(a, text, 'Brenton had a licence for the five firearms', 'indirect');
    assert.equal(q.speaker, 'Jacinda Ardern');
    assert.equal(q.cue?.toLowerCase(), 'according to');
    assert.equal(q.anonymous, false);
  });
});

describe('analyze(): quoted strings that are not speech', () => {
  const cases: [string, string][] = [
    ['a film title', 'The film "Mister America" premiered on Friday at a theatre in Hollywood.'],
    ['a nickname', 'The boxer, known as "Lucky", won the regional title in 2019.'],
    ['a scare-quoted single word', 'Thousands of fans attended the so-called "furry" fandom convention in Toronto.'],
  ];
  for (const [what, text] of cases) {
    it(`${what} is not a quote`, () => {
      const a = run(text);
      const open = text.indexOf('"');
      const close = text.indexOf('"', open + 1);
      const hits = a.quotes.filter((q) => q.start < close && q.end > open + 1);
      assert.deepEqual(hits.map((q) => text.slice(q.start, q.end)), [], `${JSON.stringify(text.slice(open, close + 1))} is not speech`);
    });
  }
});
