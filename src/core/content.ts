// Reported content: the clause a cue introduces ("said (that) CONTENT", "CONTENT, X said"),
// where it starts and ends, and when a quotation makes it direct speech only.
import { Tokens } from './nlp';
import { QuotePair, endOf } from './quoteMarks';
import { DEMAND_AMOUNTS, FOCUS_ADVERBS, MODALS, PEOPLE_HEADS, TAIL_SUBORDINATORS, TIME_HEDGES, LISTENER_ONLY, NEGATIONS, FRACTION_WORDS, QUANTIFIER_PRONOUNS, SUBORDINATORS, CUE_PREPOSITIONS, DEEM_VERBS, JUDGEMENT_VERBS, LISTENER_NOUNS, LISTENER_VERBS, NEEDS_CLAUSE, PLACE_ADVERBS, POSSESSIVES, REMARK_NOUNS, ASPECT_VERBS, QUANTITY_PREPOSITIONS, QUESTION_WORDS, RELATIVE_WORDS, SUBJECT_PRONOUNS, THOUGHT_BASES, TIME_CLAUSE_OPENERS, TIME_LEADS, TIME_WORDS, TOLD_ACTS, VERDICT_ONLY } from './lexicon';
import { Cue, intervalBefore } from './cues';
import { isMoney, startsUpper } from './letters';
import { OPEN_MARKS, Tense, answerAt, describingParticiple, isBe, isDashAt, isCapWord, tenseOf, finiteClause, finiteVerbIn, isCloseMark, isWordTok, npRight, numberBound } from './chunks';



/** "In remarks to the press," is a setting, not reported content. */
export function leadingPhraseOnly(t: Tokens, a: number, e: number): boolean {
  if (t.pos[a] !== 'ADP' && t.pos[a] !== 'ADV' && t.pos[a] !== 'SCONJ') return false;
  // "around 50 gallons of diesel fuel, officials said, spilled": an estimate is a subject.
  if (QUANTITY_PREPOSITIONS.has(t.low[a]) && t.pos[a + 1] === 'NUM') return false;
  for (let i = a; i < e; i++) if ((t.pos[i] === 'VERB' || t.pos[i] === 'AUX') && t.low[i] !== 'according') return false;
  return true;
}

/** After the judged object at `np`: the reason ("criticised the mayor for cutting the budget") or
 * the verdict ("dismissed the audit as a smear"); not a time clause ("criticised the plan as the
 * vote neared"), and "dismissed the case for lack of evidence" is a ruling. */
function judgedFor(t: Tokens, base: string, np: number, hi: number, inQuote: Int32Array): boolean {
  if (!JUDGEMENT_VERBS.has(base)) return false;
  if (t.low[np] === 'for') return !VERDICT_ONLY.has(base);
  return t.low[np] === 'as' && !finiteClause(t, np + 1, hi, inQuote);
}

/** "a forum hosted by the Gazette": a past participle right after a noun, with its agent. */
const reducedRelative = (t: Tokens, k: number): boolean => /ed$/.test(t.low[k]) && (t.pos[k - 1] === 'NOUN' || t.pos[k - 1] === 'PROPN') && t.low[k + 1] === 'by';

/** "When Ann Hale thanked the crowd, a man shouted": a subordinate clause alone is the setting of
 * the clause after it, not what that clause's subject said. Not alone: with a main clause after
 * a comma in it ("Because the storm hit, the bridge closed"), or after its own subject with no
 * comma ("When the storm hits the town will flood"). A cue of its own inside ("When Hale thanked
 * the crowd and said ...") makes it a clause about that speech, whatever follows. */
export function subordinateOnly(t: Tokens, a: number, e: number, inQuote: Int32Array, cueInside: boolean): boolean {
  // ("On Tuesday, even as shares were tumbling, Ackman wrote": a short setting and a focus adverb
  // may open it; "as" with a clause of its own subordinates too.)
  const opener = shortOpener(t, a, e);
  if (opener > a) a = opener;
  if (FOCUS_ADVERBS.has(t.low[a]) && a + 1 < e) a++;
  if (!SUBORDINATORS.has(t.low[a]) && !(t.low[a] === 'as' && finiteClause(t, a + 1, e, inQuote))) return false;
  for (let i = a + 1; i + 1 < e; i++) if (t.val[i] === ',' && inQuote[i] < 0 && (finiteClause(t, i + 1, e, inQuote) || finiteVerbIn(t, i + 1, e))) return false;
  return cueInside || subjectVerbs(t, a + 1, e) <= 1;
}

/** A finite verb in [a, e), a relative clause's included: "fixing the plant, which was damaged,
 * may take a year"; a past form after a noun too ("closing the gym saved money"). */
function finiteVerbAfter(t: Tokens, a: number, e: number): boolean {
  for (let i = a; i < e; i++) {
    if (t.pos[i] !== 'AUX' && t.pos[i] !== 'VERB') continue;
    // (After an article a "verb" is a noun: "added her voice to the calls for reform".)
    if (t.low[i - 1] === 'to' || t.low[i].endsWith('ing') || t.pos[i - 1] === 'DET') continue;
    if (t.pos[i] === 'AUX' || !/(ed|en)$/.test(t.low[i]) || (i > a && (t.pos[i - 1] === 'NOUN' || t.pos[i - 1] === 'PROPN'))) return true;
  }
  return false;
}

