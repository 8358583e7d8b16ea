import type { StorySection, StoryStep, Unknown } from './types';

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

const none = [] as const;

/** The scroll-driven steps. Each carries the graphic state it shows. */
export const storySteps = [
  // The news
  {
    id: 'letter-sent',
    section: 'news',
    body: [
      'U.S. Secretary of State Antony Blinken has written to Afghan President Ashraf Ghani, setting out steps to restart the stalled peace process between the Afghan government and the Taliban.',
    ],
    cites: ['p1', 'p2.1'],
    graphic: { scene: 'letter', focus: 'sent' },
    graphicAlt: 'A letter travels from Blinken in Washington to Ghani in Kabul.',
    actors: ['blinken', 'ghani'],
    events: ['letter-reported'],
    proposals: none,
  },
  {
    id: 'letter-seen',
    section: 'news',
    body: [
      'The letter came to light through Afghanistan’s TOLOnews, which saw it. The New York Times also reported it, citing U.S. and Afghan officials who confirmed it exists, and called it ',
      { quote: 'unusually-blunt' },
      '.',
    ],
    cites: ['p2.1', 'p2.2', 'p4.1'],
    graphic: { scene: 'letter', focus: 'seen' },
    graphicAlt: 'TOLOnews and The New York Times report the letter.',
    actors: ['tolonews', 'nyt'],
    events: ['letter-reported'],
    proposals: none,
  },
  {
    id: 'letter-confirmed',
    section: 'news',
    body: [
      'Ghani’s office confirmed to RFE/RL that he had received it. The deputy presidential spokesman, Dawa Khan Minhapal, would not discuss what it says.',
    ],
    cites: ['p3'],
    graphic: { scene: 'letter', focus: 'confirmed' },
    graphicAlt: 'Ghani’s office confirms the letter arrived but gives no details.',
    actors: ['minhapal', 'ghani', 'rferl'],
    events: none,
    proposals: none,
  },
  {
    id: 'letter-no-comment',
    section: 'news',
    body: [
      'The State Department confirmed neither the letter nor a new proposal from its envoy, Zalmay Khalilzad. It told RFE/RL by e-mail that, ',
      { quote: 'no-comment' },
    ],
    cites: ['p10'],
    graphic: { scene: 'letter', focus: 'silent' },
    graphicAlt: 'The State Department declines to comment.',
    actors: ['state-department', 'khalilzad', 'rferl'],
    events: none,
    proposals: none,
  },
  {
    id: 'urgent-leadership',
    section: 'news',
    body: [
      'According to The New York Times, Blinken asked for Ghani’s ',
      { quote: 'urgent-leadership' },
      ', a sign that the Biden administration ',
      { quote: 'lost-faith' },
      ' in the stalled talks in Qatar.',
    ],
    cites: ['p7'],
    graphic: { scene: 'letter', focus: 'urgent' },
    graphicAlt: 'The letter is marked urgent.',
    actors: ['blinken', 'ghani', 'nyt', 'biden', 'qatar'],
    events: ['talks-open'],
    proposals: none,
  },
  // Twenty years
  {
    id: 'war-begins',
    section: 'war',
    body: [
      'The war began in 2001, when a U.S.-led coalition drove the Taliban from power. The bombing started on October 7; by early December the Taliban had lost Kabul and Kandahar.',
    ],
    cites: ['p4.1', 'bg:milt-war-start', 'bg:abc-taliban-flee-kabul', 'bg:ap-kandahar'],
    graphic: { scene: 'timeline', events: ['war-begins', 'kabul-falls', 'kandahar-falls'] },
    graphicAlt: 'Timeline: the war begins in October 2001; Kabul and Kandahar fall within weeks.',
    actors: ['united-states', 'taliban'],
    events: ['war-begins', 'kabul-falls', 'kandahar-falls'],
    proposals: none,
  },
  {
    id: 'surge',
    section: 'war',
    body: [
      'U.S. troop numbers climbed after President Obama ordered a surge in December 2009, reaching about 100,000 in 2010–2011. NATO’s combat mission formally ended in December 2014 and a smaller training mission took over.',
    ],
    cites: ['bg:wapo-west-point', 'bg:ap-troop-snapshot', 'bg:aljazeera-isaf-end', 'bg:wiki-resolute-support'],
    graphic: { scene: 'timeline', events: ['surge-announced', 'troop-peak', 'combat-mission-ends'] },
    graphicAlt: 'Timeline: the 2009 surge, the peak of about 100,000 U.S. troops, the end of the combat mission in 2014.',
    actors: ['united-states'],
    events: ['surge-announced', 'troop-peak', 'combat-mission-ends'],
    proposals: none,
  },
  {
    id: 'doha',
    section: 'war',
    body: [
      'In February 2020 the previous U.S. administration signed an agreement with the Taliban in Doha. It paved the way for talks between the Taliban and the Afghan government, held in Qatar since September.',
    ],
    cites: ['p6.2', 'p9', 'bg:irish-times-doha', 'bg:dailypak-talks-open'],
    graphic: { scene: 'timeline', events: ['doha-agreement', 'talks-open'] },
    graphicAlt: 'Timeline: the U.S.–Taliban agreement of February 2020 and the talks that opened in September 2020.',
    actors: ['united-states', 'taliban', 'afghan-government', 'qatar', 'khalilzad'],
    events: ['doha-agreement', 'talks-open'],
    proposals: none,
  },
  {
    id: 'review',
    section: 'war',
    body: [
      'President Joe Biden’s administration, in office since January 2021, has begun a review of its Afghanistan strategy, including that agreement.',
    ],
    cites: ['p6.1', 'p6.2', 'bg:missourian-biden'],
    graphic: { scene: 'timeline', events: ['biden-inaugurated', 'review-announced'] },
    graphicAlt: 'Timeline: Biden takes office on January 20, 2021 and announces a review two days later.',
    actors: ['biden', 'united-states'],
    events: ['biden-inaugurated', 'review-announced'],
    proposals: none,
  },
  {
    id: 'khalilzad-trip',
    section: 'war',
    body: [
      'Days before the letter surfaced, Khalilzad visited Kabul, where he reportedly suggested a new format for deciding the country’s political future, and then stopped in Qatar.',
    ],
    cites: ['p8', 'p9', 'bg:hindu-khalilzad-kabul'],
    graphic: { scene: 'timeline', events: ['khalilzad-kabul', 'khalilzad-doha', 'letter-reported'] },
    graphicAlt: 'Timeline: Khalilzad in Kabul on March 1 and Doha on March 5; the letter is reported on March 7, 2021.',
    actors: ['khalilzad', 'afghan-government', 'qatar'],
    events: ['khalilzad-kabul', 'khalilzad-doha', 'letter-reported'],
    proposals: none,
  },
  // The deadline
  {
    id: 'troops-2500',
    section: 'deadline',
    body: [
      'About 2,500 U.S. troops remain in Afghanistan, leading a coalition of allied forces now mainly in training and anti-terrorism operations. The Pentagon announced that figure, the lowest since 2001, on January 15, 2021.',
    ],
    cites: ['p4.2', 'bg:ariana-2500', 'bg:facts-troop-levels'],
    graphic: { scene: 'troops', focusDate: '2021-01-15' },
    graphicAlt: 'Chart: U.S. troops in Afghanistan fall from about 100,000 in 2010–2011 to 2,500 in January 2021.',
    actors: ['united-states'],
    events: ['troops-2500'],
    proposals: none,
  },
  {
    id: 'may-1',
    section: 'deadline',
    body: [
      'Under the 2020 agreement, U.S. forces are due to leave by May 1. According to TOLOnews and The New York Times, Blinken wrote that Washington had not decided whether to withdraw its last 2,500 troops by then.',
    ],
    cites: ['p5', 'p13'],
    graphic: { scene: 'countdown', focus: 'deadline' },
    graphicAlt: 'Countdown: 55 days from the letter’s publication on March 7 to the May 1 deadline.',
    actors: ['blinken', 'united-states', 'tolonews', 'nyt'],
    events: ['may-1-deadline'],
    proposals: none,
  },
  {
    id: 'options-open',
    section: 'deadline',
    body: [
      'The State Department told RFE/RL: ',
      { quote: 'no-decisions' },
      '. A surge in fighting in recent months has raised fears that a quick exit could bring more bloodshed and chaos.',
    ],
    cites: ['p12', 'p13'],
    graphic: { scene: 'countdown', focus: 'undecided' },
    graphicAlt: 'The May 1 decision is marked as still open.',
    actors: ['state-department', 'united-states'],
    events: ['may-1-deadline'],
    proposals: none,
  },
  // The four proposals
  {
    id: 'proposal-summit',
    section: 'proposals',
    body: [
      'First, a UN-organized summit: foreign ministers and envoys from the United States, Russia, China, Pakistan, Iran and India would meet with the two sides ',
      { quote: 'unified-approach' },
    ],
    cites: ['p14'],
    graphic: { scene: 'proposals', focus: 'un-summit' },
    graphicAlt: 'Proposal 1 of 4: the UN and the six countries named for the proposed summit, the United States, Russia, China, Pakistan, Iran and India.',
    actors: ['united-nations', 'united-states', 'russia', 'china', 'pakistan', 'iran', 'india'],
    events: none,
    proposals: ['un-summit'],
  },
  {
    id: 'proposal-written',
    section: 'proposals',
    body: [
      'Second, Khalilzad would share written proposals with Ghani and Taliban leaders, ',
      { quote: 'accelerating' },
    ],
    cites: ['p15'],
    graphic: { scene: 'proposals', focus: 'written-proposals' },
    graphicAlt: 'Proposal 2 of 4 added: Khalilzad between Ghani’s government and the Taliban, with written proposals for both.',
    actors: ['khalilzad', 'ghani', 'taliban'],
    events: none,
    proposals: ['written-proposals'],
  },
  {
    id: 'proposal-turkey',
    section: 'proposals',
    body: [
      'Third, a senior-level meeting between the government and the Taliban in Turkey in the coming weeks, to finalize a peace agreement. Blinken urged Ghani or his ',
      { quote: 'designees' },
      ' to attend.',
    ],
    cites: ['p16.1', 'p16.2'],
    graphic: { scene: 'proposals', focus: 'turkey-meeting' },
    graphicAlt: 'Proposal 3 of 4 added: the two sides meeting at a senior level in Turkey.',
    actors: ['turkey', 'afghan-government', 'ghani', 'taliban'],
    events: none,
    proposals: ['turkey-meeting'],
  },
  {
    id: 'proposal-violence',
    section: 'proposals',
    body: [
      'Fourth, a revised proposal for a 90-day reduction in violence, ',
      { quote: 'spring-offensive' },
    ],
    cites: ['p17'],
    graphic: { scene: 'proposals', focus: 'violence-reduction' },
    graphicAlt: 'Proposal 4 of 4 added: a 90-day reduction in violence, with no start date given, drawn beside the 55 days from March 7 to May 1.',
    actors: ['taliban', 'afghan-government'],
    events: none,
    proposals: ['violence-reduction'],
  },
  // What is at stake
  {
    id: 'stakes-warning',
    section: 'stakes',
    body: [
      'Blinken pressed Ghani to accept the proposals quickly and set out his worries about security. ',
      { quote: 'security-worsen' },
      ', he wrote.',
    ],
    cites: ['p18', 'p19'],
    graphic: { scene: 'stakes', focus: 'warning' },
    graphicAlt: 'Blinken’s warning: security could worsen and the Taliban could gain ground.',
    actors: ['blinken', 'ghani', 'taliban'],
    events: none,
    proposals: none,
  },
  {
    id: 'stakes-weary',
    section: 'stakes',
    body: [
      'In the United States, many people have tired of a war that has lasted nearly 20 years and want all U.S. forces brought home.',
    ],
    cites: ['p20'],
    graphic: { scene: 'stakes', focus: 'weary' },
    graphicAlt: 'One view: bring all U.S. forces home.',
    actors: ['united-states'],
    events: none,
    proposals: none,
  },
  {
    id: 'stakes-risk',
    section: 'stakes',
    body: [
      'Others warn that a full pullout could hand the Taliban leverage over the Western-backed government in Kabul and betray the sacrifices U.S. forces have made.',
    ],
    cites: ['p21'],
    graphic: { scene: 'stakes', focus: 'risk' },
    graphicAlt: 'The other view: a full pullout could strengthen the Taliban’s hand.',
    actors: ['taliban', 'afghan-government', 'united-states'],
    events: none,
    proposals: none,
  },
] as const satisfies readonly StoryStep[];

