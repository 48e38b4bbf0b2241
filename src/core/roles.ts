// Roles as the article gives them: a title run before the name ("Russian President Vladimir
// Putin"), modifiers before it ("pioneering oceanographer Walter Munk"), or an appositive
// after it ("Alexander Gabov, a researcher specializing in ...,") or before it ("his Chinese
// counterpart, Xi Jinping").
import { Tokens } from './nlp';
import { Names, NameMention } from './names';
import { COUNTERPART_NOUNS, TITLES, TITLE_MEANS } from './lexicon';
import { startsUpper } from './letters';

const MAX_APPOSITIVE = 14;
/** An appositive naming a kind of organisation: "a hiking group", "the local charity". */
const ORG_HEAD = /^(a|an|the)\b.*\b(group|company|charity|firm|nonprofit|non-profit|organi[sz]ation|association|union|club|band|party|coalition|network|agency|startup|retailer|manufacturer|chain|society|foundation)$/i;
/** Three letters in a row: a role is made of words. Hoisted like the tests in letters.ts. */
const THREE_LETTERS = /\p{L}{3,}/u;
/** What separates a role's words. */
const ROLE_SEPARATORS = /[^\p{L}-]+/u;
const STOP_LEFT = new Set(['DET', 'ADP', 'VERB', 'AUX', 'PUNCT', 'SPACE', 'CCONJ', 'SCONJ', 'PRON', 'PART', 'ADV']);

export function assignRoles(t: Tokens, text: string, names: Names): void {
  markEmployers(t, names);
  names.clusters.forEach((c, index) => {
    if (c.kind !== 'person') return;
    for (const m of c.mentions) {
      const role = roleAt(t, text, m, names);
      if (role) {
        // "Greenway Dunmore, a hiking group,": the appositive says what the name is.
        if (ORG_HEAD.test(role.trim())) {
          c.kind = 'organisation';
          return;
        }
        c.role = role;
        c.confirmed = true;
        c.roleWords = roleWords(role);
        for (const w of c.roleWords) names.roleIndex.set(w, [...(names.roleIndex.get(w) ?? []), index]);
        break;
      }
    }
  });
  inheritCounterparts(names);
}

/** The lower-case words of a role, each followed by what its title means. A plain loop: building
 * the set from flatMap and spread arrays cost three times as much. */
function roleWords(role: string): Set<string> {
  const out = new Set<string>();
  for (const w of role.toLowerCase().split(ROLE_SEPARATORS)) {
    if (!w) continue;
    out.add(w);
    for (const meant of TITLE_MEANS.get(w) ?? []) out.add(meant);
  }
  return out;
}

/** "Putin met his Chinese counterpart, Xi Jinping": a counterpart holds the same office, so "the
 * Chinese president" can find Xi. The office is the titles of the last person with a role before. */
function inheritCounterparts(names: Names): void {
  names.clusters.forEach((c, index) => {
    if (c.kind !== 'person' || ![...c.roleWords].some((w) => COUNTERPART_NOUNS.has(w)) || !c.mentions.length) return;
    const at = c.mentions[0].start;
    let other: (typeof names.clusters)[number] | undefined;
    for (const o of names.clusters) {
      if (o === c || o.kind !== 'person' || !o.role || !o.mentions.length || o.mentions[0].start > at) continue;
      if (!other || o.mentions[0].start > other.mentions[0].start) other = o;
    }
    for (const w of other?.roleWords ?? []) {
      if (!TITLES.has(w) || c.roleWords.has(w)) continue;
      c.roleWords.add(w);
      names.roleIndex.set(w, [...(names.roleIndex.get(w) ?? []), index]);
    }
  });
}

/** "Scripps Oceanography director Margaret Leinen", "Harbour Works spokeswoman Ann Lee": a name
 * right before a title that is followed by a person's name is where that person works, not a
 * person (unless a title says it is one). */