/** The first verb in [a, e) is in the past tense: "after members walked out", not "after it is signed". */
function pastVerbIn(t: Tokens, a: number, e: number): boolean {
  for (let i = a; i < e; i++) if (t.pos[i] === 'VERB' || t.pos[i] === 'AUX') return tenseOf(t, i) === 'past';
  return false;
}

/** After "On Tuesday," or "In 2019,": where the clause after a short opening phrase with no verb starts, or -1. */
function shortOpener(t: Tokens, a: number, e: number): number {
  if (t.pos[a] !== 'ADP' && !TIME_WORDS.has(t.low[a]) && !TIME_LEADS.has(t.low[a])) return -1;
  for (let i = a + 1; i < e && i <= a + 4; i++) {
    if (t.val[i] === ',') return i + 1 < e ? i + 1 : -1;
    if (t.pos[i] === 'VERB' || t.pos[i] === 'AUX') return -1;
  }
  return -1;
}

/** How many verb groups in [a, e) follow a subject of their own (a noun or pronoun right before). */
function subjectVerbs(t: Tokens, a: number, e: number): number {
  let n = 0;
  for (let i = a + 1; i < e; i++) {
    const verb = t.pos[i] === 'AUX' || t.pos[i] === 'VERB';
    const subject = t.pos[i - 1] === 'NOUN' || t.pos[i - 1] === 'PROPN' || t.pos[i - 1] === 'PRON';
    if (verb && subject && !t.low[i].endsWith('ing')) n++;
  }
  return n;
}

/** An object followed by what is said of it: a noun phrase, an adjective or a quotation. */
function doubleObject(t: Tokens, c: number, hi: number): boolean {
  // "called her a liar" (her = the object) or "called her son a hero" (her = his or her).
  if (t.pos[c] === 'PRON' && c + 1 < hi) {
    // After a pronoun a bare noun is the object's own ("called her office"), unless plural ("called them liars").
    const n = c + 1;
    const plural = t.pos[n] === 'NOUN' && t.low[n].endsWith('s') && (t.low[c] === 'them' || t.low[c] === 'us');
    if (plural || (t.pos[n] !== 'NOUN' && secondObject(t, n, hi))) return true;
  }
  const e = nounPhraseEnd(t, c, hi);
  return e > c && secondObject(t, e, hi);
}

/** End of a plain object noun phrase at c ("the new bus schedule", "her fallen son"), or c. */
function nounPhraseEnd(t: Tokens, c: number, hi: number): number {
  let e = c;
  if (POSSESSIVES.has(t.low[e]) || t.pos[e] === 'DET') e++;
  for (let owners = 0; ; owners++) {
    // "Theresa May's proposed Brexit deal": an owner, then modifiers (a participle too), then nouns.
    while (e < hi && (t.pos[e] === 'ADJ' || (owners > 0 && t.low[e].endsWith('ed') && t.pos[e] === 'VERB'))) e++;
    const nouns = e;
    while (e < hi && (t.pos[e] === 'NOUN' || t.pos[e] === 'PROPN')) e++;
    if (e === nouns) return owners > 0 ? e : c;
    if (owners >= 2 || e + 1 >= hi || (t.low[e] !== "'s" && t.low[e] !== '’s')) return e;
    e++;
  }
}

/** What is said of the object starts at e: a noun phrase, an adjective or a quotation. */
function secondObject(t: Tokens, e: number, hi: number): boolean {
  if (e >= hi) return false;
  return t.pos[e] === 'DET' || t.pos[e] === 'ADJ' || t.pos[e] === 'NOUN' || POSSESSIVES.has(t.low[e]) || OPEN_MARKS.has(t.val[e]);
}

/** End of a named listener ("the Herald", "the New York Times") when a clause or "that" follows it, else -1. */
function outletEnd(t: Tokens, from: number, hi: number, inQuote: Int32Array): number {
  let j = from;
  while (j < hi && t.pos[j] !== 'PUNCT' && startsUpper(t.val[j])) j++;
  return j < hi && (t.low[j] === 'that' || finiteClause(t, j, hi, inQuote)) ? j : -1;
}

/** "reasserted the openness of the project, which is aimed at ...": what a noun phrase reported
 * ends before a relative clause describing it; a clause ("said the bridge, which ..., would") keeps it. */
function objectEnd(t: Tokens, c: number, e: number, inQuote: Int32Array): number {
  if (finiteClause(t, c, e, inQuote)) return e;
  // "announced her death on Tuesday": a time after the object is when, not what.
  let end = e;
  while (end > c && t.pos[end - 1] === 'PUNCT') end--;
  let verb = false;
  for (let i = c; i < end; i++) if (t.pos[i] === 'VERB' || t.pos[i] === 'AUX') verb = true;
  if (!verb && end - 2 > c + 1 && TIME_WORDS.has(t.low[end - 1]) && (t.low[end - 2] === 'on' || TIME_LEADS.has(t.low[end - 2]))) e = end - 2;
  e = secondPredicate(t, c, e, inQuote);
  for (let k = c + 1; k + 1 < e; k++) {
    if (t.val[k] !== ',' || inQuote[k] >= 0) continue;
    // "tweeted a chart, just a day after ...", "called for his removal, even though ...", "vowed to
    // repeal the act, a law that ...": a circumstance or an appositive after the object.
    if (!verb && (t.pos[k + 1] === 'ADV' || SUBORDINATORS.has(t.low[k + 1]) || t.low[k + 1] === 'a' || t.low[k + 1] === 'an')) return k;
    if (!RELATIVE_WORDS.has(t.low[k + 1])) continue;
    // "the bridge, which was built in 1921, would close": the relative sits inside a clause.
    for (let j = k + 2; j + 1 < e; j++) if (t.val[j] === ',' && (t.pos[j + 1] === 'VERB' || t.pos[j + 1] === 'AUX')) return e;
    return k;
  }
  return e;
}

