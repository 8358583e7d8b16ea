import type { SectionId } from '../../content/types';

/**
 * Where a feature stands: on the article page (it follows the page state and
 * the address), inside the embedded story, or alone as a whole embed (its
 * heading one level up). Embedded, it keeps its own state and leaves the
 * host's address alone.
 */
export interface SlotProps {
  readonly placement: 'article' | 'embedded-story' | 'standalone';
}

/**
 * Every island of a prerendered page and the props it is rendered with. Props
 * travel in the HTML as JSON (`data-props`), so they are plain data only.
 */
export interface IslandProps {
  /** The Present link and the Embed button in the article's header. */
  readonly header: Record<string, never>;
  /** A story section's heading, intro and steps (with the sticky graphic unless flat). */
  readonly section: { readonly sectionId: SectionId; readonly isFlat: boolean };
  /** The features placed in the story's sections: each slot is an island of the same name. */
  readonly timeline: SlotProps;
  readonly troops: SlotProps;
  readonly proposals: SlotProps;
  readonly actors: SlotProps;
  readonly unknowns: SlotProps;
  /** "What happened next", with the hindsight switch on the article page. */
  readonly hindsight: SlotProps;
  readonly sources: SlotProps;
  /** The key points under the intro, and alone as `?embed=keypoints` (their cite markers are interactive). */
  readonly keyPoints: Record<string, never>;
  readonly map: Record<string, never>;
  /** The story's contents, with the current section and reading progress. */
  readonly contents: Record<string, never>;
  /** An embed's credit line (shows the address in sandboxed frames). */
  readonly embedCredit: { readonly part: string };
}

export type IslandName = keyof IslandProps;
