// Every word list the rules read, as data, in one place (test/unit/lexicon.test.ts checks them).
// Reporting verbs are listed by base form; inflect.ts generates their forms.
import { inflect } from './inflect';

/** Every list as written, for the lexicon test (a Set would hide a duplicate entry). */
export const RAW_LISTS: string[][] = [];

/** A whitespace-separated list, for readable multi-line lists. */
function words(list: string): string[] {
  const out = list.split(/\s+/).filter(Boolean);
  RAW_LISTS.push(out);
  return out;
}

/** The reporting verbs' base forms, as listed (for tests and CONTRIBUTING.md). */
export const speechVerbs = (): readonly string[] => SPEECH;

/** Speech and writing verbs: reliable cues whatever the source. Base forms; inflect.ts makes the rest. */
const SPEECH = words(`say tell identify request characterise characterize encourage reassert reaffirm restate reference add announce confirm deny warn claim state explain note insist argue acknowledge admit report write
tweet post declare assert reveal disclose estimate predict allege complain comment remark observe conclude
describe urge stress emphasise emphasize recall recount mention reply respond answer ask agree promise vow
pledge threaten maintain contend concede testify inform assure caution forecast reiterate repeat elaborate
share highlight boast joke quip shout exclaim plead demand propose recommend advise reason cite accuse blame
criticise criticize condemn praise welcome dismiss reject suggest indicate continue speculate hypothesize
hypothesise determine rule find signal speak talk project call refer read retort counter rebut scoff muse
lament grumble concur confide brand label dub hail deride denounce decry applaud credit underscore
underline specify outline detail clarify contest dispute query wonder question instruct mourn apologise
apologize regret show envision envisage charge snap interject gush marvel sigh laugh radio text email`);

/** Bodies that "hear" evidence: "The court heard that ...", "The inquest heard how ..." attributes
 * what follows to the proceedings (UK court reporting), as a cue only after one of these. */
export const HEARING_BODIES: ReadonlySet<string> = new Set(words(`court jury inquest tribunal hearing trial magistrates committee inquiry`));
export const HEARD_FORMS: ReadonlySet<string> = new Set(words(`heard hears`));

/** Phrasal reporting verbs: the particle right after the verb belongs to the cue ("pointed out that"). */
export const PHRASAL_CUES: ReadonlyMap<string, string> = new Map([
  ['point', 'out'], ['speak', 'out'], ['hit', 'back'], ['fire', 'back'], ['weigh', 'in'], ['chime', 'in'], ['spell', 'out'],
]);

/** Verbs only people (or their organisations) do: a noun phrase of any kind before one is a source
 * ("The billionaire magnate says"). "claim", "show", "report" are not among them: "the virus claimed
 * 6,606 lives", "the displays showed". */
export const PEOPLE_VERBS: ReadonlySet<string> = new Set(words(`say tell add ask explain insist argue reply respond admit
acknowledge concede complain joke quip shout exclaim recall recount vow pledge promise testify urge boast scoff muse
lament grumble retort reiterate assert declare`));

/** Verbs of thought and belief: cues only with a named or pronoun source and a clause after them. */
const THOUGHT = words(`believe think feel hope fear consider expect understand doubt worry`);

/** Base forms of the thought verbs, which need a clause after them to report anything. */
export const THOUGHT_BASES: ReadonlySet<string> = new Set(THOUGHT);


/** Words that negate the verb after them. */
export const NEGATIONS: ReadonlySet<string> = new Set(words(`not n't n’t never`));

/** Verbs that report speech only next to a quotation ('"...," he continued'); otherwise they are
 * ordinary verbs ("the company continued to hire"). */
export const QUOTE_ONLY: ReadonlySet<string> = new Set(words(`continue question wonder mourn charge snap interject gush marvel sigh laugh radio text email`));

export interface CueTable {
  /** inflected form → base form */
  speech: Map<string, string>;
  thought: Map<string, string>;
  /** Forms of a phrasal cue's verb → [base, particle] ("pointed" → ["point out", "out"]). */
  phrasal: Map<string, [string, string]>;
  /** Extra cues the caller gave that could not be used (not a word). */
  rejected: string[];
  /** Forms of the caller's extra cues: the desk knows these are verbs, whatever the tagger says. */
  extra: Set<string>;
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
  const rejected: string[] = [];
  const phrasal = new Map<string, [string, string]>();
  const extraForms = new Set<string>();
  for (const [verb, particle] of PHRASAL_CUES) for (const f of inflect(verb)) phrasal.set(f, [`${verb} ${particle}`, particle]);
  for (const b of SPEECH) for (const f of inflect(b)) speech.set(f, b);
  for (const b of THOUGHT) for (const f of inflect(b)) thought.set(f, b);
  for (const e of extra) {
    const b = String(e).toLowerCase().trim();
    // Any letters, in any script ("répliquer" is a word too), with inner hyphens.
    if (/^\p{L}+(?:-\p{L}+)*$/u.test(b)) {
      for (const f of inflect(b)) {
        speech.set(f, b);
        extraForms.add(f);
      }
    }
    else rejected.push(String(e));
  }
  return { speech, thought, phrasal, rejected, extra: extraForms };
}

/** Verbs that take the listener as object before the content: "told reporters (that) ...". */
export const LISTENER_VERBS = new Set(['tell', 'assure', 'inform', 'warn', 'urge', 'advise', 'promise', 'ask']);

/** Of those, the verbs whose object is always the listener: "..., Ann Hale told reporters" has
 * its source before the verb, never after it ('"Why?" asked the mayor' does). */
export const LISTENER_ONLY: ReadonlySet<string> = new Set(words(`tell assure inform advise`));

/** Verbs whose bare use (no "that", no quotation) is rarely reported speech. Every other speech verb
 * may report a noun phrase: "denied the allegations", "announced his resignation", "blamed the
 * council for the flooding", "described the merger as a mistake", "called for calm". */
export const NEEDS_CLAUSE: ReadonlySet<string> = new Set(words(`read refer note mention observe remark declare plead state speak find continue concede agree
signal rule determine share welcome praise criticise criticize condemn dismiss reject indicate
answer post repeat applaud credit decry denounce outline detail clarify specify
question wonder mourn`));

/** Verbs that judge someone for something ("criticised the mayor for cutting the budget"): with
 * "for" after the object, the judgement is reported even without a clause. */