/** "announced her resignation and left the building", "blamed the storm on the council but later
 * apologised": a noun phrase cannot join a verb, so "and" or "but" before one starts the source's
 * next predicate, and the object ends there. */
function secondPredicate(t: Tokens, c: number, e: number, inQuote: Int32Array): number {
  for (let k = c; k + 1 < e; k++) {
    if (t.pos[k] === 'VERB' || t.pos[k] === 'AUX') return e;
    if ((t.low[k] !== 'and' && t.low[k] !== 'but') || inQuote[k] >= 0) continue;
    // ("astronomers from the observatory and elsewhere discovered": a place joins the noun phrase.)
    if (PLACE_ADVERBS.has(t.low[k + 1])) continue;
    let j = k + 1;
    while (j < e && t.pos[j] === 'ADV') j++;
    // (The clause may already end at that verb: "but later | apologised".)
    // ("job cuts and pay freezes": wink may tag a noun after "and" a verb; a second predicate shows
    // its tense.)
    // ("the able and determined opponent": after an adjective, an -ed form before a singular noun
    // is another; "as a terrorist and levied sanctions" has a verb and its plural object.)
    if (t.pos[k - 1] === 'ADJ' && t.pos[j + 1] === 'NOUN' && !/[^s]s$/.test(t.low[j + 1])) continue;
    if (j <= e && j < t.n && (t.pos[j] === 'VERB' || t.pos[j] === 'AUX') && tenseOf(t, j) === 'past') return t.val[k - 1] === ',' ? k - 1 : k;
  }
  return e;
}

/** "said the real problem is the budget, and he railed against the council": a coordinated
 * clause whose subject is a pronoun or a name and whose verb is in the past is the reporter's
 * narration. */
function narrationEnd(t: Tokens, c: number, e: number, inQuote: Int32Array, cueTense: Tense | null): number {
  for (let k = c + 1; k + 3 < e; k++) {
    if (t.val[k] !== ',' || inQuote[k] >= 0 || (t.low[k + 1] !== 'and' && t.low[k + 1] !== 'but')) continue;
    if (SUBJECT_PRONOUNS.has(t.low[k + 2]) && t.pos[k + 3] === 'VERB' && /ed$/.test(t.low[k + 3])) return k;
    // "said she would not run again, but she has since filed": the writer's update, in the perfect.
    if (SUBJECT_PRONOUNS.has(t.low[k + 2]) && /^(has|have|had)$/.test(t.low[k + 3]) && t.low[k + 4] === 'since') return k;
    // "insists the party must change, and has championed an agenda": a second predicate with no
    // subject of its own goes on with the source, not the content.
    if ((t.pos[k + 2] === 'VERB' && /ed$/.test(t.low[k + 2])) || (/^(has|have|had)$/.test(t.low[k + 2]) && t.pos[k + 3] === 'VERB')) return k;
    // "described the deal as toothless, but Mr. Obama learned from it": a named subject and a past verb.
    let j = k + 2;
    while (j < e && j < k + 6 && isCapWord(t, j)) j++;
    if (j > k + 2 && j < e && t.pos[j] === 'VERB' && /ed$/.test(t.low[j]) && t.low[j - 1] !== 'that') return k;
    // "argued that curtailing inversions should be part of reform, but Democrats have pushed for
    // ...": after "but", a named group or a plural noun and a verb in the perfect.
    if (t.low[k + 1] === 'but') {
      if (j === k + 2) while (j < e && j < k + 6 && (t.pos[j] === 'DET' || t.pos[j] === 'ADJ' || t.pos[j] === 'NOUN')) j++;
      // ("but orders have picked up" may be the speaker's own: only people contrast with them.)
      const plural = j > k + 2 && (isCapWord(t, j - 1) || (t.pos[j - 1] === 'NOUN' && PEOPLE_HEADS.has(t.low[j - 1])));
      if (plural && j + 1 < e && /^(has|have|had)$/.test(t.low[j]) && t.pos[j + 1] === 'VERB' && /(ed|en)$/.test(t.low[j + 1])) return k;
    }
  }
  // "denies that the crime was a genocide and goes to great lengths to ...": a verb with no subject
  // after "and" or "but" that keeps the cue's tense, where the verb it would join shows the other,
  // goes on with the source. ("the council has failed and wasted money" shares its auxiliary.)
  if (cueTense) {
    for (let k = c + 2; k + 1 < e; k++) {
      if ((t.low[k] !== 'and' && t.low[k] !== 'but') || inQuote[k] >= 0 || tenseOf(t, k + 1) !== cueTense) continue;
      const joins = verbChainBefore(t, c, k);
      // A modal agrees with either tense ("said he would not vote but planned to").
      if (joins < 0 || tenseOf(t, joins) === cueTense || tenseOf(t, joins) === 'modal') continue;
      if (t.low[k + 1].endsWith('ed') && (isBe(t.low[joins]) || /^(has|have|had)$/.test(t.low[joins]))) continue;
      return t.val[k - 1] === ',' ? k - 1 : k;
    }
  }
  return e;
}

