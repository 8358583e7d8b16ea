import type { ActorId, BackgroundSource, Cite } from './types';

export type { LaterSource } from './types';

/** The reporting the article itself names, for the Sources section. */
export const articleCredits = [
  { outlet: 'tolonews', name: 'TOLOnews', role: 'saw the letter and reported it', cites: ['p2.1'] },
  { outlet: 'nyt', name: 'The New York Times', role: 'also reported the letter, citing U.S. and Afghan officials', cites: ['p2.2'] },
  { outlet: 'ap', name: 'AP', role: 'credited for reporting', cites: ['credit'] },
  { outlet: 'reuters', name: 'Reuters', role: 'credited for reporting', cites: ['credit'] },
] as const satisfies readonly { outlet: ActorId; name: string; role: string; cites: readonly Cite[] }[];

/**
 * Background sources, named exactly as ../shared/facts names them
 * ("via X" = read on a syndicating site). Cited as `bg:<id>`.
 */
export const sources = [
  // The fact sheets themselves, for series and caveats.
  {
    id: 'bg:facts-troop-levels',
    publisher: 'Team fact sheet',
    title: 'U.S. troops in Afghanistan, 2001 – early 2021: verified series (CRS, Defense Department, AP, Reuters and others, per point)',
  },
  // 2001
  {
    id: 'bg:milt-war-start',
    publisher: 'Military Times',
    title: 'Bush announced the start of the war in Afghanistan 18 years ago',
    date: 'Oct 7, 2019',
  },
  {
    id: 'bg:ap-troop-snapshot',
    publisher: 'Associated Press (via WIAT)',
    title: 'A snapshot of US troop commitment in Afghanistan',
    date: 'May 25, 2014',
  },
  { id: 'bg:abc-taliban-flee-kabul', publisher: 'ABC News', title: 'Taliban Flee Afghan Capital', date: 'Nov 13, 2001' },
  { id: 'bg:dawn-kabul', publisher: 'Dawn', title: 'Northern Alliance troops enter Kabul', date: 'Nov 14, 2001' },
  { id: 'bg:bbc-bonn', publisher: 'BBC News', title: 'Guide to Afghan deal', date: 'Dec 5, 2001' },
  {
    id: 'bg:pax-bonn',
    publisher: 'PA-X Peace Agreements Database (University of Edinburgh)',
    title: 'Bonn Agreement, 5 Dec 2001',
  },
  {
    id: 'bg:ap-kandahar',
    publisher: 'Associated Press (via Southeast Missourian)',
    title: "Taliban flee Kandahar; Omar's whereabouts uncertain",
    date: 'Dec 7, 2001',
  },
  {
    id: 'bg:abc-kandahar',
    publisher: 'ABC News',
    title: 'Taliban Surrender Last Stronghold in Afghanistan',
    date: 'Dec 7, 2001',
  },
  { id: 'bg:dw-karzai', publisher: 'Deutsche Welle', title: 'New Afghan Government Takes Office', date: 'Dec 22, 2001' },
  // 2004–2015
  {
    id: 'bg:afps-karzai-2004',
    publisher: 'U.S. Department of Defense, American Forces Press Service',
    title: "Afghanistan's First Elected President Takes Oath in Triumph",
    date: 'Dec 7, 2004',
  },
  { id: 'bg:wapo-west-point', publisher: 'The Washington Post', title: 'Obama: U.S. security is still at stake', date: 'Dec 2, 2009' },
  {
    id: 'bg:army-west-point',
    publisher: 'U.S. Army (Army News Service)',
    title: 'President visits West Point to announce Afghanistan strategy',
    date: 'Dec 2, 2009',
  },
  {
    id: 'bg:ap-war-by-numbers',
    publisher: 'Associated Press (via Western Journalism)',
    title: 'The Afghanistan War By The Numbers',
    date: '2012',
  },
  {
    id: 'bg:abc-bin-laden',
    publisher: 'ABC30 / ABC News',
    title: 'US forces kill Osama Bin Laden in raid in Pakistan',
    date: 'May 2, 2011',
  },
  {
    id: 'bg:gandhara-ghani-oath',
    publisher: 'RFE/RL Gandhara',
    title: 'Ghani, Abdullah Take Oaths Of Office In Afghanistan',
    date: 'Sept 29, 2014',
  },
  { id: 'bg:upi-ghani', publisher: 'UPI', title: "Ashraf Ghani sworn in as Afghanistan's new president", date: 'Sept 29, 2014' },
  {
    id: 'bg:aljazeera-isaf-end',
    publisher: 'Al Jazeera',
    title: 'NATO holds ceremony closing Afghan mission',
    date: 'Dec 28, 2014',
  },
  {
    id: 'bg:gandhara-isaf-end',
    publisher: 'RFE/RL Gandhara',
    title: 'NATO Holds Ceremony Formally Ending Afghan Operation',
    date: 'Dec 28, 2014',
  },
  { id: 'bg:wiki-resolute-support', publisher: 'Wikipedia', title: 'Resolute Support Mission' },
  // 2018–2021
  { id: 'bg:wiki-khalilzad', publisher: 'Wikipedia', title: 'Zalmay Khalilzad' },
  {
    id: 'bg:ap-khalilzad-appointed',
    publisher: 'Associated Press (via Federal News Radio)',
    title: 'US appoints veteran envoy for Afghan peace effort',
    date: 'Sept 4, 2018',
  },
  {
    id: 'bg:irish-times-doha',
    publisher: 'The Irish Times / Reuters',
    title: 'United States and Taliban sign Afghanistan peace deal',
    date: 'Feb 29, 2020',
  },
  { id: 'bg:wiki-doha', publisher: 'Wikipedia', title: 'United States–Taliban deal (Doha Agreement)' },
  {
    id: 'bg:pti-14-months',
    publisher: 'PTI (via OneIndia)',
    title: "US aims to withdraw all forces 'within 14 months'",
    date: 'Feb 29, 2020',
  },
  {
    id: 'bg:hindu-ghani-second-term',
    publisher: 'The Hindu',
    title: 'Ashraf Ghani sworn in for second term as Afghan President amid crisis',
    date: 'Mar 9, 2020',
  },
  {
    id: 'bg:dailypak-talks-open',
    publisher: 'Daily Pakistan',
    title: 'Historic Intra-Afghan peace talks open in Qatar',
    date: 'Sept 12, 2020',
  },
  {
    id: 'bg:reuters-talks-sept12',
    publisher: 'Reuters (via Devdiscourse)',
    title: 'Qatar to host Afghani peace negotiations starting Sept. 12 - statement',
    date: 'Sept 10, 2020',
  },
  {
    id: 'bg:ariana-2500',
    publisher: 'Ariana News',
    title: 'US force levels reached 2,500: US acting defense secretary',
    date: 'Jan 15, 2021',
  },
  {
    id: 'bg:ap-2500',
    publisher: 'Associated Press (via The Western Journal)',
    title: 'US military reaches troop level ordered by Trump in Afghanistan',
    date: 'Jan 15, 2021',
  },
  {
    id: 'bg:stripes-2500-order',
    publisher: 'Stars and Stripes',
    title: 'Pentagon will draw down to 2,500 troops in both Afghanistan and Iraq',
    date: 'Nov 17, 2020',
  },
  {
    id: 'bg:missourian-biden',
    publisher: 'Columbia Missourian',
    title: 'Photo gallery: Biden sworn in as 46th president',
    date: 'Jan 20, 2021',
  },
  {
    id: 'bg:ht-review',
    publisher: 'Hindustan Times',
    title: 'Joe Biden administration to review US-Taliban agreement',
    date: 'Jan 23, 2021',
  },
  {
    id: 'bg:cbs-blinken-confirmed',
    publisher: 'CBS News',
    title: 'Senate confirms Antony Blinken as secretary of state in 78-22 vote',
    date: 'Jan 26, 2021',
  },
  {
    id: 'bg:hindu-khalilzad-kabul',
    publisher: 'The Hindu (Reuters)',
    title: 'U.S. envoy in Kabul to speed up peace process',
    date: 'Mar 1, 2021',
  },
  {
    id: 'bg:urdupoint-khalilzad-3-days',
    publisher: 'Sputnik (via UrduPoint)',
    title: "US Envoy Khalilzad Wrapped Up 3 Days Of 'Productive' Talks In Kabul - State Department",
    date: 'Mar 4, 2021',
  },
  {
    id: 'bg:hindu-khalilzad-doha',
    publisher: 'The Hindu (AFP)',
    title: 'U.S. envoy Khalilzad meets Taliban in Doha',
    date: 'Mar 7, 2021',
  },
  {
    id: 'bg:ap-letter',
    publisher: 'Associated Press (via Los Angeles Times)',
    title: 'Report: Blinken offers plan to bolster Afghan peace process',
    date: 'Mar 7, 2021',
  },
  {
    id: 'bg:nyt-letter',
    publisher: 'The New York Times',
    title: 'U.S. Pushes U.N.-Led Peace Conference in Letter to Afghan Leader (read via republished copies)',
    date: 'Mar 7, 2021',
  },
  { id: 'bg:wiki-tolonews', publisher: 'Wikipedia', title: 'TOLOnews' },
  { id: 'bg:reuters-tolo-launch', publisher: 'Reuters', title: 'Afghanistan gets first 24-hour news TV', date: 'Jul 6, 2010' },
  { id: 'bg:wiki-radio-azadi', publisher: 'Wikipedia', title: 'Radio Azadi' },
  {
    id: 'bg:ariana-letter',
    publisher: 'Ariana News',
    title: 'Blinken urges cooperation and unity in letter to Ghani',
    date: 'Mar 2021',
  },
  // The locator map's shapes and places (issue #17).
  {
    id: 'bg:natural-earth',
    publisher: 'Natural Earth',
    title: 'Admin 0 – Countries, 1:110m (public domain; as packaged in world-atlas 2.0.2): borders and coastlines, with de facto boundaries',
  },
  {
    id: 'bg:geonames',
    publisher: 'GeoNames',
    title: 'Geographical database: coordinates of Kabul, Islamabad, Doha, Ankara and Moscow',
  },
] as const satisfies readonly BackgroundSource[];

/**
 * The Sources section's groups of background sources, in list order: each
 * group runs from its first source to the next group's first.
 */
const groupStarts = [
  { from: 'bg:facts-troop-levels', label: 'Troop numbers' },
  { from: 'bg:milt-war-start', label: '2001' },
  { from: 'bg:afps-karzai-2004', label: '2004–2015' },
  { from: 'bg:wiki-khalilzad', label: '2018–2021' },
  { from: 'bg:wiki-tolonews', label: 'The outlets, and other reports of the letter' },
  { from: 'bg:natural-earth', label: 'The map' },
] as const satisfies readonly { from: (typeof sources)[number]['id']; label: string }[];

export const sourceGroups = groupStarts.map(({ from, label }, index) => {
  const start = sources.findIndex((source) => source.id === from);
  const next = groupStarts[index + 1];
  const end = next === undefined ? sources.length : sources.findIndex((source) => source.id === next.from);
  return { label, sources: sources.slice(start, end) as readonly BackgroundSource[] };
});
