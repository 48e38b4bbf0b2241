// Source noun phrases: where the source of a cue is written, and who it is (a named person's
// fullest name, an organisation, an unnamed source as written, or a resolved pronoun).
import { Tokens } from './nlp';
import { Names, justName } from './names';
import {
  AFTER_HEAD, AGE_NOUNS, GENRE_WORDS, ANONYMOUS_HEADS, COMPARATIVES, COUNT_WORDS, CROWD_HEADS, DOCUMENT_NOUNS, GENERIC_ORG_NOUNS, KIN_GENDER, MEDIA_OF, MESSAGE_NOUNS, OBJECT_PRONOUNS, ORG_WORDS,
  PAIR_NOUNS, PEOPLE_HEADS, PERSON_NOUNS, PRONOUN_ANY, QUANTIFIER_PRONOUNS, SINGULAR_DETERMINERS, SOURCE_NOUNS, SPEAKS_FOR, SPONSOR_PARTICIPLES, STATEMENT_NOUNS, TITLES, TRADE_ENDINGS, TRADE_NOUNS,
} from './lexicon';
import { genderOf, nounAgrees, type PronounResolver } from './pronouns';
import { oneSpaced } from './spaces';
import { startsUpper } from './letters';

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

export interface Resolver {
  /** Most recent person speaker, for he/she. */
  lastPerson: Source | null;
  lastPersonPara: number;
  /** Most recent non-person speaker, for they/it. */
  lastGroup: Source | null;
  lastGroupPara: number;
  /** Token where the last person speaker's cue stood. */
  lastPersonAt: number;
  pronouns: PronounResolver;
  /** The draft and its tokens, for a source written out from a span. */
  text: string;
  t: Tokens;
}

export function newResolver(pronouns: PronounResolver, text: string, t: Tokens): Resolver {
  return { lastPerson: null, lastPersonPara: -9, lastPersonAt: -1, lastGroup: null, lastGroupPara: -9, pronouns, text, t };
}

