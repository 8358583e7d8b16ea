import type { TimelineEra, TimelineEvent } from './types';

/**
 * Twenty years, October 2001 to the May 1, 2021 deadline, in date order.
 * Dates and figures come from ../shared/facts/timeline-context.json.
 * `inArticle` events cite the paragraph that states them; where the article
 * gives only a year, the exact date is cited to background sources.
 */
export const timelineEvents = [
  {
    id: 'war-begins',
    date: '2001-10-07',
    precision: 'day',
    title: 'U.S.-led strikes on Afghanistan begin',
    summary:
      'After the September 11 attacks and the Taliban’s refusal to hand over Osama bin Laden, the United States and Britain start bombing Taliban and al-Qaeda targets. The article gives the year only.',
    inArticle: true,
    cites: ['p4.1', 'bg:milt-war-start', 'bg:ap-troop-snapshot'],
    actors: ['united-states', 'taliban'],
  },
  {
    id: 'kabul-falls',
    date: '2001-11-13',
    precision: 'day',
    title: 'The Taliban abandon Kabul',
    summary:
      'Taliban forces leave the capital overnight and Northern Alliance fighters, backed by U.S. air power, move in without a fight.',
    inArticle: true,
    cites: ['p4.1', 'bg:abc-taliban-flee-kabul', 'bg:dawn-kabul'],
    actors: ['taliban'],
  },
  {
    id: 'bonn-agreement',
    date: '2001-12-05',
    precision: 'day',
    title: 'Bonn Agreement signed',
    summary:
      'Afghan factions meeting under UN auspices in Germany agree on an interim authority led by Hamid Karzai and an international security force for Kabul.',
    inArticle: false,
    cites: ['bg:bbc-bonn', 'bg:pax-bonn'],
    actors: ['united-nations'],
  },
  {
    id: 'kandahar-falls',
    date: '2001-12-07',
    precision: 'day',
    title: 'The Taliban give up Kandahar',
    summary: 'The Taliban hand over their last major city, two months after the bombing began.',
    inArticle: true,
    cites: ['p4.1', 'bg:ap-kandahar', 'bg:abc-kandahar'],
    actors: ['taliban'],
  },
  {
    id: 'karzai-interim',
    date: '2001-12-22',
    precision: 'day',
    title: 'Karzai sworn in as interim leader',
    summary: 'Hamid Karzai takes office as head of a six-month interim administration set up under the Bonn Agreement.',
    inArticle: false,
    cites: ['bg:dw-karzai'],
    actors: ['afghan-government'],
  },
  {
    id: 'karzai-elected',
    date: '2004-12-07',
    precision: 'day',
    title: 'Karzai inaugurated as elected president',
    summary: 'After winning the October 2004 vote, Karzai becomes Afghanistan’s first elected president.',
    inArticle: false,
    cites: ['bg:afps-karzai-2004'],
    actors: ['afghan-government'],
  },
  {
    id: 'surge-announced',
    date: '2009-12-01',
    precision: 'day',
    title: 'Obama orders a 30,000-troop surge',
    summary:
      'At West Point, President Barack Obama sends 30,000 more U.S. troops and says withdrawals will start in July 2011.',
    inArticle: false,
    cites: ['bg:wapo-west-point', 'bg:army-west-point'],
    actors: ['united-states'],
  },
  {
    id: 'troop-peak',
    date: '2010',
    precision: 'year',
    title: 'U.S. troop numbers reach about 100,000',
    summary:
      'With the surge deployed, about 100,000 U.S. troops are in Afghanistan; sources differ on whether the peak came in 2010 or 2011.',
    inArticle: false,
    cites: ['bg:ap-troop-snapshot', 'bg:ap-war-by-numbers', 'bg:facts-troop-levels'],
    actors: ['united-states'],
  },
  {
    id: 'bin-laden-killed',
    date: '2011-05-02',
    precision: 'day',
    title: 'Osama bin Laden killed in Pakistan',
    summary:
      'U.S. Navy SEALs kill the al-Qaeda leader in Abbottabad, Pakistan, in a raid launched from Afghanistan (May 2 local time; still May 1 in Washington).',
    inArticle: false,
    cites: ['bg:abc-bin-laden'],
    actors: ['united-states', 'pakistan'],
  },
  {
    id: 'ghani-president',
    date: '2014-09-29',
    precision: 'day',
    title: 'Ashraf Ghani becomes president',
    summary:
      'Ghani is sworn in after a disputed election, with his rival Abdullah Abdullah as chief executive under a U.S.-brokered deal.',
    inArticle: false,
    cites: ['bg:gandhara-ghani-oath', 'bg:upi-ghani'],
    actors: ['ghani', 'afghan-government'],
  },
  {
    id: 'combat-mission-ends',
    date: '2014-12-28',
    precision: 'day',
    title: 'NATO’s combat mission formally ends',
    summary: 'A ceremony in Kabul closes the NATO-led combat mission; Afghan forces take the lead for security.',
    inArticle: false,
    cites: ['bg:aljazeera-isaf-end', 'bg:gandhara-isaf-end'],
    actors: ['united-states', 'afghan-government'],
  },
  {
    id: 'resolute-support',
    date: '2015-01-01',
    precision: 'day',
    title: 'Training mission Resolute Support begins',
    summary:
      'A smaller NATO-led mission to train and advise Afghan forces replaces the combat mission, alongside a separate U.S. counterterrorism mission.',
    inArticle: false,
    cites: ['bg:wiki-resolute-support', 'bg:aljazeera-isaf-end'],
    actors: ['united-states'],
  },
  {
    id: 'khalilzad-envoy',
    date: '2018-09-21',
    precision: 'day',
    title: 'Khalilzad becomes U.S. special representative',
    summary:
      'Zalmay Khalilzad, a former U.S. ambassador to Afghanistan, Iraq and the UN, takes charge of U.S. efforts to reach a deal with the Taliban.',
    inArticle: false,
    cites: ['bg:wiki-khalilzad', 'bg:ap-khalilzad-appointed'],
    actors: ['khalilzad', 'united-states'],
  },
  {
    id: 'doha-agreement',
    date: '2020-02-29',
    precision: 'day',
    title: 'U.S.–Taliban agreement signed in Doha',
    summary:
      'The United States commits to withdraw all its forces within 14 months, by May 1, 2021, in return for Taliban counterterrorism pledges and talks with the Afghan side. The Afghan government is not a party.',
    inArticle: true,
    cites: ['p6.2', 'bg:irish-times-doha', 'bg:pti-14-months'],
    actors: ['united-states', 'taliban', 'khalilzad', 'qatar'],
  },
  {
    id: 'ghani-second-term',
    date: '2020-03-09',
    precision: 'day',
    title: 'Ghani sworn in for a second term',
    summary: 'Ghani begins a second five-year term; his rival Abdullah Abdullah holds a parallel swearing-in the same day.',
    inArticle: false,
    cites: ['bg:hindu-ghani-second-term'],
    actors: ['ghani', 'afghan-government'],
  },
  {
    id: 'talks-open',
    date: '2020-09-12',
    precision: 'day',
    title: 'Government–Taliban talks open in Qatar',
    summary:
      'Negotiations between the Afghan government and the Taliban begin in Doha, months later than planned after disputes over a prisoner exchange.',
    inArticle: true,
    cites: ['p9', 'bg:dailypak-talks-open', 'bg:reuters-talks-sept12'],
    actors: ['afghan-government', 'taliban', 'qatar'],
  },
  {
    id: 'troops-2500',
    date: '2021-01-15',
    precision: 'day',
    title: 'U.S. troops cut to 2,500',
    summary:
      'The Pentagon says U.S. forces have reached 2,500, the lowest level since 2001, completing a drawdown ordered in November 2020.',
    inArticle: true,
    cites: ['p4.2', 'bg:ariana-2500', 'bg:ap-2500'],
    actors: ['united-states'],
  },
  {
    id: 'biden-inaugurated',
    date: '2021-01-20',
    precision: 'day',
    title: 'Joe Biden takes office',
    summary: 'Biden is sworn in as the 46th president of the United States.',
    inArticle: false,
    cites: ['bg:missourian-biden'],
    actors: ['biden', 'united-states'],
  },
  {
    id: 'review-announced',
    date: '2021-01-22',
    precision: 'day',
    title: 'Biden administration announces a review of the deal',
    summary:
      'The White House tells Kabul it will review the 2020 agreement, including whether the Taliban are reducing violence and negotiating seriously.',
    inArticle: true,
    cites: ['p6.1', 'bg:ht-review'],
    actors: ['biden', 'united-states', 'afghan-government'],
  },
  {
    id: 'blinken-sworn-in',
    date: '2021-01-26',
    precision: 'day',
    title: 'Blinken becomes secretary of state',
    summary: 'The Senate confirms Antony Blinken 78–22 and he is sworn in the same day.',
    inArticle: false,
    cites: ['bg:cbs-blinken-confirmed'],
    actors: ['blinken', 'state-department'],
  },
  {
    id: 'khalilzad-kabul',
    date: '2021-03-01',
    precision: 'day',
    title: 'Khalilzad arrives in Kabul',
    summary:
      'The envoy begins three days of talks with Afghan leaders, where, according to reports, he suggested a new format for the country’s political future.',
    inArticle: true,
    cites: ['p8', 'bg:hindu-khalilzad-kabul', 'bg:urdupoint-khalilzad-3-days'],
    actors: ['khalilzad', 'ghani', 'afghan-government'],
  },
  {
    id: 'khalilzad-doha',
    date: '2021-03-05',
    precision: 'day',
    title: 'Khalilzad meets Taliban negotiators in Doha',
    summary: 'From Kabul the envoy moves on to Qatar, where the government–Taliban talks are held.',
    inArticle: true,
    cites: ['p9', 'bg:hindu-khalilzad-doha'],
    actors: ['khalilzad', 'taliban', 'qatar'],
  },
  {
    id: 'letter-reported',
    date: '2021-03-07',
    precision: 'day',
    title: 'Blinken’s letter to Ghani is reported',
    summary: 'TOLOnews publishes the letter and The New York Times reports it the same day.',
    inArticle: true,
    cites: ['p2.1', 'p2.2', 'bg:ap-letter', 'bg:nyt-letter'],
    actors: ['blinken', 'ghani', 'tolonews', 'nyt'],
  },
  {
    id: 'may-1-deadline',
    date: '2021-05-01',
    precision: 'day',
    title: 'Deadline for the last U.S. troops to leave',
    summary:
      'Under the 2020 agreement, all U.S. and allied forces are due out by this date. As of early March, Washington had not decided whether to meet it.',
    inArticle: true,
    cites: ['p5', 'bg:wiki-doha'],
    actors: ['united-states', 'taliban'],
  },
] as const satisfies readonly TimelineEvent[];

