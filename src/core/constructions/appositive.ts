// Appositives between source and verb: "Alexander Gabov, a researcher ..., said",
// "a Republican Assemblywoman, Jill Tolles, said", "Leo Marsh, 54, a retired teacher, said".
// Of the comma-separated phrases before the verb, a named person speaks; failing one, the
// first phrase (the head the others describe).
import { Construction, CueContext } from './context';
import { finiteVerbIn, isBreak, isCloseMark, npRight, participle, skipBack } from '../chunks';
import { restIsTail } from '../cues';
import { contentAfter, setContent } from '../content';
import { tryLeft, writtenSource } from '../subjects';
import { justName } from '../names';
import { Source } from '../sources';
import { LABEL_PARTICIPLES, LISTENER_ONLY, PERSON_NOUNS, RELATIVE_PRONOUNS } from '../lexicon';

/** At most this many phrases in the chain: "X, 54, a teacher from Y, said". */
const MAX_PHRASES = 4;

/** Where the phrase's own words end: before a relative clause ("a Democrat who has refused to
 * endorse Mr. Hale" describes a Democrat, not Hale). */
function beforeRelative(t: CueContext['t'], a: number, e: number): number {
  for (let i = a + 1; i < e; i++) if (RELATIVE_PRONOUNS.has(t.low[i])) return i;
  return e;
}

/** [a, e) is a legislator's party and district or state, AP style: "R-Holland Springs", "D-N.Y.". */
function partyAndPlace(t: CueContext['t'], a: number, e: number): boolean {
  return e - a >= 3 && e - a <= 6 && /^[DRI]$/.test(t.val[a]) && t.val[a + 1] === '-' && t.start[a + 1] === t.end[a] && t.start[a + 2] === t.end[a + 1];
}

/** [a, e) is a description and nothing else: "the police commissioner", "its managing partner". */
function roleOnly(t: CueContext['t'], a: number, e: number): boolean {
  if (isCloseMark(t.val[a])) a++; // '"...," the police commissioner, X, said'
  if (e - a < 2 || !(t.pos[a] === 'DET' || /^(his|her|their|its|our)$/.test(t.low[a]))) return false;
  for (let i = a + 1; i < e; i++) if (!(t.pos[i] === 'ADJ' || t.pos[i] === 'NOUN' || t.pos[i] === 'PROPN' || t.pos[i] === 'PART')) return false;
  return true;
}

/** [a, name) opens with a plural noun for people and its "for" or "of" phrase: "Lawyers for the
 * former chief executive", "Relatives of the victim". */
function pluralPeopleOf(t: CueContext['t'], a: number, name: number): boolean {
  for (let i = a + 1; i < name && i < a + 4; i++) {
    if (t.low[i] !== 'for' && t.low[i] !== 'of') continue;
    const head = t.low[i - 1];
    return (t.pos[i - 1] === 'NOUN' || t.pos[i - 1] === 'PROPN') && /[^s]s$/.test(head) && (PERSON_NOUNS.has(head) || PERSON_NOUNS.has(head.slice(0, -1)));
  }
  return false;
}

