// The extension manifest, language configuration and package contents agree with the code.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { DEFAULT_SEVERITY, FINDING_CODES } from '../../src/core/findings';
import { requireOrSkip } from './helpers';
import Ajv from 'ajv';
import { DESK_KEYS, parseConfig } from '../../src/core/deskConfig';
import { parseJsonc } from '../../src/core/jsonc';

const root = path.resolve(__dirname, '..', '..', '..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const contributed: { command: string; category?: string }[] = pkg.contributes.commands;

describe('extension manifest', () => {
  it('contributes every command the code registers, and only those, all in the Copydesk category', () => {
    // Most commands are in commands.ts; a feature's own command is registered in its file.
    const dir = path.join(root, 'src', 'editor');
    const src = fs.readdirSync(dir).filter((f) => f.endsWith('.ts')).map((f) => fs.readFileSync(path.join(dir, f), 'utf8')).join('\n');
    const registered = [...src.matchAll(/register(?:Command)?\('(copydesk\.[\w.]+)'/g)].map((m) => m[1]).sort();
    assert.ok(registered.length >= 10, `only ${registered.length} commands found in commands.ts`);
    assert.deepStrictEqual(contributed.map((c) => c.command).sort(), registered);
    for (const c of contributed) assert.strictEqual(c.category, 'Copydesk', c.command);
  });

  it('menus and views refer to contributed commands and views', () => {
    const ids = new Set(contributed.map((c) => c.command));
    for (const [menu, items] of Object.entries(pkg.contributes.menus as Record<string, { command: string }[]>)) {
      for (const item of items) assert.ok(ids.has(item.command), `${menu}: ${item.command}`);
    }
    const views = new Set(pkg.contributes.views.copydesk.map((v: { id: string }) => v.id));
    assert.deepStrictEqual([...views].sort(), ['copydesk.quotes', 'copydesk.sources']);
    for (const w of pkg.contributes.viewsWelcome) assert.ok(views.has(w.view), w.view);
    for (const m of (pkg.contributes.viewsWelcome[0].contents as string).matchAll(/\(command:([\w.]+)/g)) {
      assert.ok(ids.has(m[1]) || m[1].startsWith('workbench.'), m[1]);
    }
    assert.strictEqual(pkg.contributes.viewsContainers.activitybar[0].id, 'copydesk');
  });

  it('has resource-scoped settings whose finding kinds and default severities match the code', () => {
    const props = pkg.contributes.configuration.properties;
    for (const [key, p] of Object.entries(props as Record<string, { scope: string }>)) assert.strictEqual(p.scope, 'resource', key);
    assert.deepStrictEqual(props['copydesk.languages'].default, ['article']);
    assert.strictEqual(props['copydesk.debounce'].default, 300);
    assert.strictEqual(props['copydesk.maxDocumentSize'].default, 2097152);
    assert.deepStrictEqual(Object.keys(props['copydesk.severity'].properties).sort(), [...FINDING_CODES].sort());
    assert.deepStrictEqual(props['copydesk.severity'].default, DEFAULT_SEVERITY);
    assert.deepStrictEqual(Object.keys(props['copydesk.enabledFindings'].properties).sort(), [...FINDING_CODES].sort());
  });

  it('gives every colour a default for light, dark and high-contrast themes', () => {
    const src = fs.readFileSync(path.join(root, 'src', 'editor', 'decorations.ts'), 'utf8');
    const used = new Set([...src.matchAll(/color\('(copydesk\.\w+)'\)/g)].map((m) => m[1]));
    const declared = new Set(pkg.contributes.colors.map((c: { id: string }) => c.id));
    assert.deepStrictEqual([...used].sort(), [...declared].sort());
    for (const c of pkg.contributes.colors) for (const t of ['light', 'dark', 'highContrast', 'highContrastLight']) assert.match(c.defaults[t], /^#[0-9a-f]{6}([0-9a-f]{2})?$/i, `${c.id} ${t}`);
  });

  it('targets VS Code 1.90 or older, supports untrusted and virtual workspaces, and names an existing icon', () => {
    const m = /^\^1\.(\d+)\.\d+$/.exec(pkg.engines.vscode);
    assert.ok(m && Number(m[1]) <= 90, pkg.engines.vscode);
    // Untrusted workspaces work, minus the workspace's values of the settings that change cost.
    assert.strictEqual(pkg.capabilities.untrustedWorkspaces.supported, 'limited');
    const restricted: string[] = pkg.capabilities.untrustedWorkspaces.restrictedConfigurations;
    for (const key of ['copydesk.extraCues', 'copydesk.extraAnonymous', 'copydesk.maxDocumentSize', 'copydesk.debounce', 'copydesk.languages']) {
      assert.ok(restricted.includes(key), `${key} is restricted`);
      assert.ok(pkg.contributes.configuration.properties[key], `${key} is a contributed setting`);
    }
    assert.strictEqual(pkg.capabilities.virtualWorkspaces, true);
    const png = fs.readFileSync(path.join(root, pkg.icon));
    assert.strictEqual(png.readUInt32BE(16), 128);
    assert.strictEqual(png.readUInt32BE(20), 128);
    assert.ok(fs.readFileSync(path.join(root, 'media', 'copydesk.svg'), 'utf8').includes('currentColor'));
    assert.ok(!pkg.activationEvents.includes('*'), 'activation must stay lazy');
  });

  it('registers the article language for .article and .story with its configuration', () => {
    const lang = pkg.contributes.languages.find((l: { id: string }) => l.id === 'article');
    assert.deepStrictEqual(lang.extensions, ['.article', '.story']);
    assert.strictEqual(lang.aliases[0], 'Article Draft');
    assert.ok(fs.existsSync(path.join(root, lang.configuration)));
  });
});

describe('.copydesk.json schema', () => {
  const schema = JSON.parse(fs.readFileSync(path.join(root, 'schemas', 'copydesk.schema.json'), 'utf8'));
  it('is contributed through jsonValidation, and .copydesk.json is JSON with comments', () => {
    assert.deepStrictEqual(pkg.contributes.jsonValidation, [{ fileMatch: '.copydesk.json', url: './schemas/copydesk.schema.json' }]);
    assert.ok(pkg.contributes.languages.some((l: { id: string; filenames?: string[] }) => l.id === 'jsonc' && l.filenames?.includes('.copydesk.json')));
  });

  it('has the keys the config module reads, with every finding code', () => {
    assert.deepStrictEqual(Object.keys(schema.properties).filter((k) => k !== '$schema').sort(), [...DESK_KEYS].sort());
    assert.deepStrictEqual(Object.keys(schema.properties.severity.properties).sort(), [...FINDING_CODES].sort());
    assert.deepStrictEqual(Object.keys(schema.properties.enabledFindings.properties).sort(), [...FINDING_CODES].sort());
  });

  it('accepts the example desk config and rejects what the config module reports as a problem', () => {
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    const example = parseJsonc(fs.readFileSync(path.join(root, 'examples', 'desk', '.copydesk.json'), 'utf8')).value;
    assert.strictEqual(validate(example), true, JSON.stringify(validate.errors));
    for (const bad of [{ colour: 'red' }, { severity: { tk: 'loud' } }, { severity: { typo: 'error' } }, { names: 'Xi Jinping' }, { root: 'yes' }]) {
      assert.strictEqual(validate(bad), false, JSON.stringify(bad));
      assert.ok(parseConfig('/x/.copydesk.json', JSON.stringify(bad)).problems.length > 0, JSON.stringify(bad));
    }
  });

  it('says in the settings that a committed .copydesk.json wins', () => {
    for (const k of ['extraCues', 'extraAnonymous', 'severity', 'enabledFindings']) assert.match(pkg.contributes.configuration.properties[`copydesk.${k}`].markdownDescription, /\.copydesk\.json.*wins/, k);
  });
});

describe('language configuration', () => {
  const conf = JSON.parse(fs.readFileSync(path.join(root, 'language-configuration.json'), 'utf8'));
  it('keeps names with apostrophes and hyphens as one word', () => {
    const words = 'Pat O’Neill-Smith said “Jean-Luc’s plan” wasn\'t (final), TK.'.match(new RegExp(conf.wordPattern, 'g'));
    assert.deepStrictEqual(words, ['Pat', 'O’Neill-Smith', 'said', 'Jean-Luc’s', 'plan', 'wasn\'t', 'final', 'TK']);
  });
  it('auto-closes and surrounds with straight and curly quotes', () => {
    const closes = conf.autoClosingPairs.map((p: { open: string; close: string }) => p.open + p.close);
    for (const pair of ['""', '“”', '‘’']) assert.ok(closes.includes(pair), pair);
    const surrounds = conf.surroundingPairs.map((p: string[]) => p.join(''));
    for (const pair of ['""', '\'\'', '“”', '‘’']) assert.ok(surrounds.includes(pair), pair);
  });
});

describe('package contents', () => {
  it('ships the bundle, grammar and icons but no sources, tests, maps or node_modules', async function () {
    this.timeout(60000);
    requireOrSkip(this, fs.existsSync(path.join(root, 'dist', 'extension.js')), 'dist/extension.js (run `npm run build`)');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const vsce = require('@vscode/vsce') as { listFiles(o: { cwd: string; dependencies: boolean }): Promise<string[]> };
    const files = (await vsce.listFiles({ cwd: root, dependencies: false })).map((f) => f.replace(/\\/g, '/'));
    for (const f of ['docs/findings.md', 'schemas/copydesk.schema.json', 'package.json', 'dist/extension.js', 'dist/analyzerWorker.js', 'dist/web/extension.js', 'dist/web/analyzerWorker.js', 'syntaxes/article.tmLanguage.json', 'language-configuration.json', 'media/icon.png', 'media/copydesk.svg', 'LICENSE']) {
      assert.ok(files.includes(f), `${f} missing from the package: ${files.join(', ')}`);
    }
    for (const f of files) assert.ok(!/^(src|test|out|node_modules|scripts|scratch|examples)\/|\.map$|\.ts$/.test(f), `${f} should not be packaged`);
  });

  it('has a browser entry for VS Code for the Web whose bundles need no Node built-in', function () {
    assert.strictEqual(pkg.browser, './dist/web/extension.js');
    requireOrSkip(this, fs.existsSync(path.join(root, 'dist', 'web', 'extension.js')), 'dist/web/extension.js (run `npm run build`)');
    for (const f of ['extension.js', 'analyzerWorker.js']) {
      const code = fs.readFileSync(path.join(root, 'dist', 'web', f), 'utf8');
      const required = [...code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]);
      assert.deepStrictEqual([...new Set(required)].filter((r) => r !== 'vscode'), [], `${f} requires ${required.join(', ')}`);
      assert.ok(!/worker_threads|node:fs|__dirname/.test(code), `${f} refers to Node`);
    }
  });
});
