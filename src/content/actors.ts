import type { Actor, ActorGroup, ActorRelation } from './types';

/** Group order and labels for the actors panel. */
export const actorGroups = [
  { id: 'united-states', label: 'United States' },
  { id: 'afghan-government', label: 'Afghan government' },
  { id: 'taliban', label: 'Taliban' },
  { id: 'regional-powers', label: 'Regional powers named for the proposed UN summit' },
  { id: 'hosts', label: 'Venues of the talks' },
  { id: 'international', label: 'International bodies' },
  { id: 'news-organisations', label: 'News organisations' },
] as const satisfies readonly { id: ActorGroup; label: string }[];

/**
 * Everyone the article names, as of March 2021. Roles come from the article;
 * verified titles from ../shared/facts (cited as background).
 */
export const actors = [
  // United States
  {
    id: 'blinken',
    name: 'Antony Blinken',
    shortName: 'Blinken',
    kind: 'person',
    group: 'united-states',
    role: 'U.S. secretary of state, in office since January 26, 2021',
    summary:
      'Wrote to Ghani setting out four steps to revive the peace process, said Washington had not decided on the May 1 withdrawal, asked for Ghani’s leadership and warned that security could worsen.',
    cites: ['p1', 'p5', 'p7', 'p18', 'bg:cbs-blinken-confirmed'],
    quotes: ['urgent-leadership', 'designees', 'security-worsen'],
  },
  {
    id: 'khalilzad',
    name: 'Zalmay Khalilzad',
    shortName: 'Khalilzad',
    kind: 'person',
    group: 'united-states',
    role: 'U.S. special envoy for Afghanistan (Special Representative for Afghanistan Reconciliation since September 2018)',
    summary:
      'Reportedly suggested a new format for Afghanistan’s political future during a visit to Kabul, then stopped in Qatar. The letter asks him to share written proposals with Ghani and Taliban leaders.',
    cites: ['p8', 'p9', 'p15', 'bg:wiki-khalilzad'],
    quotes: [],
  },
  {
    id: 'biden',
    name: 'Joe Biden',
    shortName: 'Biden',
    kind: 'person',
    group: 'united-states',
    role: 'U.S. president, inaugurated January 20, 2021',
    summary:
      'His administration is reviewing its Afghanistan strategy, including the 2020 agreement with the Taliban. He is not quoted in the article.',
    cites: ['p6.1', 'p6.2', 'bg:missourian-biden'],
    quotes: [],
  },
  {
    id: 'state-department',
    name: 'U.S. State Department',
    shortName: 'State Dept.',
    kind: 'organisation',
    group: 'united-states',
    role: 'The U.S. foreign ministry, which Blinken heads',
    summary:
      'Told RFE/RL by e-mail that it does not comment on alleged correspondence with foreign leaders, and that no decision had been made on U.S. forces after May 1.',
    cites: ['p10', 'p11', 'p12'],
    quotes: ['no-comment', 'continuation', 'no-decisions'],
  },
  {
    id: 'united-states',
    name: 'United States',
    shortName: 'U.S.',
    emblem: 'USA',
    kind: 'government',
    group: 'united-states',
    role: 'Party to the 2020 agreement with the Taliban; about 2,500 troops in Afghanistan',
    summary:
      'Has not decided whether to withdraw its remaining troops by May 1. Named, with five regional powers, for the proposed UN summit of foreign ministers and envoys.',
    cites: ['p4.2', 'p5', 'p6.2', 'p14'],
    quotes: [],
  },
  // Afghan government
  {
    id: 'ghani',
    name: 'Ashraf Ghani',
    shortName: 'Ghani',
    kind: 'person',
    group: 'afghan-government',
    role: 'President of Afghanistan since September 2014; sworn in for a second term in March 2020',
    summary:
      'Received the letter. Blinken asked him to take the lead urgently, The New York Times reported, and urged him or senior representatives to attend the meeting in Turkey. The article carries no statement from him.',
    cites: ['p2.1', 'p3', 'p7', 'p16.2', 'bg:gandhara-ghani-oath', 'bg:hindu-ghani-second-term'],
    quotes: [],
  },
  {
    id: 'minhapal',
    name: 'Dawa Khan Minhapal',
    shortName: 'Minhapal',
    kind: 'person',
    group: 'afghan-government',
    role: 'Deputy presidential spokesman',
    roleAttribution: 'according to RFE/RL; his title could not be independently confirmed',
    summary: 'Confirmed to RFE/RL that Ghani had received the letter, but declined to discuss what it says.',
    cites: ['p3'],
    quotes: [],
  },
  {
    id: 'afghan-government',
    name: 'Afghan government',
    shortName: 'Kabul',
    emblem: 'AFG',
    kind: 'government',
    group: 'afghan-government',
    role: 'The Western-backed government in Kabul, one side of the peace talks',
    summary:
      'Has been negotiating with the Taliban in Qatar since September 2020. It would take part in the proposed meeting in Turkey.',
    cites: ['p1', 'p9', 'bg:dailypak-talks-open', 'p16.1', 'p21'],
    quotes: [],
  },
  // Taliban
  {
    id: 'taliban',
    name: 'The Taliban',
    shortName: 'Taliban',
    kind: 'organisation',
    group: 'taliban',
    role: 'Insurgent movement driven from power in 2001; the other side of the peace talks',
    summary:
      'Signed the 2020 agreement with the United States and is negotiating with the government in Qatar. The letter proposes a reduction in violence to prevent a Taliban spring offensive.',
    cites: ['p4.1', 'p6.2', 'p9', 'p17'],
    quotes: [],
  },
  // Regional powers (named for the proposed UN summit)
  ...(
    [
      ['russia', 'Russia', 'RUS'],
      ['china', 'China', 'CHN'],
      ['pakistan', 'Pakistan', 'PAK'],
      ['iran', 'Iran', 'IRN'],
      ['india', 'India', 'IND'],
    ] as const
  ).map(
    ([id, name, emblem]) =>
      ({
        id,
        name,
        shortName: name,
        emblem,
        kind: 'government',
        group: 'regional-powers',
        role: 'Named, with the United States, for the proposed UN summit of foreign ministers and envoys',
        summary: 'Named in the article only among the countries whose foreign ministers and envoys the proposed UN-organized summit would bring together.',
        cites: ['p14'],
        quotes: [],
      }) satisfies Actor,
  ),
  // Venues of the talks
  {
    id: 'turkey',
    name: 'Turkey',
    shortName: 'Turkey',
    emblem: 'TUR',
    kind: 'government',
    group: 'hosts',
    role: 'Where the letter proposes a senior-level government–Taliban meeting',
    // p16 says only "in Turkey": whether Turkey agreed to host is not in the article.
    summary:
      'The letter proposes a senior-level meeting in Turkey in the coming weeks, meant to finalize a peace agreement. The article does not say whether Turkey has agreed to host it.',
    cites: ['p16.1'],
    quotes: [],
  },
  {
    id: 'qatar',
    name: 'Qatar',
    shortName: 'Qatar',
    emblem: 'QAT',
    kind: 'government',
    group: 'hosts',
    role: 'Where the government–Taliban talks have been held since September 2020',
    summary: 'The stalled talks are being held there; Khalilzad stopped there after Kabul.',
    cites: ['p7', 'p9', 'bg:dailypak-talks-open'],
    quotes: [],
  },
  // International bodies
  {
    id: 'united-nations',
    name: 'United Nations',
    shortName: 'UN',
    kind: 'organisation',
    group: 'international',
    role: 'Proposed organizer of the regional summit',
    summary: 'Would organize the summit of foreign ministers and envoys meant to agree a common approach to peace.',
    cites: ['p14'],
    quotes: ['unified-approach'],
  },
  // News organisations
  {
    id: 'tolonews',
    name: 'TOLOnews',
    shortName: 'TOLOnews',
    kind: 'news-organisation',
    group: 'news-organisations',
    role: 'Kabul-based Afghan news channel',
    summary: 'Saw the letter and reported it, including that Washington had not decided on the May 1 withdrawal.',
    cites: ['p2.1', 'p5', 'bg:wiki-tolonews'],
    quotes: [],
  },
  {
    id: 'nyt',
    name: 'The New York Times',
    shortName: 'NYT',
    kind: 'news-organisation',
    group: 'news-organisations',
    role: 'U.S. newspaper',
    summary:
      'Also reported the letter, citing U.S. and Afghan officials who confirmed it exists, and commented on its tone.',
    cites: ['p2.2', 'p4.1', 'p7'],
    quotes: ['unusually-blunt', 'lost-faith'],
  },
  {
    id: 'rferl',
    name: 'RFE/RL (Radio Free Europe/Radio Liberty)',
    shortName: 'RFE/RL',
    kind: 'news-organisation',
    group: 'news-organisations',
    role: 'Publisher of the article this explainer is based on',
    summary: 'Got confirmation from Ghani’s office that the letter had arrived, and an e-mailed reply from the State Department.',
    cites: ['p3', 'p10', 'bg:wiki-radio-azadi'],
    quotes: [],
  },
  {
    id: 'ap',
    name: 'AP (Associated Press)',
    shortName: 'AP',
    kind: 'news-organisation',
    group: 'news-organisations',
    role: 'U.S. news agency, credited by RFE/RL for reporting',
    summary: 'Credited in the article’s closing line for contributing reporting.',
    cites: ['credit', 'bg:ap-letter'],
    quotes: [],
  },
  {
    id: 'reuters',
    name: 'Reuters',
    shortName: 'Reuters',
    kind: 'news-organisation',
    group: 'news-organisations',
    role: 'International news agency, credited by RFE/RL for reporting',
    summary: 'Credited in the article’s closing line for contributing reporting.',
    cites: ['credit', 'bg:hindu-khalilzad-kabul'],
    quotes: [],
  },
] as const satisfies readonly Actor[];

