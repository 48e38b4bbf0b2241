// Names without a PERSON tagger: capitalised proper-noun runs, split into title and name,
// clustered AP-style (full name first, surname after) through hash lookups, so the cost stays
// linear in the number of mentions.
import { Tokens } from './nlp';
import type { Pos } from './pos';
import { Sentence } from './sentences';
import { EMPLOYER_NOUNS, CLUB_LAST, COURTESY_GENDER, CREDIT_WORDS, KIN, ORG_SURNAMES, ORG_WORDS, PERSON_NOUNS, REFLEXIVE_PRONOUNS, TITLES } from './lexicon';
import { Gender, genderOfFirstName, isFirstName } from './firstNames';
import { hasLetter, startsLetter } from './letters';
import { HEADLINE_VERBS, NAME_SUFFIXES, NOT_NAME, PARTICLES, PLACE_FIRST, PLACE_LAST, TITLE_MODIFIERS, SURNAME_TITLES } from './lexicon';

export interface NameMention {
  start: number;
  end: number;
  text: string;
  /** Token range of the name itself. */
  ts: number;
  te: number;
  /** Token where the whole run (with title) starts. */
  runStart: number;
  cluster: number;
}

export interface NameCluster {
  kind: 'person' | 'organisation' | 'other';
  /** Fullest form. */
  name: string;
  /** Folded name tokens of the fullest form. */
  parts: string[];
  role: string | null;
  /** Lower-case words of the role, for resolving "the Russian president". */
  roleWords: Set<string>;
  mentions: NameMention[];
  /** Written forms that look like misspellings of `name`. */
  misspelt: NameMention[];
  /** Has a title or honorific somewhere ("President Trump"). */
  titled: boolean;
  /** Something besides capitals says this is a person: a title, a kinship noun, a bare surname
   * or first name used later, or a role in apposition. */
  confirmed: boolean;
}

export interface Names {
  clusters: NameCluster[];
  /** Cluster index of the name covering each token, or -1. */
  clusterAt: Int32Array;
  /** Role word → person clusters with that word in their role. */
  roleIndex: Map<string, number[]>;
}


const folded = new Map<string, string>();
/** Combining marks (hoisted: see letters.ts). */
const COMBINING = /\p{M}/gu;

const ASCII_LETTERS = /^[a-zA-Z]*$/;

