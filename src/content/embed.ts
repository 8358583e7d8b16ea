import type { SectionId } from './types';

/**
 * The parts a newsroom can embed (`?embed=<id>`), in the order the embed
 * dialog offers them. The ids match EMBED_PARTS in src/app/mode.ts (a test
 * checks they agree).
 */
export const embedParts = [
  {
    id: 'story',
    label: 'The whole story',
    hint: 'Every section, with the graphics above their text instead of scroll-driven.',
    frameTitle: 'Four steps before May 1: Blinken’s letter to Ghani, explained',
    section: null,
    // Starting heights for the snippets, in px; auto-height snippets then size the frame to its content.
    initialHeight: 4000,
  },
  {
    id: 'timeline',
    label: 'Timeline and troop levels',
    hint: 'The dated events from 2001 to the May 1, 2021 deadline, and the U.S. troop chart.',
    frameTitle: 'Four steps before May 1: timeline of the war in Afghanistan and U.S. troop levels',
    section: 'war',
    initialHeight: 3000,
  },
  {
    id: 'proposals',
    label: 'The four proposals',
    hint: 'The letter’s four asks, each with who, where, when and its sources.',
    frameTitle: 'Four steps before May 1: the four proposals in Blinken’s letter',
    section: 'proposals',
    initialHeight: 2400,
  },
  {
    id: 'actors',
    label: 'Who’s who',
    hint: 'Everyone the article names, grouped by side.',
    frameTitle: 'Four steps before May 1: who’s who',
    section: 'actors',
    initialHeight: 3000,
  },
] as const satisfies readonly {
  id: string;
  label: string;
  hint: string;
  /** The iframe's `title`: what a screen reader announces for the frame on the host page. */
  frameTitle: string;
  /** The story section the "Open the full explainer" link jumps to; null for the top. */
  section: SectionId | null;
  initialHeight: number;
}[];

export type EmbedPartId = (typeof embedParts)[number]['id'];

/** The three kinds of code the dialog hands out, in the order it offers them. */
export const embedSnippetKinds = [
  {
    id: 'iframe',
    label: 'Plain iframe',
    hint: 'Works in any CMS that accepts an iframe. The frame keeps a fixed height and scrolls inside.',
  },
  {
    id: 'pym',
    label: 'pym.js',
    hint: 'For pages that use NPR’s pym.js: the frame takes the height of its content. Leave out the script tag if your page already loads pym.js.',
  },
  {
    id: 'script',
    label: 'Auto-height, no library',
    hint: 'An iframe plus a few lines of script that size it to its content. Needs a CMS that keeps inline scripts.',
  },
] as const satisfies readonly { id: string; label: string; hint: string }[];

export type EmbedSnippetKind = (typeof embedSnippetKinds)[number]['id'];

/** Colour choices for the embed (`&theme=`); 'auto' follows the reader's setting. */
export const embedThemes = [
  { id: 'auto', label: 'Reader’s setting' },
  { id: 'light', label: 'Light' },
  { id: 'dark', label: 'Dark' },
] as const satisfies readonly { id: string; label: string }[];

export type EmbedThemeChoice = (typeof embedThemes)[number]['id'];

/** Interface copy for embeds and the embed dialog. */
export const embedUi = {
  openFull: 'Open the full explainer',
  opensInNewTab: '(opens in a new tab)',
  sandboxedAddress: 'Address:',
  embedButton: 'Embed',
  embedButtonLabel: 'Embed this explainer on your site',
  dialogTitle: 'Embed this explainer',
  dialogIntro:
    'Paste the code into the HTML of your page. The embed shows the part you choose, a credit line and a link to the full explainer, and loads nothing from other sites.',
  closeDialog: 'Close',
  partLegend: 'Part to embed',
  kindLegend: 'Code for',
  themeLegend: 'Colours',
  codeLabel: 'Embed code',
  copy: 'Copy code',
  copied: 'Copied. Paste it into the HTML view of your page.',
  copyFallback: 'Your browser did not let the page copy. The code is selected: press Ctrl+C (⌘C on a Mac) to copy it.',
  preview: 'Preview this embed',
  /** Share cards: the preview image's text alternative. */
  shareImageAlt:
    'Four steps before May 1: the four proposals in Antony Blinken’s letter to Ashraf Ghani, as reported in early March 2021.',
} as const;