/** Who a source phrase names. Returns null when the phrase cannot be a source. */
export function sourceOf(t: Tokens, text: string, names: Names, a: number, e: number, r: Resolver, para: number): Source | null {
  if (e - a === 1 && t.pos[a] === 'PRON') {
    // ("according to him", "by them": the object form names whom the subject form would.)
    const p = OBJECT_PRONOUNS.get(t.low[a]) ?? t.low[a];
    // "Some say", "Many said": unnamed people, as written.
    if (QUANTIFIER_PRONOUNS.has(p)) return { speaker: t.val[a], cluster: -1, anonymous: true, ts: a, te: e, person: false };
    if (!PRONOUN_ANY.has(p)) return null;
    if (p === 'he' || p === 'she') return personPronoun(names, r, a, e, p, para);
    if (p === 'they' || p === 'it') return groupPronoun(t, text, names, r, a, e, p, para);
    return null;
  }
  // "its website notes", "their statement said": the owner speaks through what it publishes.
  const owner = OWNER_PRONOUNS.get(t.low[a]);
  // ("his office said" is the office, written as the person's, below).
  // ("its press release": the kind of release is no part of it.)
  const media = e - a === 3 && GENRE_WORDS.has(t.low[a + 1]) ? a + 2 : a + 1;
  // "His objection was simple: ...": the owner of the words speaks them.
  if (owner && e - media === 1 && ((MEDIA_OF.has(t.low[media]) && t.low[media] !== 'office') || MESSAGE_NOUNS.has(t.low[media]))) {
    const who = owner === 'he' || owner === 'she' ? personPronoun(names, r, a, e, owner, para) : groupPronoun(t, text, names, r, a, e, owner, para);
    if (who) return who;
  }
  // "A lawyer for Albrecht", "an aide to Mayor Ann Hale": the unnamed person speaks for the named one.
  if (speaksFor(t, names, a, e)) {
    const byHead = headedSource(t, text, names, a, e, r, para);
    // ("The wife of Tom Reed": a relative, unnamed, as written.)
    return byHead ?? unnamed(text, t, a, e);
  }
  // "Chipmaker Intel said": the trade before a firm's name (wink and the name finder may read
  // "Chipmaker Intel" as a person's name).
  const trade = describedName(t, text, names, a, e);
  // A named person in the phrase is the source: the last one ("Scripps Oceanography director
  // Margaret Leinen"), unless "of" follows a name ("Cardinal Marc Ouellet of the Holy See").
  let person = -1;
  const people: number[] = [];
  let joined = false;
  for (let i = a; i < e; i++) {
    if (t.low[i] === 'of' && person >= 0) break;
    if (t.low[i] === 'and') joined = true;
    const c = names.clusterAt[i];
    if (c >= 0 && names.clusters[c].kind === 'person') {
      person = c;
      if (people[people.length - 1] !== c) people.push(c);
    }
  }
  // "Nadia Brook, Leo Marsh and Tom Reed said": the group speaks, named in full.
  if (joined && people.length >= 2 && new Set(people).size === people.length) {
    const full = people.map((c) => names.clusters[c].name);
    const speaker = `${full.slice(0, -1).join(', ')} and ${full[full.length - 1]}`;
    return { speaker, cluster: -1, anonymous: false, ts: a, te: e, person: false };
  }
  if (person >= 0 && !trade && (someoneOf(t, names, person, a, e) || peopleAt(t, a, e))) return unnamed(text, t, a, e);
  if (person >= 0 && !trade) return personSource(names, person, a, e);
  if (trade) return trade;
  const same = sameSource(t, r, a, e, para);
  if (same) return same;
  const aged = agedPerson(t, names, a, e);
  if (aged >= 0) return personSource(names, aged, a, e);
  const org = describedOrganisation(t, names, a, e);
  if (org >= 0) return orgSource(names, org, a, e);
  if (crowd(t, a, e)) return unnamed(text, t, a, e);
  const pair = PAIR_NOUNS.has(t.low[e - 1]) && t.low[a] === 'the' ? pairBefore(t, text, names, a) : null;
  if (pair) return { ...pair, ts: a, te: e };
  const byHead = headedSource(t, text, names, a, e, r, para);
  if (byHead !== undefined) return byHead;
  // The head is in the first part: "the death of the president" is a death, not a president.
  let cut = e;
  for (let i = a + 1; i < e; i++) if (t.pos[i] === 'ADP') {
    cut = i;
    break;
  }
  let head = -1;
  for (let i = cut - 1; i >= a && head < 0; i--) if (t.pos[i] === 'NOUN' || t.pos[i] === 'PROPN') head = i;
  for (let i = e - 1; i >= a && head < 0; i--) if (t.pos[i] === 'NOUN' || t.pos[i] === 'PROPN') head = i;
  if (head < 0) return null;
  // Only the head phrase: "a team from the University of Hawaii" keeps its tail, but a source
  // never starts with a possessive pronoun's owner dropped.
  const written = oneSpaced(text.slice(t.start[a], t.end[e - 1]));
  const headLow = t.low[head];
  let hasPropn = false;
  for (let i = a; i < e; i++) if (t.pos[i] === 'PROPN') hasPropn = true;
  const described = describedPerson(t, names, a, e, head);
  if (described >= 0) return personSource(names, described, a, e);
  const parent = familyMember(t, names, a, e);
  if (parent >= 0) return personSource(names, parent, a, e);
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
      return orgSource(names, c, a, e);
    }
  }
  // "the WHO", "the WHO's website": the organisation as the article first named it.
  if (orgCluster >= 0 && nameOnly) return orgSource(names, orgCluster, a, e);
  const anonymous = ANONYMOUS_HEADS.has(headLow) && commonNoun(t, names, head);
  return { speaker: written, cluster: orgCluster, anonymous, ts: a, te: e, person: false };
}

/** [a, e) as written, an unnamed source ("The wife of Tom Reed", "hundreds of protesters"). */
const unnamed = (text: string, t: Tokens, a: number, e: number): Source => ({ speaker: oneSpaced(text.slice(t.start[a], t.end[e - 1])), cluster: -1, anonymous: true, ts: a, te: e, person: false });

/** "Chipmaker Intel", "Airport operator NorthAir", "budget airline Ryanair": a description of a
 * firm's trade before its name (AP style) is no part of the name; the firm speaks. */
