import type { ActorId, Cite, EventId, Inline, ProposalId, SectionId, StepId } from './types';

/**
 * Present mode: the order of the briefing slides and the speaker notes.
 * Slides only point at content by id (sections, steps, events, proposals,
 * actors, open questions); the copy on screen comes from those items. The
 * notes are written here, in our own words, each point with its sources.
 * Validated by validateBriefing.ts.
 */

/** One point of a slide's speaker notes: a key fact, with where it comes from. */
export interface NotePoint {
  readonly text: readonly Inline[];
  readonly cites: readonly Cite[];
}

interface SlideBase {
  readonly id: string;
  readonly notes: readonly NotePoint[];
}

/** The kinds of slide the deck knows how to draw. */
export type BriefingSlide =
  /** `cites` source the standfirst shown under the title. */
  | (SlideBase & { readonly kind: 'title'; readonly cites: readonly Cite[] })
  /** Story steps of one section, revealed one per key press, each with its graphic. */
  | (SlideBase & { readonly kind: 'story'; readonly section: SectionId; readonly steps: readonly StepId[] })
  /** Key timeline events, revealed one per key press. */
  | (SlideBase & { readonly kind: 'timeline'; readonly section: SectionId; readonly events: readonly EventId[] })
  | (SlideBase & { readonly kind: 'proposal'; readonly proposal: ProposalId })
  /** `actors` get a card each; `alsoNamed` are listed by name under their group. */
  | (SlideBase & {
      readonly kind: 'actors';
      readonly section: SectionId;
      readonly actors: readonly ActorId[];
      readonly alsoNamed: readonly ActorId[];
    })
  /** Open questions; `title` is the slide's own heading. */
  | (SlideBase & { readonly kind: 'watch'; readonly section: SectionId; readonly title: string; readonly unknowns: readonly string[] })
  | (SlideBase & { readonly kind: 'sources'; readonly section: SectionId });

export type BriefingSlideKind = BriefingSlide['kind'];

