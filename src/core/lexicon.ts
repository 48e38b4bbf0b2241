// Word lists the rules read. Reporting verbs are listed by base form; inflections are generated.

/** Speech and writing verbs: reliable cues whatever the source. */
const SPEECH = `say tell add announce confirm deny warn claim state explain note insist argue acknowledge admit
report write tweet post declare assert reveal disclose estimate predict allege complain comment remark observe
conclude describe urge stress emphasise emphasize recall recount mention reply respond answer ask agree promise vow
pledge threaten maintain contend concede testify inform assure caution forecast reiterate repeat elaborate share
highlight boast joke quip shout exclaim plead demand propose recommend advise reason cite accuse blame
criticise criticize condemn praise welcome dismiss reject suggest indicate continue speculate hypothesize
hypothesise determine rule find signal speak talk project call refer read` .split(/\s+/);

/** Verbs of thought and belief: cues only with a named or pronoun source and a clause after them. */
const THOUGHT = `believe think feel hope fear consider expect know understand doubt worry`.split(/\s+/);

/** Base forms of the thought verbs, which need a clause after them to report anything. */
export const THOUGHT_BASES = new Set(THOUGHT);

const IRREGULAR: Record<string, string[]> = {
  say: ['said', 'says', 'saying'],
  tell: ['told', 'tells', 'telling'],
  write: ['wrote', 'written', 'writes', 'writing'],
  think: ['thought', 'thinks', 'thinking'],
  feel: ['felt', 'feels', 'feeling'],
  find: ['found', 'finds', 'finding'],
  know: ['knew', 'known', 'knows', 'knowing'],
  understand: ['understood', 'understands', 'understanding'],
  rule: ['ruled', 'rules', 'ruling'],
  continue: ['continued', 'continues', 'continuing'],
  speak: ['spoke', 'spoken', 'speaks', 'speaking'],
  read: ['reads', 'reading'],
};

/** Inflections of a regular English verb: base, -s, -ed, -ing. */
export function inflect(base: string): string[] {
  const b = base.toLowerCase().trim();
  if (!b) return [];
  if (IRREGULAR[b]) return [b, ...IRREGULAR[b]];
  const out = [b];
  if (/(s|sh|ch|x|z)$/.test(b)) out.push(b + 'es');
  else if (/[^aeiou]y$/.test(b)) out.push(b.slice(0, -1) + 'ies');
  else out.push(b + 's');
  if (b.endsWith('e')) out.push(b + 'd', b.slice(0, -1) + 'ing');
  else if (/[^aeiou]y$/.test(b)) out.push(b.slice(0, -1) + 'ied', b + 'ing');
  else if (/^[^aeiou]*[aeiou][^aeiouwxy]$/.test(b) || /(mit|fer|pel)$/.test(b)) {
    const last = b[b.length - 1];
    out.push(b + last + 'ed', b + last + 'ing');
  } else out.push(b + 'ed', b + 'ing');
  return out;
}

export interface CueTable {
  /** inflected form → base form */
  speech: Map<string, string>;
  thought: Map<string, string>;
}

const cueTables = new Map<string, CueTable>();

/** The cue table for a set of extra verbs, built once per distinct set. */
export function cueTable(extra: string[] = []): CueTable {
  const key = extra.join('\n');
  let table = cueTables.get(key);
  if (!table) {
    if (cueTables.size > 16) cueTables.clear();
    table = buildCueTable(extra);
    cueTables.set(key, table);
  }
  return table;
}

function buildCueTable(extra: string[]): CueTable {
  const speech = new Map<string, string>();
  const thought = new Map<string, string>();
  for (const b of SPEECH) for (const f of inflect(b)) speech.set(f, b);
  for (const b of THOUGHT) for (const f of inflect(b)) thought.set(f, b);
  for (const e of extra) {
    const b = e.toLowerCase().trim();
    if (/^[a-z][a-z-]*$/.test(b)) for (const f of inflect(b)) speech.set(f, b);
  }
  return { speech, thought };
}

/** Verbs that take the listener as object before the content: "told reporters (that) ...". */
export const LISTENER_VERBS = new Set(['tell', 'assure', 'inform', 'warn', 'urge', 'advise', 'promise', 'ask']);

/** Verbs whose bare use (no "that", no quotation) is rarely reported speech. */
export const NEEDS_CLAUSE = new Set(['read', 'refer', 'emphasize', 'emphasise', 'stress', 'note', 'mention', 'observe', 'remark', 'claim', 'declare', 'plead', 'estimate', 'state', 'speak', 'describe', 'call', 'find', 'continue', 'signal', 'rule', 'determine', 'share', 'highlight', 'welcome', 'praise', 'criticise', 'criticize', 'condemn', 'blame', 'accuse', 'dismiss', 'reject', 'indicate', 'ask', 'answer', 'post', 'repeat']);