function describedName(t: Tokens, text: string, names: Names, a: number, e: number): Source | null {
  let m = t.pos[a] === 'DET' ? a + 1 : a;
  const from = m;
  // The first word may be capitalised (it opens the sentence); the others are common words.
  while (m < e && (t.pos[m] === 'NOUN' || t.pos[m] === 'ADJ' || (m === from && t.pos[m] === 'PROPN')) && (t.val[m] === t.low[m] || m === from)) m++;
  while (m > from + 1 && !isTrade(t.low[m - 1])) m--;
  if (m === from || m >= e || !isTrade(t.low[m - 1])) return null;
  for (let i = m; i < e; i++) if (t.pos[i] !== 'PROPN' || !startsUpper(t.val[i])) return null;
  const c = names.clusterAt[m];
  // A person's name that starts after the trade is a person: "Insurer chief Ann Hale".
  if (c >= 0 && names.clusters[c].kind === 'person' && names.clusterAt[m - 1] !== c) return null;
  const own = c >= 0 && names.clusterAt[e - 1] === c && names.clusterAt[m - 1] !== c ? c : -1;
  return { speaker: text.slice(t.start[m], t.end[e - 1]), cluster: own, anonymous: false, ts: a, te: e, person: false };
}

/** A noun of a trade: "operator", "carmaker", "airline". */
const isTrade = (w: string): boolean => TRADE_NOUNS.has(w) || TRADE_ENDINGS.some((x) => w.endsWith(x));

/** [a, e) is "a/the (modifiers) PERSON-NOUN for/to/of NAME": a person who speaks for, works for or
 * belongs to the named person ("a spokeswoman for Mayor Ann Hale", "the wife of Tom Reed"). Not
 * "the leader of the opposition Keir Hall", where the name follows a description. */
function speaksFor(t: Tokens, names: Names, a: number, e: number): boolean {
  if (t.pos[a] !== 'DET') return false;
  let p = a + 1;
  const personal = (w: string): boolean => PERSON_NOUNS.has(w) || KIN_GENDER.has(w);
  while (p < e && !personal(t.low[p]) && (t.pos[p] === 'ADJ' || t.pos[p] === 'NOUN' || t.pos[p] === 'PROPN')) p++;
  if (p + 2 > e || !personal(t.low[p]) || !SPEAKS_FOR.has(t.low[p + 1])) return false;
  const c = justName(t, names, p + 2, e);
  return c >= 0 && names.clusters[c].kind === 'person';
}

/** "Doctors at St Brigid's Hospital", "residents in Mount Hale": people and where they are, the
 * place named after the people (a name there is the place's, not a speaker's). */
function peopleAt(t: Tokens, a: number, e: number): boolean {
  for (let i = a + 1; i < e; i++) {
    if (t.pos[i] !== 'ADP') continue;
    const head = t.low[i - 1];
    // (People, not things: "eggs at Tunde Bakare" are thrown at him.)
    return (t.low[i] === 'at' || t.low[i] === 'in') && (PEOPLE_HEADS.has(head) || PERSON_NOUNS.has(head));
  }
  return false;
}

/** "Brandt's lawyer", "Hale's wife": the person's possessive names someone else, unnamed, who
 * speaks; the person's own words would be "Brandt said". */
function someoneOf(t: Tokens, names: Names, person: number, a: number, e: number): boolean {
  let last = -1;
  for (let i = a; i < e; i++) if (names.clusterAt[i] === person) last = i;
  if (last < 0 || last + 2 >= e || !(t.low[last + 1] === "'s" || t.low[last + 1] === '’s')) return false;
  // The head of what is owned, before any phrase of its own ("Hale's message to lawmakers").
  let head = '';
  for (let i = last + 2; i < e && t.pos[i] !== 'ADP'; i++) if (t.pos[i] === 'NOUN') head = t.low[i];
  return PERSON_NOUNS.has(head) || KIN_GENDER.has(head);
}

/** The head of a source phrase's first part decides: "data from X" is X; "a spokeswoman for the
 * school district", "A Harbour Works spokesman" are unnamed people as written. Undefined: no rule. */
