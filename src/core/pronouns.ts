// Who "he" or "she" is: the subject of the nearest earlier sentence that names a person, unless
// the last speaker was quoted since; a person of the other gender is skipped. Subjects beat
// objects: in "Inspector Grant questioned Marsh. He said ..." he is Grant. A possessive in a role
// ("Tom Reed, her deputy") speaks of someone else, so only nouns and titles give a gender.
import { Tokens } from './nlp';
import { Sentence } from './sentences';
import { NameCluster, Names } from './names';
import { TITLES } from './lexicon';
import { Gender, genderOfFirstName } from './firstNames';
import { subjectSpan } from './subjects';
import { COLLECTIVE_NOUNS, FEMALE_WORDS, HE_FORMS, MALE_WORDS, PERSON_NOUNS, SHE_FORMS } from './lexicon';


/** The gender a noun or title gives: "spokeswoman", "Mr.", "father"; else unknown. */
export function genderOfNoun(w: string): Gender {
  return FEMALE_WORDS.has(w) ? 'female' : MALE_WORDS.has(w) ? 'male' : 'unknown';
}

/** "he" or "she" may stand for a person this noun describes ("the mayor": either; "a spokesman": he). */
export const nounAgrees = (w: string, p: 'he' | 'she'): boolean => genderOfNoun(w) !== (p === 'she' ? 'male' : 'female');

/** A person's gender as the article shows it: title, role words, or a given name. */
export function genderOf(c: NameCluster): Gender {
  for (const w of c.roleWords) {
    const g = genderOfNoun(w);
    if (g !== 'unknown') return g;
  }
  const first = c.parts.length >= 2 ? c.parts[0] : '';
  return first && !TITLES.has(first) ? genderOfFirstName(first) : 'unknown';
}

export interface PronounResolver {
  /** The person cluster a he/she at token `at` refers to, or -1; `lastSpeaker` spoke at token `spokeAt`. */
  referent(at: number, pronoun: 'he' | 'she', lastSpeaker: number, spokeAt: number): number;
  /** The one person of the pronoun's gender the article has named before token `at`, or -1. */
  onlyPerson(at: number, pronoun: 'he' | 'she'): number;
  /** "The mayor defended the budget. She said ...": the subject of the sentence before, in this
   * paragraph or the one before, when it is a person described and not named; token span or null. */
  describedSubject(at: number, pronoun: 'he' | 'she'): [number, number] | null;
  /** A plural or organisation subject "they" or "it" at token `at` can stand for: the subject of its
   * own sentence before it ("Prosecutors charged him, they said"), else of the sentence before in
   * the same paragraph. Token span, or null. */
  groupSubject(at: number, pronoun: 'they' | 'it'): [number, number] | null;
}

interface Mention {
  ts: number;
  cluster: number;
}

