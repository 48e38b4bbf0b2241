// Analysis.names, written from the guidelines' "people" section: one entry per person with the
// fullest name, every mention clustered to it (surname, title + surname), the role as written,
// people sharing a surname kept apart, and likely misspellings listed on the right entry.
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../src/core';
import type { Analysis, NameEntry } from '../../src/core';
import { ARTICLES_DIR } from './helpers';

const show = (a: Analysis): string =>
  a.names.map((n) => `  ${JSON.stringify(n.name)} role=${JSON.stringify(n.role)} mentions=${JSON.stringify(n.mentions.map((m) => m.text))} misspellings=${JSON.stringify(n.misspellings.map((m) => m.text))}`).join('\n') || '  (no names)';

function nameOf(a: Analysis, name: string): NameEntry {
  const n = a.names.find((x) => x.name === name);
  if (!n) assert.fail(`no name entry ${JSON.stringify(name)}; found:\n${show(a)}`);
  return n;
}

/** Every mention and misspelling span holds exactly its own text. */
function assertMentionOffsets(a: Analysis, text: string): void {
  for (const n of a.names) {
    for (const m of [...n.mentions, ...n.misspellings]) {
      assert.equal(text.slice(m.start, m.end), m.text, `mention of ${JSON.stringify(n.name)} at ${m.start}..${m.end}`);
    }
  }
}

