import type { StorySection } from './types';

// Its own module: the contents bar, live from the first visit, needs the sections and none of the steps.
/** Sections in reading order; `slot` marks where a feature component goes. */
export const storySections = [
  {
    id: 'news',
    kicker: 'The news',
    heading: 'A blunt letter to Kabul',
  },
  {
    id: 'war',
    kicker: 'Background',
    heading: 'Twenty years of war, in brief',
    slot: 'timeline',
  },
  {
    id: 'deadline',
    kicker: 'The deadline',
    heading: 'May 1 and the last 2,500 U.S. troops',
    slot: 'troops',
  },
  {
    id: 'proposals',
    kicker: 'The letter',
    heading: 'Four steps to restart the talks',
    slot: 'proposals',
  },
  {
    id: 'actors',
    kicker: 'Who is who',
    heading: 'The people and governments involved',
    intro: ['Everyone the article names, grouped by side, with what they did or want as of March 2021.'],
    slot: 'actors',
  },
  {
    id: 'stakes',
    kicker: 'What is at stake',
    heading: 'Stay or go',
  },
  {
    id: 'unknowns',
    kicker: 'Open questions',
    heading: 'What we don’t know',
    slot: 'unknowns',
  },
  {
    id: 'next',
    kicker: 'With hindsight',
    heading: 'What happened next (written with hindsight, from later reporting)',
    intro: [
      'Everything above is the story as it stood on March 7, 2021. This section was written later, from reports published after the article, and every line cites them.',
    ],
    slot: 'hindsight',
  },
  {
    id: 'sources',
    kicker: 'Sources',
    heading: 'Sources',
    slot: 'sources',
  },
] as const satisfies readonly StorySection[];
