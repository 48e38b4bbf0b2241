// Source noun phrases: where the source of a cue is written, and who it is (a named person's
// fullest name, an organisation, an unnamed source as written, or a resolved pronoun).
import { Tokens } from './nlp';
import { Names } from './names';
import { ANONYMOUS_HEADS, PRONOUN_ANY, SOURCE_NOUNS } from './lexicon';

export interface Source {
  speaker: string;
  /** Cluster index when the source is a known name. */
  cluster: number;
  anonymous: boolean;
  /** Token range where the source is written. */
  ts: number;
  te: number;
  person: boolean;
}

/** What an organisation publishes through: "the WHO's website" speaks for the WHO. */
const MEDIA_OF = new Set(['website', 'statement', 'account', 'page', 'report', 'release', 'blog', 'office', 'twitter', 'feed', 'site']);

const NP_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'NUM', 'PART']);
const NP_JOIN = new Set(['of', 'for', 'from', 'at', 'in', 'and', '&']);

/** Noun-phrase material; a capitalised word counts whatever wink tagged it ("the Associated Press"). */
const npTok = (t: Tokens, i: number): boolean =>
  NP_POS.has(t.pos[i]) || SOURCE_NOUNS.has(t.low[i]) ||
  (t.pos[i] !== 'PUNCT' && t.pos[i] !== 'SPACE' && t.pos[i] !== 'PRON' && /^\p{Lu}/u.test(t.val[i]) && t.low[i] !== 'according');

export const isWordTok = (t: Tokens, i: number): boolean => t.pos[i] !== 'PUNCT' && t.pos[i] !== 'SPACE';

/** Noun phrase ending at token `e` (exclusive), walking left. Returns its first token or -1. */
export function npLeft(t: Tokens, e: number, lo: number): number {
  let a = e;
  while (a > lo && e - a < 16) {
    const k = a - 1;
    const p = t.pos[k];
    if (npTok(t, k) || (p === 'PUNCT' && (t.val[k] === '-' || t.val[k] === '.') && t.start[k + 1] === t.end[k])) a = k;
    else if (p === 'X' && t.start[k + 1] === t.end[k]) a = k;
    else if (t.val[k] === ')' && a < e) {
      // "the World Health Organization (WHO) told": step over a short parenthesis.
      let j = k - 1;
      while (j > lo && k - j < 8 && t.val[j] !== '(') j--;
      if (t.val[j] !== '(' || j <= lo) break;
      a = j;
    } else if (NP_JOIN.has(t.low[k]) && k > lo && NP_POS.has(t.pos[k - 1]) && t.pos[k - 1] !== 'DET') a = k;
    else break;
  }
  // A phrase may not start with a joiner, a possessive or a parenthesis.
  while (a < e && (NP_JOIN.has(t.low[a]) || t.pos[a] === 'PART' || t.val[a] === '(')) a++;
  if (a >= e) return -1;
  for (let i = a; i < e; i++) if (t.pos[i] === 'PROPN' || t.pos[i] === 'NOUN' || t.pos[i] === 'NUM') return a;
  return -1;
}

/** Noun phrase starting at token `s`, walking right. Returns its end (exclusive) or -1. */
export function npRight(t: Tokens, s: number, hi: number): number {
  let e = s;
  // "his son Abhijit Mukherjee": a possessive pronoun may open the phrase.
  if (e < hi && /^(his|her|their|its|our)$/.test(t.low[e])) e++;
  while (e < hi && e - s < 18) {
    const p = t.pos[e];
    if (npTok(t, e) && !(p === 'PART' && t.low[e] !== "'s" && t.low[e] !== '’s')) e++;
    else if ((p === 'X' || p === 'PUNCT' && (t.val[e] === '-' || t.val[e] === '.')) && e > s && t.start[e] === t.end[e - 1]) e++;
    else if (NP_JOIN.has(t.low[e]) && e > s && e + 1 < hi && (t.pos[e + 1] === 'PROPN' || t.pos[e + 1] === 'DET' || t.pos[e + 1] === 'NOUN' || t.pos[e + 1] === 'ADJ')) e++;
    else break;
  }
  while (e > s && (NP_JOIN.has(t.low[e - 1]) || t.pos[e - 1] === 'DET' || t.pos[e - 1] === 'PUNCT')) e--;
  for (let i = s; i < e; i++) if (t.pos[i] === 'PROPN' || t.pos[i] === 'NOUN' || /^\p{Lu}/u.test(t.val[i])) return e;
  return -1;
}

export interface Resolver {
  /** Most recent person speaker, for he/she. */
  lastPerson: Source | null;
  lastPersonPara: number;
  /** Most recent non-person speaker, for they/it. */
  lastGroup: Source | null;
  lastGroupPara: number;
  /** The person named last before a text offset. */
  personBefore: (offset: number) => { cluster: number; at: number } | null;
}

export function newResolver(personBefore: Resolver['personBefore']): Resolver {
  return { lastPerson: null, lastPersonPara: -9, lastGroup: null, lastGroupPara: -9, personBefore };
}