/** Where the reporter's own words take over after a comma: "said she would not run, before
 * leaving the stage" (a participle with no subject is the speaker's next act), "..., hours after
 * members walked out" (when it was said), "..., even as losses mounted" (the writer's contrast),
 * "..., a charge his department rejected" (the writer's summing-up). */
function reporterTail(t: Tokens, c: number, e: number, inQuote: Int32Array): number {
  // ("said the law would take effect, 30 days after it is signed": the time of a reported future
  // is said; "said drivers should check their tyres, before setting off": so is advice's.)
  let modal = false;
  let advice = false;
  for (let k = c; k + 2 < e; k++) {
    if (MODALS.has(t.low[k])) {
      modal = true;
      advice ||= t.low[k] !== 'would' && t.low[k] !== 'will';
    }
    if (k < c + 2 || t.val[k] !== ',' || inQuote[k] >= 0) continue;
    const next = t.low[k + 1];
    // ("warned that Trump, even as a candidate, had elevated the dangers": only after a whole
    // clause; an aside inside the subject goes on.)
    if (next === 'even' && t.low[k + 2] === 'as' && finiteVerbAfter(t, c, k)) return k;
    // ("would pass Bermuda, before beginning to weaken": a phase of the reported event goes on.)
    if (!advice && TAIL_SUBORDINATORS.has(next) && t.pos[k + 2] === 'VERB' && t.low[k + 2].endsWith('ing') && !ASPECT_VERBS.has(t.low[k + 2])) return k;
    const j = TIME_HEDGES.has(next) ? k + 2 : k + 1;
    // (But "would sit through the weekend, hours after members walked out": an interval before a
    // past event dates the saying.)
    const interval = intervalBefore(t, j, e) || (j > k + 1 && (t.low[j] === 'after' || t.low[j] === 'before'));
    if (interval && (!modal || (j === k + 1 && pastVerbIn(t, j + 2, e)))) return k;
    if (next === 'a' || next === 'an') {
      let h = k + 2;
      while (h < e && h < k + 5 && t.pos[h] === 'ADJ') h++;
      if (REMARK_NOUNS.has(t.low[h])) return k;
    }
  }
  return e;
}

/** The first word of the last verb chain with a tense in [c, k) ("would not have been"), or -1. */
function verbChainBefore(t: Tokens, c: number, k: number): number {
  let i = k - 1;
  while (i >= c && !tenseOf(t, i)) i--;
  if (i < c) return -1;
  for (let j = i - 1; j >= c; j--) {
    if (t.pos[j] === 'PART' || t.pos[j] === 'ADV') continue;
    if (!tenseOf(t, j)) break;
    i = j;
  }
  return i;
}

/** "found the closure to be unlawful", "believed him to be innocent": an object and "to be". */
function smallClause(t: Tokens, c: number, e: number): boolean {
  for (let i = c; i + 1 < e && i < c + 10; i++) {
    if (t.low[i] === 'to') return i > c && t.low[i + 1] === 'be';
    if (!(t.pos[i] === 'DET' || t.pos[i] === 'ADJ' || t.pos[i] === 'NOUN' || t.pos[i] === 'PROPN' || t.pos[i] === 'PRON' || t.pos[i] === 'NUM')) return false;
  }
  return false;
}

/** A preposition opening a phrase at c: not "around 200" (an estimate), not "down-ballot" (a compound). */
function prepAt(t: Tokens, c: number): boolean {
  // "about half of the staff would leave" is an estimate too.
  const share = t.low[c + 1] === 'a' ? c + 2 : c + 1;
  if (QUANTITY_PREPOSITIONS.has(t.low[c]) && FRACTION_WORDS.has(t.low[share] ?? '')) return false;
  if (numberBound(t, c)) return false;
  return t.pos[c] === 'ADP' && t.pos[c + 1] !== 'NUM' && !(t.val[c + 1] === '-' && t.start[c + 1] === t.end[c]);
}

/** The cue at `i` is negated: "not", "n't" or "never" before it, past adverbs ("did not immediately say"). */
function negated(t: Tokens, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && t.pos[k] === 'ADV' && !NEGATIONS.has(t.low[k])) k--;
  return k >= 0 && NEGATIONS.has(t.low[k]);
}

/** Objects that make a cue no act of speech: "asked a great deal of him" (a demand), "added $2
 * trillion to the debt" (a sum), "advises
 * pension schemes on climate risk" (a job: advice reported has a clause or "to" after its listener). */
function objectOfSpeech(t: Tokens, base: string, c: number, hi: number, inQuote: Int32Array): boolean {
  const np = npRight(t, c, hi);
  if (base === 'ask') return !(np > c && t.low[np] === 'of' && t.pos[np + 1] === 'PRON' && DEMAND_AMOUNTS.has(t.low[np - 1]));
  // "would add $2 trillion to the debt", "added his voice to the calls": adding, not saying.
  // ("added two people had been arrested", "added exports to China had fallen": a clause is said.)
  if (base === 'add') return finiteVerbAfter(t, c, hi) || !(t.pos[c] === 'NUM' || isMoney(t.val[c]) || (np > c && t.low[np] === 'to'));
  if (base !== 'advise' || finiteClause(t, c, hi, inQuote)) return true;
  // ("advised her not to speak", "advised patients with asthma to stay indoors".)
  for (let i = c; i < hi && i < c + 10 && t.val[i] !== ','; i++) if ((t.low[i] === 'to' && (t.pos[i + 1] === 'VERB' || t.pos[i + 1] === 'ADV')) || t.low[i] === 'that' || t.low[i] === 'against' || QUESTION_WORDS.has(t.low[i])) return true;
  return false;
}

