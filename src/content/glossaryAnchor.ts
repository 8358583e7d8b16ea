import type { GlossaryId } from './types';

/** The id of a term's entry in the Glossary under Sources (its own module: terms link there from every part's script). */
export const glossaryAnchor = (id: GlossaryId): string => `glossary-${id}`;
