import { notesSearch } from './slideUrl';

/** Address of the speaker notes window for a slide, on this page, paired with the deck whose id is `pair`. */
export const notesHref = (slide: number, pair: string): string =>
  `${window.location.pathname}${notesSearch(window.location.search, slide, pair)}`;

/**
 * Opens (or reuses) the speaker notes window. Returns false when the browser
 * blocked the pop-up, so the deck can offer a link instead. Not `noopener`:
 * that would make every open look blocked; both windows are this page anyway.
 * Reusing the window by name re-pairs it with the deck that pressed S last.
 */
export const openNotesWindow = (slide: number, pair: string): boolean => {
  try {
    return window.open(notesHref(slide, pair), 'explainer-notes', 'popup,width=1100,height=760') !== null;
  } catch {
    return false;
  }
};