/**
 * Bands drawn under the axis. Mission phases from the fact sheets (combat
 * mission to Dec 28, 2014; Resolute Support from Jan 1, 2015) and the Doha
 * agreement's 14-month timetable. U.S. presidencies are left out: their
 * boundary dates have no verified source in ../shared/facts.
 */
export const timelineEras = [
  {
    id: 'combat-mission',
    track: 'mission',
    label: 'Combat mission',
    start: '2001-10-07',
    end: '2014-12-28',
    isOngoing: false,
    summary: 'From the first U.S.-led strikes to the ceremony in Kabul that closed NATO’s combat mission.',
    cites: ['bg:milt-war-start', 'bg:aljazeera-isaf-end', 'bg:gandhara-isaf-end'],
  },
  {
    id: 'resolute-support',
    track: 'mission',
    label: 'Training mission',
    start: '2015-01-01',
    end: '2021-05-01',
    isOngoing: true,
    summary:
      'A smaller NATO-led mission, Resolute Support, trains and advises Afghan forces alongside a U.S. counterterrorism mission; the article describes the remaining troops as mainly in training and anti-terrorism operations.',
    cites: ['bg:wiki-resolute-support', 'p4.2'],
  },
  {
    id: 'withdrawal-timetable',
    track: 'agreement',
    label: 'Doha timetable',
    start: '2020-02-29',
    end: '2021-05-01',
    isOngoing: false,
    summary: 'The U.S.–Taliban agreement gives U.S. and allied forces 14 months from its signing to leave, until May 1, 2021.',
    cites: ['p5', 'bg:pti-14-months', 'bg:irish-times-doha'],
  },
] as const satisfies readonly TimelineEra[];

