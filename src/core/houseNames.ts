// House spellings ("Volodymyr Zelenskyy"): a capitalised name in the draft that is a small edit
// away from one, or differs from it only in diacritics, is a name-misspelling finding with the
// house spelling as its fix. One pass over the text finds the capitalised runs; each window of a
// run is compared only with house forms of the same number of words, similar length and the same
// first letter, with an edit distance bounded by a small k: the work is linear in the draft.
import { findingKey, type Finding } from './findings';
import { fold } from './names';
import { MAX_OPTION_ENTRIES } from './options';

interface HouseForm {
  /** As the desk writes it: the full name, or its last word (the surname). */
  form: string;
  folded: string;
  full: string;
}

/** Most windows looked at in one draft: a bound on the work for a text of nothing but capitals. */
const MAX_WINDOWS = 200_000;
/** Most edit distances computed in one draft (each is at most a few hundred steps); a draft
 * repeats its names, and each distinct spelling is compared once. */
const MAX_COMPARISONS = 100_000;
/** Longest run of capitalised words considered a name (longer is a headline in title case). */
const MAX_RUN = 6;

/** Edits allowed: one for a short word, two for a long name. */
const allowed = (len: number): number => (len >= 12 ? 2 : len >= 4 ? 1 : 0);

/** Levenshtein distance if it is at most k, else k + 1; a band of 2k + 1 cells per row. */
export function boundedDistance(a: string, b: string, k: number): number {
  if (Math.abs(a.length - b.length) > k) return k + 1;
  let prev = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const cur = new Array<number>(b.length + 1).fill(k + 1);
    cur[0] = i;
    let best = cur[0];
    for (let j = Math.max(1, i - k); j <= Math.min(b.length, i + k); j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min(prev[j - 1] + cost, (prev[j] ?? k + 1) + 1, cur[j - 1] + 1);
      best = Math.min(best, cur[j]);
    }
    if (best > k) return k + 1;
    prev = cur;
  }
  return Math.min(prev[b.length], k + 1);
}

/** House forms indexed by word count and first folded letter. */
function indexHouse(names: string[]): Map<string, HouseForm[]> {
  const index = new Map<string, HouseForm[]>();
  const add = (form: string, full: string): void => {
    const folded = fold(form);
    const key = `${form.split(/\s+/).length}:${folded[0]}`;
    const list = index.get(key) ?? [];
    list.push({ form, folded, full });
    index.set(key, list);
  };
  for (const raw of names.slice(0, MAX_OPTION_ENTRIES)) {
    const full = raw.trim().replace(/\s+/g, ' ');
    if (!full) continue;
    add(full, full);
    const words = full.split(' ');
    if (words.length > 1) add(words[words.length - 1], full);
  }
  return index;
}

/** Capitalised words ("Zelensky", "O'Brien", "Jean-Luc"), joined into runs by single spaces. */
const WORD = /(?<![\p{L}\p{M}'’])\p{Lu}[\p{L}\p{M}'’-]*/gu;

/** Findings for names that are near misses of a house spelling. */
export function houseNameFindings(text: string, names: string[]): Finding[] {
  if (!names.length) return [];
  const index = indexHouse(names);
  const exact = new Set([...index.values()].flat().map((h) => h.form));
  const out: Finding[] = [];
  let budget = MAX_WINDOWS;
  const near = nearestFinder(index);
  for (const run of capitalisedRuns(text)) {
    const covered = new Array<boolean>(run.length).fill(false);
    for (let n = Math.min(run.length, 4); n >= 1 && budget > 0; n--) {
      for (let i = 0; i + n <= run.length && budget-- > 0; i++) {
        if (covered.slice(i, i + n).some(Boolean)) continue;
        const start = run[i].start;
        const end = run[i + n - 1].end;
        const written = text.slice(start, end);
        if (exact.has(written)) {
          covered.fill(true, i, i + n);
          continue;
        }
        const house = near(written, n);
        if (!house) continue;
        covered.fill(true, i, i + n);
        out.push({
          code: 'name-misspelling',
          start,
          end,
          message: `“${written}” is not the house spelling “${house.form}”${house.form === house.full ? '' : ` (${house.full})`}.`,
          key: findingKey('name-misspelling', written),
          suggestion: house.form,
          attributable: false,
        });
      }
    }
  }
  return out;
}

/** The house form a window is a near miss of, remembered per spelling, within the comparison budget. */
function nearestFinder(index: Map<string, HouseForm[]>): (written: string, words: number) => HouseForm | undefined {
  const seen = new Map<string, HouseForm | undefined>();
  let comparisons = MAX_COMPARISONS;
  return (written, words) => {
    if (seen.has(written)) return seen.get(written);
    const folded = fold(written);
    const k = allowed(folded.length);
    let found: HouseForm | undefined;
    for (const h of index.get(`${words}:${folded[0]}`) ?? []) {
      if (h.folded === folded)
        found = h; // only diacritics or case differ
      else if (k && Math.abs(h.folded.length - folded.length) <= k && comparisons-- > 0 && boundedDistance(folded, h.folded, k) <= k) found = h;
      if (found) break;
    }
    seen.set(written, found);
    return found;
  };
}

interface Word {
  start: number;
  end: number;
  /** End of the word as written (after a possessive "'s", which ends a name). */
  full: number;
}

/** Runs of capitalised words separated by one space (a comma or a full stop ends a run). */
function capitalisedRuns(text: string): Word[][] {
  const runs: Word[][] = [];
  let run: Word[] = [];
  for (const m of text.matchAll(WORD)) {
    // A possessive is the name's own spelling plus "'s".
    const possessive = /['’]s$/.test(m[0]) ? 2 : 0;
    const w = { start: m.index, end: m.index + m[0].length - possessive, full: m.index + m[0].length };
    const last = run[run.length - 1];
    if (last && (w.start !== last.full + 1 || text[last.end] !== ' ' || last.end !== last.full || run.length >= MAX_RUN)) {
      runs.push(run);
      run = [];
    }
    run.push(w);
  }
  if (run.length) runs.push(run);
  return runs;
}
