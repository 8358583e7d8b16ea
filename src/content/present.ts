/**
 * Interface copy of present mode (the briefing deck, its speaker notes and
 * handout), loaded with the deck. Templates fill `{n}`, `{total}` and
 * `{title}`; nothing else is interpolated.
 */
export const presentUi = {
  deckLabel: 'Briefing slides',
  deckHeading: '{title}: briefing',
  /** The presenter's reminder of the keys, in the notes window (never on a slide the audience sees). */
  keyHint: 'Arrows, Space and a clicker move on, from here or from the slides; B blacks out the screen. In the slides window, press ? for every shortcut.',
  slidePosition: '{n} of {total}',
  counter: '{n} / {total}',
  announce: 'Slide {n} of {total}: {title}',
  stepPosition: 'Point {n} of {total}',
  proposalKicker: 'The letter · proposal {n} of {total}',
  blackedOut: 'Screen blacked out. Press B or full stop to bring the slides back.',
  jumpPrompt: 'Go to slide',
  controlsLabel: 'Slide controls',
  commands: {
    next: 'Next',
    prev: 'Previous',
    first: 'First slide',
    last: 'Last slide',
    jump: 'Go to a slide: type its number, then Enter',
    fullscreen: 'Full screen on or off',
    notes: 'Open the speaker notes window',
    blackout: 'Black out the screen, or bring it back',
    overview: 'Overview of all slides (again to close)',
    help: 'Show these keyboard shortcuts',
  },
  buttons: {
    prev: 'Previous slide',
    next: 'Next slide',
    overview: 'Overview',
    notes: 'Speaker notes',
    fullscreen: 'Full screen',
    help: 'Keyboard shortcuts',
    print: 'Print handout',
    exit: 'Exit presentation',
    close: 'Close',
  },
  keyNames: {
    ArrowRight: '→',
    ArrowLeft: '←',
    ArrowUp: '↑',
    ArrowDown: '↓',
    ' ': 'Space',
    'Shift+ ': 'Shift+Space',
    PageDown: 'Page Down',
    PageUp: 'Page Up',
    Backspace: 'Backspace',
    Home: 'Home',
    End: 'End',
    Escape: 'Esc',
    Enter: 'Enter',
    '.': '. (full stop)',
    '0-9': '0–9',
  },
  helpTitle: 'Keyboard shortcuts',
  helpIntro: 'Clickers work too: they send Page Up and Page Down. On a touch screen, swipe left or right.',
  helpKeyColumn: 'Keys',
  helpActionColumn: 'Action',
  overviewTitle: 'All slides',
  overviewIntro: 'Pick a slide, or use the arrow keys and press Enter.',
  overviewItem: 'Slide {n}: {title}',
  printTitle: 'Print handout',
  printIntro: 'One slide per landscape page, with its backgrounds. Printing with Ctrl+P gives the same handout.',
  printNotesToggle: 'Include the speaker notes under each slide',
  printAction: 'Print',
  popupBlocked: 'The browser blocked the speaker notes window. Allow pop-ups for this page, or open the notes yourself:',
  popupLink: 'Open the speaker notes',
  notesUnavailable: 'Speaker notes need a browser that can link two windows (BroadcastChannel).',
  notesHeading: 'Speaker notes',
  notesWindowTitle: 'Speaker notes: {title}',
  notesCurrent: 'Now: slide {n} of {total}',
  notesNext: 'Next',
  notesNextNone: 'End of the deck',
  notesElapsed: 'Elapsed',
  notesClock: 'Time',
  notesResetTimer: 'Restart the timer',
  notesBlackedOut: 'The audience screen is blacked out.',
  notesHandoutHeading: 'Notes',
  notesSync: 'Moves here move the slides, and the slides move these notes.',
  /** "55 days to May 1, 2021": the countdown slide's heading. */
  countdownTitle: '{days} days to {date}',
  countdownUnit: 'days',
  /** "From about 100,000 U.S. troops to 2,500": the troop slide's heading. */
  troopsTitle: 'From {peak} U.S. troops to {latest}',
  /** A figure rounded from the data, e.g. a peak of 101,000 shown as "about 100,000". */
  approximately: 'about {n}',
  troopsPeakWhen: 'At the peak, {years}',
  /**
   * The proposals' value for a fact the article does not give (proposals.ts):
   * a slide leaves that row out rather than fill it.
   */
  notStated: 'Not stated',
  /** The key to the relations diagram on the who's-who slide; the coloured sides are named by actorGroups. */
  relationsLegend: {
    title: 'Key',
    others: 'Other governments, venues and the UN',
    asks: 'Asks, or attends',
    hosts: 'Venue, held or proposed',
  },
  sourcesBackgroundMore: 'Full titles and dates: the Sources section of the explainer, and the speaker notes.',
  /** The kicker of every slide `?present&hindsight` adds: words, not colour, say it is hindsight. */
  hindsightKicker: 'What happened next — later reporting',
  /** After the first publishers of a hindsight slide's later reporting. */
  laterMore: '+ {n} more in the notes',
  /** Above the cue that opens a hindsight slide's notes. */
  hindsightCueLabel: 'Hindsight',
  /** The sources slide's group of later reporting, shown with hindsight on. */
  sourcesLaterIntro: 'Everything on the slides marked What happened next comes from these reports, published after the article.',
} as const;
