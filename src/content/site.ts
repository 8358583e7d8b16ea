/** Page-level copy and metadata, shared by every mode. */
export const site = {
  title: 'Four steps before May 1: Blinken’s letter to Ghani, explained',
  shortTitle: 'Four steps before May 1',
  description:
    'In a letter made public in early March 2021, Antony Blinken put four proposals to Ashraf Ghani to revive peace talks with the Taliban, weeks before the May 1 deadline for the last 2,500 U.S. troops to leave Afghanistan. An explainer, sourced paragraph by paragraph.',
  dek: 'Weeks before the deadline for the last 2,500 U.S. troops to leave Afghanistan, the U.S. secretary of state sent the Afghan president an “unusually blunt” letter with four proposals to revive peace talks with the Taliban. What it asks, who is involved, and what is at stake.',
  /** The day the letter was reported (TOLOnews, The New York Times): the story's "as of". */
  asOf: '2021-03-07',
  deadline: '2021-05-01',
  byline: 'An explainer based on reporting by RFE/RL',
  lang: 'en',
} as const;

/** Interface copy: components never hard-code text. */
export const ui = {
  skipLink: 'Skip to the story',
  asOfLabel: 'As of',
  introKicker: 'Afghanistan · Explainer',
  scrollHint: 'Scroll down: the graphic follows the story. Each claim links to its source.',
  footerNote:
    'Written in our own words from the RFE/RL article and verified background sources. Quotes are word for word from the article and attributed. The story is told as of March 7, 2021; what happened later appears only under “What happened next” and when “Show what happened next” is on, each line marked Later reporting. The downloadable data marks each row with its kind of source (source_type), later reporting included.',
  inArticle: 'In the article',
  background: 'Background',
  paragraphMark: '¶',
  citeButtonLabel: 'Source',
  citeFromArticle: 'From the article',
  citeBackground: 'Background source',
  citeBackgroundPlural: 'Background sources',
  citeLaterMark: 'Later',
  citeLaterName: 'Later reporting',
  citeCreditMark: 'credit',
  citeCreditName: 'credit line',
  citeReadInSources: 'See it in the Sources',
  citeCreditLine: 'The article’s credit line',
  citesLabel: 'Sources:',
  paragraphWord: 'paragraph',
  graphicAltPrefix: 'Graphic:',
  stepsLabel: 'Story steps',
  sectionErrorNotice: 'This part could not be shown. The rest of the page still works.',
  sourcesArticleHeading: 'The article',
  sourcesBackgroundHeading: 'Background sources',
  sourcesArticleIntro: 'Its paragraphs, ¶1 to ¶21, are what the ¶ markers cite.',
  sourcesBackgroundIntro: 'Dates and figures not in the article, checked for this explainer against these reports.',
  sourcesNamedByArticle: 'The article credits reporting by:',
  sourcesArticleTextHeading: 'The article, paragraph by paragraph',
  sourcesBackgroundSummary: 'The {count} background sources, by period',
  sourcesLaterHeading: 'Later reporting',
  sourcesLaterSummary: 'The {count} reports, published after March 7, 2021',
  actorsHeading: 'Who’s who',
  tableDate: 'Date',
  tableTroops: 'U.S. troops',
  quoteAttributionPrefix: '—',
  /** The hindsight switch: its name stays the same; aria-pressed says whether it is on. */
  /** The intro's estimate, from the story's own word count at build time. */
  readingTime: 'About {minutes} minutes to read',
  /** The contents bar. */
  contentsLabel: 'Contents',
  headingLinkLabel: 'Link to this section: {heading}',
  hindsightSwitchLabel: 'Show what happened next',
  hindsightSwitchHint: 'Adds, from later reporting, what became of the proposals, the deadline, the open questions and the people involved. The story as of March 7, 2021 stays as it is.',
  /** Read out by a live region when the switch changes. */
  hindsightAnnounceOn: 'What happened next is shown across the page, marked Later reporting.',
  hindsightAnnounceOff: 'What happened next is hidden. The page shows the story as of March 7, 2021.',
  // timeline hindsight
  /** Above the later events in the timeline's list. */
  timelineLaterListLabel: 'What happened next (later reporting)',
  timelineLaterListIntro: '{count} events from {first} to {last}, from reports published after the article.',
  /** After the title of a later event the chart does not reach. */
  timelineAfterChartEnd: '(after the chart’s end)',
  /** In the chart's key: how many later events lie past its end. */
  timelinePastChartNote: '{count} later events come after the chart’s end ({date}) and are only listed.',
  /** The U.S. troop table and chart with hindsight. */
  troopLaterGroup: 'Later reporting, {first} to {last}',
  troopLaterKey:
    'Official: stated on the record by the Pentagon, CENTCOM or the White House. Reported: from unnamed officials or press reports. Target: a level the government set or a deployment it ordered, not a count.',
  troopKindOfficial: 'official',
  troopKindReported: 'reported',
  troopKindTarget: 'target',
  troopLaterSources:
    'Counts after {date} come from later reporting and are marked so. Later reports that confirm earlier counts are listed in the downloadable data, where their rows are marked later.',
  /** Inside the troop scene's inset of the later figures: the months it spans. */
  troopSceneLaterSpan: '{from}–{to}',
  /** Downloads: the column that says where each row comes from. */
  downloadsLaterHeading: 'Download the data, with later reporting',
  downloadsSourceTypeNote:
    'Each row’s source_type says where it comes from: article (In the article), background (Background) or later (Later reporting: published after March 7, 2021, or a row resting partly on such reports).',
  dataSourceTypes: {
    article: 'In the article: stated in the RFE/RL article',
    background: 'Background: from other verified sources, about events up to March 7, 2021',
    later: 'Later reporting: published after March 7, 2021, or a row resting partly on such reports',
  },
  dataLayers:
    'Two layers, marked row by row in source_type: the story as of March 7, 2021 (article, background) and later reporting (later).',
  // glossary
  /** Above the open definition of a marked term. */
  glossaryNoteLabel: 'Glossary',
  /** In an open definition: the link to the term's entry under Sources. */
  glossaryOpenEntry: 'In the Glossary',
  /** The Glossary under Sources: its heading, its line, and the folded list's summary. */
  glossaryHeading: 'Glossary',
  glossaryIntro: 'Terms the story marks with a dotted underline, defined from background sources.',
  glossarySummary: 'All {count} terms, with their sources',
  /** Before an entry's links back to the sections that use the term. */
  glossaryUsedIn: 'Used in:',
} as const;
