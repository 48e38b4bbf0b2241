// Editor helpers that need no VS Code: findings, decoration spans, grouping, hovers, export, quick-fix edits.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../src/core';
import { SOURCED_MARKER } from '../../src/core/types';
import { decorationSpans } from '../../src/editor/decorationSpans';
import { attributionEdit, sourcedMarkerEdit } from '../../src/editor/edits';
import { quoteRows, toCsv, toMarkdown, formatQuotes } from '../../src/editor/exportFormat';
import { findingsOf, FINDING_CODES } from '../../src/core/findings';
import { escapeMarkdown, hoverAt, MAX_LISTED, nameCard } from '../../src/editor/hoverMarkdown';
import { clip, positionsOf } from '../../src/core/lines';
import { headingsOf } from '../../src/editor/outline';
import { countsOf, groupBySpeaker, quotesInOrder, sourcesOf, statusText, summaryText, quoteLabel } from '../../src/editor/quoteGroups';
import { fixture, TEXT } from './editorFixture';

const SEED = path.resolve(__dirname, '..', '..', '..', 'examples', 'seed-putin-xi-videoconference.article');

/** Applies a snippet edit as VS Code would once the placeholder is typed over with `source`. */
function applySnippet(text: string, e: { start: number; end: number; snippet: string }, source: string): string {
  const body = e.snippet.replace(/\$\{1:SOURCE\}/g, source).replace(/\\([$}\\])/g, '$1');
  return text.slice(0, e.start) + body + text.slice(e.end);
}

/** Minimal RFC 4180 reader for checking the CSV export round-trips. */
function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i];
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') quoted = false; else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; } else if (c === '\r' && csv[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i++; } else cell += c;
  }
  if (cell || row.length) { row.push(cell); rows.push(row); }
  return rows;
}