export const JUDGEMENT_VERBS: ReadonlySet<string> = new Set(words(`praise criticise criticize condemn applaud credit denounce decry fault thank dismiss`));

/** Words that open a time clause right after a cue ("said as she left the court"): when it was
 * said, not what. Only "as": after "when", "while", "once" the clause is usually part of what was
 * said ("said once the bridge reopens, traffic will return"). ("as much" is no clause: a subject
 * must follow.) */
export const TIME_CLAUSE_OPENERS: ReadonlySet<string> = new Set(words(`as`));

/** Adverbs of place that join a noun phrase like a noun ("from the observatory and elsewhere"). */
export const PLACE_ADVERBS: ReadonlySet<string> = new Set(words(`elsewhere abroad overseas nationwide worldwide`));

/** Judgement verbs that report only a verdict ("dismissed the report as a smear"), not a reason:
 * "dismissed the case for lack of evidence" is a ruling. */
export const VERDICT_ONLY: ReadonlySet<string> = new Set(words(`dismiss`));

/** Subordinators whose subjectless participle after a report is the speaker's next act: "said
 * she would not run, before leaving the stage". */
export const TAIL_SUBORDINATORS: ReadonlySet<string> = new Set(words(`before after while since`));

/** Words that hedge a time relative to an event: "shortly after", "just before", "moments after". */
export const TIME_HEDGES: ReadonlySet<string> = new Set(words(`just shortly only moments soon`));

/** Verbs of an event's phase: "..., before beginning to weaken" goes on with the reported event. */
export const ASPECT_VERBS: ReadonlySet<string> = new Set(words(`beginning starting continuing resuming ending stopping`));

/** Nouns that sum up a whole clause in the reporter's words after it: "..., a charge his
 * department rejected", "..., a move that surprised investors", "..., a rare rebuke". */
export const REMARK_NOUNS: ReadonlySet<string> = new Set(words(`charge claim accusation allegation assertion move rebuke swipe jab dig reference nod moment`));

/** What is asked of someone when "ask" is a demand: "asked a great deal of him", "asks too much of us". */
export const DEMAND_AMOUNTS: ReadonlySet<string> = new Set(words(`deal lot much more little`));

/** Subjects of "tell" that are no one: "Time will tell whether ...", "History will tell". */
export const IDIOM_TELLERS: ReadonlySet<string> = new Set(words(`time history`));

/** Participles that place people after their noun: "Companies based in Ohio", "troops stationed in Germany". */
export const PLACED_PARTICIPLES: ReadonlySet<string> = new Set(words(`based stationed located headquartered born raised trained deployed posted registered`));

/** Verbs that judge something as something ("considered the plan a failure"). */
export const DEEM_VERBS: ReadonlySet<string> = new Set(words(`consider deem`));

/** Prepositions that belong to a cue before its content: "called for calm", "warned against haste". */
export const CUE_PREPOSITIONS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['call', new Set(['for', 'on', 'to'])], ['warn', new Set(['against', 'of', 'about'])], ['ask', new Set(['for'])],
  ['talk', new Set(['of', 'about'])], ['speak', new Set(['of', 'about'])], ['complain', new Set(['about', 'of'])],
  ['argue', new Set(['for', 'against'])], ['caution', new Set(['against', 'about'])], ['request', new Set(['for'])], ['testify', new Set(['about'])],
  ['comment', new Set(['on', 'about'])], ['joke', new Set(['about'])], ['tweet', new Set(['about'])], ['write', new Set(['about', 'of'])],
  ['boast', new Set(['about', 'of'])], ['brag', new Set(['about', 'of'])], ['report', new Set(['on'])], ['remark', new Set(['on', 'upon'])],
]);

/** Cues that report only through their preposition: "spoke about the war", not "spoke at the rally". */
export const PREPOSITION_ONLY: ReadonlySet<string> = new Set(words(`speak talk`));

/** Titles and honorifics that precede a person's name; they form the role, not the name. */
export const TITLES = new Set(words(`president vice prime minister secretary senator sen. representative rep. governor gov. mayor judge justice
chief executive chairman chairwoman chair director general gen. colonel col. captain capt. lieutenant lt.
sergeant sgt. officer detective inspector commissioner superintendent ambassador king queen prince princess
pope archbishop bishop cardinal father reverend rev. rabbi imam sheikh dr. dr doctor professor prof. mr. mr
mrs. mrs ms. ms miss sir dame lord lady chancellor premier speaker spokesman spokeswoman spokesperson
assemblyman assemblywoman assemblymember councillor councilman councilwoman congressman congresswoman deputy
attorney coach manager head leader president-elect ceo founder editor minister-president monsignor monsenor
swami saint st. state foreign interior defence defense finance health education emergency situations
legislator admiral marshal democrat republican adviser advisor aide envoy counsel correspondent commander
trustee treasurer clerk sheriff constable pastor dean provost principal rector chairperson whip delegate
auditor comptroller magistrate regent councilor alderman comrade cde honour honor mp mep msp cllr coun taoiseach tánaiste tanaiste recorder
alhaji alhaja hajia mallam
barrister defender striker goalkeeper goalie midfielder fullback full-back quarterback batsman referee umpire`));

/** What an abbreviated title means, so that "the doctor" finds "Dr. Omar Diaz" ("dr" is the word of "Dr."). */
export const TITLE_MEANS: ReadonlyMap<string, readonly string[]> = new Map([
  ['dr', ['doctor']], ['prof', ['professor']], ['gov', ['governor']], ['sen', ['senator']], ['rep', ['representative', 'congressman', 'congresswoman']],
  ['gen', ['general']], ['col', ['colonel']], ['capt', ['captain']], ['lt', ['lieutenant']], ['sgt', ['sergeant']], ['rev', ['reverend', 'pastor']],
  ['insp', ['inspector']], ['det', ['detective']], ['supt', ['superintendent']], ['cmdr', ['commander']],
  ['cllr', ['councillor', 'councilor']], ['coun', ['councillor', 'councilor']],
  // A "Foreign Secretary" (Britain, Mexico, India) is what other countries call a foreign minister.
  ['secretary', ['minister']],
]);

/** A role that names no office of its own but the office of someone else: "his Chinese counterpart". */
export const COUNTERPART_NOUNS = new Set(['counterpart', 'counterparts']);

