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
    'Written in our own words from the RFE/RL article and verified background sources. Quotes are word for word from the article and attributed. Nothing after early March 2021 is included.',
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
  sourcesLaterHeading: 'Later reporting',
  actorsHeading: 'Who’s who',
  tableDate: 'Date',
  tableTroops: 'U.S. troops',
  quoteAttributionPrefix: '—',
} as const;