describe('editor helpers', () => {
  describe('positions', () => {
    it('maps offsets to 0-based line and column', () => {
      const pos = positionsOf('ab\ncd\n\nef');
      assert.deepStrictEqual(pos(0), { line: 0, character: 0 });
      assert.deepStrictEqual(pos(4), { line: 1, character: 1 });
      assert.deepStrictEqual(pos(7), { line: 3, character: 0 });
      assert.deepStrictEqual(pos(99), { line: 3, character: 2 });
    });
    it('clips with an ellipsis and collapses whitespace', () => {
      assert.strictEqual(clip('a  b\n c', 10), 'a b c');
      assert.strictEqual(clip('abcdefghij', 5), 'abcd…');
    });
  });

  describe('findings', () => {
    const a = fixture();
    const f = findingsOf(a, TEXT);
    it('reports each finding kind once, in document order, with codes from the known list', () => {
      // Two quotes from one anonymous source phrase are one finding, where the source is named.
      assert.deepStrictEqual(f.map((x) => x.code), ['unattributed-claim', 'quote-no-speaker', 'anonymous-source', 'name-misspelling', 'tk']);
      for (const x of f) assert.ok((FINDING_CODES as readonly string[]).includes(x.code));
      for (let i = 1; i < f.length; i++) assert.ok(f[i - 1].start <= f[i].start);
    });
    it('puts the claim reason in the message and allows attribution fixes on claims and speakerless quotes only', () => {
      const claim = f.find((x) => x.code === 'unattributed-claim')!;
      assert.match(claim.message, /figure without a source/);
      assert.strictEqual(TEXT.slice(claim.start, claim.end), 'Prices doubled last year.');
      assert.deepStrictEqual(f.filter((x) => x.attributable).map((x) => x.code), ['unattributed-claim', 'quote-no-speaker']);
    });
    it('marks the anonymous source where it is named and suggests the closest spelling for a misspelt name', () => {
      const anon = f.find((x) => x.code === 'anonymous-source')!;
      assert.strictEqual(TEXT.slice(anon.start, anon.end), 'A spokesman');
      const miss = f.find((x) => x.code === 'name-misspelling')!;
      assert.strictEqual(miss.suggestion, 'O\'Neill');
      assert.match(miss.message, /Oneill/);
    });
    it('keys findings by code and text so an ignore survives edits elsewhere', () => {
      const moved = '\n\n' + TEXT;
      const b = fixture();
      const shift = (s: { start: number; end: number }): void => { s.start += 2; s.end += 2; };
      b.claims.forEach(shift); b.quotes.forEach(shift); b.hygiene.forEach(shift); b.names.forEach((n) => n.misspellings.forEach(shift));
      assert.deepStrictEqual(findingsOf(b, moved).map((x) => x.key), f.map((x) => x.key));
      assert.strictEqual(new Set(f.map((x) => x.key)).size, f.length, 'every finding has its own key');
    });
  });

  describe('decoration spans', () => {
    it('separates direct, reported and speakerless quotes and dedupes shared speaker mentions and cues', () => {
      const d = decorationSpans(fixture());
      const texts = (l: { start: number; end: number }[]): string[] => l.map((s) => TEXT.slice(s.start, s.end));
      assert.deepStrictEqual(texts(d.direct).sort(), ['We will act,', 'done | signed'].sort());
      assert.deepStrictEqual(texts(d.reported).sort(), ['costs had risen 40%', 'the deal was "done | signed"'].sort());
      assert.deepStrictEqual(texts(d.noSpeaker), ['It is a disaster.']);
      assert.deepStrictEqual(texts(d.speaker).sort(), ['A spokesman', 'Mayor Jane O\'Neill', 'O\'Neill'].sort());
      assert.deepStrictEqual(texts(d.cue).sort(), ['added', 'said', 'said'].sort());
    });
  });

  describe('grouping and counts', () => {
    const a = fixture();
    it('groups named speakers in article order, then anonymous sources, then no speaker', () => {
      const g = groupBySpeaker(a);
      assert.deepStrictEqual(g.map((x) => [x.label, x.kind, x.quotes]), [
        ['Jane O\'Neill', 'speaker', [1, 2]],
        ['Anonymous sources', 'anonymous', [3, 4]],
        ['No speaker', 'none', [0]],
      ]);
    });
    it('lists quotes in article order', () => {
      assert.deepStrictEqual(quotesInOrder(a).map((i) => a.quotes[i].text), ['We will act,', 'costs had risen 40%', 'It is a disaster.', 'the deal was "done | signed"', 'done | signed']);
    });
    it('counts sources and builds the summary and status texts', () => {
      const c = countsOf(a);
      assert.deepStrictEqual(c, { quotes: 5, sources: 2, anonymousSources: 1, claims: 1 });
      assert.strictEqual(summaryText(c), '5 quotes from 2 sources, 1 anonymous, 1 unattributed claim');
      assert.strictEqual(statusText(c), '5 quotes · 2 sources · 1 claim');
      const s = sourcesOf(a);
      assert.deepStrictEqual(s.rows.map((r) => [r.label, r.quotes.length, r.anonymous, r.direct, r.indirect]), [['Jane O\'Neill', 2, false, 1, 1], ['A spokesman', 2, true, 1, 1]]);
      assert.strictEqual(s.anonymousQuotes, 2);
      assert.strictEqual(s.noSpeakerQuotes, 1);
    });
    it('counts an unnamed source linked to an organisation apart from the organisation', () => {
      const b = fixture();
      b.names.push({ name: 'City Hall', kind: 'organisation', role: null, mentions: [], variants: [], misspellings: [], quotes: [3, 4] });
      b.quotes[3].nameIndex = 1;
      b.quotes[4].nameIndex = 1;
      b.quotes.push({ ...b.quotes[1], speaker: 'City Hall', nameIndex: 1, anonymous: false, start: 0, end: 5 });
      const rows = sourcesOf(b).rows.map((r) => [r.label, r.anonymous, r.quotes.length]);
      assert.deepStrictEqual(rows, [['Jane O\'Neill', false, 2], ['A spokesman', true, 2], ['City Hall', false, 1]]);
      assert.deepStrictEqual(countsOf(b), { quotes: 6, sources: 3, anonymousSources: 1, claims: 1 });
    });
    it('labels direct quotes in curly quotes and clips long ones', () => {
      assert.strictEqual(quoteLabel(a.quotes[1]), '“We will act,”');
      assert.strictEqual(quoteLabel({ ...a.quotes[2], text: 'x'.repeat(100) }, 10), 'xxxxxxxxx…');
    });
  });

  describe('hover cards', () => {
    const a = fixture();
    it('escapes Markdown and HTML from the document', () => {
      assert.strictEqual(escapeMarkdown('[x](command:evil) *b* <img src=x> a_b'), '\\[x\\]\\(command:evil\\) \\*b\\* &lt;img src=x&gt; a\\_b');
      assert.strictEqual(escapeMarkdown('line\nbreak'), 'line break');
    });
    it('shows the name card on any mention: name, role, mentions, first mention line, quotes with cues, variants, misspellings', () => {
      const h = hoverAt(a, TEXT, TEXT.indexOf('O\'Neill added') + 2)!;
      assert.ok(h);
      assert.strictEqual(TEXT.slice(h.span.start, h.span.end), 'O\'Neill');
      const md = h.markdown;
      assert.match(md, /\*\*Jane O'Neill\*\* — Mayor/);
      assert.match(md, /2 mentions/);
      assert.match(md, /first mention on line 3/);
      assert.match(md, /\*said\* “We will act,” \(line 3\)/);
      assert.match(md, /\*added\* costs had risen 40% \(line 3\)/);
      assert.match(md, /Also written: “O'Neill”/);
      assert.match(md, /Suspected misspellings: “Oneill” \(line 7\)/);
    });
    it('shows speaker and cue on a quote, and flags a quote with no speaker', () => {
      const on = hoverAt(a, TEXT, TEXT.indexOf('We will act'))!;
      assert.match(on.markdown, /Direct quote · \*\*Jane O'Neill\*\* — Mayor · cue: \*said\*/);
      const anon = hoverAt(a, TEXT, TEXT.indexOf('done'))!;
      assert.match(anon.markdown, /\(anonymous source\)/);
      assert.match(anon.markdown, /A spokesman/);
      const none = hoverAt(a, TEXT, TEXT.indexOf('disaster'))!;
      assert.match(none.markdown, /No speaker found/);
      assert.strictEqual(hoverAt(a, TEXT, TEXT.indexOf('Officials')), null);
    });
    it('escapes quote text that contains Markdown', () => {
      const b = fixture();
      b.names[0].quotes = [3];
      const md = hoverAt(b, TEXT, TEXT.indexOf('Jane'))!.markdown;
      assert.ok(md.includes('done \\| signed'), md);
    });
  });

  describe('export', () => {
    const a = fixture();
    it('rows are in article order with 1-based lines and anonymous speakers marked', () => {
      const rows = quoteRows(a, TEXT);
      assert.deepStrictEqual(rows.map((r) => [r.speaker, r.kind, r.cue, r.line]), [
        ['Jane O\'Neill', 'direct', 'said', 3],
        ['Jane O\'Neill', 'indirect', 'added', 3],
        ['', 'direct', '', 5],
        ['A spokesman (anonymous)', 'indirect', 'said', 7],
        ['A spokesman (anonymous)', 'direct', 'said', 7],
      ]);
    });
    it('CSV quotes cells with commas and quotation marks and round-trips', () => {
      const csv = toCsv(quoteRows(a, TEXT));
      const rows = parseCsv(csv);
      assert.deepStrictEqual(rows[0], ['speaker', 'kind', 'cue', 'quote', 'line']);
      assert.strictEqual(rows.length, 6);
      assert.deepStrictEqual(rows[1], ['Jane O\'Neill', 'direct', 'said', 'We will act,', '3']);
      assert.deepStrictEqual(rows[4], ['A spokesman (anonymous)', 'indirect', 'said', 'the deal was "done | signed"', '7']);
      assert.ok(csv.includes('"the deal was ""done | signed"""'));
    });
    it('CSV defuses cells a spreadsheet would run as formulas', () => {
      const csv = toCsv([{ speaker: '=HYPERLINK("x")', kind: 'direct', cue: 'said', quote: '+1 more', line: 1 }]);
      assert.deepStrictEqual(parseCsv(csv)[1], ['\'=HYPERLINK("x")', 'direct', 'said', '\'+1 more', '1']);
    });
    it('CSV quotes cells with semicolons, so a ";" locale cannot split one into a formula', () => {
      const csv = toCsv([{ speaker: 'Ann Lee', kind: 'direct', cue: 'said', quote: 'fine;=cmd|calc', line: 2 }]);
      assert.ok(csv.includes('"fine;=cmd|calc"'), csv);
      assert.deepStrictEqual(parseCsv(csv)[1], ['Ann Lee', 'direct', 'said', 'fine;=cmd|calc', '2']);
    });
    it('Markdown keeps images, links, HTML and URLs in quotes as text', () => {
      const md = toMarkdown([{ speaker: 'Ann <b>Lee</b>', kind: 'direct', cue: 'said', quote: 'see ![x](https://evil.example/p.png) and <img src=x onerror=alert(1)> [here](http://a.b) https://c.d', line: 1 }], 'x');
      const row = md.trim().split('\n')[6];
      assert.ok(!/!\[|\]\(|<img|<b>|https:\/\//.test(row.replace(/\\./g, '')), row);
      assert.ok(row.includes('\\!\\[x\\]\\(https:\\/\\/evil.example/p.png\\)'), row);
      assert.ok(row.includes('Ann \\<b\\>Lee\\</b\\>'), row);
    });
    it('Markdown is a table with pipes escaped', () => {
      const md = toMarkdown(quoteRows(a, TEXT), 'draft.article');
      const lines = md.trim().split('\n');
      assert.strictEqual(lines[0], '# Quotes in draft.article');
      assert.strictEqual(lines[2], '5 quotes');
      assert.strictEqual(lines[4], '| Speaker | Kind | Cue | Quote | Line |');
      assert.strictEqual(lines[6], '| Jane O\'Neill | direct | said | “We will act,” | 3 |');
      assert.strictEqual(lines[8], '| (no speaker) | direct | – | “It is a disaster.” | 5 |');
      assert.ok(lines[10].includes('done \\| signed'));
      for (const l of lines.slice(4)) assert.strictEqual(l.replace(/\\\|/g, '').split('|').length, 7, l);
    });
    it('exports the real analysis of the seed article: every quote found on its line', () => {
      const text = fs.readFileSync(SEED, 'utf8');
      const analysis = analyze(text, {});
      const rows = parseCsv(formatQuotes(analysis, text, 'csv', 'seed'));
      assert.strictEqual(rows.length - 1, analysis.quotes.length);
      const lines = text.split('\n');
      for (const r of rows.slice(1)) {
        const line = lines[Number(r[4]) - 1].replace(/\s+/g, ' ');
        assert.ok(line.includes(r[3].slice(0, 30)), `quote "${r[3]}" not on line ${r[4]}`);
      }
    });
  });

  describe('outline', () => {
    it('finds the headline, "#" lines and standalone subheads, not paragraphs, datelines or bylines', () => {
      const text = 'Putin and Xi pledge closer ties\n\nBy Jane Doe\n\nMonday, January 7, 2019\n\nMOSCOW — Putin said it was "a new era."\n\nReaction in Washington\n\nOfficials were quiet\nabout it.\n\n## Background\n\nThe "partnership" began\n';
      const h = headingsOf(text);
      assert.deepStrictEqual(h.map((x) => [x.text, x.level]), [['Putin and Xi pledge closer ties', 1], ['Reaction in Washington', 2], ['Background', 2]]);
      for (const x of h) assert.ok(text.slice(x.start, x.end).includes(x.text));
    });
    it('treats the seed article\'s first paragraph as text and its subhead as a subhead', () => {
      const seed = fs.readFileSync(SEED, 'utf8');
      assert.deepStrictEqual(headingsOf(seed).map((x) => [x.text, x.level]), [['Putin and Xi Jinping meeting', 2]]);
    });
  });

  describe('quick-fix edits', () => {
    const a = fixture();
    it('adds ", SOURCE said" before the full stop of a claim', () => {
      const claim = a.claims[0];
      const e = attributionEdit(TEXT, claim, a.sentences);
      const out = applySnippet(TEXT, e, 'the ministry');
      assert.ok(out.includes('Prices doubled last year, the ministry said. "It is a disaster."'), out);
      assert.ok(e.snippet.includes('${1:SOURCE}'));
    });
    it('turns a closing full stop inside a quotation into a comma before the attribution', () => {
      const q = a.quotes[0];
      const out = applySnippet(TEXT, attributionEdit(TEXT, q, a.sentences), 'the mayor');
      assert.ok(out.includes('Prices doubled last year. "It is a disaster," the mayor said.\n\nA spokesman'), out);
    });
    it('keeps a question mark and appends the attribution after the quotation', () => {
      const text = 'Intro.\n\n"Why now?" Nobody knows.';
      const s = text.indexOf('Why');
      const e = attributionEdit(text, { start: s, end: s + 8 }, [{ start: 8, end: 19 }, { start: 20, end: text.length }]);
      assert.strictEqual(applySnippet(text, e, 'she'), 'Intro.\n\n"Why now?" she said. Nobody knows.');
    });
    it('inserts the sourced marker inside the sentence before its final punctuation, once', () => {
      const claim = a.claims[0];
      const m = sourcedMarkerEdit(TEXT, claim, a.sentences);
      const out = TEXT.slice(0, m.offset) + m.insert + TEXT.slice(m.offset);
      assert.ok(out.includes(`Prices doubled last year ${SOURCED_MARKER}.`), out);
      const again = sourcedMarkerEdit(out, claim, [{ start: claim.start, end: claim.end + m.insert.length }]);
      assert.strictEqual(again.insert, '');
    });
    it('falls back to the paragraph end when the analysis has no sentence there', () => {
      const text = 'No punctuation here';
      const e = attributionEdit(text, { start: 3, end: 6 }, []);
      assert.strictEqual(applySnippet(text, e, 'X'), 'No punctuation here, X said');
    });
  });
  describe('hover card size', () => {
    it('lists at most a few variants and misspellings, then says how many more', () => {
      const variants = Array.from({ length: 300 }, (_, i) => `Brudzinski${i}`);
      const a = { quotes: [], claims: [], hygiene: [], sentences: [], stats: { words: 0, sentences: 0, ms: 0 },
        names: [{ name: 'Joachim Brudziński', kind: 'person' as const, role: null, mentions: [{ start: 0, end: 5, text: 'Joach' }], variants, quotes: [],
          misspellings: variants.map((text, i) => ({ start: i, end: i + 1, text })) }] };
      const card = nameCard(a, 0, 'x'.repeat(400));
      assert.ok(card.includes(`…and ${300 - MAX_LISTED} more`), card.slice(0, 300));
      assert.ok(card.length < 3000, `card is ${card.length} characters`);
      assert.ok(!card.includes('Brudzinski299'));
    });
  });
});