/** Head nouns of unnamed sources: a quote from one of these is anonymous. */
export const ANONYMOUS_HEADS = new Set(words(`official officials source sources spokesman spokeswoman spokesperson representative representatives resident
residents witness witnesses insider insiders person people aide aides diplomat diplomats observer observers
analyst analysts expert experts researcher researchers scientist scientists authorities police investigators
investigator officer officers employee employees worker workers member members someone somebody reports report
study studies scholars scholar egyptologists media outlets activist activists critics eyewitness eyewitnesses
neighbours neighbors relatives friend friends student students organizers organisers organiser organizer staff
doctors doctor nurses lawyers prosecutors children child daughters sons women men team`));

/** Words that make a capitalised run an organisation rather than a person. */
export const ORG_WORDS: ReadonlySet<string> = new Set(words(`co. corp. inc. ltd. rail works energy motors systems industries holdings partners capital technologies technology pharmaceuticals
media entertainment brands resources mining steel oil gas power telecom logistics shipping insurance solutions
ventures foods electric chemicals health department ministry university college school post times news agency
association organization organisation party council committee commission court government service services
police force army navy institute center centre bank company corporation corp inc ltd group union church
foundation fund network press journal herald tribune guardian telegraph reuters bbc cnn nbc abc cbs fox espn
nasa who un nato eu fbi cia club team league federation office bureau board authority administration
parliament congress senate assembly cross society hospital laboratory lab observatory museum embassy coalition
alliance movement campaign festival conference summit channel radio television tv magazine daily weekly
airlines airways airport plc llc studio studios records station international institution initiative program
programme project review report brigade patrol guard rescue fire emergency highway transit railway railways
sheriff marshals coastguard airline fc athletic rovers wanderers tribunal prison academy division zone unit
squad command corps regiment battalion fleet courier gazette chronicle sentinel examiner bulletin inquirer
trio quartet quintet orchestra choir band ensemble cooperative co-op trust aviation charity`));

/** Organisation words that are also common surnames: after a given name they name a person ("Dana Fox", "Amy Church").
 * Newspaper words (Post, Times, Press) are not among them: "Washington" is a given name too. */
export const ORG_SURNAMES: ReadonlySet<string> = new Set(words(`fox church bank banks cross guard marshal union fire rescue
power steel oil gas`));

/** What a source publishes through: "data from X", "a statement by X", "a report from X": X speaks. */
export const DOCUMENT_NOUNS: ReadonlySet<string> = new Set(words(`statement statements report reports data release releases study
studies survey surveys poll polls ruling letter filing figures statistics analysis memo document documents records
estimate estimates census post tweet website notice bulletin order affidavit indictment complaint lawsuit motion
petition verdict warrant subpoena audit audits inquiry investigation probe review`));

/** Documents in which an institution speaks: "the government statement", "a police report". */
export const STATEMENT_NOUNS: ReadonlySet<string> = new Set(words(`statement release report letter memo notice bulletin tweet post announcement`));

/** Verbs that report only for evidence ("A new poll shows that ..."); "He showed he could win" reports nothing. */
export const EVIDENCE_VERBS: ReadonlySet<string> = new Set(['show']);

/** Verbs of what a study or report concludes: with a described study before them ("A study
 * published in the journal found"), the study, not the journal, is the source. */
export const FINDING_VERBS: ReadonlySet<string> = new Set(words(`find conclude suggest indicate estimate reveal report warn`));

/** What can "show" something: documents and the like, named right before the verb. */
export const EVIDENCE_NOUNS: ReadonlySet<string> = new Set([...DOCUMENT_NOUNS, ...words(`research results findings footage video videos evidence audit
review polling tests`)]);

/** A noun for evidence, singular or plural ("poll", "polls", "polling"). */
export const isEvidenceNoun = (w: string): boolean => EVIDENCE_NOUNS.has(w) || (w.endsWith('s') && EVIDENCE_NOUNS.has(w.slice(0, -1)));

/** Words that link a sentence to the one before and open no source phrase: "Yet some parents said". */
export const SENTENCE_LINKS: ReadonlySet<string> = new Set(words(`yet but and so still however meanwhile also`));

/** What reports with no owner are called: "according to reports", "by some accounts". */
export const REPORT_NOUNS: ReadonlySet<string> = new Set(words(`reports accounts rumors rumours`));
/** The forms of "he" and "she" that show a person's gender in the article's own words. */
export const HE_FORMS: ReadonlySet<string> = new Set(words(`he him his himself`));
export const SHE_FORMS: ReadonlySet<string> = new Set(words(`she her hers herself`));
/** Words that qualify reports without saying whose or what kind they are: "according to some unconfirmed
 * reports" ("local news reports" names a kind of source, as the dev gold reads it). */
export const REPORT_KINDS: ReadonlySet<string> = new Set(words(`some several many other earlier initial early later unconfirmed recent numerous
conflicting multiple`));

/** Words before a statement that name its kind, not its issuer: "a news report", "a press release". */
export const GENRE_WORDS: ReadonlySet<string> = new Set(words(`news press media`));

/** Nouns for a person in a role: a phrase headed by one is a person as written ("a Harbour Works spokesman"). */
export const PERSON_NOUNS: ReadonlySet<string> = new Set(words(`person people spokesman spokeswoman spokesperson official officials
librarian librarians pensioner pensioners planner planners monitor monitors nurses backer backers ally allies follower followers rival rivals
representative representatives aide aides adviser advisor advisers advisors executive executives director directors
manager managers officer officers lawyer lawyers attorney attorneys analyst analysts employee employees worker workers
resident residents source sources witness witnesses member members leader leaders owner owners founder head chief
engineer engineers researcher researchers scientist scientists expert experts doctor doctors teacher teachers student
students parent parents neighbour neighbours neighbor neighbors friend friends colleague colleagues investigator
investigators prosecutor prosecutors diplomat diplomats insider insiders activist activists organiser organisers
organizer organizers volunteer volunteers firefighter firefighters economist economists professor spokespeople
artist singer poet writer author farmer chef driver pilot nurse monk blogger journalist photographer
filmmaker actor actress athlete player candidate candidates voter voters critic critics supporter supporters
opponent opponents lawmaker lawmakers legislator legislators senator senators protester protesters demonstrator
demonstrators survivor survivors victim victims passenger passengers customer customers patient patients
fan fans pollster pollsters strategist strategists consultant consultants historian historians speakers interviewee interviewees`));