/** [c, hi) is a noun phrase and perhaps a setting, with no verb, quotation, colon or "that" after it. */
function listenerOnly(t: Tokens, c: number, hi: number, inQuote: Int32Array): boolean {
  const e = npRight(t, c, hi);
  if (e <= c || t.low[e] === 'of' || t.low[e] === 'about' || t.low[e] === 'to') return false;
  for (let k = e; k < hi; k++) {
    if (inQuote[k] >= 0 || t.pos[k] === 'VERB' || t.pos[k] === 'AUX' || t.low[k] === 'that' || t.val[k] === ':' || OPEN_MARKS.has(t.val[k])) return false;
  }
  return true;
}

export function contentAfter(t: Tokens, cue: Cue, hi: number, clauseEnd: (from: number) => number, inQuote: Int32Array, pairs: QuotePair[]): void {
  let c = cue.te;
  const base = cue.base;
  // "did not say whether she would run", "has not commented on the report", "did not know what":
  // a negated cue reports nothing ("did not deny" neither).
  if (negated(t, cue.ts)) return;
  // "who asked not to be named", "asked to remain anonymous": the source's own terms, not a report.
  if (base === 'ask' && ((t.low[c] === 'not' && t.low[c + 1] === 'to' && t.low[c + 2] === 'be') || (t.low[c] === 'to' && t.low[c + 1] === 'remain'))) return;
  // "told reporters that", "assured him of", "told the BBC:"
  const beforeListener = c;
  // "told a joke about the potholes", "told the truth": an act of telling, nothing reported.
  if (LISTENER_ONLY.has(base) && TOLD_ACTS.has(t.low[t.pos[c] === 'DET' ? c + 1 : c] ?? '')) return;
  if (LISTENER_VERBS.has(base) && c < hi) {
    // "told his aides he planned ...", "told her staff that ...": an owned listener, then the clause.
    const owned = POSSESSIVES.has(t.low[c]) ? npRight(t, c, hi) : -1;
    if (owned > c + 1 && owned < hi && (t.low[owned] === 'that' || finiteClause(t, owned, hi, inQuote))) c = owned;
    else if (t.pos[c] === 'PRON' && /^(him|her|them|us|me|you)$/.test(t.low[c])) c++;
    else if (t.pos[c] === 'PROPN' && !LISTENER_NOUNS.has(t.low[c])) {
      // "told Agence France-Presse the male victim ...": the listener is the name alone.
      while (c < hi && (t.pos[c] === 'PROPN' || (t.val[c] === '-' && t.start[c] === t.end[c - 1]) || t.low[c] === "'s" || t.low[c] === '’s')) c++;
    } else if (LISTENER_NOUNS.has(t.low[c])) {
      c++; // "told reporters the bridge would reopen"
    } else if (t.pos[c] === 'DET' && c + 1 < hi && LISTENER_NOUNS.has(t.low[c + 1])) {
      c += 2; // "told the press ..."
    } else if (t.pos[c] === 'DET' && startsUpper(t.val[c + 1] ?? '') && outletEnd(t, c + 1, hi, inQuote) > 0) {
      c = outletEnd(t, c + 1, hi, inQuote); // "told the Herald the firm would appeal"
    } else if (LISTENER_ONLY.has(base) && (t.pos[c] === 'NOUN' || t.pos[c] === 'ADJ')) {
      // "told peers the reforms were overdue": "tell" always has a listener before its clause.
      let e = c;
      while (e < hi && e < c + 4 && (t.pos[e] === 'NOUN' || t.pos[e] === 'ADJ')) e++;
      if (e > c && e < hi && (t.low[e] === 'that' || finiteClause(t, e, hi, inQuote))) c = e;
    } else if (t.pos[c] === 'DET' || (t.low[c + 1] === 'of' && (t.pos[c] === 'NUM' || QUANTIFIER_PRONOUNS.has(t.low[c])))) {
      const e = npRight(t, c, hi);
      // ("asked the chief whether ...": a question after the listener; "told the committee the
      // plan was dead": "tell" has its listener before the clause.)
      if (e > c && (e >= hi || t.low[e] === 'that' || t.val[e] === ':' || t.val[e] === ',' || OPEN_MARKS.has(t.val[e]) || LISTENER_NOUNS.has(t.low[e - 1]) || t.pos[c] === 'PROPN' || (base === 'ask' && QUESTION_WORDS.has(t.low[e])) || t.low[e] === 'about' || (LISTENER_ONLY.has(base) && finiteClause(t, e, hi, inQuote)))) c = e;
    }
    // "warned members could strike": with no subject left, the "listener" was the clause's subject.
    if (c > beforeListener && c < hi && (t.pos[c] === 'AUX' || (t.pos[c] === 'VERB' && !t.low[c].endsWith('ing')))) c = beforeListener;
    // "Lee told the committee on Monday.": the listener and nothing said.
    if (LISTENER_ONLY.has(base) && c === beforeListener && listenerOnly(t, c, hi, inQuote)) return;
    if (c < hi && (t.low[c] === 'of' || t.low[c] === 'about')) c++;
    // "asked the chief whether ...": whoever was asked stands before the question word.
    if (base === 'ask' && !QUESTION_WORDS.has(t.low[c])) {
      // ("asked the nominee, Victor Hale, whether": the listener's appositive.)
      let q = t.val[c] === ',' ? c + 1 : c;
      while (q > c && q < hi && q < c + 6 && (t.pos[q] === 'PROPN' || isCapWord(t, q))) q++;
      if (q > c + 1 && t.val[q] === ',' && QUESTION_WORDS.has(t.low[q + 1] ?? '')) c = q + 1;
    }
    if (base === 'ask' && !QUESTION_WORDS.has(t.low[c])) {
      let q = c;
      while (q < hi && q < c + 5 && (t.pos[q] === 'DET' || t.pos[q] === 'ADJ' || t.pos[q] === 'NOUN' || t.pos[q] === 'PROPN')) q++;
      if (q > c && q < hi && QUESTION_WORDS.has(t.low[q])) c = q;
    }
  }
  // "spoke affectionately of", "complained bitterly about": a manner adverb before the cue's
  // preposition; "argued in favour of": the stance before the topic.
  const preps = CUE_PREPOSITIONS.get(base);
  if (preps && t.pos[c] === 'ADV' && t.low[c].endsWith('ly') && preps.has(t.low[c + 1] ?? '')) c++;
  const favour = !!preps && t.low[c] === 'in' && /^favou?r$/.test(t.low[c + 1] ?? '') && t.low[c + 2] === 'of';
  if (favour) c += 2;
  // ("wrote about 40 songs": an estimate, not a topic; "reported on time", "on Monday": when.)
  const when = t.low[c] === 'on' && (TIME_WORDS.has(t.low[c + 1] ?? '') || t.low[c + 1] === 'time');
  const prep = c < hi && !when && (favour || (!!preps?.has(t.low[c]) && !(QUANTITY_PREPOSITIONS.has(t.low[c]) && t.pos[c + 1] === 'NUM')));
  if (prep) c++;
  if (!prep && !objectOfSpeech(t, base, c, hi, inQuote)) return;
  // '" ...," Clinton said answering a question at a town hall': a participle right after "said" is
  // what the speaker was doing ("said raising taxes would hurt" has a clause after the gerund).
  if (base === 'say' && (t.pos[c] === 'VERB' || (t.pos[c] === 'NOUN' && t.pos[c + 1] === 'DET')) && t.low[c].endsWith('ing') && !finiteVerbAfter(t, c + 1, clauseEnd(c))) return;
  // "called the police" is no speech; "called the plan a disgrace", "called for calm" are.
  if (base === 'call' && !prep && !doubleObject(t, c, hi)) return;
  // "said Saturday night the real extremist is ...": a time right after the verb is no content.
  // But "said that Monday was the deadline": a time followed by its verb is the clause's subject.
  for (;;) {
    const step = TIME_WORDS.has(t.low[c]) ? 1 : TIME_WORDS.has(t.low[c + 1] ?? '') && TIME_LEADS.has(t.low[c]) ? 2 : 0;
    // ("said each year of education yields ...": a time word with "of" after it heads the subject;
    // "says this year's harvest will be": so does one with a possessive.)
    if (!step || c + 2 >= hi || t.pos[c + step] === 'VERB' || t.pos[c + step] === 'AUX' || t.low[c + step] === 'of' || t.low[c + step] === "'s" || t.low[c + step] === '’s') break;
    c += step;
  }
  let that = false;
  // "said as she launched the campaign that ...": a time clause right after the cue is when it
  // was said; the content is the "that" clause after it, or there is none. ("said while the plan
  // was costly, it would save money": a comma first means the clause is part of what was said.)
  if (TIME_CLAUSE_OPENERS.has(t.low[c]) && c + 1 < hi && (t.pos[c + 1] === 'PRON' || t.pos[c + 1] === 'PROPN' || t.pos[c + 1] === 'DET')) {
    let k = c + 2;
    while (k < hi && k < c + 14 && t.low[k] !== 'that' && t.val[k] !== ',' && inQuote[k] < 0) k++;
    if (k < hi && t.low[k] === 'that') c = k;
    else if (!(k < hi && t.val[k] === ',')) return;
  }
  // "said, as expected, that profits fell", "said, however, that": an aside set off by commas.
  if (t.val[c] === ',') {
    let k = c + 1;
    while (k < hi && k < c + 12 && t.val[k] !== ',' && inQuote[k] < 0) k++;
    if (k + 1 < hi && k > c + 1 && t.val[k] === ',' && t.low[k + 1] === 'that') c = k + 1;
  }
  // "told Wikinews after the event that ...": a short phrase may sit before "that".
  for (let k = c; k < hi && k < c + 10; k++) {
    if (t.low[k] === 'that') {
      // "announced the decision that night": a demonstrative before a time, no clause.
      if (TIME_WORDS.has(t.low[k + 1] ?? '') && !(t.pos[k + 2] === 'VERB' || t.pos[k + 2] === 'AUX')) break;
      // "said that overlooked the cost", "said that was natural": "that" is the clause's subject.
      if (k + 1 < hi && (t.pos[k + 1] === 'VERB' || t.pos[k + 1] === 'AUX') && !t.low[k + 1].endsWith('ing')) {
        c = k;
        break;
      }
      that = true;
      c = k + 1;
      break;
    }
    // A capitalised "verb" is a name wink mistagged ("newspaper of Charleston").
    // ("on its website that": a possessive after a preposition is a determiner, not a subject.)
    // ("in an emailed statement that": a participle after an article describes the noun.)
    // ("at a forum hosted by the Gazette that": a participle after its noun describes it.)
    if ((t.pos[k] === 'VERB' && !isCapWord(t, k) && !(k > c && (describingParticiple(t, k) || reducedRelative(t, k)))) || t.pos[k] === 'AUX' || (t.pos[k] === 'PRON' && !(POSSESSIVES.has(t.low[k]) && t.pos[k - 1] === 'ADP')) || OPEN_MARKS.has(t.val[k]) || t.val[k] === ':' || t.val[k] === ';') break;
  }
  // "announced on Twitter the FAA and the NTSB were to investigate": a short setting phrase.
  if (!that && c < hi && prepAt(t, c)) {
    for (let k = c + 2; k < hi && k <= c + 4; k++) {
      // A name is not split: "spoke with The Riverton Gazette said ..." has no clause at "Gazette".
      if ((t.pos[k] === 'DET' || (t.pos[k] === 'PROPN' && t.pos[k - 1] !== 'PROPN')) && t.pos[k - 1] !== 'DET' && finiteClause(t, k, hi, inQuote)) {
        c = k;
        break;
      }
    }
  }
  // "reported on Thursday, coverage had risen", "says despite being a native, she plans": a
  // setting phrase (a participle may be in it) before the clause.
  if (!that && c < hi && prepAt(t, c)) {
    for (let k = c + 1; k < hi && k < c + 8; k++) {
      if (t.val[k] === ',') {
        if (finiteClause(t, k + 1, hi, inQuote)) c = k + 1;
        break;
      }
      if ((t.pos[k] === 'VERB' || t.pos[k] === 'AUX') && !t.low[k].endsWith('ing')) break;
    }
  }
  while (c < hi && (t.val[c] === ':' || t.val[c] === ',')) c++;
  if (c < hi && !that && (prepAt(t, c) || t.pos[c] === 'ADV')) {
    for (let k = c + 1; k < hi && k < c + 12; k++) {
      if ((t.val[k] === ',' || t.val[k] === ':') && k + 1 < hi && OPEN_MARKS.has(t.val[k + 1])) {
        c = k + 1;
        break;
      }
      if (t.pos[k] === 'VERB' || OPEN_MARKS.has(t.val[k])) break;
    }
  }
  if (c >= hi) return;
  // "Officials said nothing about the funds": nothing was said.
  if (t.low[c] === 'nothing' && !that && !finiteClause(t, c, hi, inQuote)) return;
  if (answerAt(t, c, hi)) {
    cue.cs = c;
    cue.ce = c + 1;
    cue.content = [t.start[c], t.start[c] + t.val[c].replace(/\.$/, '').length];
    return;
  }
  let e = clauseEnd(c);
  if (e <= c) return;
  // "Students who joked about the teacher were suspended": a preposition's object is a noun
  // phrase, and a verb after it is the outer clause's.
  if (prep && !that) {
    const np = npRight(t, c, e);
    if (np > c && np < e && (t.pos[np] === 'AUX' || (t.pos[np] === 'VERB' && !t.low[np].endsWith('ing')))) e = np;
  }
  if (!that) e = objectEnd(t, c, e, inQuote);
  e = narrationEnd(t, c, e, inQuote, tenseOf(t, cue.ts));
  e = reporterTail(t, c, e, inQuote);
  cue.cs = c;
  cue.ce = e;
  // Content that is one quotation ("said: "...""), or a phrase that is mostly one, is direct only.
  const q = inQuote[c];
  if (q >= 0 && !that) {
    const qEnd = endOf(pairs[q]);
    let after = 0;
    for (let i = c; i < e; i++) if (t.start[i] > qEnd && isWordTok(t, i)) after++;
    if (after < 3) return;
  }
  let outside = 0;
  for (let i = c; i < e; i++) if (inQuote[i] < 0 && isWordTok(t, i)) outside++;
  if (!that && outside < 2) return;
  if (!that && prepAt(t, c) && !QUESTION_WORDS.has(t.low[c])) return; // "shouted at Lam", but "estimated around 200 ..." 
  // A reported question ("asked whether ...") or a topic after the cue's preposition ("spoke about
  // the need for ...") is content even without a clause.
  const question = QUESTION_WORDS.has(t.low[c]) && !THOUGHT_BASES.has(base);
  // "criticised the mayor for cutting the budget", "considered the plan a failure": a judgement
  // of someone for something, or of something as something, is reported too.
  const judged = judgedFor(t, base, nounPhraseEnd(t, c, hi), hi, inQuote) || (DEEM_VERBS.has(base) && doubleObject(t, c, hi));
  if (!that && !question && !prep && !judged && (NEEDS_CLAUSE.has(base) || THOUGHT_BASES.has(base)) && !finiteClause(t, c, e, inQuote) && !smallClause(t, c, e)) return;
  // "noted that A, and that B": two reported clauses, two entries.
  // "underlined A and that B" too: the "that" of the second says both are clauses.
  const and = that || finiteClause(t, c, e, inQuote) ? secondThat(t, c, e, inQuote) : -1;
  if (and > 0) {
    setContent(t, cue, and + 2, e, true, inQuote);
    const second = cue.content;
    setContent(t, cue, c, t.val[and - 1] === ',' ? and - 1 : and, true, inQuote);
    if (second && cue.content) cue.extra = second;
    else if (second) setContent(t, cue, c, e, that, inQuote);
    return;
  }
  setContent(t, cue, c, e, that, inQuote);
}

