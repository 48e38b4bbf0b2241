// guarded(): a provider that throws or rejects is logged as one line and answers undefined.
import * as assert from 'assert';
import { guarded, oneLine, setGuardLog } from '../../src/editor/guard';

describe('guarded providers', () => {
  const logs: string[] = [];
  before(() => setGuardLog((m) => logs.push(m)));
  beforeEach(() => (logs.length = 0));

  class Provider {
    constructor(private readonly base: number) {}
    add(x: number): number {
      return this.base + x;
    }
    boom(): number {
      throw new Error('first line\n    at stack frame');
    }
    async later(): Promise<number> {
      throw new TypeError('async failure');
    }
  }

  it('passes results through and keeps `this`', () => {
    assert.strictEqual(guarded('p', new Provider(40)).add(2), 42);
    assert.deepStrictEqual(logs, []);
  });

  it('logs a synchronous throw as one line naming the provider and method, and returns undefined', () => {
    assert.strictEqual(guarded('hovers', new Provider(0)).boom(), undefined);
    assert.deepStrictEqual(logs, ['hovers.boom: first line']);
  });

  it('logs a rejection and resolves to undefined', async () => {
    assert.strictEqual(await guarded('quotes view', new Provider(0)).later(), undefined);
    assert.deepStrictEqual(logs, ['quotes view.later: async failure']);
  });

  it('keeps only the first line of a message and caps its length', () => {
    assert.strictEqual(oneLine(new Error('a\nb')), 'a');
    assert.strictEqual(oneLine('x'.repeat(400)).length, 300);
  });
});
