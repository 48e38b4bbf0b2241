// analyze() on hostile and odd input: it must not throw, must return, and must return structurally
// sound results (arrays present, every span an ordered range inside the text). Whether the
// analysis is *right* is not asserted here, except that CRLF line endings must not change it.
//
// analyze() runs in a worker thread (AnalyzeRunner) so that a hang is detected and killed
// instead of blocking mocha, whose own timeout cannot interrupt synchronous code. The limits are
// generous hang detectors, not performance targets. Tests marked [needs core] cannot pass
// against the stub analyze(): they need it to find something, if only sentences in real prose.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import type { Analysis } from '../../src/core';
import { AnalyzeRunner, ARTICLES_DIR, assertWellFormed, corpusArticles, describeInput, hangLimit, SEED_ARTICLE, Article } from './helpers';

// Per-call hang limits. All but the last are over 50 times what a linear analyzer needs even on
// a loaded machine; the 5 MB input takes seconds of CPU, so its limit grows with the load.
/** Inputs up to a few KB. */
const SMALL_LIMIT_MS = 5_000;
/** Real articles (the largest corpus article is ~110 KB). */
const ARTICLE_LIMIT_MS = 15_000;
/** The 100-200 KB inputs. */
const BIG_LIMIT_MS = 30_000;
/** The 5 MB input (wink-nlp alone needs ~7 s for it on an idle dev machine). */
const HUGE_LIMIT_MS = hangLimit(60_000);

const QUOTE_MARKS = ['"', '“', '”', "'", '‘', '’', '«', '»', '„', '‚', '‹', '›', '「', '」', '″', '`'];

const seed = readFileSync(SEED_ARTICLE, 'utf8');

/** Real articles: the shared corpus when it is beside the repo, else just the seed article. */
let noted = false;
function realArticles(): Article[] {
  const corpus = corpusArticles();
  if (corpus) return corpus;
  if (!noted) {
    noted = true;
    console.warn(`      (no shared corpus at ${ARTICLES_DIR}: real-article tests use the seed article only)`);
  }
  return [{ name: 'seed-putin-xi-videoconference.article', text: seed }];
}

/** Natural news text of at least minChars, made by cycling through the real articles. */
function newsText(minChars: number): string {
  const arts = realArticles();
  const parts: string[] = [];
  let n = 0;
  for (let i = 0; n < minChars; i++) {
    const t = arts[i % arts.length].text;
    parts.push(t);
    n += t.length + 2;
  }
  return parts.join('\n\n');
}

async function check(runner: AnalyzeRunner, text: string, limitMs: number, label?: string): Promise<Analysis> {
  const { analysis } = await runner.analyze(text, limitMs, label);
  assertWellFormed(text, analysis);
  // A rule that failed internally returns a salvaged result: that is a bug too, not a pass.
  assert.equal(analysis.stats.error, undefined, `analyze() failed internally on ${label ?? describeInput(text)}: ${analysis.stats.error}`);
  return analysis;
}

/**
 * analyze() catches its own failures and returns an empty result, so "did not throw" proves
 * little. Text that holds real prose must come back with sentences and words; an empty result
 * means a stage failed internally and the fallback ran.
 */
async function checkProse(runner: AnalyzeRunner, text: string, limitMs: number, label?: string): Promise<Analysis> {
  const a = await check(runner, text, limitMs, label);
  assert.ok(a.sentences.length > 0 && a.stats.words > 0,
    `analyze() returned no sentences/words for ${label ?? describeInput(text)}: it probably failed internally and fell back to an empty result`);
  return a;
}

