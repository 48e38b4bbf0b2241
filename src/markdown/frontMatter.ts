// Where a file-wide marker can go in a Markdown draft. Front matter is front matter only at the
// very start of the file: a marker inserted above it would turn a Hugo or Jekyll draft's YAML into
// prose (a thematic break and a heading), so "Disable … in this file" goes right after it.

/** YAML (---) or TOML (+++) front matter opening the file, up to its closing fence line. */
const FRONT_MATTER = /^(-{3}|\+{3})[ \t]*\r?\n(?:[^\n]*\n)*?\1[ \t]*(?:\r?\n|$)/;

/** Offset just after the front matter (0 when there is none), and whether a line break ends it. */
export function afterFrontMatter(text: string): { offset: number; endsLine: boolean } {
  const m = FRONT_MATTER.exec(text);
  if (!m) return { offset: 0, endsLine: true };
  return { offset: m[0].length, endsLine: m[0].endsWith('\n') };
}
