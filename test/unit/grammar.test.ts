// Tokenizes real article lines with the shipped TextMate grammar (vscode-textmate + oniguruma, as VS Code does).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vsctm from 'vscode-textmate';
import * as oniguruma from 'vscode-oniguruma';

const root = path.resolve(__dirname, '..', '..', '..');
let grammar: vsctm.IGrammar;

interface Tok { line: number; start: number; end: number; text: string; scopes: string[] }

function tokenize(text: string): Tok[] {
  const out: Tok[] = [];
  let stack = vsctm.INITIAL;
  text.split('\n').forEach((line, n) => {
    const r = grammar.tokenizeLine(line, stack);
    for (const t of r.tokens) {
      out.push({ line: n, start: t.startIndex, end: Math.min(t.endIndex, line.length), text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes });
    }
    stack = r.ruleStack;
  });
  return out;
}

/** Scopes of every token covering `needle` on the line containing it (occurrence-th match). */
function scopesOf(text: string, needle: string, occurrence = 1): string[][] {
  const lines = text.split('\n');
  let seen = 0;
  for (let n = 0; n < lines.length; n++) {
    let from = 0;
    for (;;) {
      const at = lines[n].indexOf(needle, from);
      if (at < 0) break;
      if (++seen === occurrence) {
        const toks = tokenize(text).filter((t) => t.line === n && t.end > at && t.start < at + needle.length);
        return toks.map((t) => t.scopes);
      }
      from = at + 1;
    }
  }
  throw new Error(`"${needle}" not in text`);
}

function assertScope(text: string, needle: string, scope: string, occurrence = 1): void {
  const all = scopesOf(text, needle, occurrence);
  for (const s of all) assert.ok(s.some((x) => x === scope || x.startsWith(scope + '.')), `"${needle}" should be ${scope}, got ${JSON.stringify(all)}`);
}

function assertNoScope(text: string, needle: string, scope: string, occurrence = 1): void {
  const all = scopesOf(text, needle, occurrence);
  for (const s of all) assert.ok(!s.some((x) => x === scope || x.startsWith(scope + '.')), `"${needle}" should not be ${scope}, got ${JSON.stringify(all)}`);
}

