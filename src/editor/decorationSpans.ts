// Which spans get which highlight; kept free of vscode so the rules are unit-tested.
import type { Analysis, Span } from '../core/types';

export interface DecorationSpans {
  /** Direct quotations with a speaker. */
  direct: Span[];
  /** Reported (indirect) speech with a speaker: the subtler style. */
  reported: Span[];
  /** The speaker as written for each attributed quote. */
  speaker: Span[];
  /** The attribution cue ("said"). */
  cue: Span[];
  /** Quotations and reported speech with no speaker: the problem style. */
  noSpeaker: Span[];
}

export function decorationSpans(a: Analysis): DecorationSpans {
  const out: DecorationSpans = { direct: [], reported: [], speaker: [], cue: [], noSpeaker: [] };
  const seen = new Set<string>();
  const once = (list: Span[], s: Span | null): void => {
    if (!s || s.end <= s.start) return;
    const k = `${list === out.speaker ? 's' : 'c'}${s.start}:${s.end}`;
    if (seen.has(k)) return; // several quotes can share one speaker mention or cue
    seen.add(k);
    list.push({ start: s.start, end: s.end });
  };
  for (const q of a.quotes) {
    if (q.speaker === null) {
      out.noSpeaker.push({ start: q.start, end: q.end });
      continue;
    }
    (q.kind === 'direct' ? out.direct : out.reported).push({ start: q.start, end: q.end });
    once(out.speaker, q.speakerSpan);
    once(out.cue, q.cueSpan);
  }
  return out;
}
