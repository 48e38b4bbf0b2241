// The Markdown front end of the analysis: pure TypeScript, no vscode.
export { analyzeDraft } from './analyzeDraft';
export { maskMarkdown, type MaskedMarkdown, type MarkdownFlavour } from './mask';
export { DRAFT_LANGUAGES, languageOfId, languageOfPath, type DraftLanguage, type DraftOptions } from './language';
export { afterFrontMatter } from './frontMatter';
