// Which front end reads a draft: an article as written, or Markdown through its prose mask.
import type { AnalyzeOptions } from '../core/types';
import type { MarkdownFlavour } from './mask';

export type DraftLanguage = 'article' | MarkdownFlavour;

export const DRAFT_LANGUAGES: readonly DraftLanguage[] = ['article', 'markdown', 'mdx'];

/** analyze()'s options plus the language of the draft (default: article). */
export interface DraftOptions extends AnalyzeOptions {
  language?: DraftLanguage;
}

const BY_EXTENSION: ReadonlyMap<string, DraftLanguage> = new Map([
  ['md', 'markdown'],
  ['markdown', 'markdown'],
  ['mdx', 'mdx'],
]);

/** The language a file name implies: Markdown by extension, anything else an article. */
export function languageOfPath(file: string): DraftLanguage {
  const ext = /\.([^./\\]+)$/.exec(file)?.[1]?.toLowerCase() ?? '';
  return BY_EXTENSION.get(ext) ?? 'article';
}

/** VS Code language ids that are Markdown (mdx has no built-in id; extensions call it "mdx"). */
export function languageOfId(languageId: string): DraftLanguage {
  return languageId === 'markdown' ? 'markdown' : languageId === 'mdx' ? 'mdx' : 'article';
}