/** Start offsets of every whole-word occurrence of `word` in `text`. */
function occurrences(text: string, word: string): number[] {
  const out: number[] = [];
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${word}(?![\\p{L}\\p{N}])`, 'gu');
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(m.index);
  return out;
}

function readArticle(file: string): string | null {
  const p = path.join(ARTICLES_DIR, file);
  return existsSync(p) ? readFileSync(p, 'utf8') : null;
}

describe('analyze(): names', () => {
  it('clusters a recurring person under the fullest name, with the title as role', () => {
    const text =
      'Russian President Vladimir Putin met Chinese leader Xi Jinping by video link on Friday. Putin said the talks had been useful. Later that day, Putin spoke to reporters in Moscow.';
    const a = analyze(text);
    const putin = nameOf(a, 'Vladimir Putin');
    assert.equal(putin.kind, 'person');
    assert.ok(putin.mentions.length >= 2, `at least two mentions:\n${show(a)}`);
    assert.deepEqual(
      putin.mentions.map((m) => m.start).filter((s) => text.startsWith('Putin', s) || text.startsWith('Vladimir Putin', s)).length,
      putin.mentions.length,
      'every mention is a form of the name',
    );
    // All three bare/full "Putin" occurrences belong to this one entry.
    const putinStarts = occurrences(text, 'Putin');
    for (const s of putinStarts) {
      assert.ok(putin.mentions.some((m) => m.start <= s && m.end >= s + 'Putin'.length), `"Putin" at ${s} is a mention of Vladimir Putin:\n${show(a)}`);
    }
    assert.match(putin.role ?? '(null)', /President/);
    assert.equal(a.names.filter((n) => /Putin/.test(n.name)).length, 1, `one entry for Putin:\n${show(a)}`);
    assertMentionOffsets(a, text);
  });

  it('takes an appositive after the name as the role', () => {
    const text =
      'The newspaper quoted Alexander Gabov, a researcher specializing in Sino-Russian relations, as saying that the partnership was unequal. Gabov believes China is taking advantage.';
    const a = analyze(text);
    const g = nameOf(a, 'Alexander Gabov');
    assert.equal(g.role, 'a researcher specializing in Sino-Russian relations');
    assert.equal(g.mentions.length, 2, `two mentions:\n${show(a)}`);
    assertMentionOffsets(a, text);
  });

  it('keeps two people who share a surname apart; the bare surname goes to the one named most', () => {
    // Names lists recurring names (two mentions or more), so each Mukherjee is named twice here.
    const text =
      'Former president Pranab Mukherjee died on Monday, his son Abhijit Mukherjee said. Pranab Mukherjee was 84. Abhijit Mukherjee thanked the hospital staff. Mukherjee had been in hospital since August 10.';
    const a = analyze(text);
    const pranab = nameOf(a, 'Pranab Mukherjee');
    const abhijit = nameOf(a, 'Abhijit Mukherjee');
    assert.notEqual(pranab, abhijit);
    const bare = text.lastIndexOf('Mukherjee had been');
    assert.ok(pranab.mentions.some((m) => m.start === bare), `the bare "Mukherjee" is Pranab's:\n${show(a)}`);
    assert.deepEqual(
      abhijit.mentions.map((m) => m.start),
      occurrences(text, 'Abhijit Mukherjee'),
      `Abhijit's mentions are exactly his two full-name mentions:\n${show(a)}`,
    );
    assert.deepEqual(pranab.mentions.map((m) => m.text), ['Pranab Mukherjee', 'Pranab Mukherjee', 'Mukherjee'], show(a));
    assertMentionOffsets(a, text);
  });

  it('keeps "Mr Bhatti" apart from his sister Farah Bhatti: a courtesy title of the other gender is another person', () => {
    const text = 'Mr Bhatti\'s sister, Farah Bhatti, read a statement. "Today we have some justice," she said. Mr Bhatti died in March. Farah Bhatti thanked the police.';
    const a = analyze(text);
    const farah = nameOf(a, 'Farah Bhatti');
    assert.deepEqual(farah.mentions.map((m) => m.text), ['Farah Bhatti', 'Farah Bhatti'], show(a));
    assert.equal(a.quotes[0].speaker, 'Farah Bhatti');
    assertMentionOffsets(a, text);
  });

  it('real article: the bare "Mukherjee" is Pranab; Abhijit and Sharmistha Mukherjee are not merged into him', function () {
    const text = readArticle('2020-09-03-former-president-of-india-pranab-mukherjee-dies-aged-84.txt');
    if (text === null) this.skip();
    const a = analyze(text);
    const pranab = nameOf(a, 'Pranab Mukherjee');
    for (const other of ['Abhijit Mukherjee', 'Sharmistha Mukherjee']) {
      const at = text.indexOf(other);
      const owners = a.names.filter((n) => n.mentions.some((m) => m.start < at + other.length && m.end > at));
      assert.ok(!owners.includes(pranab), `${other} is not a mention of Pranab Mukherjee:\n${show(a)}`);
    }
    // Every bare "Mukherjee" (not after Abhijit/Sharmistha) is Pranab.
    for (const s of occurrences(text, 'Mukherjee')) {
      const before = text.slice(Math.max(0, s - 11), s);
      if (/(Abhijit|Sharmistha) $/.test(before)) continue;
      if (/Pranab $/.test(before)) continue;
      assert.ok(pranab.mentions.some((m) => m.start <= s && m.end >= s + 9), `"Mukherjee" at ${s} (${JSON.stringify(text.slice(s - 20, s + 9))}) is Pranab:\n${show(a)}`);
    }
    assertMentionOffsets(a, text);
  });

  it('lists a suspected misspelling on the right entry (Brudziński / Brudzinski)', () => {
    const text =
      'Interior Minister Joachim Brudziński ordered fire safety checks on escape rooms across Poland. In addition to the inspections Brudzinski also ordered the installation of safety improvements at the facilities.';
    const a = analyze(text);
    const b = nameOf(a, 'Joachim Brudziński');
    const at = text.indexOf('Brudzinski');
    assert.ok(b.misspellings.some((m) => m.start === at && m.text === 'Brudzinski'), `"Brudzinski" is listed as a misspelling:\n${show(a)}`);
    assert.match(b.role ?? '(null)', /Interior Minister/);
    assert.equal(a.names.filter((n) => /Brudzi/.test(n.name)).length, 1, `one entry for the minister:\n${show(a)}`);
    assertMentionOffsets(a, text);
  });

  it('real article (Koszalin escape room fire): Brudzinski is a misspelling of Brudziński; Duda clustered', function () {
    const text = readArticle('2019-01-05-escape-room-fire-kills-five-teen-girls-in-koszalin-poland.txt');
    if (text === null) this.skip();
    const a = analyze(text);
    const b = nameOf(a, 'Joachim Brudziński');
    assert.ok(b.misspellings.some((m) => m.text === 'Brudzinski' && m.start === text.indexOf('Brudzinski')), `misspelling listed:\n${show(a)}`);
    const duda = nameOf(a, 'Andrzej Duda');
    assert.match(duda.role ?? '(null)', /President/);
    assert.equal(duda.mentions.length, 2, `Andrzej Duda + Duda:\n${show(a)}`);
    const kosiec = nameOf(a, 'Monika Kosiec');
    assert.equal(kosiec.mentions.length, 2, `Monika Kosiec + Kosiec:\n${show(a)}`);
    assertMentionOffsets(a, text);
  });

  it('joins a given name with two letters swapped to the full name, as a misspelling; not a different name', () => {
    const text = 'Tom Reed is survived by his wife Dierdre Coleman. "Deirdre was his rock," a friend said. Maria Lopez spoke. Mario said little.';
    const a = analyze(text);
    const d = nameOf(a, 'Dierdre Coleman');
    assert.deepEqual(d.misspellings.map((m) => m.text), ['Deirdre'], show(a));
    assert.equal(a.names.find((n) => n.name === 'Maria Lopez')?.misspellings.length ?? 0, 0, `"Mario" is no misspelling of Maria:\n${show(a)}`);
    assertMentionOffsets(a, text);
  });

  it('takes the names listed after a kinship noun as people: "their two sons Wyatt and Zachary"', () => {
    const text = 'Imus is survived by their two sons Wyatt and Zachary, and four daughters, Nadine and Toni. He loved watching Wyatt ride and supported Zachary.';
    const a = analyze(text);
    assert.equal(nameOf(a, 'Wyatt').mentions.length, 2, show(a));
    assert.equal(nameOf(a, 'Zachary').mentions.length, 2, show(a));
    assertMentionOffsets(a, text);
  });

  it('takes a caption credit as a person, in any script ("Image: C.Suthorn.", "Photo: Дмитрий Кошелев.")', () => {
    const text = 'Flags at the march. Image: C.Suthorn.\n\nThe stage. Image: C.Suthorn.\n\nThe winners. Photo: Дмитрий Кошелев.\n\nThe jury. Photo: Дмитрий Кошелев.';
    const a = analyze(text);
    assert.equal(nameOf(a, 'C.Suthorn').mentions.length, 2, show(a));
    assert.equal(nameOf(a, 'Дмитрий Кошелев').mentions.length, 2, show(a));
    assertMentionOffsets(a, text);
  });
  it('takes a bare surname from a title-case headline as the person a later title names ("Hale Says ...", then "Mayor Hale")', () => {
    const text = 'Hale Says Bridge Will Reopen in Spring\n\nDUNMORE -- Mayor Hale said on Monday that the bridge would reopen. Ms. Hale said repairs were on schedule. She thanked the crews.';
    const a = analyze(text);
    const hale = nameOf(a, 'Hale');
    assert.equal(hale.mentions.length, 3, show(a));
    assert.deepEqual(a.quotes.filter((q) => q.kind === 'indirect').map((q) => q.speaker), ['Hale', 'Hale', 'Hale'], show(a));
    assertMentionOffsets(a, text);
  });
});
