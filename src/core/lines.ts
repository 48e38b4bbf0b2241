// Offset ↔ line/character, and short one-line excerpts: shared by the CLI report and the editor
// features that work on texts not open as TextDocuments (workspace check, export, hovers).
export interface LineChar {
  /** 0-based line. */
  line: number;
  /** 0-based UTF-16 column. */
  character: number;
}

/** Line starts are indexed once per text; each lookup is a binary search. */
export function positionsOf(text: string): (offset: number) => LineChar {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return (offset: number): LineChar => {
    const o = Math.max(0, Math.min(offset, text.length));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: o - starts[lo] };
  };
}

/** Collapses whitespace and clips to `max` characters with an ellipsis. */
export function clip(s: string, max: number): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > max ? one.slice(0, Math.max(1, max - 1)).trimEnd() + '…' : one;
}

/** Text safe for a terminal: C0 and C1 control characters (ESC sequences included) shown as
 * \u escapes, so a draft pasted from anywhere cannot move the cursor or recolour the report. */
export function escapeControls(s: string): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  return s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
