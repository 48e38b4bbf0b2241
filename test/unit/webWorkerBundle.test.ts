// The web analyzer's worker bundle (dist/web/analyzerWorker.js) run as a Web Worker would run it:
// in a fresh global with no `process`, `require` or Node built-ins, answering posted requests.
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as vm from 'node:vm';
import type { Analysis } from '../../src/core';
import { REPO_ROOT, SEED_ARTICLE, requireOrSkip } from './helpers';

const BUNDLE = path.join(REPO_ROOT, 'dist', 'web', 'analyzerWorker.js');
type Reply = { id: number; ok: boolean; analysis?: Analysis; error?: string };

/** A worker-like global: postMessage collects replies (copied, as across a worker boundary), onmessage is what the script installs. */
function workerScope(): { replies: Reply[]; scope: { onmessage?: (e: { data: unknown }) => void } } {
  const replies: Reply[] = [];
  // What a worker global offers that the bundle uses (atob: the wink model is base64).
  const scope = { postMessage: (m: Reply) => replies.push(JSON.parse(JSON.stringify(m)) as Reply), performance, TextDecoder, TextEncoder, atob } as Record<
    string,
    unknown
  >;
  scope.self = scope;
  scope.globalThis = scope;
  return { replies, scope: vm.createContext(scope) };
}

describe('web analyzer worker bundle', function () {
  this.timeout(60000);
  before(function () {
    requireOrSkip(this, existsSync(BUNDLE), 'dist/web/analyzerWorker.js (run `npm run build`)');
  });

  it('runs with no Node globals and answers article and Markdown requests', () => {
    const { replies, scope } = workerScope();
    vm.runInContext(`${readFileSync(BUNDLE, 'utf8')}\ncopydeskAnalyzer.listen();`, scope);
    assert.equal(vm.runInContext('typeof process + typeof require', scope as vm.Context), 'undefinedundefined');
    assert.equal(typeof scope.onmessage, 'function');
    const seed = readFileSync(SEED_ARTICLE, 'utf8');
    scope.onmessage!({ data: { id: 1, text: seed, options: {} } });
    const md = '"This is a good day," said [Mayor Sadiq Khan](https://example.com/khan).\n\n```\n"Code," said Bob Smith.\n```\n';
    scope.onmessage!({ data: { id: 2, text: md, options: { language: 'markdown' } } });
    assert.deepEqual(
      replies.map((r) => [r.id, r.ok]),
      [
        [1, true],
        [2, true],
      ],
    );
    assert.ok(replies[0].analysis!.quotes.some((q) => q.speaker === 'Vladimir Putin'));
    assert.deepEqual(
      replies[1].analysis!.quotes.map((q) => q.speaker),
      ['Sadiq Khan'],
    );
  });
});
