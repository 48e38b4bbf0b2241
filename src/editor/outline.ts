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

const SENTENCE_END = /[.!?:;,)]["”’')]?\s*$/;
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
    const hash = /^(#{1,3})\s+(.*\S)\s*$/.exec(line);
    if (hash) {
      out.push({ text: hash[2], level: hash[1].length, start, end: start + line.length });
      return;
    }
    if (SENTENCE_END.test(line)) return;
    const blankAround = (i === 0 || !lines[i - 1].trim()) && (i === lines.length - 1 || !lines[i + 1].trim());
    if (i === 0 && trimmed.length <= 200) out.push({ text: trimmed, level: 1, start, end: start + line.length });
    else if (blankAround && trimmed.length <= 80 && /^\p{Lu}/u.test(trimmed) && !QUOTE_MARK.test(line)) {
      out.push({ text: trimmed, level: 2, start, end: start + line.length });
    }
  });
  return out;
}