function markEmployers(t: Tokens, names: Names): void {
  for (const c of names.clusters) {
    if (c.kind !== 'person' || c.titled) continue;
    const employer = c.mentions.some((m) => {
      let j = m.te;
      while (j < t.n && j - m.te < 3 && TITLES.has(t.low[j]) && names.clusterAt[j] < 0) j++;
      const next = j < t.n ? names.clusterAt[j] : -1;
      return j > m.te && next >= 0 && names.clusters[next] !== c && names.clusters[next].kind === 'person';
    });
    if (employer) c.kind = 'organisation';
  }
}

function roleAt(t: Tokens, text: string, m: NameMention, names: Names): string | null {
  // Title and modifiers before the name.
  let k = m.ts - 1;
  // "President of Argentina Alberto Fernández": "of" inside a title run belongs to the role.
  while (k >= 0 && m.ts - k <= 6 && (!STOP_LEFT.has(t.pos[k]) || (t.low[k] === 'of' && k > 0 && startsUpper(t.val[k - 1]) && startsUpper(t.val[k + 1] ?? '')))) k--;
  // Keep "University of California, San Diego's chancellor" to its head: stop at a possessive.
  if (k + 1 < m.ts) {
    const role = text.slice(t.start[k + 1], t.end[m.ts - 1]).trim();
    // A role names a position: "opposite" or "fellow" next to a name is none.
    let noun = false;
    let title = false;
    for (let i = k + 1; i < m.ts; i++) {
      if (TITLES.has(t.low[i]) || TITLES.has(t.low[i].replace(/\.$/, ''))) title = true;
      else if (t.pos[i] === 'NOUN') noun = true;
    }
    if (title || (noun && THREE_LETTERS.test(role))) return role;
  }
  // Appositive after: ", a researcher specializing in ..., "
  const j = m.te;
  if (j < t.n && t.val[j] === ',' && j + 1 < t.n && (t.pos[j + 1] === 'DET' || t.pos[j + 1] === 'NOUN' || t.pos[j + 1] === 'ADJ' || t.pos[j + 1] === 'PRON')) {
    let e = j + 1;
    while (e < t.n && e - j <= MAX_APPOSITIVE && !/^[,.;:!?()"“”]$/.test(t.val[e]) && t.pos[e] !== 'SPACE') e++;
    if (e < t.n && t.val[e] === ',' && e > j + 1 && t.pos[j + 1] !== 'PRON') {
      const hasNoun = (() => { for (let i = j + 1; i < e; i++) if (t.pos[i] === 'NOUN') return true; return false; })();
      const hasVerbFirst = t.pos[j + 1] === 'VERB';
      if (hasNoun && !hasVerbFirst) return text.slice(t.start[j + 1], t.end[e - 1]);
    }
    if (t.pos[j + 1] === 'PRON' && /^(his|her|their)$/i.test(t.val[j + 1]) && e < t.n && t.val[e] === ',') {
      return text.slice(t.start[j + 1], t.end[e - 1]);
    }
  }
  // Appositive before: "his Chinese counterpart, Xi Jinping"
  if (m.runStart >= 2 && t.val[m.runStart - 1] === ',') {
    let s = m.runStart - 2;
    let hasNoun = false;
    // "the director of Norland's Red Cross, Oskar Lind": an "of" phrase may follow the head.
    // Names count whatever wink tagged their words ("Cross" as a verb).
    const proper = (i: number): boolean => t.pos[i] === 'PROPN' || names.clusterAt[i] >= 0;
    const inPhrase = (i: number): boolean =>
      t.pos[i] === 'NOUN' || t.pos[i] === 'ADJ' || proper(i) || t.low[i] === 'of' || ((t.low[i] === "'s" || t.low[i] === '’s') && proper(i - 1)) || (t.pos[i] === 'DET' && t.low[i - 1] === 'of');
    while (s >= 0 && m.runStart - s <= 10 && inPhrase(s)) {
      if (t.pos[s] === 'NOUN') hasNoun = true;
      s--;
    }
    if (hasNoun && s >= 0 && (t.pos[s] === 'DET' || /^(his|her|their|its)$/i.test(t.val[s]))) {
      return text.slice(t.start[s + 1], t.end[m.runStart - 2]);
    }
  }
  return null;
}
