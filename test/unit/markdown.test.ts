// The Markdown front end (src/markdown): which characters are prose, that every span of the
// analysis lands on the source's own characters, and that articles are read exactly as before.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../src/core';
import type { Analysis, Span } from '../../src/core';
import { analyzeDraft, languageOfId, languageOfPath, maskMarkdown } from '../../src/markdown';
import { REPO_ROOT, SEED_ARTICLE } from './helpers';

const ISSUE = `"This is a good day for the city," said [Mayor Sadiq Khan](https://example.com/khan). "We have listened."`;
const DRAFT_PATH = path.join(REPO_ROOT, 'examples', 'markdown-draft.md');
const md = (text: string): Analysis => analyzeDraft(text, { language: 'markdown' });
const slice = (text: string, s: Span): string => text.slice(s.start, s.end);
/** Characters that are Markdown syntax: a span holding none must read exactly as the source. */
const MARKUP = /[*_[\]()`<>|#~\\&]/;

/** Every span of the analysis, with the text it claims to cover (when it has one). */
function spans(a: Analysis): { span: Span; text?: string; what: string }[] {
  const out: { span: Span; text?: string; what: string }[] = [];
  for (const q of a.quotes) {
    out.push({ span: q, text: q.text, what: 'quote' });
    if (q.cueSpan) out.push({ span: q.cueSpan, text: q.cue ?? undefined, what: 'cue' });
    if (q.speakerSpan) out.push({ span: q.speakerSpan, what: 'speaker' });
  }
  for (const c of a.claims) out.push({ span: c, text: c.text, what: 'claim' });
  for (const n of a.names) for (const m of [...n.mentions, ...n.misspellings]) out.push({ span: m, text: m.text, what: 'mention' });
  for (const h of a.hygiene) out.push({ span: h, what: `hygiene ${h.kind}` });
  for (const s of a.sentences) out.push({ span: s, what: 'sentence' });
  return out;
}

describe('Markdown drafts', () => {
  describe('the issue example: a link as the speaker', () => {
    it('reads the link text as prose and gives both quotes to Sadiq Khan', () => {
      const a = md(ISSUE);
      assert.deepEqual(
        a.quotes.map((q) => [q.kind, q.text, q.speaker]),
        [
          ['direct', 'This is a good day for the city,', 'Sadiq Khan'],
          ['direct', 'We have listened.', 'Sadiq Khan'],
        ],
      );
      // As plain prose the link's brackets and URL hide the speaker: the test can fail.
      assert.equal(analyze(ISSUE).quotes.filter((q) => q.speaker === 'Sadiq Khan').length, 0);
    });

    it('puts every span on the source characters: quotes, cue, speaker', () => {
      const a = md(ISSUE);
      for (const q of a.quotes) assert.equal(slice(ISSUE, q), q.text);
      const first = a.quotes[0];
      assert.equal(slice(ISSUE, first.cueSpan!), 'said');
      assert.match(slice(ISSUE, first.speakerSpan!), /^(Mayor )?Sadiq Khan$/);
      const khan = a.names.find((n) => n.name === 'Sadiq Khan');
      assert.ok(!khan || khan.mentions.every((m) => slice(ISSUE, m) === m.text));
    });
  });

  describe('what is not prose', () => {
    it('ignores a quote in a fenced code block, which an article reading attributes', () => {
      const text = 'The council met on Monday.\n\n~~~\n"We will not pay," said Bob Smith.\n~~~\n';
      assert.deepEqual(md(text).quotes, []);
      assert.deepEqual(md(text.replace(/~~~/g, '```')).quotes, []);
      assert.ok(analyze(text).quotes.some((q) => q.speaker === 'Bob Smith'));
    });

    it('ignores indented code, inline code, HTML blocks, comments and front matter', () => {
      const text = [
        '---',
        'title: "An unclosed quote',
        '---',
        '',
        '    "Indented code," said Bob Smith.',
        '',
        '<div class="embed">"An embed," said Bob Smith.</div>',
        '',
        'The mayor spoke. <!-- "A note," said Bob Smith. --> Use `"code"` here.',
        '',
      ].join('\n');
      const a = md(text);
      assert.deepEqual(a.quotes, []);
      assert.deepEqual(a.hygiene, [], "the front matter's unclosed quotation mark is not a finding");
      assert.ok(analyze(text).hygiene.length + analyze(text).quotes.length > 0);
    });

    it('ignores link URLs, titles, references, images and definitions', () => {
      const text =
        'Read [the report](https://x.example/said "Officials said so") and ![a "photo"](p.png) and [the plan][p].\n\n[p]: https://x.example/plan "Said"\n';
      const m = maskMarkdown(text);
      assert.equal(m.text.replace(/\s+/g, ' ').trim(), 'Read the report and and the plan .');
    });

    it('reads emphasis, strong and escaped characters as their text', () => {
      const m = maskMarkdown('*"We won,"* she **said** \\* today.');
      assert.equal(m.text.replace(/\s+/g, ' ').trim(), '"We won," she said * today.');
    });

    it('decodes character references in place, so &ldquo;…&rdquo; are quotation marks', () => {
      const text = '&ldquo;It is over,&rdquo; said Ana Lopez.';
      const [q] = md(text).quotes;
      assert.equal(q.text, 'It is over,');
      assert.equal(q.speaker, 'Ana Lopez');
      assert.equal(slice(text, q), 'It is over,', 'the span starts after the reference, not inside it');
    });

    it('keeps editor notes and the [[sourced]] marker working (brackets that form no link are text)', () => {
      const text = 'The bridge cost $40m. [[sourced]]\n\nThe tunnel cost $90m.\n';
      assert.deepEqual(
        md(text).claims.map((c) => c.text),
        ['The tunnel cost $90m.'],
      );
      assert.equal(md(text.replace(' [[sourced]]', '')).claims.length, 2);
    });

    it('skips MDX import and export lines', () => {
      const text = 'import Chart from "./chart"\n\n"Hello," said Ana Lopez.\n';
      assert.equal(maskMarkdown(text, 'mdx').text.indexOf('import'), -1);
      assert.equal(analyzeDraft(text, { language: 'mdx' }).quotes[0]?.speaker, 'Ana Lopez');
    });
  });

  describe('blocks', () => {
    it('makes list items separate paragraphs: an unclosed quote stays in its item', () => {
      const text = '- The mayor said "no\n- The council said it was "fine" today.\n';
      const open = text.indexOf('"no');
      assert.deepEqual(
        md(text).hygiene.map((h) => [h.kind, h.start]),
        [['unbalanced-quote', open]],
      );
      assert.notDeepEqual(
        analyze(text).hygiene.map((h) => h.start),
        [open],
      );
    });

    it('reads table cells as separate lines and skips the delimiter row', () => {
      const text = '| Ana Lopez said the plan | failed badly |\n| --- | --- |\n| Bob | Smith |\n';
      const sentences = md(text).sentences.map((s) => slice(text, s));
      assert.deepEqual(sentences, ['Ana Lopez said the plan', 'failed badly', 'Bob', 'Smith']);
    });

    it('ends a heading before the paragraph under it, and reads a block quote without its markers', () => {
      const text = 'Khan wins\n=========\n> "We waited a long time," Khan told reporters.\n';
      const a = md(text);
      assert.equal(a.quotes[0]?.text, 'We waited a long time,');
      assert.ok(
        a.sentences.every((s) => !slice(text, s).includes('\n')),
        a.sentences.map((s) => slice(text, s)).join(' | '),
      );
    });
  });

  describe('the mask', () => {
    const source = readFileSync(DRAFT_PATH, 'utf8');
    const m = maskMarkdown(source);

    it('keeps the length, every line ending, and prose characters as written', () => {
      assert.equal(m.text.length, source.length);
      for (let i = 0; i < source.length; i++) {
        const c = source[i];
        if (c === '\n' || c === '\r') assert.equal(m.text[i], c, `line ending at ${i}`);
        else if (m.prose[i] && c !== '&') assert.equal(m.text[i], c, `prose at ${i}`);
        else if (!m.prose[i]) assert.ok(m.text[i] === ' ' || m.text[i] === '\n', `non-prose at ${i} is ${JSON.stringify(m.text[i])}`);
      }
    });

    it('never throws and stays the same length on hostile input', () => {
      for (const text of [
        '',
        '[',
        '['.repeat(50000),
        '>'.repeat(50000),
        '[a]('.repeat(5000),
        '*'.repeat(50000),
        '> '.repeat(20000),
        '`'.repeat(30001),
        '<!--'.repeat(10000),
        '\r\n\r\n',
        '\u0000\uffff\ud800',
      ]) {
        assert.equal(maskMarkdown(text).text.length, text.length);
        assert.doesNotThrow(() => md(text));
      }
    });
  });

  describe('the example draft (examples/markdown-draft.md)', () => {
    const source = readFileSync(DRAFT_PATH, 'utf8');
    const a = md(source);

    it('finds the quotes a reader sees, with their speakers, and none from code or comments', () => {
      const found = a.quotes.map((q) => `${q.speaker}: ${q.text}`);
      assert.ok(found.includes('Sadiq Khan: This is a good day for the city,'), found.join('\n'));
      assert.ok(found.includes('Ana Lopez: It saves me twenty minutes a day,'), found.join('\n'));
      assert.ok(!found.some((f) => /Bob Smith|night editor|code sample|Check this quote/.test(f)), found.join('\n'));
    });

    it('lands every span on the source: a span without markup reads exactly as its text', () => {
      for (const { span, text, what } of spans(a)) {
        assert.ok(span.start >= 0 && span.start <= span.end && span.end <= source.length, `${what} ${span.start}-${span.end}`);
        const raw = slice(source, span);
        if (text !== undefined && !MARKUP.test(raw)) assert.equal(raw, text, what);
        if (text !== undefined) assert.equal(raw.replace(/[*_[\]`]|\]\([^)]*\)/g, ''), text.replace(/[*_[\]`]/g, ''), `${what}: ${raw}`);
      }
    });

    it('drops the markup inside a span from its text ("**£40 million")', () => {
      const q = a.quotes.find((x) => x.text.includes('£40 million'));
      assert.ok(q, a.quotes.map((x) => x.text).join(' | '));
      assert.equal(slice(source, q), 'The bridge cost **£40 million');
      assert.equal(q.text, 'The bridge cost £40 million');
    });

    it('gives a name split over two links one mention text, as a reader sees it', () => {
      const text = '"We are ready," said [Sadiq](https://a.example) [Khan](https://b.example). Khan spoke later.\n';
      const khan = md(text).names.find((n) => n.name === 'Sadiq Khan');
      assert.ok(khan);
      assert.equal(khan.mentions[0].text, 'Sadiq Khan');
      assert.equal(slice(text, khan.mentions[0]), 'Sadiq](https://a.example) [Khan');
      assert.deepEqual(khan.variants, ['Khan']);
    });
  });

  describe('articles and languages', () => {
    it('reads an article exactly as analyze() does', () => {
      const text = readFileSync(SEED_ARTICLE, 'utf8');
      const strip = (x: Analysis): Analysis => ({ ...x, stats: { ...x.stats, ms: 0 } });
      assert.deepEqual(strip(analyzeDraft(text)), strip(analyze(text)));
      assert.deepEqual(strip(analyzeDraft(ISSUE, { language: 'article' })), strip(analyze(ISSUE)));
    });

    it('knows Markdown by file extension and language id', () => {
      assert.deepEqual(['a.md', 'b.MARKDOWN', 'c.mdx', 'd.article', 'e.txt', 'md', 'x.md/readme'].map(languageOfPath), [
        'markdown',
        'markdown',
        'mdx',
        'article',
        'article',
        'article',
        'article',
      ]);
      assert.deepEqual(['markdown', 'mdx', 'article', 'plaintext'].map(languageOfId), ['markdown', 'mdx', 'article', 'article']);
    });
  });
});