describe('analyze() robustness', function () {
  const runner = new AnalyzeRunner();
  const check1 = (text: string, limitMs = SMALL_LIMIT_MS, label?: string) => check(runner, text, limitMs, label);
  const prose1 = (text: string, limitMs = SMALL_LIMIT_MS, label?: string) => checkProse(runner, text, limitMs, label);

  before(async function () {
    this.timeout(hangLimit(60_000));
    await runner.analyze('Warm-up: the model loads on first use, she said.', hangLimit(50_000));
  });
  after(() => runner.close());

  describe('small inputs', function () {
    this.timeout(hangLimit(60_000));

    it('handles the empty string and whitespace-only texts', async () => {
      for (const t of ['', ' ', '\n', '\n\n\n', '\r\n', '\r', '\t', '\u00a0', '\u2028\u2029', '\ufeff', ' \n \r\n\t \u3000 ']) {
        const a = await check1(t);
        assert.equal(a.quotes.length, 0, `no quotes in whitespace ${JSON.stringify(t)}`);
      }
    });

    it('handles texts made only of quotation marks (property)', async () => {
      const marks = fc.string({ unit: fc.constantFrom(...QUOTE_MARKS, ' ', '\n', '\n\n'), maxLength: 300 });
      await fc.assert(fc.asyncProperty(marks, async (t) => void (await check1(t))), { numRuns: 200 });
    });

    it('handles quotation marks mixed with attribution-shaped words (property)', async () => {
      const words = ['said', 'told', 'according to', 'Putin', 'Mr.', 'Dr', 'He', 'she', 'officials', 'TK', 'tk', 'the',
        '12,000', '3.5%', 'U.S.', 'e.g.', '...', '—', '–', '(', ')', ':', ';', ',', '.', '?', '!', 'don’t', "it's", "'90s"];
      const unit = fc.oneof(fc.constantFrom(...QUOTE_MARKS), fc.constantFrom(...words), fc.constantFrom(' ', ' ', ' ', '\n', '\n\n'));
      const text = fc.array(unit, { maxLength: 200 }).map((xs) => xs.join(''));
      await fc.assert(fc.asyncProperty(text, async (t) => void (await check1(t))), { numRuns: 200 });
    });

    it('handles random Unicode, lone surrogates included (property)', async () => {
      const lone = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
      const unit = fc.oneof(
        { arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), weight: 4 },
        { arbitrary: lone, weight: 1 },
        { arbitrary: fc.constantFrom(' ', '\n', '.', '"', '“', '”', 'said'), weight: 2 },
      );
      await fc.assert(fc.asyncProperty(fc.string({ unit, maxLength: 300 }), async (t) => void (await check1(t))), { numRuns: 200 });
    });

    it('handles random bytes decoded as latin1 and as UTF-8 (property)', async () => {
      await fc.assert(
        fc.asyncProperty(fc.uint8Array({ maxLength: 600 }), async (bytes) => {
          const buf = Buffer.from(bytes);
          await check1(buf.toString('latin1'));
          await check1(buf.toString('utf8'));
        }),
        { numRuns: 150 },
      );
    });

    it('handles NUL characters', async () => {
      await check1('\0');
      await check1('\0'.repeat(5000));
      await check1(seed.replace(/ /g, '\0'));
      await check1(seed.replace(/(.{37})/gs, '$1\0'));
      await check1(`\0"\0In the context\0," Putin\0said.\0`);
    });

    it('handles right-to-left text, bidi controls and emoji [needs core]', async () => {
      const samples = [
        'قال الرئيس الروسي فلاديمير بوتين: «نحن ندافع عن مواقفنا المبدئية».',
        'وأضاف المتحدث أن "الوضع صعب"، وفقا لوكالة الأنباء.',
        'אמר ראש הממשלה: "אנחנו נמשיך במאמצים", לדברי הדובר.',
        '״ציטוט בעברית״ אמרה השרה.',
        'Putin said «نحن ندافع» on Friday, according to \u200fofficials\u200e.',
        '\u202eThe spokesman said "reversed text" here.\u202c \u2067"isolated"\u2069 she said.',
        '"We stand 🇺🇦 with you 👍🏽," said 👩‍👩‍👧‍👦 Maria Ivanova. 1️⃣ ❤️ 🏳️‍🌈',
        '“😀😀😀” 😀 said 😀. ' + '🙂'.repeat(2000),
        'Zalgo: "Z̷̡̢̛͓̲a̸̧͔͉l̵̗͓͆g̴̨̛o̶̡͖" he said. Café vs Cafe\u0301, Ελλάδα, Москва, 北京 "引用" 说.',
      ];
      for (const s of samples) await check1(s);
      await prose1(samples.join('\n\n') + '\n\n' + seed);
    });

    it('handles random mixes of RTL, emoji and English fragments (property)', async () => {
      const frags = ['قال', 'بوتين', '«', '»', 'אמר', '״', '"', '“', '”', '👍🏽', '👩‍👩‍👧‍👦', '🇺🇦', '\u200f', '\u200e', '\u202e', '\u2066',
        '\u2069', 'said', 'Putin', ',', '.', ' ', ' ', '\n\n', '\u0301', '\ufe0f', '\u200d'];
      const text = fc.array(fc.constantFrom(...frags), { maxLength: 150 }).map((xs) => xs.join(''));
      await fc.assert(fc.asyncProperty(text, async (t) => void (await check1(t))), { numRuns: 150 });
    });

    it('handles real articles with random insertions and deletions (property) [needs core]', async () => {
      // Long enough that the deletions (at most 12 x 40 characters) leave prose; short enough to be quick.
      const arts = realArticles().filter((a) => a.text.length >= 2_000 && a.text.length < 20_000);
      const inserts = [...QUOTE_MARKS, '\0', '\ud800', '\udfff', '\r', '\r\n', '\n\n', 'TK', '👍🏽', '\u202e', '«»', '""', ' said ', '...'];
      const edit = fc.record({
        at: fc.double({ min: 0, max: 1, noNaN: true }),
        del: fc.nat({ max: 40 }),
        ins: fc.constantFrom(...inserts),
      });
      const input = fc.tuple(fc.nat({ max: arts.length - 1 }), fc.array(edit, { minLength: 1, maxLength: 12 })).map(([i, edits]) => {
        let t = arts[i].text;
        for (const e of edits) {
          const p = Math.floor(e.at * t.length);
          t = t.slice(0, p) + e.ins + t.slice(p + e.del);
        }
        return t;
      });
      await fc.assert(fc.asyncProperty(input, async (t) => void (await prose1(t, ARTICLE_LIMIT_MS))), { numRuns: 40 });
    });
  });

  describe('line endings', function () {
    this.timeout(hangLimit(120_000));

    it('finds the same things on the same words in CRLF versions of real articles [needs core]', async () => {
      // Every 4th corpus article (or the seed alone without the corpus). The corpus has no \r.
      const sample = realArticles().filter((_, i) => i % 4 === 0);
      let compared = 0;
      for (const art of sample) {
        const lf = art.text.replace(/\r\n?/g, '\n');
        const crlf = lf.replace(/\n/g, '\r\n');
        const a = await prose1(lf, ARTICLE_LIMIT_MS, art.name);
        const b = await prose1(crlf, ARTICLE_LIMIT_MS, `${art.name} with CRLF line breaks`);
        const expected = signature(lf, a, (o) => o);
        const actual = signature(lf, b, toLfOffsets(crlf));
        assert.deepStrictEqual(actual, expected, `${art.name}: the CRLF version differs from the LF version (offsets shown in LF coordinates)`);
        compared += expected.quotes.length + expected.names.length + expected.sentences.length;
      }
      assert.ok(compared > 0, `nothing to compare: no quotes, names or sentences found in ${sample.length} articles`);
    });
  });

  describe('big inputs', function () {
    it('handles a 5 MB article-like text [needs core]', async function () {
      this.timeout(HUGE_LIMIT_MS + hangLimit(30_000));
      const text = newsText(5 * 1024 * 1024);
      await prose1(text, HUGE_LIMIT_MS, `a ${text.length}-character concatenation of real articles`);
    });

    it('handles one 200 KB line with no newline [needs core]', async function () {
      this.timeout(BIG_LIMIT_MS + 15_000);
      const text = newsText(200 * 1024).replace(/\s+/g, ' ').slice(0, 200 * 1024);
      assert.ok(!text.includes('\n') && text.length === 200 * 1024);
      await prose1(text, BIG_LIMIT_MS, 'one 200 KB line of real article text');
    });

    // Long runs of one character or pattern between two copies of the seed article, plus a pasted
    // base64 blob. The cases run in LANES parallel workers, so that a core that is slow on them
    // fails in about a minute rather than 30 s per case, and the message lists every slow input.
    it('handles long runs: 100,000 characters of repeated punctuation, a 200 KB base64 blob [needs core]', async function () {
      const LANES = 4;
      const blob = Buffer.from(newsText(150 * 1024)).toString('base64').slice(0, 200 * 1024);
      const cases = [
        { label: 'the seed article around a 200 KB base64 run', text: `${seed}\n\nImage: data:image/png;base64,${blob}\n\n${seed}` },
        ...['!', '?!', '.', '…', '-', '=', '*', ',', '"', '“”', '‘’', '(', '"\''].map((unit) => {
          const run = unit.repeat(Math.ceil(100_000 / unit.length));
          return { label: `the seed article around ${run.length} characters of ${JSON.stringify(unit)} repeated`, text: `${seed}\n\n${run}\n\n${seed}` };
        }),
      ];
      this.timeout(Math.ceil(cases.length / LANES) * BIG_LIMIT_MS + 30_000);
      const failures: string[] = [];
      await Promise.all(
        Array.from({ length: LANES }, async (_, lane) => {
          const own = new AnalyzeRunner();
          try {
            for (let i = lane; i < cases.length; i += LANES) {
              try {
                await checkProse(own, cases[i].text, BIG_LIMIT_MS, cases[i].label);
              } catch (e) {
                failures.push((e as Error).message.split('\n')[0]);
              }
            }
          } finally {
            await own.close();
          }
        }),
      );
      if (failures.length) assert.fail(`${failures.length} of ${cases.length} long-run inputs failed:\n  - ${failures.join('\n  - ')}`);
    });
  });
});

