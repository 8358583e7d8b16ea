import type { Cite, Inline } from './types';

/** One of the key points: a short summary line in our own words, cited like every claim. */
export interface KeyPoint {
  readonly id: string;
  readonly text: string | readonly Inline[];
  readonly cites: readonly Cite[];
}

/**
 * The story in five lines, as of March 7, 2021 (issue #15): what the letter
 * proposes, why now, who is involved and what is unknown. Shown under the
 * intro, as the deck's second slide and as `?embed=keypoints`; validate.ts
 * checks that every cite resolves and that there are four to six points.
 */
export const keyPoints = [
  {
    id: 'letter',
    text: 'Antony Blinken’s letter to Ashraf Ghani, as media reports describe it, sets out four steps to revive the stalled peace talks with the Taliban.',
    cites: ['p1', 'p2.1', 'p4.1'],
  },
  {
    id: 'steps',
    text: 'The steps: a UN-organized summit, written proposals from envoy Zalmay Khalilzad, a senior-level meeting in Turkey and a 90-day reduction in violence.',
    cites: ['p14', 'p15', 'p16.1', 'p17'],
  },
  {
    id: 'why-now',
    text: 'Why now: about 2,500 U.S. troops remain, and the U.S. agreement with the Taliban foresees their withdrawal by May 1.',
    cites: ['p4.2', 'p5'],
  },
  {
    id: 'who',
    text: 'The proposed UN summit would bring in foreign ministers and envoys from the United States, Russia, China, Pakistan, Iran and India.',
    cites: ['p14'],
  },
  {
    id: 'unknown',
    text: 'Not known: whether U.S. troops will leave by May 1, which Washington says it has not decided, or when the letter was written.',
    cites: ['p5', 'p12', 'bg:ap-letter'],
  },
] as const satisfies readonly KeyPoint[];

/** The box's copy (the deck's slide uses the same heading). */
export const keyPointsUi = {
  heading: 'Key points',
  /** The slide's kicker, over the heading. */
  slideKicker: 'In brief',
} as const;
