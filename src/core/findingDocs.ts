// What each finding means, for `copydesk explain CODE`, SARIF rule help and the editor's links.
// docs/findings.md says the same at length; a unit test keeps the two in step.
import type { FindingCode } from './findings';

export interface FindingDoc {
  title: string;
  /** One sentence: what Copydesk saw. */
  meaning: string;
  /** Why an editor cares. */
  why: string;
  /** How to resolve it, or suppress it when the desk accepts it. */
  resolve: string;
}

const SUPPRESS = (code: FindingCode): string =>
  `If the desk accepts it, put [[copydesk-disable-next-line ${code} -- reason]] on the line above, or turn the kind off with "enabledFindings": { "${code}": false } in .copydesk.json.`;

export const FINDING_DOCS: Record<FindingCode, FindingDoc> = {
  'unattributed-claim': {
    title: 'Unattributed claim',
    meaning: 'A figure, cause, allegation, prediction or characterisation is stated with no source in its sentence.',
    why: 'A reader cannot tell who says so; a claim the paper makes in its own voice is one the paper must stand behind.',
    resolve: `Add the source ("…, the ministry said", "according to …"), or mark the sentence [[sourced]] when the source is given nearby. ${SUPPRESS('unattributed-claim')}`,
  },
  'quote-no-speaker': {
    title: 'Quotation with no speaker',
    meaning: 'A quotation or reported statement has no speaker Copydesk could find.',
    why: 'Every quote needs a named (or deliberately unnamed) source: an orphan quote is the first thing a standards editor asks about.',
    resolve: `Attribute it ("…," she said) or move it next to its speaker. ${SUPPRESS('quote-no-speaker')}`,
  },
  'anonymous-source': {
    title: 'Anonymous source',
    meaning: 'A quote comes from an unnamed source ("officials", "a person familiar with the talks").',
    why: 'Most style guides allow anonymous sources only with a stated reason and an editor’s approval.',
    resolve: `Name the source, or say why it cannot be named and how it knows. ${SUPPRESS('anonymous-source')}`,
  },
  'unbalanced-quote': {
    title: 'Unbalanced quotation mark',
    meaning: 'A quotation mark is opened and never closed, or closed and never opened.',
    why: 'A missing mark changes which words are the speaker’s, and hides quotes from the attribution check.',
    resolve: `Add the missing mark (a quote running over paragraphs reopens each paragraph and closes only at its end). ${SUPPRESS('unbalanced-quote')}`,
  },
  'mismatched-quote': {
    title: 'Mismatched quotation marks',
    meaning: 'Quotation marks that do not pair up: straight with curly, double with single.',
    why: 'Mixed marks are usually an edit gone wrong and print as a typo.',
    resolve: `Use the house marks on both sides. ${SUPPRESS('mismatched-quote')}`,
  },
  tk: {
    title: 'TK placeholder',
    meaning: 'The draft still holds a "TK" ("to come"): a fact still to be filled in.',
    why: 'A TK that reaches print is a visible error.',
    resolve: `Fill in the fact or cut the sentence. ${SUPPRESS('tk')}`,
  },
  'name-misspelling': {
    title: 'Name misspelling',
    meaning: 'A name is written differently from another spelling of it in the story, or from the desk’s house spelling ("names" in .copydesk.json).',
    why: 'A misspelt name is a correction waiting to happen.',
    resolve: `Use the quick fix to change it to the spelling shown. If the spelling is right, add it to "names" in .copydesk.json (the "Add to house names" action). ${SUPPRESS('name-misspelling')}`,
  },
};

/** The plain-text explanation `copydesk explain CODE` prints. */
export function explain(code: FindingCode): string {
  const d = FINDING_DOCS[code];
  return `${code}: ${d.title}\n\n${d.meaning}\n\nWhy it matters: ${d.why}\n\nHow to resolve it: ${d.resolve}`;
}