/**
 * Who asks what of whom, as the article reports the letter and the talks.
 * The diagram draws these; the list under it says the same in sentences.
 */
export const actorRelations = [
  {
    id: 'letter',
    kind: 'asks',
    from: ['blinken'],
    to: ['ghani'],
    label: 'The letter',
    text: [
      'Blinken wrote to Ghani setting out four proposals and, according to The New York Times, asked for his ',
      { quote: 'urgent-leadership' },
      '.',
    ],
    proposals: [],
    cites: ['p2.1', 'p4.1', 'p7'],
  },
  {
    id: 'written-proposals',
    kind: 'asks',
    from: ['khalilzad'],
    to: ['ghani', 'taliban'],
    label: 'Written proposals',
    text: ['The letter calls for Khalilzad to give Ghani and Taliban leaders written proposals ', { quote: 'accelerating' }],
    proposals: ['written-proposals'],
    cites: ['p15'],
  },
  {
    id: 'un-summit',
    kind: 'attends',
    from: ['united-states', 'russia', 'china', 'pakistan', 'iran', 'india'],
    to: ['united-nations'],
    label: 'UN-organized summit',
    text: [
      'Foreign ministers and envoys of six governments would join the two Afghan sides at a summit organized by the UN, ',
      { quote: 'unified-approach' },
    ],
    proposals: ['un-summit'],
    cites: ['p14'],
  },
  {
    id: 'turkey-meeting',
    kind: 'hosts',
    from: ['turkey'],
    to: ['afghan-government', 'taliban'],
    label: 'Proposed venue',
    text: [
      'A senior-level meeting of the Kabul government and the Taliban would take place in Turkey in the coming weeks, to finalize a peace agreement. Blinken urged Ghani or his ',
      { quote: 'designees' },
      ' to attend.',
    ],
    proposals: ['turkey-meeting'],
    cites: ['p16.1', 'p16.2'],
  },
  {
    id: 'qatar-talks',
    kind: 'hosts',
    from: ['qatar'],
    to: ['afghan-government', 'taliban'],
    label: 'Venue of the talks',
    text: ['The peace talks between Afghan government officials and a Taliban delegation have been held in Qatar since September.'],
    proposals: [],
    cites: ['p9'],
  },
] as const satisfies readonly ActorRelation[];

