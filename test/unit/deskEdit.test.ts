// "Add to house names" writes into the desk's .copydesk.json: only the names list changes; the
// comments and the rest of the file stay; a file that is not JSON is left for the user to fix.
import * as assert from 'node:assert/strict';
import { addHouseName } from '../../src/core/deskEdit';
import { parseConfig } from '../../src/core/deskConfig';

const names = (text: string | undefined): string[] | undefined => (text === undefined ? undefined : parseConfig('/d/.copydesk.json', text).config.names);

describe('addHouseName()', () => {
  it('creates a config holding the name when there is none', () => {
    assert.deepEqual(names(addHouseName(undefined, 'Xi Jinping')), ['Xi Jinping']);
    assert.deepEqual(names(addHouseName('  ', 'Xi Jinping')), ['Xi Jinping']);
  });

  it('appends to an existing list, keeping comments, trailing commas and other keys', () => {
    const text = '// house rules\n{\n  "severity": { "tk": "error" }, // strict\n  "names": ["Xi Jinping", /* PM */ "Keir Starmer",],\n}\n';
    const out = addHouseName(text, 'Volodymyr Zelenskyy') ?? '';
    assert.deepEqual(names(out), ['Xi Jinping', 'Keir Starmer', 'Volodymyr Zelenskyy']);
    assert.ok(out.startsWith('// house rules\n{\n  "severity": { "tk": "error" }, // strict\n'));
    assert.ok(out.includes('/* PM */'));
    assert.deepEqual(parseConfig('/d/.copydesk.json', out).problems, []);
  });

  it('fills an empty list, adds the key to an object without it, and escapes quotes', () => {
    assert.deepEqual(names(addHouseName('{ "names": [] }', 'A "B" C')), ['A "B" C']);
    const out = addHouseName('{\n  "root": true // stop here\n}\n', 'Xi Jinping') ?? '';
    assert.deepEqual(names(out), ['Xi Jinping']);
    assert.equal(parseConfig('/d/.copydesk.json', out).config.root, true);
    assert.deepEqual(names(addHouseName('{}', 'Xi Jinping')), ['Xi Jinping']);
  });

  it('leaves the text as it is when the name is listed, and refuses a file that is not a JSON object', () => {
    const text = '{ "names": ["Xi Jinping"] }';
    assert.equal(addHouseName(text, 'Xi Jinping'), text);
    assert.equal(addHouseName('{ "names": ', 'Xi Jinping'), undefined);
    assert.equal(addHouseName('[1]', 'Xi Jinping'), undefined);
    assert.equal(addHouseName('{ "names": "Xi" }', 'Xi Jinping'), undefined);
  });
});
