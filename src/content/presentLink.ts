/**
 * Copy of the article page's "Present" link. On its own so the article page
 * carries two strings, not the deck's interface copy, slides and notes.
 */
export const presentLinkUi = {
  label: 'Present',
  description: 'Present this explainer as slides',
} as const;