export const briefingSlides = [
  {
    id: 'title',
    kind: 'title',
    cites: ['p2.1', 'p4.1', 'p4.2', 'p5'],
    notes: [
      {
        text: ['Blinken’s letter sets out steps to restart the stalled peace process between the Afghan government and the Taliban.'],
        cites: ['p1'],
      },
      {
        text: [
          'It comes weeks before May 1, the date by which the 2020 U.S.–Taliban agreement foresees the last U.S. troops leaving; Washington says it has not decided whether to go.',
        ],
        cites: ['p5', 'p12', 'bg:pti-14-months'],
      },
      {
        text: ['The letter became public on March 7, 2021: TOLOnews published it and The New York Times reported it.'],
        cites: ['p2.1', 'p2.2', 'bg:axios-letter', 'bg:ap-letter'],
      },
    ],
  },
  {
    id: 'news',
    kind: 'story',
    section: 'news',
    steps: ['letter-sent', 'letter-seen', 'urgent-leadership'],
    notes: [
      {
        text: ['TOLOnews saw the letter. The New York Times reported it too, citing U.S. and Afghan officials who confirmed it exists.'],
        cites: ['p2.1', 'p2.2'],
      },
      { text: ['The Times described the letter as ', { quote: 'unusually-blunt' }, '.'], cites: ['p4.1'] },
      {
        text: ['Ghani’s deputy spokesman, Dawa Khan Minhapal, confirmed to RFE/RL that Ghani received it, but would not discuss its contents.'],
        cites: ['p3'],
      },
      {
        text: ['The State Department would not confirm the letter, telling RFE/RL that, ', { quote: 'no-comment' }],
        cites: ['p10'],
      },
      {
        text: [
          'According to the Times, Blinken asked for Ghani’s ',
          { quote: 'urgent-leadership' },
          ', a sign that the Biden administration ',
          { quote: 'lost-faith' },
          ' in the talks in Qatar.',
        ],
        cites: ['p7'],
      },
    ],
  },
  {
    id: 'twenty-years',
    kind: 'timeline',
    section: 'war',
    events: [
      'war-begins',
      'troop-peak',
      'combat-mission-ends',
      'doha-agreement',
      'talks-open',
      'troops-2500',
      'review-announced',
      'letter-reported',
    ],
    notes: [
      {
        text: ['The war began in October 2001; within two months the Taliban had lost Kabul and Kandahar.'],
        cites: ['p4.1', 'bg:milt-war-start', 'bg:abc-taliban-flee-kabul', 'bg:ap-kandahar'],
      },
      {
        text: ['After President Obama ordered a surge in December 2009, U.S. troop numbers reached about 100,000 in 2010–2011.'],
        cites: ['bg:wapo-west-point', 'bg:ap-troop-snapshot', 'bg:facts-troop-levels'],
      },
      {
        text: ['NATO’s combat mission ended in December 2014, and a smaller training mission took over.'],
        cites: ['bg:aljazeera-isaf-end', 'bg:wiki-resolute-support'],
      },
      {
        text: [
          'In February 2020 the previous U.S. administration signed an agreement with the Taliban in Doha. Talks between the Afghan government and the Taliban opened in Qatar in September 2020.',
        ],
        cites: ['p6.2', 'p9', 'bg:irish-times-doha', 'bg:dailypak-talks-open'],
      },
      {
        text: [
          'U.S. forces were down to 2,500 by January 15, 2021. The Biden administration has begun a review of its Afghanistan strategy, including the 2020 agreement.',
        ],
        cites: ['p4.2', 'p6.1', 'p6.2', 'bg:ariana-2500', 'bg:ht-review'],
      },
      {
        text: [
          'Days before the letter surfaced, Khalilzad visited Kabul, where he reportedly suggested a new format for deciding the country’s political future, then went on to Qatar.',
        ],
        cites: ['p8', 'p9', 'bg:hindu-khalilzad-kabul', 'bg:hindu-khalilzad-doha'],
      },
    ],
  },
  {
    id: 'deadline',
    kind: 'story',
    section: 'deadline',
    steps: ['troops-2500', 'may-1', 'options-open'],
    notes: [
      {
        text: ['About 2,500 U.S. troops remain, leading allied forces now mainly in training and anti-terrorism operations.'],
        cites: ['p4.2'],
      },
      {
        text: ['That is the lowest level since 2001; the Pentagon announced it on January 15, 2021.'],
        cites: ['bg:ariana-2500', 'bg:facts-troop-levels'],
      },
      {
        text: [
          'Under the 2020 agreement U.S. forces are due to leave by May 1. Blinken wrote that Washington had not decided whether to withdraw by then.',
        ],
        cites: ['p5', 'p13'],
      },
      { text: ['The State Department: ', { quote: 'no-decisions' }, '.'], cites: ['p12'] },
      {
        text: ['A surge in fighting in recent months has raised fears that a fast exit could bring more bloodshed and chaos.'],
        cites: ['p13'],
      },
    ],
  },
  {
    id: 'proposal-1',
    kind: 'proposal',
    proposal: 'un-summit',
    notes: [
      {
        text: [
          'The UN would organize a summit bringing the two Afghan sides together with foreign ministers and envoys of the United States, Russia, China, Pakistan, Iran and India.',
        ],
        cites: ['p14'],
      },
      { text: ['Its purpose, in the letter’s words: ', { quote: 'unified-approach' }], cites: ['p14'] },
      { text: ['The article gives no date or place for the summit.'], cites: ['p14'] },
    ],
  },
  {
    id: 'proposal-2',
    kind: 'proposal',
    proposal: 'written-proposals',
    notes: [
      {
        text: ['Khalilzad would share written proposals with Ghani and Taliban leaders, ', { quote: 'accelerating' }],
        cites: ['p15'],
      },
      {
        text: ['The article does not describe them, and the State Department would not confirm details of a new Khalilzad proposal.'],
        cites: ['p10', 'p15'],
      },
      {
        text: ['Days earlier, Khalilzad had reportedly suggested a new format for the country’s political future while in Kabul.'],
        cites: ['p8'],
      },
    ],
  },
  {
    id: 'proposal-3',
    kind: 'proposal',
    proposal: 'turkey-meeting',
    notes: [
      {
        text: ['A senior-level meeting of the Kabul government and the Taliban in Turkey, in the coming weeks, to finalize a peace agreement.'],
        cites: ['p16.1'],
      },
      { text: ['Blinken urged Ghani or his ', { quote: 'designees' }, ' to attend.'], cites: ['p16.2'] },
      { text: ['The article gives no date or city for the meeting.'], cites: ['p16.1'] },
    ],
  },
  {
    id: 'proposal-4',
    kind: 'proposal',
    proposal: 'violence-reduction',
    notes: [
      {
        text: ['A revised proposal for a 90-day reduction in violence would be prepared, ', { quote: 'spring-offensive' }],
        cites: ['p17'],
      },
      { text: ['The article gives no start date and no reaction from the Taliban.'], cites: ['p17'] },
      { text: ['Fighting has surged in recent months, the article says.'], cites: ['p13'] },
    ],
  },
  {
    id: 'whos-who',
    kind: 'actors',
    section: 'actors',
    actors: ['blinken', 'khalilzad', 'biden', 'ghani', 'taliban', 'united-nations', 'turkey', 'qatar'],
    alsoNamed: ['russia', 'china', 'pakistan', 'iran', 'india'],
    notes: [
      {
        text: ['Antony Blinken, U.S. secretary of state since January 26, 2021, wrote the letter.'],
        cites: ['p1', 'bg:cbs-blinken-confirmed'],
      },
      {
        text: ['Zalmay Khalilzad, the U.S. special envoy for Afghanistan, has led U.S. efforts to reach a deal with the Taliban since September 2018.'],
        cites: ['p8', 'bg:wiki-khalilzad', 'bg:ap-khalilzad-appointed'],
      },
      {
        text: ['Ashraf Ghani, president since 2014, received the letter. The article carries no statement from him.'],
        cites: ['p3', 'bg:gandhara-ghani-oath'],
      },
      {
        text: ['The Taliban signed the 2020 agreement with the United States and are negotiating with the government in Qatar.'],
        cites: ['p6.2', 'p9'],
      },
      {
        text: ['Russia, China, Pakistan, Iran and India would join the United States at the UN-organized summit; Turkey would host the senior-level meeting.'],
        cites: ['p14', 'p16.1'],
      },
    ],
  },
  {
    id: 'stakes',
    kind: 'story',
    section: 'stakes',
    steps: ['stakes-warning', 'stakes-weary', 'stakes-risk'],
    notes: [
      {
        text: ['Blinken stressed to Ghani the urgency of accepting the proposals, and his concern about security in Afghanistan.'],
        cites: ['p18'],
      },
      { text: ['In Blinken’s words: ', { quote: 'security-worsen' }, '.'], cites: ['p19'] },
      {
        text: ['Many people in the United States are weary of the nearly 20-year war and want all U.S. forces withdrawn.'],
        cites: ['p20'],
      },
      {
        text: ['Others warn that a total pullout could give the Taliban leverage over the Kabul government and betray the sacrifices of U.S. forces.'],
        cites: ['p21'],
      },
    ],
  },
  {
    id: 'watch',
    kind: 'watch',
    section: 'unknowns',
    title: 'What to watch before May 1',
    unknowns: ['withdrawal', 'ghani-response', 'taliban-response', 'summit-details', 'written-contents', 'letter-text'],
    notes: [
      { text: ['Washington says it has not decided on its forces after May 1: ', { quote: 'no-decisions' }, '.'], cites: ['p12'] },
      { text: ['Ghani’s office confirmed the letter arrived but gave no details.'], cites: ['p3'] },
      { text: ['No date or place has been given for the UN summit, and no date or city for the meeting in Turkey.'], cites: ['p14', 'p16.1'] },
      { text: ['The article reports no Taliban reaction to the proposed reduction in violence.'], cites: ['p17'] },
    ],
  },
  {
    id: 'sources',
    kind: 'sources',
    section: 'sources',
    notes: [
      {
        text: ['The RFE/RL article credits reporting by TOLOnews, AP and Reuters, and relies on TOLOnews and The New York Times for the letter.'],
        cites: ['credit', 'p2.1', 'p2.2'],
      },
      {
        text: ['Troop figures come from a verified series built from CRS, Defense Department, AP and Reuters reporting, point by point.'],
        cites: ['bg:facts-troop-levels'],
      },
    ],
  },
] as const satisfies readonly BriefingSlide[];
