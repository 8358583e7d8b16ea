/** Labels drawn inside the story's graphics (the text alternatives live on each step). */
export const letterScene = {
  from: { place: 'Washington', person: 'Blinken' },
  to: { place: 'Kabul', person: 'Ghani' },
  seenBy: ['TOLOnews', 'The New York Times'],
  seenLabel: 'Reported by',
  confirmed: 'Received, says Ghani’s office',
  silent: 'State Department: no comment',
  urgent: 'Urgent',
} as const;

export const countdownScene = {
  from: 'Mar 7',
  to: 'May 1',
  unit: 'days',
  /** Two lines, so the caption fits the graphic at a size a phone can read. */
  caption: ['from the letter’s publication', 'to the withdrawal deadline'],
  undecided: 'Troops after May 1: no decision',
  /**
   * With hindsight on only: what became of the deadline, shortened from
   * hindsight.ts `deadlineFate` (no fact of its own), in two lines that fit the
   * graphic. Its cited version is in the step text, as the graphic is hidden
   * from assistive technology.
   */
  later: ['May 1 became the withdrawal’s official start;', 'the last U.S. aircraft left Kabul Aug 30, 2021.'],
} as const;

export const stakesScene = {
  warning: { title: 'Blinken’s warning', text: 'Security could worsen; the Taliban could make rapid gains', cite: '¶19' },
  weary: { title: 'Leave', text: 'Many Americans are weary of a nearly 20-year war', cite: '¶20' },
  risk: { title: 'Stay', text: 'A total pullout could give the Taliban leverage', cite: '¶21' },
} as const;

export const timelineScene = {
  start: '2001',
  end: 'May 1, 2021',
} as const;

export const troopsScene = {
  title: 'U.S. troops in Afghanistan',
} as const;

/**
 * The proposals graphic, built up one proposal per step (p14–p17). Names come
 * from the actors (ids here); the layer titles are the proposals' own titles.
 */
export const proposalsScene = {
  /** The UN as organizer of the proposed summit. */
  hub: 'UN',
  /** Beside the summit's title: a proposal, not an invitation anyone has sent or accepted. */
  proposed: 'proposed',
  /** The six governments named for the proposed summit, in the article's order (p14). */
  summitCountries: ['united-states', 'russia', 'china', 'pakistan', 'iran', 'india'],
  envoy: 'khalilzad',
  writtenLabel: 'written proposals',
  /** The two sides the envoy stands between, and that would meet in Turkey (p15, p16). */
  governmentLabel: 'Ghani’s government',
  taliban: 'taliban',
  /** The 90-day bar has a length but no place on the calendar: the article gives no start date (p17). */
  violenceDays: 90,
  violenceBar: '90 days · no start date given',
} as const;