export function pronounResolver(t: Tokens, sentences: Sentence[], names: Names, inQuote: Int32Array): PronounResolver {
  // Unquoted person mentions per sentence, in order; quoted names are rarely referents.
  const bySentence: Mention[][] = sentences.map(() => []);
  const genders = new Map<number, Gender>();
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si];
    for (let i = s.ts; i < s.te; i++) {
      const c = names.clusterAt[i];
      if (c < 0 || names.clusters[c].kind !== 'person' || inQuote[i] >= 0) continue;
      if (i > s.ts && names.clusterAt[i - 1] === c) continue;
      bySentence[si].push({ ts: i, cluster: c });
    }
  }
  let votes: Map<number, [number, number]> | null = null;
  const gender = (c: number): Gender => {
    let g = genders.get(c);
    if (g === undefined) {
      g = genderOf(names.clusters[c]);
      // A given name the lists give to both ("Hillary", "Bernie") or lack ("Donald"): the article's
      // own pronouns decide.
      if (g === 'unknown') g = votedGender((votes ??= genderVotes(t, sentences, bySentence, inQuote)).get(c));
      genders.set(c, g);
    }
    return g;
  };
  const agrees = (c: number, p: 'he' | 'she'): boolean => {
    const g = gender(c);
    return g === 'unknown' || (g === 'female') === (p === 'she');
  };
  const sentenceAt = (tok: number): number => {
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (sentences[mid].ts <= tok) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  /** The subject: the first mention not after a preposition ("According to Lee, Hart ..."). */
  const subjectOf = (ms: Mention[], p: 'he' | 'she'): number => {
    const ok = ms.filter((m) => agrees(m.cluster, p));
    const subject = ok.find((m) => m.ts === 0 || t.pos[m.ts - 1] !== 'ADP') ?? ok[0];
    return subject ? subject.cluster : -1;
  };
  const groupLike = (span: [number, number] | null, p: 'they' | 'it', before: number): boolean => {
    if (!span || span[1] > before) return false;
    const [a, e] = span;
    if (e - a === 1 && t.pos[a] === 'PRON') return false;
    const c = names.clusterAt[e - 1];
    if (c >= 0) return names.clusters[c].kind === 'organisation' || (p === 'they' && names.clusters[c].kind !== 'person');
    const head = t.low[e - 1];
    // "The team ... they": a collective noun takes "they" too.
    const plural = /[^s]s$/.test(head) || t.low.slice(a, e).includes('and') || (p === 'they' && COLLECTIVE_NOUNS.has(head));
    return t.pos[e - 1] === 'NOUN' && (p === 'they' ? plural : !plural);
  };
  const samePronounSubject = (j: number, p: 'he' | 'she'): boolean => {
    const span = subjectSpan(t, sentences[j]);
    return !!span && span[1] - span[0] === 1 && t.low[span[0]] === p;
  };
  /** The one person of the pronoun's gender the article has named before `at`, or -1. */
  const onlyPerson = (at: number, p: 'he' | 'she'): number => {
    let only = -1;
    for (let c = 0; c < names.clusters.length; c++) {
      const x = names.clusters[c];
      if (x.kind !== 'person' || !x.mentions.length || x.mentions[0].ts >= at || !agrees(c, p)) continue;
      if (only >= 0) return -1;
      only = c;
    }
    return only;
  };
  return {
    onlyPerson,
    describedSubject(at, p) {
      const si = sentenceAt(at);
      if (si === 0 || sentences[si].para - sentences[si - 1].para > 1) return null;
      const span = subjectSpan(t, sentences[si - 1]);
      if (!span || span[1] - span[0] > 6) return null;
      const head = t.low[span[1] - 1];
      for (let i = span[0]; i < span[1]; i++) if (names.clusterAt[i] >= 0 || t.pos[i] === 'PRON') return null;
      if (!(PERSON_NOUNS.has(head) || TITLES.has(head)) || /[^s]s$/.test(head)) return null;
      return nounAgrees(head, p) ? span : null;
    },
    groupSubject(at, p) {
      const si = sentenceAt(at);
      const here = subjectSpan(t, sentences[si]);
      if (groupLike(here, p, at)) return here;
      // "The team collected samples. They were able to ... They found ...": back through
      // sentences whose subject is the same pronoun, to the group it stands for.
      // A paragraph that opens with the pronoun goes on from the last sentence of the one before
      // (in news copy a paragraph is often one sentence).
      const opens = si > 0 && sentences[si - 1].para === sentences[si].para - 1;
      for (let j = si - 1; j >= 0 && j >= si - 4 && (sentences[j].para === sentences[si].para || (opens && j === si - 1)); j--) {
        const prev = subjectSpan(t, sentences[j]);
        if (groupLike(prev, p, at)) return prev;
        if (!prev || prev[1] - prev[0] !== 1 || t.low[prev[0]] !== p) break;
      }
      return null;
    },
    referent(at, p, lastSpeaker, spokeAt) {
      const si = sentenceAt(at);
      const here = bySentence[si].filter((m) => m.ts < at);
      if (here.length) {
        const c = subjectOf(here, p);
        if (c >= 0) return c;
      }
      const para = sentences[si].para;
      for (let j = si - 1; j >= 0 && j >= si - 4 && para - sentences[j].para <= 1; j--) {
        if (!bySentence[j].length) continue;
        // The last speaker was quoted after this sentence, or spoke in it as the same pronoun ("He
        // said Harris attacked Biden. He also said ..."): they keep the floor.
        if (lastSpeaker >= 0 && agrees(lastSpeaker, p) && (spokeAt > sentences[j].te || (spokeAt >= sentences[j].ts && samePronounSubject(j, p)))) return lastSpeaker;
        const c = subjectOf(bySentence[j], p);
        if (c >= 0) return c;
      }
      return lastSpeaker >= 0 && agrees(lastSpeaker, p) ? lastSpeaker : -1;
    },
  };
}

/** For each person, the unquoted he/him/his and she/her after their name in sentences that name
 * no one else ("Clinton said her plan would ..."). Linear in the article. */
function genderVotes(t: Tokens, sentences: Sentence[], bySentence: Mention[][], inQuote: Int32Array): Map<number, [number, number]> {
  const votes = new Map<number, [number, number]>();
  for (let si = 0; si < sentences.length; si++) {
    const ms = bySentence[si];
    if (!ms.length || ms.some((m) => m.cluster !== ms[0].cluster)) continue;
    const v = votes.get(ms[0].cluster) ?? [0, 0];
    for (let i = ms[0].ts + 1; i < sentences[si].te; i++) {
      if (inQuote[i] >= 0) continue;
      if (HE_FORMS.has(t.low[i])) v[0]++;
      else if (SHE_FORMS.has(t.low[i])) v[1]++;
    }
    votes.set(ms[0].cluster, v);
  }
  return votes;
}

/** A clear majority of at least two pronouns decides; otherwise unknown. */
function votedGender(v: [number, number] | undefined): Gender {
  if (!v) return 'unknown';
  const [he, she] = v;
  if (he >= 2 && he >= 3 * she) return 'male';
  if (she >= 2 && she >= 3 * he) return 'female';
  return 'unknown';
}
