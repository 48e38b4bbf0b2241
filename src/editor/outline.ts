// Headline and subheads of a draft for the Outline view and breadcrumbs: the same lines the grammar
// colours as headings (no NLP involved).
export interface Heading {
  text: string;
  /** 1 = headline, 2 = subhead; "#"-lines take their number of #s. */
  level: number;
  /** Offsets of the whole line, end exclusive. */
  start: number;
  end: number;
}

/** Does the line end like a sentence (after trailing spaces)? A plain scan from the end: a regex
 * anchored at $ retried at every punctuation mark costs quadratic time on ". . . . " lines. */
function endsSentence(line: string): boolean {
  let i = line.length - 1;
  while (i >= 0 && /\s/.test(line[i])) i--;
  if (i >= 0 && `"”’')`.includes(line[i])) {
    if (i >= 1 && '.!?:;,)'.includes(line[i - 1])) return true;
  }
  return i >= 0 && '.!?:;,)'.includes(line[i]);
}
const DATE_LINE = /^\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},\s+\d{4}\s*$/;
const QUOTE_MARK = /["“”‘’]/;

export function headingsOf(text: string): Heading[] {
  const out: Heading[] = [];
  const lines = text.split('\n');
  let offset = 0;
  lines.forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    const start = offset;
    offset += raw.length + 1;
    const trimmed = line.trim();
    if (!trimmed || DATE_LINE.test(line) || /^\s*By\s+\p{Lu}/u.test(line)) return;
    const hash = /^#{1,3}\s/.exec(line);
    if (hash) {
      const level = hash[0].length - 1;
      const title = line.slice(level).trim();
      if (title) out.push({ text: title, level, start, end: start + line.length });
      return;
    }
    if (endsSentence(line)) return;
    const blankAround = (i === 0 || !lines[i - 1].trim()) && (i === lines.length - 1 || !lines[i + 1].trim());
    if (i === 0 && trimmed.length <= 200) out.push({ text: trimmed, level: 1, start, end: start + line.length });
    else if (blankAround && trimmed.length <= 80 && /^\p{Lu}/u.test(trimmed) && !QUOTE_MARK.test(line)) {
      out.push({ text: trimmed, level: 2, start, end: start + line.length });
    }
  });
  return out;
}

/**
 * Where each heading's section ends: just before the next heading of the same or a higher level,
 * else at the end of the text. One pass with a stack (a search ahead from every heading was
 * quadratic: 40,000 "# a" lines took 5 s).
 */
export function sectionEnds(headings: Heading[], textLength: number): number[] {
  const ends = headings.map(() => textLength);
  const open: number[] = [];
  headings.forEach((h, i) => {
    while (open.length && headings[open[open.length - 1]].level >= h.level) {
      const j = open.pop()!;
      ends[j] = Math.max(headings[j].end, h.start - 1);
    }
    open.push(i);
  });
  return ends;
}