/** Interface copy for the actors matrix and the selection it drives. */
export const actorsUi = {
  hint: 'Select a name to highlight what involves them across the page (select it again, or press Escape, to clear). “About” opens their role, words and sources.',
  toggleDescription: 'Highlights what involves them across the page.',
  /** Singular and plural nouns for the live message, e.g. “Khalilzad: 1 proposal, 4 events, 4 story steps”. */
  countNouns: {
    proposals: ['proposal', 'proposals'],
    events: ['event', 'events'],
    steps: ['story step', 'story steps'],
  },
  highlighting: 'Highlighting',
  selectionBarLabel: 'Current highlight',
  /** The bar's button reads “Clear highlight”; narrow screens show only the verb. */
  clear: 'Clear',
  clearWhat: 'highlight',
  backToPanel: 'Back to Who’s who',
  /** The briefing slide's diagram: its title and the label of its bracket. */
  relationsHeading: 'Who asks what of whom',
  twoSides: 'The two sides',
  matrixCaption: 'Everyone the article names, by side, and which of the letter’s four proposals involve them',
  matrixActor: 'Actor',
  involved: 'Involved',
  notInvolved: 'Not involved',
  /** A row's disclosure; screen readers hear the actor's name after it. */
  about: 'About',
  onTimeline: 'On the timeline',
  notOnTimeline: 'Not on the timeline.',
  reportedBy: 'as reported by',
} as const;