/** What the article leaves open, as of early March 2021. */
export const unknowns = [
  {
    id: 'letter-text',
    question: 'What exactly does the letter say, and when was it written?',
    detail:
      'The article relies on media reports and quotes only parts of the letter. The date it was written is not established; it became public on March 7, 2021.',
    cites: ['p1', 'p2.1', 'bg:ap-letter', 'bg:nyt-letter'],
  },
  {
    id: 'ghani-response',
    question: 'How will Ghani respond?',
    detail: 'His office confirmed the letter arrived but gave no details, and the article carries no reaction from him.',
    cites: ['p3'],
  },
  {
    id: 'withdrawal',
    question: 'Will the last U.S. troops leave by May 1?',
    detail: 'Washington says it has not decided, and that all options remain open.',
    cites: ['p5', 'p12'],
  },
  {
    id: 'summit-details',
    question: 'When and where would the UN summit meet?',
    detail: 'The article names the countries the summit would bring together but gives no date or place.',
    cites: ['p14'],
  },
  {
    id: 'written-contents',
    question: 'What is in Khalilzad’s written proposals?',
    detail: 'The article does not describe them, and the State Department would not confirm details of a new proposal.',
    cites: ['p10', 'p15'],
  },
  {
    id: 'taliban-response',
    question: 'Will the Taliban accept a reduction in violence?',
    detail: 'The article reports only that a revised 90-day proposal would be prepared; it gives no Taliban reaction.',
    cites: ['p17'],
  },
] as const satisfies readonly Unknown[];