/** Nouns that can be the source of reported speech when no name is given. */
export const SOURCE_NOUNS = new Set([...ANONYMOUS_HEADS, ...ORG_WORDS, ...DOCUMENT_NOUNS, ...STATEMENT_NOUNS, ...words(`newspaper paper article motion statement lawsuit suit filing document documents letter memo ruling verdict
survey poll data figures statistics government ministry department agency company firm group spokesman
spokeswoman family families president minister judge chancellor leader director chair chairman governor mayor
prosecutor prosecutors attorney lawyer coach manager captain chief head owner founder author authors
journalist journalists reporter reporters correspondent counterpart couple parents mother father wife husband
son daughter brother sister woman man girl boy victim victims survivor survivors teacher professor historian
economist economists party opposition court judges jury inquest tribunal inquiry panel regulator regulators outlet outlets website
agencies governments countries state states city county country nation`)]);

/** Kinship and role nouns before a bare first name: "his daughter Gianna". */
export const KIN = new Set(['daughter', 'son', 'wife', 'husband', 'mother', 'father', 'brother', 'sister', 'uncle', 'aunt', 'nephew', 'niece', 'grandson', 'granddaughter', 'grandmother', 'grandfather', 'cousin', 'partner', 'fiancé', 'fiancée', 'widow', 'widower', 'girlfriend', 'boyfriend', 'colleague', 'friend', 'coach', 'teammate',
  // "their two sons Wyatt and Zachary", "four daughters, Nadine, Ashley and Toni".
  'daughters', 'sons', 'brothers', 'sisters', 'children', 'grandchildren', 'parents', 'cousins', 'stepson', 'stepdaughter']);

export const PRONOUN_ANY = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'who']);

/** Words that open a subordinate clause: "When Kweisi Mfume announced his resignation, Cummings
 * joined the race" reports the resignation, not the race. */
export const SUBORDINATORS: ReadonlySet<string> = new Set(words(`when after before because if although though while since once until unless whereas`));

/** Words that may stand before a subordinator opening the sentence: "Even though", "Just as" ("Only if A will B" inverts its main clause). */
export const FOCUS_ADVERBS: ReadonlySet<string> = new Set(words(`even just`));

/** Nouns for people that a participle phrase may describe: "People briefed on the talks", "officials involved in". */
export const PEOPLE_HEADS: ReadonlySet<string> = new Set(words(`people persons officials sources aides advisers staff staffers employees workers
residents witnesses experts analysts critics supporters opponents voters members lawmakers diplomats investigators
officers police`));

/** Adverbs of degree inside a noun phrase: "the most recent data", "a very senior official". */
export const DEGREE_ADVERBS: ReadonlySet<string> = new Set(words(`most more least less very highly particularly especially`));

/** Nouns for two people named together before ("the couple", "the pair", "the duo"). */
export const PAIR_NOUNS: ReadonlySet<string> = new Set(words(`couple pair duo twins`));

/** Possessive determiners: they open a noun phrase like an article ("her home state"). */
export const POSSESSIVES: ReadonlySet<string> = new Set(words(`my your his her its our their`));

/** Reflexives that may stand between a subject and its verb: "Ford itself said". */
export const REFLEXIVE_PRONOUNS: ReadonlySet<string> = new Set(words(`itself himself herself themselves`));

/** Object pronouns and the subject forms that name the same people: "according to him" is whom "he" is. */
export const OBJECT_PRONOUNS: ReadonlyMap<string, string> = new Map([['him', 'he'], ['her', 'she'], ['them', 'they']]);

/** Verbs of headlines that never belong to a name ("Trump Says ...", "Mayor Tells Council ..."); not
 * "Said", which is also a name ("Qaboos bin Said"). */
export const HEADLINE_VERBS: ReadonlySet<string> = new Set(words(`says tells told warns warned urges urged vows vowed denies denied
admits admitted insists insisted asks asked slams slammed blasts praises praised`));

/** Generational suffixes that end a person's name ("John Conyers Jr."), folded. */
export const NAME_SUFFIXES: ReadonlySet<string> = new Set(words(`jr jr. sr sr. ii iii iv`));

/** Pronouns that can be a clause's subject. */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(words(`he she they we i`));

/** Participles by which a document has its author: "A report released by the state auditor found"
 * (not "A study sponsored by the sugar industry": a sponsor does not speak for the study). */
export const AUTHORED_PARTICIPLES: ReadonlySet<string> = new Set(words(`released published issued written prepared conducted compiled produced authored drafted`));

/** Participles of paying for a document, not writing it: "A study sponsored by the sugar industry
 * concluded" is the study's finding, not the industry's. */
export const SPONSOR_PARTICIPLES: ReadonlySet<string> = new Set(words(`sponsored funded commissioned paid financed backed underwritten bankrolled`));

/** Forms of the verbs a plural cue noun may be the subject of: "Media reports said", "claims suggest". */
export const SAY_FORMS: ReadonlySet<string> = new Set(words(`say says said suggest suggests suggested indicate indicates indicated state stated claim claimed`));

/** First-person pronouns: outside quotation marks, the narrator of an account (a column, an
 * interview answer). ("our" and "us" are left out: "our correspondent", "Us Weekly".) */
export const FIRST_PERSON: ReadonlySet<string> = new Set(words(`i me my we`));

/** Subject pronouns for someone the story reports on. "I" and "we" outside quotation marks are the
 * writer or an interviewee answering, whose own words the story already is. */
export const THIRD_PERSON_SUBJECTS: ReadonlySet<string> = new Set(words(`he she they`));

/** Words that open a relative clause: ", who took office in May" describes, it reports nothing. */
/** Relative pronouns that open a clause describing the noun before them: "a Democrat who has ...". */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(words(`who whom whose which`));

export const RELATIVE_WORDS: ReadonlySet<string> = new Set(words(`who whom whose which where when while whereas`));

/** Listeners after "told": these are never the content. */
export const LISTENER_NOUNS = new Set(['reporters', 'journalists', 'press', 'media', 'audience', 'crowd', 'supporters', 'lawmakers', 'parliament', 'congress', 'police', 'investigators', 'court', 'jury', 'wikinews', 'viewers', 'listeners', 'readers', 'delegates', 'students', 'staff', 'members', 'colleagues']);

