import { quotes } from './quotes';
import { site } from './site';
import { storySections, storySteps, unknowns } from './story';
import type { Inline } from './types';

/** Words a minute: a common figure for reading prose on screen. */
const WORDS_PER_MINUTE = 230;

const quoteText = new Map<string, string>(quotes.map((quote) => [quote.id, quote.text]));

const textOf = (inline: Inline): string => {
  if (typeof inline === 'string') return inline;
  if ('quote' in inline) return quoteText.get(inline.quote) ?? '';
  // Any other mark (a glossary term, say) carries its own words.
  return (inline as { readonly text?: string }).text ?? '';
};

const wordsIn = (text: string): number => text.split(/\s+/).filter((word) => /\w/.test(word)).length;

/** The story's own words, as a reader meets them: the standfirst, the section headings and intros, the steps and the open questions. */
export const storyWordCount = (): number =>
  wordsIn(
    [
      site.dek,
      ...storySections.flatMap((section) => [section.heading, ...('intro' in section && section.intro !== undefined ? section.intro.map(textOf) : [])]),
      ...storySteps.flatMap((step) => step.body.map(textOf)),
      ...unknowns.flatMap((unknown) => [unknown.question, unknown.detail]),
    ].join(' '),
  );

/** Whole minutes, at least one; computed when the page is built (the intro is prerendered and never re-rendered). */
export const readingMinutes = (): number => Math.max(1, Math.round(storyWordCount() / WORDS_PER_MINUTE));