/** The "and" (or "but") of a second "that" clause in [c, e) ("that A, and that B"), outside quotations; or -1. */
function secondThat(t: Tokens, c: number, e: number, inQuote: Int32Array): number {
  for (let k = c + 2; k + 2 < e; k++) if ((t.low[k] === 'and' || t.low[k] === 'but') && t.low[k + 1] === 'that' && inQuote[k] < 0) return k;
  return -1;
}

/** "VELMAR, March 4 (Meridian Press) - Tarrant Steel will cut ...": a wire story's dateline (a place
 * in capitals, maybe a date and the agency, then a dash) is the writer's; the content starts after
 * it. Otherwise `a`. */
function datelineEnd(t: Tokens, a: number, e: number): number {
  // Only at a paragraph's start, a place in capitals, then a dash with spaces round it ("NATO-led
  // forces", "U.S.-China talks" are words); with no date or agency, only a capital after the dash
  // and no second dash ("NASA — under pressure — will ..." is an aside).
  if (!(a === 0 || t.pos[a - 1] === 'SPACE') || !/^[A-Z][A-Z.]{2,}$/.test(t.val[a])) return a;
  let dated = false;
  for (let k = a + 1; k < e && k <= a + 14; k++) {
    const v = t.val[k];
    if (v === '-' || v === '—' || v === '–') {
      const spaced = t.start[k] > t.end[k - 1] && k + 1 < e && t.start[k + 1] > t.end[k];
      if (!spaced) return a;
      if (!dated && (!startsUpper(t.val[k + 1]) || anotherDash(t, k + 1, e))) return a;
      return k + 1;
    }
    if (v === ',' || v === ')') dated = true;
    if (!(t.pos[k] === 'PROPN' || t.pos[k] === 'NUM' || v === ',' || v === '.' || v === '(' || v === ')' || startsUpper(v))) return a;
  }
  return a;
}

