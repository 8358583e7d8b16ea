import { notesSearch } from './slideUrl';

/** Address of the speaker notes window for a slide, on this page. */
export const notesHref = (slide: number): string => `${window.location.pathname}${notesSearch(window.location.search, slide)}`;

/**
 * Opens (or reuses) the speaker notes window. Returns false when the browser
 * blocked the pop-up, so the deck can offer a link instead. Not `noopener`:
 * that would make every open look blocked; both windows are this page anyway.
 */
export const openNotesWindow = (slide: number): boolean => {
  try {
    return window.open(notesHref(slide), 'explainer-notes', 'popup,width=1100,height=760') !== null;
  } catch {
    return false;
  }
};
