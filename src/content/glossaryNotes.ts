import { resolveCites, type ResolvedCite } from './cites';
import { glossaryEntry } from './glossary';
import type { GlossaryId } from './types';

/** A term's definition, each sentence with its sources resolved, for the note that opens at the word. */
export interface GlossaryNote {
  readonly term: string;
  readonly sentences: readonly { readonly text: string; readonly sources: readonly ResolvedCite[] }[];
}

/**
 * Loaded when a reader first opens a term (import()): the definitions and the
 * background sources they cite stay out of the scripts every page loads.
 */
export const glossaryNote = (id: GlossaryId): GlossaryNote | null => {
  const entry = glossaryEntry(id);
  if (entry === undefined) return null;
  return { term: entry.term, sentences: entry.definition.map((sentence) => ({ text: sentence.text, sources: resolveCites(sentence.cites) })) };
};
