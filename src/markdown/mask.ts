// The text the analyzer reads from a Markdown draft: the source with every character that is not
// prose blanked to a space (line endings kept), so each offset of the analysis is an offset of the
// source and nothing needs mapping back. Markup that separates blocks (a list marker, a heading's
// "#", a table's "|") becomes a line break instead, so a Markdown block boundary is a paragraph or
// line boundary for the analyzer. Parsed by micromark, whose tokens carry exact source offsets.
import { parse, postprocess, preprocess } from 'micromark';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import type { Event } from 'micromark-util-types';
import { decodeReference } from './entities';

export type MarkdownFlavour = 'markdown' | 'mdx';

export interface MaskedMarkdown {
  /** Same length as the source: prose as written, everything else spaces or line breaks. */
  text: string;
  /** 1 where `text` holds prose (a character of the source, or a decoded `&amp;`), else 0. */
  prose: Uint8Array;
  /** HTML blocks and inline HTML (comments included) as [start, end) pairs in order: where a
   * `<!-- copydesk-… -->` marker is one (the same text in a code block is an example, not a marker). */
  html: number[];
}

/** Containers whose whole extent is not prose: code, HTML, front matter, URLs, link references, images. */
const HIDDEN = new Set([
  'codeFenced',
  'codeIndented',
  'codeText',
  'htmlFlow',
  'htmlText',
  'yaml',
  'toml',
  'resource',
  'reference',
  'definition',
  'image',
  'autolink',
  'literalAutolink',
  'gfmFootnoteCall',
  'gfmFootnoteDefinitionLabel',
  'taskListCheck',
  'tableDelimiterRow',
  // Struck-through words are the ones the writer deleted.
  'strikethrough',
]);

/** Markup that opens a block: its first character becomes a line break (see the header). */
const BREAKS = new Set(['listItemPrefix', 'atxHeadingSequence', 'setextHeadingLineSequence', 'tableCellDivider', 'gfmFootnoteDefinitionLabel']);

const LF = 10;
const CR = 13;
const SPACE = 32;

/** Never throws: on a parser failure the whole draft is read as prose (the pre-Markdown behaviour). */
export function maskMarkdown(source: string, flavour: MarkdownFlavour = 'markdown'): MaskedMarkdown {
  try {
    return mask(source, events(tameNesting(source)), flavour);
  } catch {
    return { text: source, prose: new Uint8Array(source.length).fill(1), html: [] };
  }
}

/**
 * GFM without its literal-autolink extension, which doubled micromark's time on news copy (it
 * inspects every word); bare URLs are blanked by BARE_URL instead.
 */
function events(source: string): Event[] {
  const extensions = [frontmatter(['yaml', 'toml']), gfmTable(), gfmStrikethrough(), gfmTaskListItem(), gfmFootnote()];
  return postprocess(
    parse({ extensions })
      .document()
      .write(preprocess()(source, undefined, true)),
  );
}

function mask(source: string, evs: Event[], flavour: MarkdownFlavour): MaskedMarkdown {
  const n = source.length;
  const out = new Uint16Array(n);
  const prose = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const c = source.charCodeAt(i);
    out[i] = c === LF || c === CR ? c : SPACE;
    prose[i] = c === LF || c === CR ? 1 : 0;
  }
  const html: number[] = [];
  let hidden = 0;
  let quoteOpened = false; // a block quote's first ">" breaks; its continuation lines' do not
  for (const [kind, tok] of evs) {
    const type = tok.type as string;
    const start = tok.start.offset;
    const end = tok.end.offset;
    const hides = HIDDEN.has(type) || (flavour === 'mdx' && type === 'content' && isEsm(source, start));
    if (kind === 'exit') {
      if (hides) hidden--;
      continue;
    }
    if (type === 'blockQuote') quoteOpened = true;
    if (BREAKS.has(type) || (type === 'blockQuotePrefix' && quoteOpened)) {
      if (type === 'blockQuotePrefix') quoteOpened = false;
      if (end > start) out[start] = LF;
    }
    if (hidden === 0 && (type === 'htmlFlow' || type === 'htmlText')) html.push(start, end);
    if (hides) hidden++;
    if (hidden > 0) continue;
    if (type === 'data' || type === 'characterEscapeValue') {
      for (let i = start; i < end; i++) {
        out[i] = source.charCodeAt(i);
        prose[i] = 1;
      }
    } else if (type === 'characterReference') {
      putDecoded(out, prose, start, end, decodeReference(source.slice(start, end)));
    }
  }
  blankBareUrls(source, out, prose);
  return { text: fromCodes(out), prose, html };
}

/** A bare http(s) or www address, as GFM autolinks it (trailing punctuation left to the sentence). */
const BARE_URL = /\b(?:https?:\/\/|www\.)[^\s<>"“”]*[^\s<>"“”.,;:!?'’)\]*_~]/g;

function blankBareUrls(source: string, out: Uint16Array, prose: Uint8Array): void {
  if (!source.includes('://') && !source.includes('www.')) return;
  for (const m of source.matchAll(BARE_URL)) {
    for (let i = m.index; i < m.index + m[0].length; i++) {
      if (!prose[i]) continue;
      out[i] = SPACE;
      prose[i] = 0;
    }
  }
}

/** Deepest block quote nesting parsed as such; micromark's cost grows with depth times lines. */
const MAX_QUOTE_DEPTH = 16;

/**
 * Block quote markers past MAX_QUOTE_DEPTH on a line become spaces (same length, so offsets hold):
 * 50,000 nested ">" took micromark 25 s, and no draft nests quotations sixteen deep.
 */
function tameNesting(source: string): string {
  if (!source.includes('>'.repeat(MAX_QUOTE_DEPTH)) && !source.includes('> '.repeat(MAX_QUOTE_DEPTH))) return source;
  return source.replace(/^(?:[ \t]*>){17,}/gm, (prefix) => {
    let seen = 0;
    return prefix.replace(/>/g, (c) => (++seen > MAX_QUOTE_DEPTH ? ' ' : c));
  });
}

/** A decoded `&amp;` goes where the reference starts, when it fits; the rest stays blank. */
function putDecoded(out: Uint16Array, prose: Uint8Array, start: number, end: number, value: string): void {
  if (!value || value.length > end - start) return;
  for (let k = 0; k < value.length; k++) {
    out[start + k] = value.charCodeAt(k);
    prose[start + k] = 1;
  }
}

/** An MDX `import`/`export` block (ESM), which is code. */
const isEsm = (source: string, at: number): boolean => /^(?:import|export)\s/.test(source.slice(at, at + 7));

/** Chunked: String.fromCharCode with a million arguments overflows the stack. */
function fromCodes(codes: Uint16Array): string {
  let s = '';
  for (let i = 0; i < codes.length; i += 8192) s += String.fromCharCode(...codes.subarray(i, i + 8192));
  return s;
}
