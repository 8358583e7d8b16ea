/**
 * Messages between the audience deck and the speaker notes window, over
 * BroadcastChannel (same origin by construction). Everything received is
 * treated as hostile until parsed: wrong shapes are dropped, never thrown on.
 */

export const DECK_CHANNEL = 'explainer:four-steps:v1';

export type DeckMessage =
  /** A window that just opened (or reloaded) asks the others where the deck is. */
  | { readonly type: 'hello' }
  | { readonly type: 'state'; readonly slide: number; readonly step: number; readonly isBlackedOut: boolean };

const MAX_STEP = 999;

const isIndex = (value: unknown, below: number): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < below;

/** A valid message for a deck of `slideCount` slides, or null. */
export const parseDeckMessage = (data: unknown, slideCount: number): DeckMessage | null => {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const record = data as Record<string, unknown>;
  if (record.type === 'hello') return { type: 'hello' };
  if (record.type !== 'state') return null;
  const { slide, step, isBlackedOut } = record;
  if (!isIndex(slide, slideCount) || !isIndex(step, MAX_STEP + 1) || typeof isBlackedOut !== 'boolean') return null;
  return { type: 'state', slide, step, isBlackedOut };
};