/** Heads of poll and crowd sources: "60 percent of voters said", "Two in three said", "Those surveyed
 * said", "Many said". Such a source is unnamed, as written. */
export const CROWD_HEADS: ReadonlySet<string> = new Set(words(`percent per cent percentage % majority minority plurality
majorities minorities pluralities half third thirds quarter quarters two-thirds three-quarters fourths fifths tenths share respondents voters surveyed polled questioned
interviewed some many most several few others both all none another`));

/** Numbers that count people before "of": "Two of them said", "dozens of the workers". */
export const COUNT_WORDS: ReadonlySet<string> = new Set(words(`one two three four five six seven eight nine ten dozens hundreds thousands`));

/** Participles that follow the people of a poll: "voters polled", "those surveyed". */
export const POLLED_PARTICIPLES: ReadonlySet<string> = new Set(words(`polled surveyed questioned interviewed asked sampled`));

/** Conjunctions that set a clause against the one before: ", while others say ...". */
export const CONTRAST_WORDS: ReadonlySet<string> = new Set(words(`while whereas but although though`));

/** Shares and rough counts an estimate may open with: "about half of the staff", "around a dozen". */
export const FRACTION_WORDS: ReadonlySet<string> = new Set(words(`half third thirds quarter quarters dozen dozens hundreds thousands millions fifth tenth`));

/** The parents or spouses of a family and the gender each role gives: "the mother said" in a family
 * the article named. (A child, "the daughter", is seldom one of the people named.) */
export const KIN_GENDER: ReadonlyMap<string, 'female' | 'male'> = new Map([
  ...words(`mother wife widow`).map((w) => [w, 'female'] as const),
  ...words(`father husband widower`).map((w) => [w, 'male'] as const),
]);

/** Groups of people that "they" may stand for: "The team found ... they reasoned". */
export const COLLECTIVE_NOUNS: ReadonlySet<string> = new Set(words(`team group panel committee council board jury staff crew family couple band`));

/** Participles of a passive label: "He was known as a "friend to all"" quotes what others called him. */
export const LABEL_PARTICIPLES: ReadonlySet<string> = new Set(words(`known called dubbed nicknamed described regarded seen hailed branded labelled labeled billed`));

/** Things with words written on them: "a banner saying "united in diversity"" quotes no speaker. */
export const SIGN_NOUNS: ReadonlySet<string> = new Set(words(`banner banners sign signs placard placards poster posters shirt shirts t-shirt t-shirts billboard billboards sticker stickers`));

/** Verbs whose subject gets a document rather than writes it: "Residents received a letter saying
 * ..." is not the residents' report. */
export const RECEIVING_VERBS: ReadonlySet<string> = new Set(words(`receive receives received receiving get gets got getting obtain obtains obtained obtaining read reads review reviews reviewed see sees saw seen`));

/** Cues an infinitive of purpose may carry: "took to Twitter to say ...". */
export const SPEECH_PURPOSE: ReadonlySet<string> = new Set(words(`say announce declare argue warn deny claim insist complain explain`));

/** Verbs that withhold what follows them: "declined to say", "refused to confirm". */
export const WITHHOLD_VERBS: ReadonlySet<string> = new Set(words(`declined declines refused refuses refusing declining unable reluctant hesitant wants wanted expected`));

/** Participles of hearsay before "to have said": "The minister is reported to have said ...". */
export const REPORTED_PARTICIPLES: ReadonlySet<string> = new Set(words(`reported said understood believed thought known alleged`));

/** Caption credits: "Image: C.Suthorn.", "Photo: Ann Lee". */
export const CREDIT_WORDS: ReadonlySet<string> = new Set(words(`image photo photograph picture credit`));

/** Words that end a source phrase's head part: "A spokeswoman for the authority", "a person familiar with ...". */
export const AFTER_HEAD: ReadonlySet<string> = new Set(words(`for of at with from in who close familiar`));

/** Determiners of one thing or person: "a spokeswoman", "one official", "the officer". */
export const SINGULAR_DETERMINERS: ReadonlySet<string> = new Set(words(`a an one the`));

/** Nouns for any organisation: "the company" means the one named last, whatever its name. */
export const GENERIC_ORG_NOUNS: ReadonlySet<string> = new Set(words(`company firm group organisation organization business retailer carrier airline operator charity trust chain manufacturer club`));

/** Nouns for bodies a name before them may run: "the Houthi movement", "the London Underground system". */
export const EMPLOYER_NOUNS: ReadonlySet<string> = new Set([...GENERIC_ORG_NOUNS, ...words(`movement system network agency authority service`)]);


/** Units of how long something lasted: "for more than three hours". */
export const DURATION_UNITS: ReadonlySet<string> = new Set(words(`seconds minutes hours days weeks months years decades`));

/** Nouns an age may stand with for the person named last: "the 31-year-old man". */
export const AGE_NOUNS: ReadonlySet<string> = new Set(words(`man woman`));

/** Comparatives before "than" in a share: "more than 4 in 10", "fewer than half". */
export const COMPARATIVES: ReadonlySet<string> = new Set(words(`more fewer less`));

/** One-word answers a verb of speech can report: "Asked if he would run, he said no." */
export const ANSWER_WORDS: ReadonlySet<string> = new Set(words(`yes no`));

/** Quantifiers that stand for people before a verb: "Some say", "Many said". */
export const QUANTIFIER_PRONOUNS: ReadonlySet<string> = new Set(words(`some many most several few others both all none another someone somebody`));

/** Complementizers that open reported questions: "asked whether ...", "wondered why ...". */
export const QUESTION_WORDS: ReadonlySet<string> = new Set(words(`whether if why how what who when where which`));

/** Question words after "question" that make it a reporting verb: "questioned whether", "questioned
 * why". (Not "who" or "what": "questioned who was there" may be an interview.) */
export const REPORTED_QUESTIONS: ReadonlySet<string> = new Set(words(`whether why how if`));

/** What a person's words are called when a sentence about them opens a quotation: "His objection
 * was simple:", "Hale's message to lawmakers was blunt:". */