function headedSource(t: Tokens, text: string, names: Names, a: number, e: number, r: Resolver, para: number): Source | null | undefined {
  let cut = e;
  for (let i = a + 1; i < e; i++) if (t.pos[i] === 'ADP' || t.low[i] === 'of') {
    cut = i;
    break;
  }
  let head = -1;
  for (let i = cut - 1; i >= a && head < 0; i--) if (t.pos[i] === 'NOUN' || t.pos[i] === 'PROPN') head = i;
  if (head < 0 || !commonNoun(t, names, head)) return undefined;
  const low = t.low[head];
  // "an AEW press release": the kind of statement is no part of its named issuer.
  let issued = head;
  while (issued - 1 > a && GENRE_WORDS.has(t.low[issued - 1]) && STATEMENT_NOUNS.has(low)) issued--;
  // "The family's statement on the death read": the owner of a statement speaks through it.
  if (STATEMENT_NOUNS.has(low) && head - 1 > a && (t.low[head - 1] === "'s" || t.low[head - 1] === '’s')) {
    const owner = sourceOf(t, text, names, a, head - 1, r, para);
    if (owner) return owner;
  }
  // "A study sponsored by the sugar industry concluded": who paid for a document did not write
  // it; the document speaks, as written.
  if (DOCUMENT_NOUNS.has(low) && t.low[cut] === 'by' && head === cut - 2 && SPONSOR_PARTICIPLES.has(t.low[cut - 1])) {
    return { speaker: oneSpaced(text.slice(t.start[a], t.end[e - 1])), cluster: -1, anonymous: false, ts: a, te: e, person: false };
  }
  if (DOCUMENT_NOUNS.has(low) && cut < e && /^(from|by|of)$/.test(t.low[cut])) {
    const issuer = sourceOf(t, text, names, cut + 1, e, r, para);
    if (issuer) return issuer;
    // "Estimates by event organizers", "a report by the state auditor": an issuer with no name
    // speaks as written.
    if (t.low[cut] === 'by' && e - cut <= 6 && (t.pos[e - 1] === 'NOUN' || t.pos[e - 1] === 'PROPN')) return unnamed(text, t, cut + 1, e);
  }
  // "The government statement", "a police report": the institution before its statement speaks
  // ("court records" are records, not the court speaking).
  // ("a police report", "a party memo": an indefinite institution is no one in particular.)
  if (STATEMENT_NOUNS.has(low) && cut === e && head === e - 1 && head > a && ORG_WORDS.has(t.low[head - 1]) && !GENRE_WORDS.has(t.low[head - 1]) && !/^(a|an)$/.test(t.low[a]) && names.clusterAt[head - 1] < 0 && t.pos[head - 1] === 'NOUN') {
    return { speaker: oneSpaced(text.slice(t.start[a], t.end[head - 1])), cluster: -1, anonymous: false, ts: a, te: head, person: false };
  }
  // "NEOC data", "the WHO report": a named issuer is the source; "court records" stay as written.
  // ("Court documents show": a capitalised common word opening the sentence names no issuer.)
  if ((DOCUMENT_NOUNS.has(low) || STATEMENT_NOUNS.has(low)) && issued > a && cut === e && names.clusterAt[issued - 1] >= 0 && names.clusters[names.clusterAt[issued - 1]].kind !== 'other' && !(issued - 1 === a && ORG_WORDS.has(t.low[a]))) {
    const issuer = sourceOf(t, text, names, a, issued, r, para);
    if (issuer) return issuer;
  }
  if (!PERSON_NOUNS.has(low)) return undefined;
  const described = describedPerson(t, names, a, e, head);
  if (described >= 0) return personSource(names, described, a, e);
  return unnamed(text, t, a, e);
}

/** "One of the children said ... However, this person also said": a demonstrative before a
 * person noun points back to the unnamed source that spoke last, in this paragraph or the one before. */
function sameSource(t: Tokens, r: Resolver, a: number, e: number, para: number): Source | null {
  if (e - a !== 2 || !(t.low[a] === 'this' || t.low[a] === 'that') || !PERSON_NOUNS.has(t.low[a + 1])) return null;
  const last = [r.lastPerson && para - r.lastPersonPara <= 1 ? r.lastPerson : null, r.lastGroup && para - r.lastGroupPara <= 1 ? r.lastGroup : null]
    .filter((x): x is Source => !!x && x.anonymous)
    .sort((x, y) => y.ts - x.ts)[0];
  return last ? { ...last, ts: a, te: e } : null;
}

/** How far back "the 54-year-old" looks for the person it means. */
const AGE_REACH = 600;

/** "Gareth Mulvaine pulled two children out. The 54-year-old told the Courier ...": an age alone
 * (or with "man", "woman") means the person named last, within reach. */
function agedPerson(t: Tokens, names: Names, a: number, e: number): number {
  if (t.low[a] !== 'the' || !ageWord(t, a + 1)) return -1;
  let i = a + 1;
  while (i < e && (ageWord(t, i) || t.val[i] === '-')) i++;
  if (i < e && !(i === e - 1 && AGE_NOUNS.has(t.low[i]))) return -1;
  return namedLastBefore(t, names, a, AGE_REACH, (c) => c.kind === 'person');
}