/** Who a source phrase names. Returns null when the phrase cannot be a source. */
export function sourceOf(t: Tokens, text: string, names: Names, a: number, e: number, r: Resolver, para: number): Source | null {
  if (e - a === 1 && t.pos[a] === 'PRON') {
    const p = t.low[a];
    if (!PRONOUN_ANY.has(p)) return null;
    if (p === 'he' || p === 'she') {
      // A person who already spoke in this paragraph keeps the floor; otherwise the person named
      // last before the pronoun; failing that, the last person who spoke.
      const near = r.personBefore(t.start[a]);
      const who = r.lastPerson && r.lastPersonPara === para ? r.lastPerson : near && t.start[a] - near.at < 1500 ? personSource(names, near.cluster, a, e) : r.lastPerson;
      return who ? { ...who, ts: a, te: e } : null;
    }
    if (p === 'they' || p === 'it') {
      const who = r.lastGroup && para - r.lastGroupPara <= 2 ? r.lastGroup : null;
      return who ? { ...who, ts: a, te: e } : null;
    }
    return null;
  }
  // A named person in the phrase is the source: the last one ("Scripps Oceanography director
  // Margaret Leinen"), unless "of" follows a name ("Cardinal Marc Ouellet of the Holy See").
  let person = -1;
  for (let i = a; i < e; i++) {
    if (t.low[i] === 'of' && person >= 0) break;
    const c = names.clusterAt[i];
    if (c >= 0 && names.clusters[c].kind === 'person') person = c;
  }
  if (person >= 0) return personSource(names, person, a, e);
  let head = -1;
  for (let i = e - 1; i >= a; i--) if (t.pos[i] === 'NOUN' || t.pos[i] === 'PROPN') { head = i; break; }
  if (head < 0) return null;
  // Only the head phrase: "a team from the University of Hawaii" keeps its tail, but a source
  // never starts with a possessive pronoun's owner dropped.
  const written = text.slice(t.start[a], t.end[e - 1]).replace(/\s+/g, ' ');
  const headLow = t.low[head];
  let hasPropn = false;
  for (let i = a; i < e; i++) if (t.pos[i] === 'PROPN') hasPropn = true;
  const described = describedPerson(t, names, a, e, head, r);
  if (described >= 0) return personSource(names, described, a, e);
  if (!hasPropn && !SOURCE_NOUNS.has(headLow) && !SOURCE_NOUNS.has(headLow.replace(/s$/, ''))) return null;
  let orgCluster = -1;
  let nameOnly = true;
  for (let i = a; i < e; i++) {
    if (names.clusterAt[i] >= 0) orgCluster = names.clusterAt[i];
    else if (!(i === a && t.pos[i] === 'DET') && !(orgCluster >= 0 && MEDIA_OF.has(t.low[i])) && !(t.pos[i] === 'PART')) nameOnly = false;
  }
  // "the WHO's situation report": the organisation speaks through what it publishes.
  for (let i = a; i + 1 < e; i++) {
    const c = names.clusterAt[i];
    if (c >= 0 && names.clusterAt[i + 1] !== c && (t.low[i + 1] === "'s" || t.low[i + 1] === '’s') && names.clusters[c].kind === 'organisation') {
      return { speaker: names.clusters[c].name, cluster: c, anonymous: false, ts: a, te: e, person: false };
    }
  }
  // "the WHO", "the WHO's website": the organisation as the article first named it.
  if (orgCluster >= 0 && nameOnly) return { speaker: names.clusters[orgCluster].name, cluster: orgCluster, anonymous: false, ts: a, te: e, person: false };
  const anonymous = ANONYMOUS_HEADS.has(headLow) && t.pos[head] === 'NOUN';
  return { speaker: written, cluster: orgCluster, anonymous, ts: a, te: e, person: false };
}

function personSource(names: Names, c: number, a: number, e: number): Source {
  return { speaker: names.clusters[c].name, cluster: c, anonymous: false, ts: a, te: e, person: true };
}

/** "the Russian president", "the judge": a person whose role the article gave, most recent first. */
function describedPerson(t: Tokens, names: Names, a: number, e: number, head: number, r: Resolver): number {
  if (t.pos[a] !== 'DET' || t.low[a] === 'a' || t.low[a] === 'an' || t.pos[head] !== 'NOUN') return -1;
  const words: string[] = [];
  for (let i = a + 1; i < e; i++) if (t.pos[i] !== 'PUNCT') words.push(t.low[i]);
  let best = -1;
  let bestScore = 0;
  const seen = new Set<number>();
  for (const w of words) for (const c of names.roleIndex.get(w) ?? []) seen.add(c);
  for (const c of seen) {
    const cl = names.clusters[c];
    if (!cl.mentions.length || cl.mentions[0].start > t.start[a]) continue;
    let score = 0;
    for (const w of words) if (cl.roleWords.has(w)) score += w === t.low[head] ? 1 : 2;
    if (score > bestScore || (score === bestScore && score > 0 && c === r.lastPerson?.cluster)) {
      best = c;
      bestScore = score;
    }
  }
  return bestScore >= 2 || (bestScore >= 1 && words.length === 1) ? best : -1;
}