export const MESSAGE_NOUNS: ReadonlySet<string> = new Set(words(`message objection response reply answer advice warning verdict
argument explanation position plea retort instruction instructions`));

/** What "tell" can take that is no report: "told a joke", "told the truth", "told lies". */
export const TOLD_ACTS: ReadonlySet<string> = new Set(words(`joke jokes truth lie lies fib fibs`));

/** Nouns of "In his view, ...", "In the opinion of X, ...": a setting that names whose words follow. */
export const VIEW_NOUNS: ReadonlySet<string> = new Set(words(`view opinion words estimation assessment analysis judgment
judgement account telling reckoning`));

/** Words of time that may follow a cue without being its object: "said Monday", "said last week". */
export const TIME_WORDS: ReadonlySet<string> = new Set(words(`monday tuesday wednesday thursday friday saturday sunday
today yesterday tonight tomorrow week weekend month year morning afternoon evening night earlier later recently afterwards afterward
january february march april may june july august september october november december`));

/** Words that open a time phrase: "on Monday", "last week", "early Tuesday". */
export const TIME_LEADS: ReadonlySet<string> = new Set(words(`on last this next early late that each`));

/** Prepositions that open an estimate, not a setting: "about 200 people attended". */
export const QUANTITY_PREPOSITIONS: ReadonlySet<string> = new Set(words(`about around over under nearly almost up`));

/** Roles held "to" someone: "an aide to the mayor", "an adviser to the president". */
export const ROLES_TO: ReadonlySet<string> = new Set(words(`aide aides adviser advisers advisor advisors assistant counsel
spokesman spokeswoman spokesperson envoy ambassador successor heir`));

/** Adverbs and auxiliaries that may sit between a source and its verb: "he also said", "officials have said". */
export const BETWEEN_SOURCE_AND_CUE = new Set(words(`also further later then previously earlier recently again already has have had was were is are will would
could did does do not never repeatedly publicly privately separately 's ’s 're ’re 've ’ve 'd ’d 'll ’ll initially first once reportedly long often frequently sometimes usually now since been just
only even yet still openly explicitly overall generally mostly broadly itself himself herself themselves here`));

/** Quantifiers that float after their subject, before its verb: "They all said", "the two both denied". */
export const FLOATING_QUANTIFIERS: ReadonlySet<string> = new Set(words(`all both each`));

// ---- Claim signals, name shapes, gender words (moved here so every list lives in one place) ----

/** Month names and abbreviations: a number next to one is a date, not a figure. */
export const MONTHS: ReadonlySet<string> = new Set(words(`january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec`));

/** Number words that make a figure. */
export const NUMBER_WORDS: ReadonlySet<string> = new Set(words(`two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred hundreds thousand thousands million millions billion billions trillion dozen dozens half halved doubled tripled several percent per %`));

/** What makes a number a statistic rather than a count anyone can see. */
export const SHARE_WORDS: ReadonlySet<string> = new Set(words(`percent per % percentage`));
export const CHANGE_FIGURES: ReadonlySet<string> = new Set(words(`half halved doubled tripled quadrupled`));
export const LARGE_NUMBERS: ReadonlySet<string> = new Set(words(`thousand thousands million millions billion billions trillion`));
/** A toll: "20 killed", "killing 20". */
export const TOLL_NOUNS: ReadonlySet<string> = new Set(words(`killed dead died injured wounded deaths casualties infected cases victims`));
export const TOLL_VERBS: ReadonlySet<string> = new Set(words(`killed killing injured infected`));
/** A vague count that is a figure on its own ("several joint military exercises"), unless it is a duration ("for several years") or a kind ("one of several diseases"). */
export const VAGUE_COUNTS: ReadonlySet<string> = new Set(words(`several`));
/** Vague counts that make a characterisation a figure ("dozens of massive craters"). */
export const VAGUE_WITH_CHARACTER: ReadonlySet<string> = new Set(words(`dozens scores`));
/** Absolutes that make a "will" sentence a prediction worth sourcing. */
export const ABSOLUTES: ReadonlySet<string> = new Set(words(`first most never all every no`));
/** After a number, a clock time; before one, a numbered thing ("round 5", "route 66"): no figure. */
export const TIME_SUFFIXES: ReadonlySet<string> = new Set(words(`a.m. p.m. am pm gmt utc o'clock`));
export const NUMBERED_NOUNS: ReadonlySet<string> = new Set(words(`round week day chapter article section route game stage`));
/** Ordinals before "half": "the first half" of a match is a time, not a share. */
export const HALVES_OF: ReadonlySet<string> = new Set(words(`first second`));
/** Fractions other than "half" ("a third of", "two-thirds"); after "a" with a noun they are ordinals ("a third term"). */
export const FRACTIONS: ReadonlySet<string> = new Set(words(`third thirds quarter quarters fifth fifths tenth tenths`));
/** After "a" or a number, a fraction is a noun whatever wink said ("a third say"); "fourth" only here,
 * since as a share it is rare beside "the Fourth of July". */
export const FRACTION_NOUNS: ReadonlySet<string> = new Set([...FRACTIONS, ...words(`half fourth fourths`)]);
/** After "half", a position or a period, not a share: flags at half staff, half time. */
export const HALF_NOT_SHARE: ReadonlySet<string> = new Set(words(`staff mast time`));
/** Before "half", what makes it a share even at the end of a phrase: "cut in half", "by half", "more than half". */
export const HALF_SHARE_LEADS: ReadonlySet<string> = new Set(words(`in by than a nearly almost about over`));
/** After "N hours", a time relative to another event ("13 hours later", "six minutes ahead"), not a statistic. */
export const RELATIVE_TIME: ReadonlySet<string> = new Set(words(`later earlier ago ahead behind after before`));

/** After a superlative, a rank in an office ("the most senior Democrat", "the highest ranking officer"): a matter of record. */
export const RANK_WORDS: ReadonlySet<string> = new Set(words(`senior ranking`));
/** Superlatives of age that pick a member of a group out ("the youngest of their children"), no record. */
export const AGE_SUPERLATIVES: ReadonlySet<string> = new Set(words(`oldest youngest eldest`));
/** Before "record", a scope that makes it a claim even after "the" ("broke the world record"). */
export const RECORD_SCOPES: ReadonlySet<string> = new Set(words(`world all-time national olympic continental european american british course career`));