/** How far back "the company" looks for the organisation it means. */
const ORG_REACH = 1500;

/** "Brennick Foods said ... The company said": "the" and an organisation noun mean the
 * organisation named last before it (one whose name ends in that noun, for "the council"; any,
 * for a generic "the company"), within reach. */
function describedOrganisation(t: Tokens, names: Names, a: number, e: number): number {
  if (e - a !== 2 || t.low[a] !== 'the') return -1;
  const noun = t.low[a + 1];
  const generic = GENERIC_ORG_NOUNS.has(noun);
  if (!generic && !ORG_WORDS.has(noun)) return -1;
  return namedLastBefore(t, names, a, ORG_REACH, (c) => c.kind === 'organisation' && (generic || c.name.toLowerCase().split(/\s+/).pop() === noun));
}

/** How far back "the couple" looks for the two people it means. */
const PAIR_REACH = 400;

/** "Cherie and Sean O'Donnell ... The couple said": the last two people named together ("X and
 * Y", both people, not a nickname pair), within reach; written as the article joined them. */
function pairBefore(t: Tokens, text: string, names: Names, a: number): Source | null {
  for (let i = a - 2; i > 0 && a - i < PAIR_REACH; i--) {
    if (t.low[i] !== 'and') continue;
    const right = names.clusterAt[i + 1];
    const left = names.clusterAt[i - 1];
    if (right < 0 || left < 0 || names.clusters[right].kind !== 'person' || names.clusters[left].kind !== 'person') continue;
    let start = i - 1;
    while (start > 0 && names.clusterAt[start - 1] >= 0 && names.clusterAt[start - 1] === names.clusterAt[i - 1]) start--;
    let end = i + 1;
    while (end < t.n && names.clusterAt[end] === right) end++;
    // "Guests of Honour Cherie": a title before the first name is not part of the pair.
    while (start < i - 1 && TITLES.has(t.low[start])) start++;
    return { speaker: text.slice(t.start[start], t.end[end - 1]), cluster: -1, anonymous: false, ts: start, te: end, person: false };
  }
  return null;
}

/** A poll's or a crowd's share: "60 percent of voters", "Two in three", "Those surveyed". */
function crowd(t: Tokens, a: number, e: number): boolean {
  let cut = e;
  // "60 percent of voters", "majorities in all five states": the head stands before the preposition.
  for (let i = a + 1; i < e; i++) if (t.low[i] === 'of' || t.low[i] === 'in' || t.low[i] === 'among') {
    cut = i;
    break;
  }
  const head = t.low[cut - 1];
  // "a third of voters", "half said", but "the quarter" is a time.
  const fraction = /^(half|third|thirds|quarter|quarters)$/.test(head);
  if (/^(one|two|three|four|five)-(halves|thirds?|quarters?|fourths?|fifths?|tenths?)$/.test(head)) return true;
  // A fraction after "the", "this", "first" is a time or part of a match ("the second half").
  if (CROWD_HEADS.has(head) && !(fraction && cut - 2 >= a && /^(the|this|that|first|second|last|final)$/.test(t.low[cut - 2]))) return true;
  // "Two in three", "about 4 in 10", "one out of five"; "43 said the same".
  const from = t.low[a + 1] === 'than' && COMPARATIVES.has(t.low[a]) ? a + 2 : /^(about|nearly|almost|roughly|some|over|more|fewer|only|just)$/.test(t.low[a]) ? a + 1 : a;
  if (cut - from >= 3 && t.pos[cut - 1] === 'NUM' && t.pos[from] === 'NUM' && (t.low[cut - 2] === 'in' || t.low[cut - 2] === 'of')) return true;
  // "All but two", "all but one of the senators".
  if (t.low[a] === 'all' && t.low[a + 1] === 'but') return true;
  // "Two of them", "three of the workers": a number of a group.
  if (cut < e && cut - from === 1 && t.pos[from] === 'NUM' && (/^\d{1,3}$/.test(t.low[from]) || COUNT_WORDS.has(t.low[from]))) return true;
  return cut - from === 1 && t.pos[from] === 'NUM' && /^\d{1,3}$/.test(t.low[from]);
}