/** Maps offsets in a text whose line breaks were turned from \n into \r\n back to the \n text. */
function toLfOffsets(crlf: string): (o: number) => number {
  const crBefore = new Int32Array(crlf.length + 1);
  for (let i = 0; i < crlf.length; i++) crBefore[i + 1] = crBefore[i] + (crlf.charCodeAt(i) === 13 ? 1 : 0);
  return (o) => o - crBefore[Math.max(0, Math.min(o, crlf.length))];
}

/**
 * The comparable content of an analysis in LF coordinates: every span mapped with `map`, then
 * trimmed of surrounding whitespace (a \r kept or dropped at a span edge is not a difference),
 * with the words it covers, so a mismatch shows what moved.
 */
function signature(lf: string, a: Analysis, map: (o: number) => number) {
  const span = (s: { start: number; end: number } | null | undefined) => {
    if (!s) return null;
    let start = map(s.start);
    let end = map(s.end);
    while (start < end && /\s/.test(lf[start])) start++;
    while (end > start && /\s/.test(lf[end - 1])) end--;
    return `${start}-${end} ${JSON.stringify(lf.slice(start, end).slice(0, 60))}`;
  };
  const noCr = (s: string | null) => (s === null ? null : s.replace(/\r/g, ''));
  return {
    sentences: a.sentences.map(span),
    quotes: a.quotes.map((q) => ({
      at: span(q),
      kind: q.kind,
      speaker: noCr(q.speaker),
      cue: noCr(q.cue),
      speakerAt: span(q.speakerSpan),
      cueAt: span(q.cueSpan),
      anonymous: q.anonymous,
    })),
    claims: a.claims.map((c) => ({ at: span(c), kind: c.kind })),
    names: a.names.map((n) => ({ name: noCr(n.name), mentions: n.mentions.map(span) })),
    hygiene: a.hygiene.map((h) => ({ at: span(h), kind: h.kind })),
  };
}
