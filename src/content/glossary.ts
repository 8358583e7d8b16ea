import { storySections, storySteps } from './story';
import type { GlossaryEntry, GlossaryId, Inline, SectionId, StorySection, StoryStep } from './types';

/**
 * Terms a general reader may not know, marked at their first use in each
 * section (`{ term, text }` inlines in story.ts). Every sentence is ours, from
 * background facts in ../shared/facts/afghanistan-2001-2021.md, and cites the
 * sources that fact sheet lists for it.
 */
export const glossary = [
  {
    id: 'taliban',
    term: 'The Taliban',
    definition: [
      {
        text: 'An Islamist movement that ruled most of Afghanistan from 1996 to 2001, calling its state the Islamic Emirate of Afghanistan.',
        cites: ['bg:aljazeera-isaf-end', 'bg:wiki-doha'],
      },
      {
        text: 'It lost power in late 2001, giving up Kabul and then Kandahar, and in February 2020 it signed an agreement with the United States in Doha.',
        cites: ['bg:abc-taliban-flee-kabul', 'bg:ap-kandahar', 'bg:irish-times-doha'],
      },
    ],
  },
  {
    id: 'tolonews',
    term: 'TOLOnews',
    definition: [
      {
        text: 'A private Afghan news channel based in Kabul, launched in 2010 as the country’s first 24-hour news channel.',
        cites: ['bg:reuters-tolo-launch', 'bg:wiki-tolonews'],
      },
    ],
  },
  {
    id: 'special-representative',
    term: 'Special representative (the U.S. envoy)',
    definition: [
      {
        text: 'Zalmay Khalilzad’s title: U.S. Special Representative for Afghanistan Reconciliation, a post he took up in September 2018.',
        cites: ['bg:wiki-khalilzad', 'bg:ap-khalilzad-appointed'],
      },
      {
        text: 'He negotiated the February 2020 agreement with the Taliban for the United States and signed it in Doha.',
        cites: ['bg:wiki-khalilzad', 'bg:irish-times-doha'],
      },
    ],
  },
  {
    id: 'intra-afghan-talks',
    term: 'Intra-Afghan talks',
    definition: [
      {
        text: 'Negotiations between the Afghan government and the Taliban, which opened in Doha, Qatar, on September 12, 2020.',
        cites: ['bg:dailypak-talks-open', 'bg:reuters-talks-sept12'],
      },
      {
        text: 'The U.S.–Taliban agreement of February 2020 provided for their start.',
        cites: ['bg:wiki-doha'],
      },
    ],
  },
  {
    id: 'surge',
    term: 'The surge',
    definition: [
      {
        text: 'President Obama’s order, announced at West Point on December 1, 2009, to send 30,000 more U.S. troops to Afghanistan.',
        cites: ['bg:wapo-west-point', 'bg:army-west-point'],
      },
    ],
  },
  {
    id: 'isaf',
    term: 'ISAF, NATO’s combat mission',
    definition: [
      {
        text: 'The International Security Assistance Force, first provided for by the Bonn Agreement of December 5, 2001 as a security force for Kabul.',
        cites: ['bg:bbc-bonn', 'bg:pax-bonn'],
      },
      {
        text: 'A ceremony at NATO headquarters in Kabul closed its combat mission on December 28, 2014, and Afghan forces took the lead for security.',
        cites: ['bg:aljazeera-isaf-end', 'bg:gandhara-isaf-end'],
      },
    ],
  },
  {
    id: 'resolute-support',
    term: 'Resolute Support',
    definition: [
      {
        text: 'NATO’s Resolute Support Mission: a smaller, non-combat mission to train, advise and assist Afghan forces, which took over from ISAF on January 1, 2015.',
        cites: ['bg:wiki-resolute-support', 'bg:aljazeera-isaf-end'],
      },
      {
        text: 'A separate U.S. counterterrorism mission continued alongside it.',
        cites: ['bg:wiki-resolute-support'],
      },
    ],
  },
  {
    id: 'doha-agreement',
    term: 'The Doha agreement',
    definition: [
      {
        text: 'The agreement the United States and the Taliban signed in Doha, Qatar, on February 29, 2020; the Afghan government was not a party to it.',
        cites: ['bg:irish-times-doha', 'bg:wiki-doha'],
      },
      {
        text: 'The United States committed to withdraw all U.S. and allied forces within 14 months, by May 1, 2021, in return for Taliban counterterrorism commitments and talks with the Afghan side.',
        cites: ['bg:wiki-doha', 'bg:pti-14-months'],
      },
    ],
  },
  {
    id: 'reduction-in-violence',
    term: 'Reduction in violence',
    definition: [
      {
        text: 'A scaling-back of attacks for a set time, short of a cease-fire: The New York Times described the letter’s plan as a three-month reduction in violence leading to a cease-fire.',
        cites: ['bg:nyt-letter'],
      },
      {
        text: 'When the Biden administration began reviewing the Doha agreement in January 2021, whether the Taliban were reducing violence was one of the things it said it would check.',
        cites: ['bg:ht-review'],
      },
    ],
  },
] as const satisfies readonly GlossaryEntry[];

const entriesById = new Map<string, GlossaryEntry>(glossary.map((entry) => [entry.id, entry]));

/** The entry for a term mark; undefined for an unknown id (the validator reports it). */
export const glossaryEntry = (id: GlossaryId): GlossaryEntry | undefined => entriesById.get(id);

/** Anchor id of a term's entry in the Sources section's Glossary. */
export { glossaryAnchor } from './glossaryAnchor';

/** The glossary ids an inline run marks, in order. */
export const termsIn = (inlines: readonly Inline[]): GlossaryId[] =>
  inlines.flatMap((inline) => (typeof inline !== 'string' && 'term' in inline ? [inline.term] : []));

/** Every section's inlines (its intro, then its steps' bodies), in reading order. */
export const sectionInlines = (
  sections: readonly StorySection[],
  steps: readonly StoryStep[],
): { readonly section: SectionId; readonly inlines: readonly Inline[] }[] =>
  sections.map((section) => ({
    section: section.id,
    inlines: [...(section.intro ?? []), ...steps.filter((step) => step.section === section.id).flatMap((step) => step.body)],
  }));

/** The sections that mark a term, in reading order: where a Glossary entry links back to. */
export const sectionsUsingTerm = (
  id: GlossaryId,
  sections: readonly StorySection[] = storySections,
  steps: readonly StoryStep[] = storySteps,
): SectionId[] => sectionInlines(sections, steps).filter(({ inlines }) => termsIn(inlines).includes(id)).map(({ section }) => section);

/** A term mark as components render it (see `resolveInlines` in cites.ts). */
export interface ResolvedTerm {
  readonly kind: 'term';
  readonly term: GlossaryId;
  readonly text: string;
}