/**
 * Interface copy for the timeline feature. `{name}` marks a value filled in
 * from the content (dates, counts), so no figure is typed twice.
 */
export const timelineUi = {
  heading: 'Timeline',
  dek: 'Twenty years on one time axis, from the first U.S. strikes in October 2001 to the May 1, 2021 deadline.',
  asOf: 'As of {date}, when the letter was reported:',
  countdown: '{days} days',
  countdownAfter: 'to the May 1 deadline.',
  keyboardHint: 'In the list, the arrow keys move between events and Enter opens one.',
  figureTitle: 'The main events and the phases of the mission, on one time axis',
  focusNote: 'Last {months} months drawn {times} times wider',
  asOfMarker: '{date}: letter reported',
  deadlineMarker: 'May 1 deadline',
  ongoing: 'continuing',
  thousands: '{count}k',
  /** The troop curve's highest count, labelled on the chart: {count} and {date} come from the data. */
  peakMarker: 'Peak: {count} ({date})',
  monthsShort: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  /** The chart's key, one line: the marker shapes match the list's rows. */
  legend: {
    article: 'In the article',
    background: 'Background',
    bands: 'Bands: phases of the mission',
  },
  erasToggle: 'The phases, with their sources',
  /** Under the chart: the selected event, or else the one on the "as of" date. */
  readout: {
    /** Shown by pointer type, in CSS (hover: none), so it is right before any script runs. */
    pointer: 'Click a marker on the axis to show its event here.',
    touch: 'Tap a marker on the axis to show its event here.',
  },
  troops: {
    summary:
      'U.S. troop numbers in Afghanistan rose from about 2,500 at the end of 2001 to about 100,000 in 2010–2011, then fell to 2,500 in January 2021.',
    series:
      'The table lists {count} dated counts of U.S. military personnel inside Afghanistan, from {first} to {last}, as reported by the Defense Department, the Congressional Research Service and news agencies.',
    laterSources:
      'Reports published after {date} are not listed here, because they tell of later events; the downloadable data keeps every source the fact sheet gives.',
    caveatsHeading: 'Caveats',
    dataToggle: 'The troop figures as a table',
    tableCaption: 'U.S. troops in Afghanistan, dated counts',
    tableDate: 'Date',
    tableTroops: 'U.S. troops',
    tableSources: 'Sources',
  },
  chart: {
    heading: 'U.S. troops in Afghanistan',
  },
  events: {
    listLabel: 'Events, October 2001 to May 1, 2021',
    /** The switch for events the article does not state; {count} is how many. */
    showBackground: 'Show background events ({count})',
    /** Said beside the switch while they are hidden, so their existence is never a secret. */
    backgroundHidden: 'Showing the {shown} events the article states; {count} background events are hidden.',
    backgroundShown: 'Showing all {total} events, {count} of them background from other sources.',
    involved: 'Involved:',
    permalink: 'Link to this event',
  },
  downloads: {
    heading: 'Download the data',
    eventsCsv: 'Events (CSV)',
    eventsJson: 'Events (JSON)',
    troopsCsv: 'U.S. troop counts (CSV)',
    troopsJson: 'U.S. troop counts (JSON)',
  },
} as const;
