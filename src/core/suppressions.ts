// Suppressions written in the story, so they travel with it to every colleague and every CI run:
//   [[copydesk-disable-next-line CODE… -- reason]]   the findings on the next line
//   [[copydesk-disable CODE…]] … [[copydesk-enable CODE…]]   a stretch of the story
//   [[copydesk-disable-file CODE…]]   the whole file
// No CODE means every kind. In Markdown, <!-- copydesk-… --> works too. The [[…]] form is an
// editor note, already blanked before analysis (hygiene.ts), so a marker is never itself a finding.
import { FINDING_CODES, type Finding, type FindingCode } from './findings';
import { positionsOf } from './lines';

export type DirectiveKind = 'disable-next-line' | 'disable' | 'enable' | 'disable-file';

export interface Directive {
  kind: DirectiveKind;
  /** The kinds it names; every kind when the marker names none. */
  codes: FindingCode[];
  /** Tokens that are not finding codes (a typo would otherwise suppress nothing silently). */
  unknown: string[];
  reason: string;
  /** The marker itself. */
  start: number;
  end: number;
}

const PREFIX = 'copydesk-';
/** Longest marker, like the longest editor note. */
const MAX_MARKER = 500;
/** Most markers honoured in one file: far more than any story has, and a bound on the work. */
const MAX_DIRECTIVES = 10_000;
const KINDS: readonly DirectiveKind[] = ['disable-next-line', 'disable-file', 'disable', 'enable'];

/** A position of `needle` at or after `from`, remembered so that scanning forward stays linear. */
function finder(text: string, needle: string): (from: number) => number {
  let at = -2;
  return (from) => {
    if (at !== -1 && at < from) at = text.indexOf(needle, from);
    return at;
  };
}

/** Every copydesk marker in the text, in order; `html` also reads <!-- … --> comments. Linear. */
export function findDirectives(text: string, html = false): Directive[] {
  const out: Directive[] = [];
  const nextLine = finder(text, '\n');
  const nextNote = finder(text, ']]');
  const nextComment = finder(text, '-->');
  for (let i = text.indexOf(PREFIX); i >= 0 && out.length < MAX_DIRECTIVES; i = text.indexOf(PREFIX, i + 1)) {
    const open = openerBefore(text, i, html);
    if (open < 0) continue;
    const note = text.charCodeAt(open) === 91; // "["
    const close = note ? nextNote(i) : nextComment(i);
    const eol = nextLine(i);
    if (close < 0 || (eol >= 0 && eol < close) || close - i > MAX_MARKER) continue;
    const d = parseBody(text.slice(i + PREFIX.length, close));
    if (d) out.push({ ...d, start: open, end: close + (note ? 2 : 3) });
    i = close;
  }
  return out;
}

/** Where the marker containing the "copydesk-" at i opens ("[[" right before, or "<!--" and spaces). */
function openerBefore(text: string, i: number, html: boolean): number {
  if (text.startsWith('[[', i - 2)) return i - 2;
  if (!html) return -1;
  let j = i;
  while (j > 0 && (text[j - 1] === ' ' || text[j - 1] === '\t') && i - j < 20) j--;
  return text.startsWith('<!--', j - 4) ? j - 4 : -1;
}

function parseBody(body: string): Omit<Directive, 'start' | 'end'> | undefined {
  const dash = body.indexOf(' -- ');
  const head = dash >= 0 ? body.slice(0, dash) : body.replace(/\s+--\s*$/, '');
  const reason = dash >= 0 ? body.slice(dash + 4).trim() : '';
  const [word, ...rest] = head.trim().split(/[\s,]+/);
  const kind = KINDS.find((k) => k === word);
  if (!kind) return undefined;
  const tokens = rest.filter(Boolean);
  const codes = tokens.filter((t): t is FindingCode => (FINDING_CODES as readonly string[]).includes(t));
  const unknown = tokens.filter((t) => !(FINDING_CODES as readonly string[]).includes(t));
  // Only unknown names: suppress nothing rather than everything.
  if (tokens.length && !codes.length) return { kind, codes: [], unknown, reason };
  return { kind, codes: tokens.length ? codes : [...FINDING_CODES], unknown, reason };
}

export interface SuppressedFinding {
  finding: Finding;
  reason: string;
  directive: Directive;
}

interface Range {
  start: number;
  end: number;
  directive: Directive;
}

/** Splits findings into those still reported and those a marker suppresses (with its reason). */
export function applyDirectives(findings: Finding[], text: string, directives: Directive[]): { kept: Finding[]; suppressed: SuppressedFinding[] } {
  if (!directives.length) return { kept: findings, suppressed: [] };
  const line = positionsOf(text);
  const whole = new Map<FindingCode, Directive>();
  const nextLine = new Map<string, Directive>(); // `${line}:${code}`
  const ranges = rangesOf(directives, text.length);
  for (const d of directives) {
    for (const code of d.codes) {
      if (d.kind === 'disable-file' && !whole.has(code)) whole.set(code, d);
      if (d.kind === 'disable-next-line') nextLine.set(`${line(d.end).line + 1}:${code}`, d);
    }
  }
  const kept: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];
  for (const f of findings) {
    const d = whole.get(f.code) ?? nextLine.get(`${line(f.start).line}:${f.code}`) ?? inRange(ranges.get(f.code), f.start);
    if (d) suppressed.push({ finding: f, reason: d.reason, directive: d });
    else kept.push(f);
  }
  return { kept, suppressed };
}

/** disable … enable stretches per code, in order and never overlapping; an unclosed one runs to the end. */
function rangesOf(directives: Directive[], length: number): Map<FindingCode, Range[]> {
  const open = new Map<FindingCode, Directive>();
  const out = new Map<FindingCode, Range[]>();
  const close = (code: FindingCode, at: number): void => {
    const d = open.get(code);
    if (!d) return;
    open.delete(code);
    const list = out.get(code) ?? [];
    list.push({ start: d.end, end: at, directive: d });
    out.set(code, list);
  };
  for (const d of directives) {
    if (d.kind === 'disable') for (const c of d.codes) if (!open.has(c)) open.set(c, d);
    if (d.kind === 'enable') for (const c of d.codes) close(c, d.start);
  }
  for (const c of [...open.keys()]) close(c, length);
  return out;
}

/** The range holding the offset, by binary search over sorted, disjoint ranges. */
function inRange(ranges: Range[] | undefined, at: number): Directive | undefined {
  if (!ranges) return undefined;
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid].end <= at) lo = mid + 1;
    else if (ranges[mid].start > at) hi = mid - 1;
    else return ranges[mid].directive;
  }
  return undefined;
}

/** The marker text a quick fix inserts (the reason is the part to type). */
export function markerText(kind: 'disable-next-line' | 'disable-file', code: FindingCode, reason: string, html = false): string {
  const body = `copydesk-${kind} ${code} -- ${reason}`;
  return html ? `<!-- ${body} -->` : `[[${body}]]`;
}