const anotherDash = (t: Tokens, from: number, e: number): boolean => {
  for (let k = from; k < e; k++) if (isDashAt(t, k)) return true;
  return false;
};

/** A second piece of the same report ("A, officials said, B"): what `fill` sets becomes the cue's
 * extra content, and the content it had stays. */
export function alsoReport(cue: Cue, fill: () => void): void {
  const keep = { content: cue.content, cs: cue.cs, ce: cue.ce };
  fill();
  if (cue.content && cue.content !== keep.content) cue.extra = cue.content;
  Object.assign(cue, keep);
}

export function setContent(t: Tokens, cue: Cue, a: number, e: number, that: boolean, inQuote: Int32Array, others: Cue[] = []): void {
  // Another cue's own clause is not this one's content; a cue that found nothing to report
  // ("has found himself in a bind") does not count.
  if (others.some((o) => o !== cue && o.source && (o.content || o.ts > cue.ts) && o.ts >= a && o.ts < e)) return;
  // Trailing punctuation and a dangling conjunction ("denied the claim but | conceded that ...").
  while (e > a && ((t.pos[e - 1] === 'PUNCT' && !isCloseMark(t.val[e - 1])) || t.pos[e - 1] === 'CCONJ')) e--;
  // "say the school is safe, compared with | 40 percent who say ...": a comparison whose other
  // side is the next report's source belongs to neither.
  if (e - a > 3 && (t.low[e - 1] === 'with' || t.low[e - 1] === 'to') && t.low[e - 2] === 'compared' && t.val[e - 3] === ',') e -= 3;
  a = datelineEnd(t, a, e);
  // ("..., Hale said, and paying back the loan seems realistic": the "and" joins, and is not said.)
  while (a < e && ((t.pos[a] === 'PUNCT' && !OPEN_MARKS.has(t.val[a])) || t.low[a] === 'and' || t.low[a] === 'but')) a++;
  if (e - a < 2) return;
  let words = 0;
  for (let i = a; i < e; i++) if (isWordTok(t, i)) words++;
  if (words < 2) return;
  // Mostly quotation ('With "Abe, I wanted ...," Chapman told'): the direct quote alone.
  let outside = 0;
  let quoted = 0;
  for (let i = a; i < e; i++) {
    if (!isWordTok(t, i)) continue;
    if (inQuote[i] >= 0) quoted++;
    else outside++;
  }
  cue.cs = a;
  cue.ce = e;
  if (quoted > 0 && outside < 3 && !that) return;
  // Content that is exactly one quotation is reported as the direct quote alone.
  const first = t.val[a];
  const lastTok = t.val[e - 1];
  if (OPEN_MARKS.has(first) && isCloseMark(lastTok) && !that) {
    let marks = 0;
    for (let i = a; i < e; i++) if (OPEN_MARKS.has(t.val[i]) || isCloseMark(t.val[i])) marks++;
    if (marks <= 2) {
      cue.cs = a;
      cue.ce = e;
      return;
    }
  }
  cue.cs = a;
  cue.ce = e;
  cue.thatClause = that;
  cue.content = [t.start[a], t.end[e - 1]];
}
