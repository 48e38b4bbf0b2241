// The seed article against its hand annotation (../shared/corpus/dev/seed-putin-xi-videoconference.gold.json):
// direct quotes with gold spans and speakers, the anonymous spokesman, Putin's quote, the
// "careful not to" claim, the three people, and most indirect quotes found.
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../src/core';
import type { Analysis, Quote, Span } from '../../src/core';
import { ARTICLES_DIR, SEED_ARTICLE, SHARED_DIR } from './helpers';

interface GoldQuote extends Span {
  kind: 'direct' | 'indirect';
  speaker: string | null;
  cue: string | null;
  anonymous: boolean;
}
interface Gold {
  quotes: GoldQuote[];
  claims: Span[];
  people: { name: string; variants: string[]; role: string | null; mentions: number }[];
}

const GOLD = path.join(SHARED_DIR, 'corpus', 'dev', 'seed-putin-xi-videoconference.gold.json');
const CORPUS_SEED = path.join(ARTICLES_DIR, 'seed-putin-xi-videoconference.txt');

const lastWord = (s: string | null): string => (s ?? '').trim().split(/\s+/).pop()?.toLowerCase() ?? '';
const overlap = (a: Span, b: Span): number => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

describe('seed article vs dev gold', function () {
  let text: string;
  let gold: Gold;
  let a: Analysis;
  const show = (qs: Quote[]): string =>
    qs.map((q) => `  ${q.kind} ${q.start}..${q.end} ${JSON.stringify(text.slice(q.start, q.end))} speaker=${JSON.stringify(q.speaker)} cue=${JSON.stringify(q.cue)} anon=${q.anonymous}`).join('\n');

  before(function () {
    if (!existsSync(GOLD) || !existsSync(CORPUS_SEED)) this.skip();
    text = readFileSync(CORPUS_SEED, 'utf8');
    gold = JSON.parse(readFileSync(GOLD, 'utf8')) as Gold;
    a = analyze(text);
  });

  it('the examples/ copy is the corpus article and analyzes the same', () => {
    const copy = readFileSync(SEED_ARTICLE, 'utf8');
    assert.equal(copy, text);
    const b = analyze(copy);
    assert.deepEqual(b.quotes, a.quotes);
  });

  it('finds every gold direct quote with the same span and a speaker whose last word matches', () => {
    const directs = gold.quotes.filter((g) => g.kind === 'direct');
    assert.ok(directs.length >= 5, 'gold has direct quotes');
    const problems: string[] = [];
    for (const g of directs) {
      const q = a.quotes.find((x) => x.kind === 'direct' && x.start === g.start && x.end === g.end);
      if (!q) problems.push(`missing direct ${g.start}..${g.end} ${JSON.stringify(text.slice(g.start, g.end))}`);
      else if (lastWord(q.speaker) !== lastWord(g.speaker)) problems.push(`direct ${JSON.stringify(text.slice(g.start, g.end))}: speaker ${JSON.stringify(q.speaker)}, gold ${JSON.stringify(g.speaker)}`);
    }
    assert.deepEqual(problems, [], `found quotes:\n${show(a.quotes)}`);
  });

  it('Putin\'s "In the context of unprecedented pressure..." is Vladimir Putin, cue "said"', () => {
    const snippet = 'In the context of unprecedented pressure';
    const q = a.quotes.find((x) => x.kind === 'direct' && text.slice(x.start, x.end).startsWith(snippet));
    assert.ok(q, `quote found:\n${show(a.quotes)}`);
    assert.equal(text.slice(q.start, q.end), 'In the context of unprecedented pressure and provocations from the West, we are defending our principled positions,');
    assert.equal(q.speaker, 'Vladimir Putin');
    assert.equal(q.cue, 'said');
    assert.equal(q.anonymous, false);
  });

  it("the State Department spokesman's quotes are anonymous", () => {
    const spokes = gold.quotes.filter((g) => g.speaker === 'A US State Department spokesman');
    assert.ok(spokes.length >= 2);
    for (const g of spokes) {
      const found = a.quotes.filter((x) => x.kind === g.kind && overlap(x, g) > 0);
      assert.ok(found.length > 0, `a ${g.kind} quote on ${JSON.stringify(text.slice(g.start, g.end))}:\n${show(a.quotes)}`);
      for (const q of found) {
        assert.equal(q.anonymous, true, `anonymous: ${JSON.stringify(text.slice(q.start, q.end))}`);
        assert.match(q.speaker ?? '(null)', /spokesman/i);
      }
    }
  });

  it('flags "China has so far been careful not to ..." as a claim', () => {
    const sentence = 'China has so far been careful not to provide direct support to Russia that could make it vulnerable to Western sanctions.';
    const start = text.indexOf(sentence);
    assert.ok(start >= 0);
    const c = a.claims.find((x) => x.start === start && x.end === start + sentence.length);
    assert.ok(c, `claim on the whole sentence; claims:\n${a.claims.map((x) => `  ${JSON.stringify(text.slice(x.start, x.end))}`).join('\n')}`);
  });

  it('no attributed sentence is flagged as a claim', () => {
    // Every gold quote's sentence carries an attribution.
    for (const c of a.claims) {
      const hit = gold.quotes.find((g) => overlap(c, g) > 0);
      assert.equal(hit, undefined, `claim ${JSON.stringify(text.slice(c.start, c.end))} overlaps quote ${JSON.stringify(hit && text.slice(hit.start, hit.end))}`);
    }
  });

  it('names Vladimir Putin (role mentions President), Xi Jinping and Alexander Gabov', () => {
    const names = a.names.map((n) => n.name);
    const putin = a.names.find((n) => n.name === 'Vladimir Putin');
    assert.ok(putin, `names: ${JSON.stringify(names)}`);
    assert.match(putin.role ?? '(null)', /President/i);
    assert.ok(putin.mentions.length >= 2);
    assert.ok(names.includes('Xi Jinping'), `names: ${JSON.stringify(names)}`);
    const gabov = a.names.find((n) => n.name === 'Alexander Gabov');
    assert.ok(gabov, `names: ${JSON.stringify(names)}`);
    assert.equal(gabov.role, 'a researcher specializing in Sino-Russian relations');
    for (const n of a.names) for (const m of n.mentions) assert.equal(text.slice(m.start, m.end), m.text);
  });

  it('at least 80% of gold indirect quotes overlap a found indirect quote by at least half', () => {
    const indirect = gold.quotes.filter((g) => g.kind === 'indirect');
    const found = a.quotes.filter((q) => q.kind === 'indirect');
    const missed = indirect.filter((g) => !found.some((q) => overlap(q, g) >= 0.5 * Math.max(g.end - g.start, q.end - q.start)));
    const hit = indirect.length - missed.length;
    assert.ok(
      hit >= 0.8 * indirect.length,
      `${hit}/${indirect.length} matched; missed:\n${missed.map((g) => `  ${JSON.stringify(text.slice(g.start, g.end))} (${g.speaker})`).join('\n')}\nfound:\n${show(found)}`,
    );
  });
});