/** A common noun, whatever wink made of a capital at the start of a sentence ("Residents said"). */
function commonNoun(t: Tokens, names: Names, i: number): boolean {
  const c = names.clusterAt[i];
  // ("Estimates by the government state": a document noun capitalised only to open the sentence.)
  return t.pos[i] === 'NOUN' || (t.pos[i] === 'PROPN' && (c < 0 || names.clusters[c].kind === 'other') && (PERSON_NOUNS.has(t.low[i]) || ANONYMOUS_HEADS.has(t.low[i]) || DOCUMENT_NOUNS.has(t.low[i])));
}

const OWNER_PRONOUNS: ReadonlyMap<string, 'he' | 'she' | 'it' | 'they'> = new Map([['his', 'he'], ['her', 'she'], ['its', 'it'], ['their', 'they']]);

/** Who "they" or "it" written at [a, e) is: a group that spoke in this paragraph keeps the floor;
 * else the plural subject of this sentence or the one before; else a group that spoke lately. */
function groupPronoun(t: Tokens, text: string, names: Names, r: Resolver, a: number, e: number, p: 'they' | 'it', para: number): Source | null {
  const spoke = r.lastGroup && para - r.lastGroupPara <= 2 ? r.lastGroup : null;
  if (spoke && r.lastGroupPara === para) return { ...spoke, ts: a, te: e };
  const span = r.pronouns.groupSubject(a, p);
  const subject = span ? sourceOf(t, text, names, span[0], span[1], r, para) : null;
  const who = subject ?? spoke;
  return who ? { ...who, ts: a, te: e } : null;
}

/** Who "he" or "she" (or "his", "her") written at [a, e) is, or null. */
export function personPronoun(names: Names, r: Resolver, a: number, e: number, p: 'he' | 'she', para: number): Source | null {
  const last = r.lastPerson && r.lastPerson.cluster >= 0 && para - r.lastPersonPara <= 3 ? r.lastPerson.cluster : -1;
  const c = r.pronouns.referent(a, p, last, r.lastPersonAt);
  if (c >= 0) return personSource(names, c, a, e);
  // An unnamed person who spoke last ("a witness said ... She added").
  if (r.lastPerson && r.lastPerson.cluster < 0 && r.lastPersonPara === para) return { ...r.lastPerson, ts: a, te: e };
  // "A spokeswoman for the authority said ... She added": an unnamed source for one person, of the
  // pronoun's gender where its noun shows one, in this paragraph or the one before.
  const group = r.lastGroup && r.lastGroup.anonymous && para - r.lastGroupPara <= 1 ? r.lastGroup : null;
  if (group && onePerson(group.speaker, p)) return { ...group, ts: a, te: e };
  // "The mayor defended the budget. She said ...": the person described as the last subject.
  const described = r.pronouns.describedSubject(a, p);
  if (described) {
    const { t, text } = r;
    return { speaker: oneSpaced(text.slice(t.start[described[0]], t.end[described[1] - 1])), cluster: -1, anonymous: false, ts: a, te: e, person: true };
  }
  // "Sen. Tom Reed ... (paragraphs of background) ... On Friday, he said": the one person of that
  // gender in the story so far, when no one else has spoken since.
  const only = r.pronouns.onlyPerson(a, p);
  const quiet = r.lastPerson ? r.lastPerson.cluster === only : !r.lastGroup;
  return only >= 0 && quiet ? personSource(names, only, a, e) : null;
}

/** The unnamed source is one person whom "he" or "she" may mean: "A spokeswoman for the
 * authority", "a senior police officer" (not "officials", not "a spokesman" for "she"). */
function onePerson(speaker: string, p: 'he' | 'she'): boolean {
  const ws = speaker.toLowerCase().split(/[\s,]+/);
  const cut = ws.findIndex((w, i) => i > 0 && AFTER_HEAD.has(w));
  const head = (cut > 0 ? ws.slice(0, cut) : ws).pop() ?? '';
  if (!SINGULAR_DETERMINERS.has(ws[0]) || !PERSON_NOUNS.has(head) || (head.endsWith('s') && !head.endsWith('ss'))) return false;
  return nounAgrees(head, p);
}

function personSource(names: Names, c: number, a: number, e: number): Source {
  return { speaker: names.clusters[c].name, cluster: c, anonymous: false, ts: a, te: e, person: true };
}

/** An organisation the article named, as the source written at [a, e). */
function orgSource(names: Names, c: number, a: number, e: number): Source {
  return { speaker: names.clusters[c].name, cluster: c, anonymous: false, ts: a, te: e, person: false };
}

