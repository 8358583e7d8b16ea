import { article } from '../../content/article';
import type { Cite, Quote } from '../../content/types';

const sentencesById = new Map<string, readonly string[]>(article.paragraphs.map((p) => [p.id, p.sentences]));

/**
 * The citation for a quote: the sentence it starts in, so the source note
 * shows the right sentence of a multi-sentence paragraph.
 */
export const quoteCite = (quote: Quote): Cite => {
  const sentences = sentencesById.get(quote.paragraph) ?? [];
  if (sentences.length <= 1) return quote.paragraph;
  const start = sentences.join(' ').indexOf(quote.text);
  let end = 0;
  for (const [index, sentence] of sentences.entries()) {
    end += sentence.length + 1;
    if (start < end) return `${quote.paragraph}.${index + 1}`;
  }
  return `${quote.paragraph}.1`;
};
