// Construction tests: each case is a short text and every attribution analyze() must find in it,
// with its exact content and speaker. A case whose expectations are not met yet may carry
// `todo: 'why'`: it is then listed as pending (mocha's "pending" count) instead of hiding.
import * as assert from 'node:assert/strict';
import { analyze } from '../../../src/core';
import type { Quote } from '../../../src/core';

export interface ExpectedQuote {
  kind: 'direct' | 'indirect';
  /** The quoted words or reported content, as written (outer punctuation ignored). */
  text: string;
  /** Fullest form of the source; null when there must be no speaker. */
  speaker: string | null;
  /** The cue as written, when the case checks it. */
  cue?: string | null;
  anonymous?: boolean;
}

export interface Case {
  text: string;
  quotes: ExpectedQuote[];
  /** Claims the text must flag (whole sentences, as written); omitted: not checked. */
  claims?: string[];
  todo?: string;
}

/** Content compared without the punctuation that may or may not close it. */
const norm = (s: string): string => s.trim().replace(/^[\s,;:—–-]+|[\s.,;:!?—–-]+$/g, '').replace(/\s+/g, ' ');

/** A leading article is not part of an organisation's name: "the Riverton Gazette" = "Riverton Gazette". */
const speakerKey = (s: string | null): string | null => (s === null ? null : s.replace(/^the\s+/i, ''));

const show = (q: Pick<Quote, 'kind' | 'text' | 'speaker'> & { cue?: string | null }): string =>
  `${q.kind} ${JSON.stringify(norm(q.text))} ← ${JSON.stringify(speakerKey(q.speaker))}${q.cue !== undefined ? ` (cue ${JSON.stringify(q.cue)})` : ''}`;

export function checkCase(c: Case): void {
  const a = analyze(c.text);
  assert.equal(a.stats.error, undefined, `analyze() failed internally: ${a.stats.error}`);
  const found = a.quotes.map((q) => show({ kind: q.kind, text: q.text, speaker: q.speaker }));
  const wanted = c.quotes.map((q) => show({ kind: q.kind, text: q.text, speaker: q.speaker }));
  assert.deepEqual([...found].sort(), [...wanted].sort(), `quotes in ${JSON.stringify(c.text)}`);
  for (const q of c.quotes) {
    const hit = a.quotes.find((x) => x.kind === q.kind && norm(x.text) === norm(q.text))!;
    if (q.cue !== undefined) assert.equal(hit.cue, q.cue, `cue of ${show(q)}`);
    if (q.anonymous !== undefined) assert.equal(hit.anonymous, q.anonymous, `anonymous for ${show(q)}`);
  }
  if (c.claims) assert.deepEqual(a.claims.map((x) => norm(x.text)), c.claims.map(norm), `claims in ${JSON.stringify(c.text)}`);
}

/** One mocha test per case, named by its text. */
export function cases(title: string, list: Case[]): void {
  describe(`construction: ${title}`, () => {
    for (const c of list) {
      const name = c.text.length > 110 ? c.text.slice(0, 109) + '…' : c.text;
      if (c.todo) it.skip(`${name} [todo: ${c.todo}]`, () => checkCase(c));
      else it(name, () => checkCase(c));
    }
  });
}