/** Lower case without diacritics ("Brudziński" → "brudzinski"); names repeat, so results are cached. */
export function fold(s: string): string {
  let f = folded.get(s);
  if (f === undefined) {
    f = ASCII_LETTERS.test(s) ? s.toLowerCase() : s.normalize('NFD').replace(COMBINING, '').toLowerCase().replace(/[’']/g, "'");
    if (folded.size > 50000) folded.clear();
    folded.set(s, f);
  }
  return f;
}
/** A capital first letter. An ASCII letter is answered from its code, without the two case
 * conversions (each a new string) that any other character needs. */
const isCap = (s: string): boolean => {
  const code = s.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  const c = s.charAt(0);
  return c !== c.toLowerCase() && c === c.toUpperCase();
};
const isAsciiUpper = (s: string): boolean => {
  const code = s.charCodeAt(0);
  return code >= 65 && code <= 90;
};
/** The last space-separated word: split(' ').pop() without the array. */
const lastWord = (s: string): string => s.slice(s.lastIndexOf(' ') + 1);

/** Words: tokens glued without space ("Brudzi"+"ń"+"ski", "Rhys"+"-"+"Davies"), possessive split off. */
interface Word {
  ts: number;
  te: number;
  text: string;
  low: string;
  pos: Pos;
}

/** fold() of a word. One of plain ASCII letters (most names) folds to its lower case, which the
 * word already holds: no lookup in the cache. */
const foldWord = (w: Word): string => (ASCII_LETTERS.test(w.text) ? w.low : fold(w.text));

function glue(t: Tokens, j: number, b: number): boolean {
  const v = t.val[j];
  if (v === "'s" || v === '’s' || v === "'" || v === '’') return false;
  if (t.pos[j] === 'PUNCT' || t.pos[j] === 'SPACE') {
    // Internal hyphen or apostrophe only when a word follows without a space.
    return (v === '-' || v === "'" || v === '’') && j + 1 < b && t.start[j + 1] === t.end[j] && startsLetter(t.val[j + 1]);
  }
  return startsLetter(v) || t.pos[j - 1] === 'PUNCT';
}

interface Run {
  words: Word[];
  /** Index into words where the name starts (after titles). */
  nameFrom: number;
  /** A kinship or role noun stands just before the run ("his daughter Gianna"). */
  kin?: boolean;
  sentenceStart: boolean;
  /** A common word in a name's place ("May said"): a mention only of a person already named. */
  surnameOnly?: boolean;
  /** The name after "Image:" or "Photo:" in a caption: the photographer, a person. */
  credit?: boolean;
  /** After an article and before a noun for someone in a role, the run names their employer: "the Federal Reserve governor". */
  modifier?: boolean;
}

export function findNames(t: Tokens, text: string, sentences: Sentence[]): Names {
  const runs: Run[] = [];
  for (const s of sentences) {
    let cur: Word[] = [];
    /** Where the last name listed after a kinship noun ended. */
    let kinEnd = -9;
    let curStart = false;
    const flush = (): void => {
      while (cur.length && PARTICLES.has(cur[cur.length - 1].low)) cur.pop();
      if (cur.length) {
        const run = splitTitle(cur, curStart);
        const before = cur[0].ts - 1;
        // "his daughter Gianna", "the activist Thiri", "Turkish president Erdoğan": a kinship or
        // occupation noun, or a title in lower case, before a single name.
        if (before >= s.ts && (KIN.has(t.low[before]) || (cur.length === 1 && t.pos[before] === 'NOUN' && (PERSON_NOUNS.has(t.low[before]) || (TITLES.has(t.val[before])))))) run.kin = true;
        // "sons Wyatt and Zachary", "daughters, Nadine, Ashley": the names listed after a kinship noun.
        if (before > s.ts && (t.val[before] === ',' || t.low[before] === 'and') && (before === kinEnd || before - 1 === kinEnd || (t.val[before] === ',' && KIN.has(t.low[before - 1])))) run.kin = true;
        if (run.kin) kinEnd = cur[cur.length - 1].te;
        // "Image: C.Suthorn.", "Photo: Дмитрий Кошелев": a caption's credit names its photographer.
        if (before - 1 >= s.ts && t.val[before] === ':' && CREDIT_WORDS.has(t.low[before - 1]) && cur.length <= 4) run.credit = true;
        const after = cur[cur.length - 1].te;
        // ("the Rishi Sunak government" is still Sunak's: only a role's noun, or a body's, makes the
        // name an employer: "the Federal Reserve governor", "the Houthi movement".)
        if (before >= s.ts && t.pos[before] === 'DET' && after < s.te && t.pos[after] === 'NOUN' && t.val[after] === t.low[after] && (TITLES.has(t.low[after]) || PERSON_NOUNS.has(t.low[after]) || EMPLOYER_NOUNS.has(t.low[after]))) run.modifier = true;
        runs.push(run);
      }
      cur = [];
    };
    // Only capitalised tokens can start or extend a name, so most tokens cost one check and no object.
    for (let i = s.ts; i < s.te; ) {
      // "al-Amin", "el-Sisi": an Arabic article glued to a capitalised name is part of it.
      // (The hyphen is tested first: it rules out almost every token without running the regex.)
      const article = t.val[i + 1] === '-' && /^(al|el|bin|ibn|abu|ul)$/.test(t.low[i]) && i + 2 < s.te && isCap(t.val[i + 2]) && t.start[i + 1] === t.end[i];
      const upper = (t.val[i] !== t.low[i] && isCap(t.val[i])) || (article && cur.length > 0);
      if (!upper && !cur.length) {
        i++;
        continue;
      }
      const w = wordAt(t, text, i, s.te);
      const next = w.te < s.te ? t.val[w.te] : '';
      // A capital ASCII first letter is a letter; only other scripts need the Unicode test.
      const cap = upper && (isAsciiUpper(w.text) || hasLetter(w.text));
      if (article && cur.length > 0) w.pos = 'PROPN';
      const wordLike = w.pos === 'NOUN' || w.pos === 'ADJ' || w.pos === 'X' || w.pos === 'VERB' || w.pos === 'AUX';
      // Sentence-initial "Grace Wu said": wink tags the capitalised first word by its common
      // meaning; a given name followed by another capitalised word is a name all the same.
      const givenName = wordLike && i === s.ts && isCap(next) && isFirstName(w.low);
      const namey = cap && (w.pos === 'PROPN' || givenName || (wordLike && (cur.length > 0 || i > s.ts)));
      // "May", "Day", "Hope" name a person after a given name or a title ("Theresa May",
      // "Prime Minister May"), not alone ("in May").
      const blocked = NOT_NAME.has(w.low) && !(cur.length > 0 && (isFirstName(cur[cur.length - 1].low) || TITLES.has(cur[cur.length - 1].low)));
      // "Trump Says He Will Run": in a headline set in title case, the verb ends the name.
      const headlineVerb = cur.length > 0 && HEADLINE_VERBS.has(w.low);
      if (namey && !blocked && !headlineVerb) {
        if (!cur.length) curStart = i === s.ts || (i === s.ts + 1 && /^["“‘(]$/.test(t.val[s.ts]));
        cur.push(w);
      } else if (cur.length && PARTICLES.has(w.low) && (isCap(next) || PARTICLES.has(next.toLowerCase()))) {
        cur.push(w);
      } else if (cur.length && (w.text === "'" || w.text === '’') && t.start[w.ts] === t.end[w.ts - 1] && /s$/.test(cur[cur.length - 1].low) && isCap(next) && ORG_WORDS.has(next.toLowerCase())) {
        // "Transport Workers' Alliance", "the National Farmers' Union": a plural possessive inside a name.
        cur.push(w);
      } else if (cur.length && w.text === '&' && isCap(next)) {
        // "Tallow & Finch", "Marks & Spencer": an ampersand joins a firm's name.
        cur.push(w);
      } else if (cur.length && w.low === 'and' && isCap(next) && !isFirstName(next.toLowerCase()) && cur.some((x) => x.low === 'of') && cur.some((x) => ORG_WORDS.has(x.low))) {
        // "Institute of Volcanology and Seismology", "Department of Health and Human Services":
        // after "ORG of X", "and" and a capitalised word that is no given name go on with the name.
        cur.push(w);
      } else if (cur.length && (w.low === 'of' || (w.low === 'for' && ORG_WORDS.has(cur[cur.length - 1].low)) || (w.low === 'from' && TITLES.has(cur[cur.length - 1].low))) && (cur.some((x) => ORG_WORDS.has(x.low)) || TITLES.has(cur[cur.length - 1].low)) && isCap(next)) {
        cur.push(w);
      } else {
        flush();
        // "May said ...": a capitalised word that only a known surname can make a name of, in the
        // subject position of a verb; it joins a person already named, or nothing.
        if (cap && !namey || blocked) {
          const after = w.te < s.te ? t.pos[w.te] : 'PUNCT';
          const before = i > s.ts ? t.pos[i - 1] : 'PUNCT';
          // ("Ebbs, now retired, said", "Pierce and Hawkins argued": at the start, a comma may set
          // off what describes the subject, or "and" join another.)
          const described = i === s.ts && w.te + 1 < s.te && (t.val[w.te] === ',' || (t.low[w.te] === 'and' && isCap(t.val[w.te + 1])));
          // ("Ford itself said": a reflexive between the name and its verb.)
          const reflexive = w.te + 1 < s.te && REFLEXIVE_PRONOUNS.has(t.low[w.te]) && (t.pos[w.te + 1] === 'VERB' || t.pos[w.te + 1] === 'AUX');
          if ((after === 'VERB' || after === 'AUX' || described || reflexive) && before !== 'ADP' && before !== 'DET' && before !== 'NUM') {
            runs.push({ words: [w], nameFrom: 0, sentenceStart: i === s.ts, surnameOnly: true });
          }
        }
      }
      i = w.te;
    }
    flush();
  }
  return cluster(t, text, runs);
}

/** The word starting at token i: tokens glued without space ("Brudzi"+"ń"+"ski"), possessive split off. */
function wordAt(t: Tokens, text: string, i: number, b: number): Word {
  let j = i + 1;
  while (j < b && t.start[j] === t.end[j - 1] && glue(t, j, b)) j++;
  if (j === i + 1) return { ts: i, te: j, text: t.val[i], low: t.low[i], pos: t.pos[i] };
  const s = text.slice(t.start[i], t.end[j - 1]);
  return { ts: i, te: j, text: s, low: s.toLowerCase(), pos: t.pos[i] };
}

function splitTitle(words: Word[], sentenceStart: boolean): Run {
  let from = 0;
  for (let k = 0; k < words.length - 1; k++) {
    const w = words[k].low;
    // "Health Minister X" splits after Minister; "Sacred Defence Week" does not split at all;
    // "Fire Chief Megan Wood" splits before a given name, "General Motors" does not.
    const next = words[k + 1].low;
    // "U.S. Attorney Bash", "Deputy Reed": a modifier title before the run's last word is a title too.
    const lastName = k === words.length - 2 && SURNAME_TITLES.has(w) && words[k + 1].pos === 'PROPN';
    // ("Chief Adebayo Olumide": a modifier title opening a run of two names is a title too.)
    const titledRun = k === 0 && w === 'chief' && words.length >= 3 && words.slice(1).every((x) => x.pos === 'PROPN' && !ORG_WORDS.has(x.low) && !TITLES.has(x.low) && !PERSON_NOUNS.has(x.low));
    // "Chief Scientist Ama Owusu", "Chief Economist Lena Park": a person noun after a modifier title ends the title.
    if (k === from && TITLE_MODIFIERS.has(w) && PERSON_NOUNS.has(next) && k + 2 < words.length) {
      from = k + 2;
      continue;
    }
    if (TITLES.has(w) && (!TITLE_MODIFIERS.has(w) || TITLES.has(next) || isFirstName(next) || lastName || titledRun)) from = k + 1;
    // "Senate President Pro Tem Hank Osterberg": the Latin tail of a title (not "the Pro Bowl").
    else if (from === k && k > 0 && w === 'pro' && TITLE_TAILS.has(next)) from = k + 2;
    else if (k === 0 && sentenceStart && describesName(words)) from = 1;
  }
  // "President of Argentina Alberto Fernández": the place ends where a two-word name begins.
  if (from > 0 && (words[from].low === 'of' || words[from].low === 'from')) from = words.length - from >= 4 ? words.length - 2 : words.length;
  return { words, nameFrom: from, sentenceStart };
}


/** The run's first word, capitalised only because it opens the sentence, describes the name after
 * it: "Planner Dana Fox" (before a given name), "Librarian Chidinma Eze", "Prosecutor Adaeze Nwosu"
 * (a person noun, before a name from any culture), "Pensioners Alan and Joan Whitby" (a person noun
 * before a lone given name). */
function describesName(words: Word[]): boolean {
  if (isFirstName(words[0].low)) return false;
  const given = isFirstName(words[1].low);
  const person = agentNoun(words[0]);
  return ((given || person) && words.length >= 3) || (person && given);
}

/** A common noun for someone, in the list of person nouns: "Librarian", "Prosecutor", "Pensioners". (A
 * suffix would take given names: "Zafar", "Kumar".) */
const agentNoun = (w: Word): boolean => PERSON_NOUNS.has(w.low) || (w.low.endsWith('s') && PERSON_NOUNS.has(w.low.slice(0, -1)));

/** What follows "Pro" after a title: "President Pro Tem", "President pro tempore". */
const TITLE_TAILS: ReadonlySet<string> = new Set(['tem', 'tempore']);

/** A party letter glued to a district: "R-Holland", "D-Fairview". */
const PARTY_AND_PLACE = /^[DRI]-[A-Z]/;

function classify(run: Run): NameCluster['kind'] {
  const name = run.words.slice(run.nameFrom);
  const lows = name.map((w) => w.low);
  if (!name.length) return 'other';
  // "Rep. Ann Hale, R-Holland Springs,": a party and district (AP style) names no one.
  if (PARTY_AND_PLACE.test(name[0].text)) return 'other';
  if (run.credit && !name.some((w) => ORG_WORDS.has(w.low))) return 'person';
  // The title part may name a country ("United States President Donald Trump"): only the name decides.
  // "Dana Fox", "Amy Church": a given name before an organisation word that is also a surname.
  const surnameOrg = name.length >= 2 && name.length <= 3 && isFirstName(lows[0]) && ORG_SURNAMES.has(lows[lows.length - 1]) && !lows.slice(0, -1).some((l) => ORG_WORDS.has(l));
  if (!surnameOrg && (run.nameFrom > 0 ? name : run.words).some((w) => ORG_WORDS.has(w.low))) return 'organisation';
  if (lows.length === 1 && /^[A-Z]{2,6}$/.test(name[0].text)) return 'organisation';
  // "Halton United", "Blackburn Rovers": a club.
  if (lows.length >= 2 && CLUB_LAST.has(lows[lows.length - 1])) return 'organisation';
  if (lows.includes('&')) return 'organisation';
  if (lows.some((l) => l === 'of')) return 'other';
  // A run that ends in a title is a role ("a Republican Assemblywoman"), not a name.
  if (TITLES.has(lows[lows.length - 1])) return 'other';
  // "the Federal Reserve governor", "a Harbour Works spokesman": a person's name takes no article.
  // (One word may be a surname already met: "the Imus family".)
  if (run.modifier && run.nameFrom === 0 && lows.length >= 2 && !isFirstName(lows[0])) return 'organisation';
  if (lows.length >= 2 && lows.length <= 4) {
    // "Senator Ellen Park", "Grace Hill": a title or a given name outweighs a place-like last word.
    const personal = run.nameFrom > 0 || run.kin || (isFirstName(lows[0]) && !PLACE_FIRST.has(lows[0]));
    if (PLACE_FIRST.has(lows[0]) || (PLACE_LAST.has(lows[lows.length - 1]) && !personal)) return 'other';
    if (name.some((w) => /^[A-Z]{2,}$/.test(w.text) && w.text.length > 1)) return 'other';
    if (name.every((w) => w.pos !== 'PROPN')) return 'other';
    return 'person';
  }
  if (lows.length === 1 && (run.nameFrom > 0 || run.kin) && !PLACE_LAST.has(lows[0]) && !NOT_NAME.has(lows[0])) return 'person';
  return 'other';
}

function cluster(t: Tokens, text: string, runs: Run[]): Names {
  const clusters: NameCluster[] = [];
  const clusterAt = new Int32Array(t.n).fill(-1);
  const byFull = new Map<string, number>();
  const bySurname = new Map<string, number[]>();
  const byFirst = new Map<string, number[]>();
  /** Firms by their first word, for a lone word wink reads as common ("Ford itself said"). */
  const orgByFirst = new Map<string, number[]>();
  const byDeletion = new Map<string, number[]>();
  const orgs = new Map<string, number>();
  const pending: Run[] = [];

  const mention = (run: Run, c: number): NameMention => {
    const name = run.words.slice(run.nameFrom);
    const ts = name[0].ts;
    const te = name[name.length - 1].te;
    const m: NameMention = { start: t.start[ts], end: t.end[te - 1], text: text.slice(t.start[ts], t.end[te - 1]), ts, te, runStart: run.words[0].ts, cluster: c };
    for (let i = ts; i < te; i++) clusterAt[i] = c;
    return m;
  };
  const push = (map: Map<string, number[]>, k: string, c: number): void => {
    const l = map.get(k);
    if (!l) map.set(k, [c]);
    else if (!l.includes(c)) l.push(c);
  };

  // "the World Health Organization (WHO)": the acronym names the same organisation later on.
  const orgKey = (run: Run): string => run.words.map(foldWord).filter((p) => p !== 'the').join(' ');
  const acronyms = new Map<string, string>();
  for (const run of runs) {
    const end = run.words[run.words.length - 1].te;
    // "(WHO)", and for a longer name a short mixed-case one: "Philippine Institute of Volcanology and Seismology (Phivolcs)".
    const alias = t.val[end + 1] ?? '';
    const acronym = /^[A-Z]{2,8}$/.test(alias) || (run.words.length >= 3 && /^[A-Z][a-z]*[A-Za-z]{2,10}$/.test(alias) && alias.length <= 10);
    if (end + 2 < t.n && t.val[end] === '(' && acronym && t.val[end + 2] === ')' && run.words.length >= 2) {
      acronyms.set(t.val[end + 1], orgKey(run));
    }
  }
  // Pass 1: full names and organisations create clusters.
  for (const run of runs) {
    if (run.surnameOnly) {
      pending.push(run);
      continue;
    }
    const kind = classify(run);
    const name = run.words.slice(run.nameFrom);
    const parts = name.map(foldWord);
    if (kind === 'organisation' || (run.words.length === 1 && acronyms.has(run.words[0].text))) {
      const key = acronyms.get(run.words.length === 1 ? run.words[0].text : '') ?? orgKey(run);
      let c = orgs.get(key);
      if (c === undefined) {
        c = clusters.length;
        orgs.set(key, c);
        clusters.push(newCluster('organisation', run.words.map((w) => w.text).join(' ').replace(/ - /g, '-'), parts, run.nameFrom > 0));
        clusters[c].name = text.slice(t.start[run.words[0].ts], t.end[run.words[run.words.length - 1].te - 1]);
        if (parts.length >= 2) push(orgByFirst, parts[0], c);
      }
      const m = mention({ ...run, nameFrom: 0 }, c);
      clusters[c].mentions.push(m);
      continue;
    }
    if (kind === 'person' && parts.length >= 2) {
      const key = parts.join(' ');
      let c = byFull.get(key);
      if (c === undefined) {
        c = clusters.length;
        byFull.set(key, c);
        clusters.push(newCluster('person', name.map((w) => w.text).join(' '), parts, run.nameFrom > 0));
        push(bySurname, surnameOf(parts), c);
        push(byFirst, parts[0], c);
        for (const d of deletions(parts[parts.length - 1])) push(byDeletion, d, c);
      }
      if (run.nameFrom > 0 || run.kin) clusters[c].titled = clusters[c].confirmed = true;
      clusters[c].mentions.push(mention(run, c));
      continue;
    }
    pending.push(run);
  }
  // A name that ends another name is the same person: "Gloria La Riva" / "La Riva", and
  // "Vermont Bernie Sanders" (a place glued on) / "Bernie Sanders".
  for (const c of byFull.values()) {
    const parts = clusters[c].parts;
    for (let k = 1; k < parts.length - 1; k++) {
      const other = byFull.get(parts.slice(k).join(' '));
      if (other === undefined || other === c || !clusters[other].mentions.length) continue;
      const particle = PARTICLES.has(parts[k]);
      const [keep, drop] = particle ? [c, other] : [other, c];
      mergeCluster(clusters, clusterAt, keep, drop);
      break;
    }
  }
  mergeFuller(clusters, byFull, clusterAt);
  // Pass 2: single names join the full name they abbreviate; titled ones stand alone.
  const singles = new Map<string, number>();
  // Each full name's given name with two adjacent letters swapped, for "Deirdre" / "Dierdre".
  const bySwap = new Map<string, number[]>();
  clusters.forEach((x, i) => {
    if (x.kind === 'person' && x.parts.length >= 2) for (const v of swaps(x.parts[0])) push(bySwap, v, i);
  });
  for (const run of pending) {
    const name = run.words.slice(run.nameFrom);
    if (name.length !== 1) continue;
    const part = foldWord(name[0]);
    if (part.length < 2) continue;
    if (run.surnameOnly) {
      // Only the surname of a person named in full: "May" after "Theresa May".
      // ("Ford itself said" after "Ford Motor Co.": or the first word of a firm named in full.)
      const owner = pick(bySurname.get(part)?.filter((x) => clusters[x].kind === 'person' && clusters[x].parts.length >= 2), clusters) ??
        pick(orgByFirst.get(part), clusters);
      if (owner !== undefined) clusters[owner].mentions.push(mention(run, owner));
      continue;
    }
    // "Mr Bhatti's sister, Farah Bhatti": a title of the other gender is another member of the family.
    const title = run.nameFrom > 0 ? genderOfTitle(run.words[run.nameFrom - 1].low) : 'unknown';
    const sameSex = (x: number): boolean => title === 'unknown' || clusters[x].parts.length < 2 || genderOfFirstName(clusters[x].parts[0]) !== opposite(title);
    let c = pick(bySurname.get(part)?.filter(sameSex), clusters) ?? pick(byFirst.get(part), clusters);
    let misspelt = false;
    if (c === undefined && part.length >= 5 && !/s$/.test(part)) {
      const cands = new Set<number>();
      for (const d of deletions(part)) for (const x of byDeletion.get(d) ?? []) cands.add(x);
      for (const x of byDeletion.get(part) ?? []) cands.add(x);
      const last = [...cands].filter((x) => {
        const s = clusters[x].parts[clusters[x].parts.length - 1];
        return s !== part && !(s + 's' === part || part + 's' === s);
      });
      if (last.length === 1) {
        c = last[0];
        misspelt = true;
      }
    }
    // "Deirdre" for "Dierdre Coleman": a given name with two letters swapped is the same person
    // (only a swap: "Maria" is not "Mario").
    if (c === undefined && part.length >= 5) {
      const owners = bySwap.get(part)?.filter((i) => clusters[i].parts[0] !== part);
      if (owners?.length === 1) {
        c = owners[0];
        misspelt = true;
      }
    }
    const titled = (run.nameFrom > 0 || !!run.kin || !!run.credit) && classify(run) === 'person';
    if (c === undefined) {
      c = singles.get(part);
      if (c === undefined) {
        if (!titled && !(name[0].pos === 'PROPN')) continue;
        c = clusters.length;
        singles.set(part, c);
        clusters.push(newCluster(titled ? 'person' : 'other', name[0].text, [part], titled));
        push(bySurname, part, c);
      }
    }
    // "Obama Says Museum Will Open" as a headline, then "President Obama": the title shows the bare
    // word found first was a person all along.
    if (titled && clusters[c].parts.length === 1) {
      clusters[c].titled = true;
      clusters[c].kind = 'person';
    }
    const m = mention(run, c);
    clusters[c].mentions.push(m);
    clusters[c].confirmed = true;
    if (misspelt) clusters[c].misspelt.push(m);
    if (run.nameFrom > 0) clusters[c].titled = true;
  }
  // Diacritic variants of a name ("Brudziński" / "Brudzinski") are the same person, spelt two ways.
  for (const c of clusters) {
    c.mentions.sort((a, b) => a.start - b.start);
    const surname = lastWord(c.name);
    for (const m of c.mentions) {
      const last = lastWord(m.text);
      if (last !== surname && fold(last) === fold(surname) && !c.misspelt.includes(m)) c.misspelt.push(m);
    }
  }
  return { clusters, clusterAt, roleIndex: new Map() };
}

/** The gender a courtesy title gives ("Mr", "Mrs", "Ms", "Miss"). */
function genderOfTitle(low: string): Gender {
  const w = low.replace(/\.$/, '');
  return COURTESY_GENDER.get(w) ?? 'unknown';
}
const opposite = (g: Gender): Gender => (g === 'male' ? 'female' : g === 'female' ? 'male' : 'unknown');

function newCluster(kind: NameCluster['kind'], name: string, parts: string[], titled: boolean): NameCluster {
  return { kind, name, parts, role: null, roleWords: new Set(), mentions: [], misspelt: [], titled, confirmed: titled };
}

/** Of several clusters sharing a surname, the one named most often (AP: the main subject). */
function pick(list: number[] | undefined, clusters: NameCluster[]): number | undefined {
  if (!list || !list.length) return undefined;
  let best = list[0];
  // A cluster merged into another has no mentions left and is never picked over one that has.
  for (const c of list) if (clusters[c].mentions.length > clusters[best].mentions.length) best = c;
  if (!clusters[best].mentions.length) return undefined;
  return best;
}

/** All strings one deletion away: a symmetric-delete index finds edit-distance-1 spellings in O(1). */
function deletions(s: string): string[] {
  const out: string[] = [];
  if (s.length < 5) return out;
  for (let i = 0; i < s.length; i++) out.push(s.slice(0, i) + s.slice(i + 1));
  return out;
}

/** The surname of a name's parts, past a generational suffix ("Conyers" in "John Conyers Jr."). */
const surnameOf = (parts: string[]): string => (parts.length > 2 && NAME_SUFFIXES.has(parts[parts.length - 1]) ? parts[parts.length - 2] : parts[parts.length - 1]);

/** "John Conyers" and "John James Conyers Jr." are one person: same first name and surname, the
 * other parts only added. The fuller form names the cluster (AP: the fullest form used). */
function mergeFuller(clusters: NameCluster[], byFull: Map<string, number>, clusterAt: Int32Array): void {
  const byEnds = new Map<string, number[]>();
  for (const c of byFull.values()) {
    const p = clusters[c].parts;
    if (clusters[c].kind !== 'person' || !clusters[c].mentions.length) continue;
    const key = `${p[0]} ${surnameOf(p)}`;
    byEnds.set(key, [...(byEnds.get(key) ?? []), c]);
  }
  for (const group of byEnds.values()) {
    if (group.length < 2) continue;
    const keep = group.reduce((a, b) => (clusters[b].parts.length > clusters[a].parts.length ? b : a));
    for (const drop of group) {
      if (drop === keep || !clusters[drop].parts.every((w) => clusters[keep].parts.includes(w))) continue;
      mergeCluster(clusters, clusterAt, keep, drop);
      clusters[keep].mentions.sort((a, b) => a.start - b.start);
    }
  }
}

/** Moves every mention of `drop` to `keep`: one person, found under two names. */
function mergeCluster(clusters: NameCluster[], clusterAt: Int32Array, keep: number, drop: number): void {
  for (const m of clusters[drop].mentions) {
    m.cluster = keep;
    for (let i = m.ts; i < m.te; i++) clusterAt[i] = keep;
  }
  clusters[keep].mentions.push(...clusters[drop].mentions);
  clusters[keep].titled ||= clusters[drop].titled;
  clusters[keep].confirmed = true;
  clusters[drop].mentions = [];
  clusters[drop].kind = 'other';
}

/** The word with each pair of adjacent, different letters swapped. */
function swaps(w: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < w.length; i++) if (w[i] !== w[i + 1]) out.push(w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2));
  return out;
}

/** The one name [a, e) is, with at most titles, an article and punctuation around it ("Joe Hill",
 * "Dr. Ana Ruiz", "the Rev. Tom Reed"): its cluster, or -1. */
export function justName(t: Tokens, names: Names, a: number, e: number): number {
  let c = -1;
  for (let i = a; i < e; i++) {
    const at = names.clusterAt[i];
    if (at >= 0 && (c < 0 || at === c)) c = at;
    else if (!TITLES.has(t.low[i].replace(/\.$/, '')) && t.pos[i] !== 'DET' && t.pos[i] !== 'PUNCT') return -1;
  }
  return c;
}
