// Every construction handler is in the ordered list and has a test file of its own sentences.
import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { CONSTRUCTIONS } from '../../../src/core/constructions';
import { REPO_ROOT } from '../helpers';

const dir = path.join(REPO_ROOT, 'src', 'core', 'constructions');
const handlerFiles = (): string[] => readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'index.ts' && f !== 'context.ts').map((f) => f.replace(/\.ts$/, ''));

describe('construction handlers', () => {
  it('are each listed once in CONSTRUCTIONS, in a file named for the handler', () => {
    const files = handlerFiles().sort();
    const index = readFileSync(path.join(dir, 'index.ts'), 'utf8');
    for (const f of files) assert.match(index, new RegExp(`import \\{ ${f} \\} from './${f}';`), `${f}.ts is imported by index.ts`);
    assert.equal(CONSTRUCTIONS.length, files.length, 'one list entry per handler file');
    assert.equal(new Set(CONSTRUCTIONS.map((c) => c.name)).size, CONSTRUCTIONS.length, 'handler names are distinct');
  });

  it('each have a test file', () => {
    for (const f of handlerFiles()) assert.ok(existsSync(path.join(REPO_ROOT, 'test', 'unit', 'constructions', `${f}.test.ts`)), `test/unit/constructions/${f}.test.ts`);
  });
});
