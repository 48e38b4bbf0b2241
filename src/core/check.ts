// One check, the same for the CLI and the editor: the analysis's findings plus house spellings,
// the kinds the rules enable, minus what markers in the story suppress, each with its severity and
// 1-based line and column.
import type { Rules } from './deskConfig';
import { findingsOf, type Finding, type SeverityName } from './findings';
import { maskNotes } from './hygiene';
import { houseNameFindings } from './houseNames';
import { positionsOf } from './lines';
import { applyDirectives, findDirectives, type Directive } from './suppressions';
import type { Analysis } from './types';

export interface Located {
  /** 1-based line and UTF-16 column, end exclusive (as in SARIF and GitHub annotations). */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface CheckedFinding extends Finding, Located {
  severity: SeverityName;
}

export interface SuppressedCheckedFinding {
  finding: CheckedFinding;
  reason: string;
  /** 1-based line of the marker that suppressed it. */
  markerLine: number;
}

export interface CheckResult {
  findings: CheckedFinding[];
  suppressed: SuppressedCheckedFinding[];
  /** Markers naming codes that do not exist (a typo suppresses nothing; say so). */
  directives: Directive[];
}

/**
 * What a Markdown front end (src/markdown) adds to its analysis: `prose`, the source with every
 * character that is not prose blanked (same length), and its HTML as [start, end) pairs in order.
 */
export interface Markup {
  prose: string;
  html: number[];
}

/** An analysis, with its markup when the draft is Markdown. */
export type DraftAnalysis = Analysis & { markup?: Markup };

/** A Markdown draft (the analysis carries its markup) also reads <!-- copydesk-… --> markers. */
export function check(analysis: DraftAnalysis, text: string, rules: Rules): CheckResult {
  // Markup that does not describe this text (a stale analysis) is not used.
  const markup = analysis.markup?.prose.length === text.length ? analysis.markup : undefined;
  // Editor notes (markers included) are not article text, for house spellings as for the analysis;
  // nor, in Markdown, are code, URLs and front matter.
  const house = houseNameFindings(maskNotes(markup?.prose ?? text), rules.names);
  // The desk's spelling overrides the analysis's own guess for the same word (same start or end).
  const edges = new Set(house.flatMap((h) => [`s${h.start}`, `e${h.end}`]));
  // A spelling the desk lists as its own is no misspelling either.
  const listed = new Set(rules.names);
  const own = findingsOf(analysis, text).filter(
    (f) => f.code !== 'name-misspelling' || !(edges.has(`s${f.start}`) || edges.has(`e${f.end}`) || listed.has(text.slice(f.start, f.end))),
  );
  const all = [...own, ...house].filter((f) => rules.enabled[f.code]).sort((x, y) => x.start - y.start || x.end - y.end);
  const directives = markup ? findDirectives(text, true).filter((d) => isMarker(d, markup)) : findDirectives(text);
  const { kept, suppressed } = applyDirectives(all, text, directives);
  const pos = positionsOf(text);
  const locate = (f: Finding): CheckedFinding => {
    const a = pos(f.start);
    const b = pos(Math.max(f.start, f.end));
    return { ...f, severity: rules.severity[f.code], line: a.line + 1, column: a.character + 1, endLine: b.line + 1, endColumn: b.character + 1 };
  };
  return {
    findings: kept.map(locate),
    suppressed: suppressed.map((s) => ({ finding: locate(s.finding), reason: s.reason, markerLine: pos(s.directive.start).line + 1 })),
    directives,
  };
}

/** In Markdown, a [[…]] marker is one in prose and a <!-- … --> one in HTML; the same text in
 * code (a style guide quoting a marker) suppresses nothing. */
function isMarker(d: Directive, m: Markup): boolean {
  if (m.prose.startsWith('[[', d.start)) return true;
  if (m.prose.charCodeAt(d.start) !== 32) return false;
  const h = m.html;
  let lo = 0;
  let hi = h.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (h[2 * mid + 1] <= d.start) lo = mid + 1;
    else if (h[2 * mid] > d.start) hi = mid - 1;
    else return true;
  }
  return false;
}

const RANK: Record<SeverityName, number> = { hint: 0, information: 1, warning: 2, error: 3 };

/** Whether a severity is at least the minimum (`--min-severity warning` keeps warnings and errors). */
export const atLeast = (s: SeverityName, min: SeverityName): boolean => RANK[s] >= RANK[min];