/** The cluster named last before token a, no further back than `reach` characters, that `fits`;
 * or -1. A walk over the text, so linear in the draft whatever the number of names. */
function namedLastBefore(t: Tokens, names: Names, a: number, reach: number, fits: (c: Names['clusters'][number]) => boolean): number {
  for (let i = a - 1; i >= 0 && t.start[a] - t.start[i] <= reach; i--) {
    const c = names.clusterAt[i];
    if (c >= 0 && fits(names.clusters[c])) return c;
  }
  return -1;
}

/** "David and Louise Turpin ... The mother said": in a family the article named (two people of
 * one surname), "the mother" or "the husband" is the one of that gender named last. */
function familyMember(t: Tokens, names: Names, a: number, e: number): number {
  const gender = e - a === 2 && t.low[a] === 'the' ? KIN_GENDER.get(t.low[a + 1]) : undefined;
  if (!gender) return -1;
  // Back through the text to the person of that gender named last who shares a surname with
  // another person of the article.
  const shared = sharedSurnames(names);
  return namedLastBefore(t, names, a, FAMILY_REACH, (c) => c.kind === 'person' && c.parts.length >= 2 && shared.has(c.parts[c.parts.length - 1]) && genderOf(c) === gender);
}

/** Part of an age written as one compound: "54-year-old". */
function ageWord(t: Tokens, i: number): boolean {
  const glued = (j: number): boolean => j > 0 && t.start[j] === t.end[j - 1];
  if (t.pos[i] === 'NUM') return t.val[i + 1] === '-' && t.low[i + 2] === 'year';
  return (t.low[i] === 'year' || t.low[i] === 'old') && glued(i) && t.val[i - 1] === '-';
}

/** How far back "the mother" looks for the family it belongs to. */
const FAMILY_REACH = 5000;

const SHARED_SURNAMES = new WeakMap<Names, Set<string>>();

/** Surnames that two or more full-named people of the article share ("David and Louise Turpin"). */
function sharedSurnames(names: Names): Set<string> {
  let out = SHARED_SURNAMES.get(names);
  if (out) return out;
  const seen = new Set<string>();
  out = new Set<string>();
  for (const c of names.clusters) {
    if (c.kind !== 'person' || c.parts.length < 2) continue;
    const s = c.parts[c.parts.length - 1];
    if (seen.has(s)) out.add(s);
    seen.add(s);
  }
  SHARED_SURNAMES.set(names, out);
  return out;
}

/** Where the cluster's last mention before `at` starts, or -1. */
function lastMentionBefore(cl: Names['clusters'][number], at: number): number {
  let last = -1;
  for (const m of cl.mentions) if (m.start < at && m.start > last) last = m.start;
  return last;
}

/** "the Russian president", "the judge": a person whose role the article gave, most recent first. */
function describedPerson(t: Tokens, names: Names, a: number, e: number, head: number): number {
  if (t.pos[a] !== 'DET' || t.low[a] === 'a' || t.low[a] === 'an' || t.pos[head] !== 'NOUN') return -1;
  const words: string[] = [];
  // "The 54-year-old mayor": an age says nothing of the role.
  for (let i = a + 1; i < e; i++) if (t.pos[i] !== 'PUNCT' && !ageWord(t, i)) words.push(t.low[i]);
  let best = -1;
  let bestScore = 0;
  const seen = new Set<number>();
  for (const w of words) for (const c of names.roleIndex.get(w) ?? []) seen.add(c);
  for (const c of seen) {
    const cl = names.clusters[c];
    if (!cl.mentions.length || cl.mentions[0].start > t.start[a]) continue;
    // "the director of Argentina's Amnesty International" is not the President of Argentina, nor
    // "the government of Burundi" its president: a description names someone whose role has its head.
    if (!cl.roleWords.has(t.low[head])) continue;
    let score = 0;
    for (const w of words) if (cl.roleWords.has(w)) score += w === t.low[head] ? 1 : 2;
    // On a tie, the person named last before the phrase: "Italian minister Stefano Patuanelli sent a
    // letter, but the minister said" is Patuanelli, not a prime minister who spoke earlier.
    if (score > bestScore || (score === bestScore && score > 0 && lastMentionBefore(cl, t.start[a]) > lastMentionBefore(names.clusters[best], t.start[a]))) {
      best = c;
      bestScore = score;
    }
  }
  return bestScore >= 2 || (bestScore >= 1 && words.length === 1) ? best : -1;
}
