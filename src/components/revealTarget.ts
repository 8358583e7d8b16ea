/** The element a hash ("#source-p4-2") names, or null. */
const hashTarget = (hash: string): HTMLElement | null => {
  try {
    const id = decodeURIComponent(hash.replace(/^#/, ''));
    return id === '' ? null : document.getElementById(id);
  } catch {
    // A malformed escape names nothing.
    return null;
  }
};

/**
 * Opens every closed <details> around the element a hash names, so that
 * following a link to a sentence of the folded article text shows it.
 * Returns whether it had to open anything.
 */
export const revealHashTarget = (hash: string): boolean => {
  let opened = false;
  for (let details = hashTarget(hash)?.closest('details'); details; details = details.parentElement?.closest('details')) {
    if (details.open) continue;
    details.open = true;
    opened = true;
  }
  return opened;
};

let isWatching = false;

const reveal = () => {
  if (revealHashTarget(window.location.hash)) hashTarget(window.location.hash)?.scrollIntoView();
};

/**
 * Reveals the hash's target now (its part of the page may just have loaded),
 * and, once per page, on every hash change. Recent Chromium opens the
 * <details> itself (also without scripts); elsewhere the browser found nothing
 * to scroll to, so this scrolls once it is open.
 */
export const watchHashTargets = (): void => {
  if (typeof window === 'undefined') return;
  reveal();
  if (isWatching) return;
  isWatching = true;
  window.addEventListener('hashchange', reveal);
};