/** Records and superlatives. */
export const RECORD: ReadonlySet<string> = new Set(words(`largest biggest highest lowest most worst best record unprecedented longest shortest fastest slowest deadliest strongest weakest greatest richest poorest historic first-ever faster slower`));

/** A streak ("for a fifth consecutive year", "six years running"): with a measure or a change in
 * the sentence, a record in other words. */
export const STREAK_UNITS: ReadonlySet<string> = new Set(words(`year years month months week weeks quarter quarters season seasons day days time`));

/** Perfect forms of a change, for streaks ("has fallen for a fifth year"). */
export const CHANGE_PARTICIPLES: ReadonlySet<string> = new Set(words(`fallen risen grown shrunk doubled halved missed`));

/** What else a streak may be of: "missed its target for six years running". */
export const STREAK_MEASURES: ReadonlySet<string> = new Set(words(`target targets`));

/** Words before a number that make it an estimate ("about 200", "at least 20"). */
export const APPROX: ReadonlySet<string> = new Set(words(`about around approximately nearly almost over least than roughly estimated some up only just exceeded exceed exceeds surpassed`));

/** Places in a league table: "ranks 48th", "ranked last". */
export const RANK_PLACES: ReadonlySet<string> = new Set(words(`first second third last bottom top`));
/** What a ranking nobody is named for ranks among: "in the nation", "among the states". */
export const RANK_SCOPES: ReadonlySet<string> = new Set(words(`nation country state region county world`));

/** "an average of 11 minutes", "a median of 40 days": a statistic follows. */
export const AVERAGE_WORDS: ReadonlySet<string> = new Set(words(`average median mean`));

/** What can rise and fall: a measure before a verb of change ("rates dropped after ..."). */
export const MEASURE_NOUNS: ReadonlySet<string> = new Set(words(`rate rates price prices sales shares numbers figures cost costs value values level
levels turnout attendance enrolment enrollment output exports imports ratings support revenue revenues profit profits population
cases deaths demand spending unemployment inflation crime emissions income wages`));
/** Verbs of change that, put after an event ("rates dropped after two children died"), imply a cause. */
export const CHANGE_VERBS: ReadonlySet<string> = new Set(words(`dropped fell rose jumped surged plunged soared declined increased decreased
slumped spiked tumbled dipped climbed`));

/** Causal links (phrases). */
export const CAUSE: readonly string[] = ['because', 'due to', 'caused', 'causing', 'led to', 'leading to', 'resulted in', 'as a result', 'associated with', 'linked to', 'triggered', 'blamed', 'thanks to', 'responsible for', 'the result of', 'a result of', 'direct result of', 'a consequence of', 'the consequence of', 'stemmed from', 'stems from', 'stem from', 'driven by', 'made worse by', 'traced to', 'fuelled by', 'fueled by', 'sparked by', 'will lead to'];

/** Wrongdoing stated as fact ("took bribes", "rigged the vote"); words that only name a subject ("a fraud trial") are matters of record. */
export const ALLEGATION: ReadonlySet<string> = new Set(words(`rigged lied lying cover-up covered bribe bribes bribed embezzled stole defrauded cheated corrupt colluded extorted
falsified forged fabricated doctored misused misappropriated laundered swindled looted plagiarised plagiarized`));

/** Hearsay with no source (phrases): the sentence says someone said, without saying who. */
export const HEARSAY: readonly string[] = ['reportedly', 'allegedly', 'purportedly', 'supposedly', 'ostensibly', 'rumored', 'rumoured', 'rumors', 'rumours', 'it was reported', 'it is reported', 'it is believed', 'it was believed', 'is said to', 'are said to', 'was said to', 'were said to', 'said to be', 'said to have', 'is believed to', 'are believed to', 'was believed to', 'were believed to', 'is understood to', 'are understood to', 'was understood to', 'were understood to', 'is alleged to', 'are alleged to', 'was alleged to', 'were alleged to', 'is thought to', 'are thought to', 'widely believed', 'widely expected', 'widely anticipated', 'widely suspected', 'widely seen', 'widely regarded', 'widely considered', 'was considered', 'is considered', 'are considered', 'by some accounts', 'by reports'];

/** Words in -est that are no superlative ("the latest news", "the nearest town"). */
export const NOT_SUPERLATIVE: ReadonlySet<string> = new Set(words(`latest nearest honest modest earliest interest forest request suggest test west protest arrest contest chest rest guest quest harvest invest manifest digest attest detest infest`));

/** Hedged forecasts that make a sentence a prediction whatever its verb (phrases). */
export const LIKELIHOOD: readonly string[] = ['will likely', 'will probably', 'will almost certainly', 'almost certain to', 'all but certain to', 'virtually certain to', 'poised to'];
/** Words of a definition, which states no fact to source (phrases; "is defined as" is matched with a word between too). */
export const DEFINITIONS: readonly string[] = ['refers to', 'is a term for'];
/** Before a sum, what makes it a price on the record ("Shares closed at $31.20", "sold for $5"). */
export const PRICE_LEADS: ReadonlySet<string> = new Set(words(`priced closed sell sells sold`));
/** Things whose "cost" is a unit price ("Tickets cost $45"); "The tunnel cost $90m" is a sum to source. */
export const PRICED_UNITS: ReadonlySet<string> = new Set(words(`tickets ticket admission entry fare fares seats subscriptions membership`));

/** A rule, in which a share is a threshold ("a two-thirds majority is needed"), not a statistic (phrases). */
export const REQUIREMENTS: readonly string[] = ['must', 'is needed', 'are needed', 'is required', 'are required', 'needed to', 'required to'];

/** Verb forms whose tense their spelling does not show ("went", "is"); modals have none of their own. */
export const PAST_FORMS: ReadonlySet<string> = new Set(words(`was were had did went came said told wrote gave took made got knew saw thought
began ran kept left held brought stood spoke found felt lost won meant sent put set cut paid led read heard sought taught`));
export const PRESENT_FORMS: ReadonlySet<string> = new Set(words(`is are am has have does do`));
export const MODALS: ReadonlySet<string> = new Set(words(`will would can could may might shall should must`));

/** Predictions (phrases). */
export const PREDICTION: readonly string[] = ['will', 'would become', 'expected to', 'likely to', 'is set to', 'are set to', 'forecast', 'poised to', 'on track to'];