/** Titles and honorifics that precede a person's name; they form the role, not the name. */
export const TITLES = new Set(`president vice prime minister secretary senator sen. representative rep. governor gov. mayor
judge justice chief executive chairman chairwoman chair director general gen. colonel col. captain capt. lieutenant lt.
sergeant sgt. officer detective inspector commissioner superintendent ambassador king queen prince princess pope
archbishop bishop cardinal father reverend rev. rabbi imam sheikh dr. dr doctor professor prof. mr. mr mrs. mrs ms. ms
miss sir dame lord lady chancellor premier speaker spokesman spokeswoman spokesperson assemblyman assemblywoman
assemblymember councillor councilman councilwoman congressman congresswoman deputy attorney coach manager head leader
president-elect ceo founder editor minister-president monsignor monsenor swami saint st. state foreign interior defence
defense finance health education justice emergency situations legislator admiral marshal
democrat republican adviser advisor aide envoy counsel correspondent commander trustee treasurer
clerk sheriff constable pastor dean provost principal rector chairperson whip delegate auditor comptroller
magistrate councilor councillor alderman`.split(/\s+/));

/** Head nouns of unnamed sources: a quote from one of these is anonymous. */
export const ANONYMOUS_HEADS = new Set(`official officials source sources spokesman spokeswoman spokesperson
representative representatives resident residents witness witnesses insider insiders person people aide aides
diplomat diplomats observer observers analyst analysts expert experts researcher researchers scientist scientists
authorities police investigators investigator officer officers employee employees worker workers member members
someone somebody reports report study studies scholars scholar egyptologists media outlets activist activists critics
eyewitness eyewitnesses neighbours neighbors relatives friend friends student students organizers organisers
organiser organizer staff doctors doctor nurses lawyers prosecutors children child daughters sons women men
team`.split(/\s+/));

/** Words that make a capitalised run an organisation rather than a person. */
export const ORG_WORDS = new Set(`department ministry university college school post times news agency association
organization organisation party council committee commission court government service services police force army
navy institute center centre bank company corporation corp inc ltd group union church foundation fund network
press journal herald tribune guardian telegraph reuters bbc cnn nbc abc cbs fox espn nasa who un nato eu fbi cia
club team league federation office bureau board authority administration parliament congress senate assembly
cross society hospital laboratory lab observatory museum commission embassy coalition alliance movement
campaign festival conference summit network channel radio television tv magazine daily weekly airlines airways
airport ltd plc llc studio studios records station international institution initiative program programme
project review report magazine brigade patrol guard rescue fire emergency
service highway transit railway railways police sheriff marshals coastguard airline airlines
fc athletic rovers wanderers council tribunal prison academy division zone unit squad command
corps regiment battalion fleet`.split(/\s+/));

/** Nouns that can be the source of reported speech when no name is given. */
export const SOURCE_NOUNS = new Set([...ANONYMOUS_HEADS, ...ORG_WORDS, ...`newspaper paper article motion statement
lawsuit suit filing document documents letter memo ruling verdict survey poll data figures statistics
government ministry department agency company firm group spokesman spokeswoman family families president minister
judge chancellor leader director chair chairman governor mayor prosecutor prosecutors attorney lawyer coach
manager captain chief head owner founder author authors journalist journalists reporter reporters correspondent
counterpart couple parents mother father wife husband son daughter brother sister woman man girl boy victim
victims survivor survivors teacher professor historian economist economists party opposition court judges
jury panel regulator regulators outlet outlets website agencies governments countries state states city
county country nation`.split(/\s+/)]);

/** Kinship and role nouns before a bare first name: "his daughter Gianna". */
export const KIN = new Set(['daughter', 'son', 'wife', 'husband', 'mother', 'father', 'brother', 'sister', 'uncle', 'aunt', 'nephew', 'niece', 'grandson', 'granddaughter', 'grandmother', 'grandfather', 'cousin', 'partner', 'fiancé', 'fiancée', 'widow', 'widower', 'girlfriend', 'boyfriend', 'colleague', 'friend', 'coach', 'teammate']);

export const PRONOUN_ANY = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'who']);

/** Listeners after "told": these are never the content. */
export const LISTENER_NOUNS = new Set(['reporters', 'journalists', 'press', 'media', 'audience', 'crowd', 'supporters', 'lawmakers', 'parliament', 'congress', 'police', 'investigators', 'court', 'jury', 'wikinews', 'viewers', 'listeners', 'readers', 'delegates', 'students', 'staff', 'members', 'colleagues']);

/** Adverbs and auxiliaries that may sit between a source and its verb: "he also said", "officials have said". */
export const BETWEEN_SOURCE_AND_CUE = new Set(`also further later then previously earlier recently again already
has have had was were is are will would could did does do not never repeatedly publicly privately separately
initially first once reportedly had been has been just only even yet still openly explicitly`.split(/\s+/));