export const appositive: Construction = {
  name: 'appositive before the verb',
  apply(ctx: CueContext): boolean {
    const { t, cue, lo, hi, k } = ctx;
    if (k < lo || t.val[k] !== ',' || participle(t, cue.ts, lo)) return false;
    // "offered him a job as Secretary of Defense, then says ...": a second verb of the same subject.
    if (t.low[k + 1] === 'then' && k + 1 < cue.ts) return false;
    // "The bridge will reopen on Friday, said Mayor Jo Hart": the source follows the verb.
    const after = npRight(t, cue.te, hi);
    // Only when that phrase can be a source: "..., announced the death of the president." cannot.
    // ("told reporters" names a listener: "told" never has its source after it.)
    if (!LISTENER_ONLY.has(cue.base) && after > 0 && (after >= hi || isBreak(t.val[after]) || t.val[after] === '.') && restIsTail(t, after, hi) && ctx.source(cue.te, after)) return false;
    const phrases: Source[] = [];
    let chainStart = k;
    let end = k; // the comma closing the current phrase
    for (let j = k - 1; j >= lo - 1 && j >= k - 30 && phrases.length < MAX_PHRASES; j--) {
      const boundary = j < lo || t.val[j] === ',' || t.pos[j] === 'SPACE';
      if (!boundary) continue;
      // "The Ministry has, in a statement, called on ...": a setting between commas, not a source.
      if (t.pos[j + 1] === 'ADP') {
        // ("Some parents who have heard the mayor, on radio, said": the phrase's own words end
        // before its relative clause.)
        let start = j - 1;
        while (start > lo && t.val[start - 1] !== ',') start--;
        let before = skipBack(t, beforeRelative(t, start, j) - 1, lo);
        // "Ann Stone, 29, of Huntsville, said": past the age to the name.
        if (t.pos[before] === 'NUM' && before - 2 >= lo && t.val[before - 1] === ',') before = before - 2;
        const src = tryLeft(t, ctx.text, ctx.names, ctx.r, ctx.s, before, lo);
        if (src) phrases.push(src);
        break;
      }
      // "X, which makes Y, and Z, which makes W, said": a list of subjects, not appositives.
      if (t.pos[j + 1] === 'CCONJ' && beforeRelative(t, j + 1, end) < end) return false;
      // An age (", 54,") or a party and district (", R-Holland Springs,", ", D-N.Y.,").
      const bare = (/^\d+$/.test(t.val[j + 1]) && j + 2 === end) || partyAndPlace(t, j + 1, end);
      // "Sullivan, struck by her story, told": a passive participle and its agent describe the
      // person before them, like an age.
      // So does a relative clause: "Esperanza Ruiz, whose work opens at the Dunmore Gallery, said".
      // And a label: "Cherie, known as Lucky, recalled", "Brady Haran, known for his channel, posted".
      const lp = t.low[j + 1] === 'also' ? j + 2 : j + 1; // ", also known as"
      const label = LABEL_PARTICIPLES.has(t.low[lp]) && (t.low[lp + 1] === 'as' || t.low[lp + 1] === 'for');
      if ((t.pos[j + 1] === 'VERB' && t.low[j + 2] === 'by' && j + 1 < end) || RELATIVE_PRONOUNS.has(t.low[j + 1]) || label) {
        if (j < lo || t.val[j] !== ',') break;
        end = j;
        continue;
      }
      // A clause is no appositive: the chain ends there ("Sales rose 8%, Tom Reed, ..., said").
      if (!bare && finiteVerbIn(t, j + 1, end)) break;
      const src = bare ? null : tryLeft(t, ctx.text, ctx.names, ctx.r, ctx.s, skipBack(t, beforeRelative(t, j + 1, end) - 1, j + 1), j + 1);
      // A phrase that names no one ("a researcher specializing in bears") describes the next one left.
      if (src) {
        phrases.push(src);
        chainStart = src.ts;
      } else if (!bare && roleOnly(t, j + 1, end)) chainStart = isCloseMark(t.val[j + 1]) ? j + 2 : j + 1; // "the police commissioner, Harriet Oyelaran,"
      if (j < lo || t.val[j] !== ',') break;
      end = j;
    }
    if (!phrases.length) return false;
    // A phrase that is a name speaks before one that only mentions a person ("The director of
    // the Red Cross, Oskar Lind, said"); then the leftmost person: "Susan Bro, the mother of
    // Heather Heyer, said" is Susan Bro.
    const ordered = [...phrases].reverse();
    cue.source = ordered.find((p) => p.person && justName(t, ctx.names, p.ts, p.te) === p.cluster) ?? ordered.find((p) => p.person) ?? phrases[phrases.length - 1];
    // "Lawyers for the former chief executive, Rowan Delacourt, claimed": a plural head cannot be
    // one person; the name is the chief executive, and the lawyers speak.
    if (cue.source.person && t.val[cue.source.ts - 1] === ',') {
      let head = cue.source.ts - 2;
      while (head > lo && t.val[head - 1] !== ',') head--;
      if (pluralPeopleOf(t, head, cue.source.ts - 1)) cue.source = writtenSource(t, ctx.text, head, cue.source.te) ?? cue.source;
    }
    // "Sales rose 8%, Tom Reed, the bakery's owner, said.": the content comes before the chain.
    // '"...," Ann Hale, the director, told the Gazette.': the comma may stand inside the closing mark.
    const before = t.val[chainStart - 1] === ',' ? chainStart - 1 : isCloseMark(t.val[chainStart - 1]) && t.val[chainStart - 2] === ',' ? chainStart : -1;
    if (before > lo + 1 && restIsTail(t, cue.te, hi, cue.base)) setContent(t, cue, lo, before, false, ctx.inQuote, ctx.cues);
    else contentAfter(t, cue, hi, ctx.clauseEnd, ctx.inQuote, ctx.pairs);
    return true;
  },
};
