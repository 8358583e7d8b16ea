/**
 * Pairing ids. Every deck window has one, and the notes window it opens
 * carries it in its address (`&pair=`), so only those two windows follow each
 * other over the channel that every window of the site shares.
 */

const PAIR_ID = /^[a-z0-9-]{8,64}$/;
const STORAGE_KEY = 'explainer:deck-pair';

/** True for a well-formed pairing id; anything else (from a URL or a message) is ignored. */
export const isPairId = (value: unknown): value is string => typeof value === 'string' && PAIR_ID.test(value);

const hex = (bytes: Uint8Array): string => Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');

const fromCrypto = (): string | null => {
  try {
    const api = globalThis.crypto as Crypto | undefined;
    // randomUUID exists only in secure contexts; getRandomValues also over plain http on a LAN.
    if (typeof api?.randomUUID === 'function') return api.randomUUID();
    if (typeof api?.getRandomValues === 'function') return hex(api.getRandomValues(new Uint8Array(16)));
  } catch {
    // A stubbed or broken crypto: Math.random below is enough, ids need to differ, not be secret.
  }
  return null;
};

/** A fresh random id, always matching isPairId. */
export const newPairId = (): string =>
  fromCrypto() ?? Array.from({ length: 32 }, () => Math.floor(Math.random() * 16).toString(16)).join('');

const sessionStore = (): Storage | null => {
  try {
    return window.sessionStorage;
  } catch {
    return null; // Storage switched off, or a sandboxed frame.
  }
};

/**
 * This tab's deck id. Kept in sessionStorage (per tab, survives a reload), so
 * a reloaded deck is still paired with the notes window it opened; without
 * storage every mount gets a fresh id, and S pairs the notes window again.
 */
export const deckPairId = (): string => {
  const store = sessionStore();
  try {
    const stored = store?.getItem(STORAGE_KEY);
    if (isPairId(stored)) return stored;
  } catch {
    // Unreadable storage: fall through to a fresh id.
  }
  const id = newPairId();
  try {
    store?.setItem(STORAGE_KEY, id);
  } catch {
    // Full or read-only storage: the id lives as long as this deck.
  }
  return id;
};
