import type { Actor } from '../../content/types';

/** First and last capitalised words: "Dawa Khan Minhapal" → "DM". */
const initials = (words: string): string => {
  const capitalised = words.split(/\s+/).filter((word) => /^[A-Z]/.test(word));
  const first = capitalised[0] ?? '';
  const last = capitalised.length > 1 ? (capitalised[capitalised.length - 1] ?? '') : '';
  return `${first.charAt(0)}${last.charAt(0)}`;
};

/**
 * The letters on an actor's emblem, which stands in for a portrait or flag
 * (no image rights, nothing to download): the content's own `emblem` (country
 * codes), else initials for people and several-word names ("ZK", "SD"), else the
 * first three letters ("UN", "NYT", "TAL").
 */
export const emblemText = (actor: Actor): string => {
  if (actor.emblem !== undefined) return actor.emblem;
  if (actor.kind === 'person') return initials(actor.name);
  if (/\s/.test(actor.shortName.trim())) return initials(actor.shortName);
  return actor.shortName.replace(/[^A-Za-z]/g, '').slice(0, 3).toUpperCase();
};

/** True when the emblem already spells the short name ("UN"), so a diagram needs no second label. */
export const emblemSaysName = (actor: Actor): boolean =>
  emblemText(actor) === actor.shortName.replace(/[^A-Za-z]/g, '').toUpperCase();