/** Characterisations (phrases). */
export const CHARACTER: readonly string[] = ['humiliating', 'climbdown', 'disorganised', 'disorganized', 'understaffed', 'chronically', 'costly mistake', 'major blow', 'a blow to', 'slow to react', 'slow to respond', 'slow to act', 'careful not to', 'well-known', 'well known', 'prominent', 'evident', 'clearly', 'dramatic', 'dramatically', 'massive', 'great importance', 'significant', 'significantly', 'controversial', 'notorious', 'famous', 'renowned', 'severe', 'crucial', 'huge', 'vast', 'no legal standing', 'merely', 'refrained', 'rapprochement', 'long-standing', 'resurgence', 'mistrust', 'hesitancy', 'crisis', 'unequal', 'great', 'strategic', 'closeness', 'quickly became', 'plagued by', 'dogged by', 'beset by', 'thinly veiled', 'fiasco', 'chaotic', 'shambolic', 'botched', 'crushing blow', 'politically motivated', 'shaky', 'poorly', 'did nothing to', 'done little to', 'did little to', 'no effect on', 'looked the other way', 'far worse', 'far better', 'far safer', 'much worse', 'rife', 'disastrous', 'heavy-handed', 'badly organised', 'badly organized', 'badly managed', 'deliberately', 'reckless', 'recklessly', 'dangerously', 'costly failure', 'ignored repeated warnings', 'ignored warnings', 'played down', 'been slow to', 'was slow to', 'were slow to', 'is slow to', 'are slow to'];

/** Name particles: "de la", "van der", "bin". */
export const PARTICLES: ReadonlySet<string> = new Set(words(`de da van von bin al del la le di du dos das der ter ten ibn y`));

/** Last words of place, event and law names ("Hong Kong", "World Cup"), which are no person. */
export const PLACE_LAST: ReadonlySet<string> = new Set(words(`sea ocean river island islands street avenue road lane drive boulevard close crescent city county state states kingdom republic kong bay gulf strait mountains valley park square airport station province region district coast lake canal bridge arabia zealand korea africa america asia europe east emirates guinea lanka delhi york jersey hampshire carolina dakota mexico angeles vegas diego francisco jose paulo aires salvador rica leone marino domingo territory peninsula desert forest hills heights beach harbour harbor port fort canyon falls war day cup games olympics championship championships marathon award awards prize open bowl series festival trophy tournament invitational conference prix act bill law treaty accord virus disease syndrome equinox comicon con expo week month year`));

/** A firm's trade, written before its name ("Chipmaker Intel", "budget airline Ryanair"): the
 * trade nouns, and the endings that make one ("carmaker", "tour operator"). */
export const TRADE_NOUNS: ReadonlySet<string> = new Set(words(`airline bank firm company group giant chain startup start-up regulator watchdog`));
export const TRADE_ENDINGS: readonly string[] = words(`maker operator developer retailer insurer lender carrier producer manufacturer builder broker supplier broadcaster publisher`);

/** Prepositions that tie a person to the one they speak for or belong to ("a lawyer for X",
 * "an aide to X", "the wife of X"). */
export const SPEAKS_FOR: ReadonlySet<string> = new Set(words(`for to of`));

/** Courtesy titles and the gender they give. */
export const COURTESY_GENDER: ReadonlyMap<string, 'female' | 'male'> = new Map([
  ...words(`mr`).map((w) => [w, 'male'] as const),
  ...words(`mrs ms miss`).map((w) => [w, 'female'] as const),
]);

/** Compound nouns whose first word wink may read as a verb ("the center-left think tank"). */
export const VERB_LIKE_COMPOUNDS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['think', new Set(words(`tank tanks`))], ['talk', new Set(words(`show shows`))],
]);

/** Last words of sports clubs' names ("Halton United", "Bristol Rovers"). */
export const CLUB_LAST: ReadonlySet<string> = new Set(words(`united rovers athletic wanderers albion hotspur`));

/** First words of place names ("New", "San", "Mount"). */
export const PLACE_FIRST: ReadonlySet<string> = new Set(words(`new north south east west san santa los las saint st. upper lower greater central northern southern eastern western united mount lake cape port fort el hong sri costa puerto buenos rio abu tel the
american british french german italian spanish chinese japanese russian indian canadian australian irish scottish welsh english mexican brazilian
african european asian arab israeli palestinian iranian iraqi syrian turkish greek polish dutch swiss swedish norwegian danish finnish korean`));

/** Capitalised words that are no name on their own (days, months, platforms). */
export const NOT_NAME: ReadonlySet<string> = new Set(words(`monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december god internet covid-19 twitter facebook instagram youtube wikinews i`));

/** Title words that modify a following title ("Health Minister", "Vice President") rather than stand alone. */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set(words(`state foreign interior defence defense finance health education justice emergency situations vice deputy general chief head executive prime attorney father saint st.`));

/** Modifier titles that also stand before a bare surname: "U.S. Attorney Bash", "Deputy Reed". */
export const SURNAME_TITLES: ReadonlySet<string> = new Set(words(`attorney chief deputy`));

/** Titles and role nouns that give a person's gender, for pronoun agreement. */
export const FEMALE_WORDS: ReadonlySet<string> = new Set(words(`mrs mrs. ms ms. miss madam dame lady queen princess duchess countess sister mother wife daughter widow grandmother aunt niece girlfriend fiancée spokeswoman chairwoman congresswoman assemblywoman councilwoman businesswoman actress sportswoman policewoman woman girl`));

export const MALE_WORDS: ReadonlySet<string> = new Set(words(`mr mr. sir lord king prince duke count brother father husband son widower grandfather uncle nephew boyfriend fiancé spokesman chairman congressman assemblyman councilman businessman actor sportsman policeman man boy`));

/** What an organisation publishes through: "the WHO's website" speaks for the WHO. */
export const MEDIA_OF: ReadonlySet<string> = new Set(words(`website statement account page report release blog office twitter feed site memoir memoirs autobiography diary`));
/** Verbs of change that make "will ..." a prediction: "prices will double". */
export const PREDICTED_CHANGES: ReadonlySet<string> = new Set(words(`double triple rise fall grow surge collapse reach exceed drop
soar plunge increase decrease halve shrink top cost worsen deteriorate lose win fail worse`));
