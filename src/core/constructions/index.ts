// The attribution constructions, in priority order: for each cue, the first construction whose
// shape matches decides its source and content. The order matters where shapes overlap.
import { Construction } from './context';
import { accordingTo } from './accordingTo';
import { inTheirView } from './inTheirView';
import { quotedAs } from './quotedAs';
import { passiveAgent } from './passiveAgent';
import { asSaid } from './asSaid';
import { relativeWho } from './relativeWho';
import { leftSource } from './leftSource';
import { evidenceSubject } from './evidenceSubject';
import { appositive } from './appositive';
import { inverted } from './inverted';
import { modifiedSubject } from './modifiedSubject';
import { sharedSubject } from './sharedSubject';

export const CONSTRUCTIONS: readonly Construction[] = [
  // "according to" is a cue of its own and never a verb: nothing else applies to it.
  accordingTo,
  // "In his view, ...": a setting cue of its own, like "according to".
  inTheirView,
  // "quoted X as saying" before anything reads "saying" as a participle of the subject.
  quotedAs,
  // "was announced by X": the agent speaks, not the subject on the verb's left.
  passiveAgent,
  // "As X said, ...": before the left-source reading takes "As X" as a subject.
  asSaid,
  // ", who said": the antecedent, not the relative pronoun.
  relativeWho,
  // "Exit polls from the primary showed": before the left-source reading takes "the primary".
  evidenceSubject,
  // The common shape: a noun phrase or pronoun right before the verb.
  leftSource,
  // "X, a ROLE, said": only when no noun phrase stands right before the verb.
  appositive,
  // "Some parents who have heard him, on radio, said": after the appositive chain, which names
  // the person of "X, a ROLE, said"; before the inverted reading takes the comma as a quote's end.
  modifiedSubject,
  // '"...," said X': a comma or closing mark before the verb and the source after it.
  inverted,
  // Participles and coordinated verbs last: they borrow a subject from elsewhere.
  sharedSubject,
];

export type { Construction, CueContext } from './context';
export { cueContext } from './context';
