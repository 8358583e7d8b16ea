import type { Proposal, SourcedNote } from './types';

const status = 'Proposed in the letter';
/** The letter's own date is not established (see the fact sheet); it became public on March 7, 2021. */
const statusDate = { text: 'made public March 7, 2021', cites: ['bg:ap-letter', 'bg:nyt-letter'] } as const satisfies SourcedNote;

/** The letter's four steps, in the order the article gives them (p14–p17). */
export const proposals = [
  {
    id: 'un-summit',
    number: 1,
    title: 'A UN-organized regional summit',
    ask: 'Bring the government and the Taliban together at a UN-organized summit with foreign ministers and envoys from six countries, to discuss a common approach to peace.',
    who: ['united-nations', 'united-states', 'russia', 'china', 'pakistan', 'iran', 'india', 'afghan-government', 'taliban'],
    whoLabel: 'The UN as organizer; ministers and envoys of the United States, Russia, China, Pakistan, Iran and India; the government and the Taliban',
    where: 'Not stated',
    when: 'Not stated',
    timeFrame: 'The article gives no date or time frame for the summit.',
    aim: 'To discuss a common approach to supporting peace in Afghanistan.',
    quote: 'unified-approach',
    openQuestions: [
      'The article gives no date or place for the summit.',
      'It does not say who would represent the government or the Taliban, or whether the six countries have agreed to attend.',
    ],
    status,
    statusDate,
    backgroundNotes: [
      {
        text: 'Published versions of The New York Times’s report on the letter differ on whether this summit and the meeting in Turkey would be one event.',
        cites: ['bg:nyt-letter'],
      },
    ],
    cites: ['p14'],
  },
  {
    id: 'written-proposals',
    number: 2,
    title: 'Written proposals from Khalilzad',
    ask: 'U.S. envoy Zalmay Khalilzad would share written proposals with Ghani and Taliban leaders to speed up talks on a settlement and a cease-fire.',
    who: ['khalilzad', 'ghani', 'taliban'],
    whoLabel: 'Khalilzad, to President Ghani and Taliban leaders',
    where: 'Not stated',
    when: 'Not stated',
    timeFrame:
      'No date is given. The article places Khalilzad in Kabul the week before, with a stop in Qatar, where the two sides have been talking since September.',
    aim: 'To speed up negotiations on a settlement and a cease-fire.',
    quote: 'accelerating',
    openQuestions: [
      'The article does not say what the proposals contain.',
      'The State Department would not confirm details of a new Khalilzad proposal.',
      'It does not say whether they relate to the new format for Afghanistan’s political future that Khalilzad reportedly suggested in Kabul.',
    ],
    status,
    statusDate,
    backgroundNotes: [],
    cites: ['p15', 'p8', 'p9', 'p10'],
  },
  {
    id: 'turkey-meeting',
    number: 3,
    title: 'A senior-level meeting in Turkey',
    ask: 'The Kabul government and the Taliban would meet at a senior level in Turkey in the coming weeks to finalize a peace agreement.',
    who: ['afghan-government', 'ghani', 'taliban', 'turkey'],
    whoLabel: 'The government (Ghani or his designees) and the Taliban, meeting in Turkey',
    where: 'Turkey (no city given)',
    when: 'In coming weeks',
    timeFrame: 'In the coming weeks, according to the article; it gives no date.',
    aim: 'To finalize a peace agreement.',
    quote: 'designees',
    openQuestions: [
      'No date or city is given.',
      'The article does not say whether the Taliban have agreed to attend, or whether Turkey has agreed to host.',
    ],
    status,
    statusDate,
    backgroundNotes: [
      {
        text: 'Published versions of The New York Times’s report on the letter differ on whether this meeting and the UN summit would be one event.',
        cites: ['bg:nyt-letter'],
      },
    ],
    cites: ['p16.1', 'p16.2'],
  },
  {
    id: 'violence-reduction',
    number: 4,
    title: 'A 90-day reduction in violence',
    ask: 'A revised proposal for a 90-day reduction in violence would be prepared, to head off a Taliban spring offensive while diplomacy goes on.',
    who: ['afghan-government', 'taliban'],
    whoLabel: 'The government and the Taliban, the two parties; the article does not say who would prepare the revised proposal',
    where: 'Not stated',
    when: '90 days; no start date',
    timeFrame: 'A 90-day period, meant to coincide with diplomatic efforts and to prevent a Taliban offensive in the spring. No start date is given.',
    aim: 'To prevent a Taliban spring offensive while diplomacy works toward a political settlement between the two sides.',
    quote: 'spring-offensive',
    openQuestions: [
      'No start date is given.',
      'The article does not say who would prepare the revised proposal or what the earlier version said.',
      'It does not say how a reduction would be checked, or whether the Taliban would accept it.',
    ],
    status,
    statusDate,
    backgroundNotes: [
      {
        text: 'The New York Times summarized this step as a three-month reduction in violence leading to a cease-fire.',
        cites: ['bg:nyt-letter'],
      },
    ],
    cites: ['p17'],
  },
] as const satisfies readonly Proposal[];

/** Interface copy for the proposal cards (kept here, not in site.ts, so features merge cleanly). */
export const proposalsUi = {
  heading: 'The four proposals',
  expandAll: 'Expand all',
  collapseAll: 'Collapse all',
  /** Read before the number, so the toggle is named "Proposal 1: …". */
  numberPrefix: 'Proposal',
  /** Visible cue beside the title; hidden from screen readers, which hear "collapsed"/"expanded". */
  toggleHint: 'Details',
  who: 'Who',
  where: 'Where',
  when: 'When',
  statusLabel: 'Status as of the article:',
  lettersWords: 'The letter’s words, as reported',
  quoteAttribution: 'in the letter, as reported by',
  timeFrame: 'Time frame',
  aim: 'What it is meant to do',
  leftOpen: 'What the article leaves open',
  otherReports: 'What other reports say',
} as const;
