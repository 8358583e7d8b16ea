import type { SectionId } from './types';

/**
 * The parts a newsroom can embed (`?embed=<id>`), in the order the embed
 * dialog offers them. The one list: the address parser, the prerender and
 * the embed dialog all read it.
 */
export const embedParts = [
  {
    id: 'story',
    label: 'The whole story',
    hint: 'Every section, with the graphics above their text instead of scroll-driven.',
    frameTitle: 'Four steps before May 1: Blinken’s letter to Ghani, explained',
    section: null,
    // Snippet heights in px: what a plain iframe keeps (it scrolls inside), and where auto-height starts.
    initialHeight: 1200,
  },
  {
    id: 'keypoints',
    label: 'Key points',
    hint: 'The story in a few short, sourced points: the four steps, why now, who is involved and what is unknown.',
    frameTitle: 'Four steps before May 1: key points',
    section: null,
    initialHeight: 600,
  },
  {
    id: 'map',
    label: 'Map of the region',
    hint: 'A locator map: Afghanistan, its neighbours, the countries named for the proposed UN summit, Doha and Turkey, with every place listed and sourced.',
    frameTitle: 'Four steps before May 1: map of the region around Afghanistan and the proposed talks',
    section: 'proposals',
    initialHeight: 900,
  },
  {
    id: 'timeline',
    label: 'Timeline and troop levels',
    hint: 'The dated events from 2001 to the May 1, 2021 deadline, and the U.S. troop chart.',
    frameTitle: 'Four steps before May 1: timeline of the war in Afghanistan and U.S. troop levels',
    section: 'war',
    initialHeight: 1200,
  },
  {
    id: 'proposals',
    label: 'The four proposals',
    hint: 'The letter’s four asks, each with who, where, when and its sources.',
    frameTitle: 'Four steps before May 1: the four proposals in Blinken’s letter',
    section: 'proposals',
    // Tall enough for all four cards at desktop widths.
    initialHeight: 2600,
  },
  {
    id: 'actors',
    label: 'Who’s who',
    hint: 'Everyone the article names, grouped by side.',
    frameTitle: 'Four steps before May 1: who’s who',
    section: 'actors',
    initialHeight: 1200,
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

/** Interface copy for embeds and the Embed button. */
export const embedUi = {
  openFull: 'Open the full explainer',
  opensInNewTab: '(opens in a new tab)',
  sandboxedAddress: 'Address:',
  embedButton: 'Embed',
  embedButtonLabel: 'Embed this explainer on your site',
} as const;

/** Share cards (Open Graph, X): the preview image's text alternative. */
export const shareUi = {
  imageAlt:
    'Four steps before May 1: the four proposals in Antony Blinken’s letter to Ashraf Ghani, as reported in early March 2021.',
} as const;
