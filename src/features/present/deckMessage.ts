import { isPairId } from './deckPair';

/**
 * Messages between the audience deck and the speaker notes window, over
 * BroadcastChannel (same origin by construction). Every deck window of the
 * site shares the channel, so each message names its pair and its sender's
 * role. Everything received is treated as hostile until parsed: wrong shapes
 * are dropped, never thrown on.
 */

/** v2: messages carry a pairing; a tab still running v1 code is not heard (it would follow every deck). */
export const DECK_CHANNEL = 'explainer:four-steps:v2';

type DeckRole = 'deck' | 'notes';

export type DeckBody =
  /** From a notes window: "where is my deck?"; from a deck: "I have (re)started". */
  | { readonly type: 'hello' }
  | { readonly type: 'state'; readonly slide: number; readonly step: number; readonly isBlackedOut: boolean };

export type DeckMessage = DeckBody & { readonly from: DeckRole; readonly pair: string };

/** One end of a pairing: which window this is, and the id it shares with its partner. */
export interface DeckLink {
  readonly role: DeckRole;
  readonly pair: string;
}

const MAX_STEP = 999;

const isIndex = (value: unknown, below: number): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < below;

const isRole = (value: unknown): value is DeckRole => value === 'deck' || value === 'notes';

/** A valid message for a deck of `slideCount` slides, or null. */
export const parseDeckMessage = (data: unknown, slideCount: number): DeckMessage | null => {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const record = data as Record<string, unknown>;
  const { from, pair } = record;
  if (!isRole(from) || !isPairId(pair)) return null;
  if (record.type === 'hello') return { type: 'hello', from, pair };
  if (record.type !== 'state') return null;
  const { slide, step, isBlackedOut } = record;
  if (!isIndex(slide, slideCount) || !isIndex(step, MAX_STEP + 1) || typeof isBlackedOut !== 'boolean') return null;
  return { type: 'state', from, pair, slide, step, isBlackedOut };
};

/** True when `message` comes from the other window of `link`'s pair: decks never hear decks, nor notes other notes. */
export const isFromPartner = (message: DeckMessage, link: DeckLink): boolean => message.pair === link.pair && message.from !== link.role;