describe('article grammar', () => {
  before(async () => {
    const wasm = fs.readFileSync(path.join(root, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const registry = new vsctm.Registry({
      onigLib: Promise.resolve({ createOnigScanner: (p) => new oniguruma.OnigScanner(p), createOnigString: (s) => new oniguruma.OnigString(s) }),
      loadGrammar: async (scopeName) => {
        if (scopeName !== 'text.article') return null;
        const file = path.join(root, 'syntaxes', 'article.tmLanguage.json');
        return vsctm.parseRawGrammar(fs.readFileSync(file, 'utf8'), file);
      },
    });
    const g = await registry.loadGrammar('text.article');
    if (!g) throw new Error('grammar did not load');
    grammar = g;
  });

  it('is registered for the article language in package.json', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
    const entry = pkg.contributes.grammars.find((x: { language: string }) => x.language === 'article');
    assert.strictEqual(entry.scopeName, 'text.article');
    assert.ok(fs.existsSync(path.join(root, entry.path)));
  });

  it('scopes a short first line as the headline, not a first paragraph', () => {
    const headed = 'Putin and Xi pledge closer military ties\n\nBy Jane Doe\n';
    assertScope(headed, 'Putin and Xi pledge', 'markup.heading');
    const seed = fs.readFileSync(path.join(root, 'examples', 'seed-putin-xi-videoconference.article'), 'utf8');
    assertNoScope(seed, 'In the United States', 'markup.heading');
  });

  it('scopes a "# " line as a headline anywhere in the draft', () => {
    const text = 'Some intro paragraph.\n\n# Putin and Xi Jinping meeting\n';
    assertScope(text, '#', 'punctuation.definition.heading');
    assertScope(text, 'Putin and Xi Jinping meeting', 'markup.heading');
    assertNoScope(text, 'Some intro', 'markup.heading');
  });

  it('scopes a short standalone line as a subhead, but not sentences or quoted lines', () => {
    const seed = fs.readFileSync(path.join(root, 'examples', 'seed-putin-xi-videoconference.article'), 'utf8');
    assertScope(seed, 'Putin and Xi Jinping meeting', 'markup.heading.subhead');
    assertNoScope(seed, 'Yesterday, Friday, Putin met', 'markup.heading');
    assertNoScope(seed, 'He added that the visit', 'markup.heading');
    const text = 'Intro paragraph.\n\nThe minister said "no comment" today\n\nReaction in Moscow\n';
    assertNoScope(text, 'The minister said', 'markup.heading');
    assertScope(text, 'Reaction in Moscow', 'markup.heading.subhead');
  });

  it('scopes bylines and datelines', () => {
    const text = 'Headline here\n\nBy Jane Doe and Pat O’Neill\n\nMOSCOW, Dec. 30 (Reuters) — Russian President Vladimir Putin said on Friday...\n\nWASHINGTON — The State Department said.\n';
    assertScope(text, 'By', 'keyword.other.byline');
    assertScope(text, 'Jane Doe and Pat O’Neill', 'entity.name.type.author');
    assertScope(text, 'MOSCOW, Dec. 30 (Reuters)', 'markup.bold.dateline');
    assertNoScope(text, 'Russian President', 'markup.bold.dateline');
    assertScope(text, 'WASHINGTON', 'markup.bold.dateline');
    const notByline = 'Headline\n\nBy the end of the year, prices rose.\n';
    assertNoScope(notByline, 'By the end', 'meta.byline');
  });

  it('scopes the Wikinews date line as a dateline', () => {
    const wikinews = 'Saturday, January 5, 2019 \n\nA fire yesterday afternoon killed five girls.\n';
    assertScope(wikinews, 'Saturday, January 5, 2019', 'markup.bold.dateline');
    assertNoScope(wikinews, 'A fire yesterday', 'markup.bold.dateline');
  });

  it('scopes straight and curly double quotes in the seed article, with their marks', () => {
    const seed = fs.readFileSync(path.join(root, 'examples', 'seed-putin-xi-videoconference.article'), 'utf8');
    assertScope(seed, 'claims neutrality, but its actions clearly indicate', 'string.quoted.double');
    assertScope(seed, '"', 'punctuation.definition.string.begin', 1); // the mark before "claims"
    assertScope(seed, '"', 'punctuation.definition.string.end', 2);
    assertNoScope(seed, 'A US State Department spokesman said that Beijing', 'string.quoted');
    assertNoScope(seed, 'adding that Washington is', 'string.quoted');
    assertScope(seed, 'closely monitoring Beijing\'s activities.', 'string.quoted.double');
    const curly = 'Duda wrote “May God protect their parents and loved ones.” He left.\n';
    assertScope(curly, 'May God protect', 'string.quoted.double');
    assertScope(curly, '“', 'punctuation.definition.string.begin');
    assertScope(curly, '”', 'punctuation.definition.string.end');
    assertNoScope(curly, 'He left', 'string.quoted');
  });

  it('scopes nested single quotes but not apostrophes', () => {
    const text = 'He said: "They called it \'a historic step\', and Russia\'s partners agreed." Then he left.\n';
    assertScope(text, 'a historic step', 'string.quoted.single');
    assertNoScope(text, 's partners agreed', 'string.quoted.single');
    assertScope(text, 's partners agreed', 'string.quoted.double');
    assertNoScope(text, 'Then he left', 'string.quoted');
    const curly = 'She said, “The minister’s phrase was ‘no comment’ all week.”\n';
    assertScope(curly, 'no comment', 'string.quoted.single');
    assertNoScope(curly, 's phrase was', 'string.quoted.single');
    assertNoScope(curly, 'all week', 'string.quoted.single');
    assertScope(curly, 'all week', 'string.quoted.double');
  });

  it('ends an unclosed quotation at the end of its paragraph', () => {
    const text = '"This quote runs on to the next paragraph\n\nThe next paragraph is plain.\n';
    assertScope(text, 'This quote runs', 'string.quoted.double');
    assertNoScope(text, 'The next paragraph', 'string.quoted');
  });

  it('scopes TK placeholders, also inside quotes, but not inside words', () => {
    const text = 'The fire killed TK people, officials said "TKTK more".\nTKO and ATKINS are words.\n';
    assertScope(text, 'TK', 'invalid.illegal.placeholder.tk');
    assertScope(text, 'TKTK', 'invalid.illegal.placeholder.tk');
    assertScope(text, 'TKTK', 'string.quoted.double');
    assertNoScope(text, 'TKO', 'invalid.illegal');
    assertNoScope(text, 'ATKINS', 'invalid.illegal');
  });

  it('scopes [[editor notes]] as comments, including the sourced marker', () => {
    const text = 'China has so far been careful [[check with desk]] not to help. Beijing said so [[sourced]].\n';
    assertScope(text, '[[check with desk]]', 'comment.block.editor-note');
    assertScope(text, '[[', 'punctuation.definition.comment.begin');
    assertScope(text, '[[sourced]]', 'comment.block.editor-note');
    assertNoScope(text, 'not to help', 'comment');
  });
});
