import { actors } from './actors';
import type { ResolvedTerm } from './glossary';
import { article } from './article';
import { quotes } from './quotes';
import { sources } from './sources';
import type { Actor, Cite, Inline, LaterCite, Quote } from './types';

interface ResolvedCiteBase {
  readonly cite: Cite | LaterCite;
  /** Who published it: "RFE/RL" for the article, the outlet for other sources. */
  readonly publisher: string;
  /** The cited sentence (article) or the source's title and date (background, later reporting). */
  readonly text: string;
  /** Anchor id of the entry in the Sources section. */
  readonly anchor: string;
}

/** A cite of the article: a paragraph or one of its sentences, or (no paragraph) its credit line. */
export interface ArticleResolvedCite extends ResolvedCiteBase {
  readonly kind: 'article';
  /** Paragraph number (4 for p4.2); absent for the credit line. */
  readonly paragraph?: number;
}

/**
 * A cite of another source, listed by publisher, title and date: background
 * checked for this explainer, or reporting published after the article (issue #14).
 */
export interface ListedResolvedCite extends ResolvedCiteBase {
  readonly kind: 'background' | 'later';
  readonly paragraph?: undefined;
  readonly title: string;
  readonly date?: string;
}

/** A citation resolved to what the reader sees: who published it and the one sentence (or title) cited. */
export type ResolvedCite = ArticleResolvedCite | ListedResolvedCite;

const paragraphsById = new Map<string, readonly string[]>(article.paragraphs.map((p) => [p.id, p.sentences]));
const sourcesById = new Map<string, (typeof sources)[number]>(sources.map((s) => [s.id, s]));

/** Anchor id of a source's entry in the Sources section (a background `bg:x` or later `later:x` source; else the article). */
export const sourceAnchor = (id: Cite | LaterCite): string => {
  if (id.startsWith('bg:')) return `source-${id.slice(3)}`;
  if (id.startsWith('later:')) return `source-later-${id.slice(6)}`;
  return 'source-article';
};

/** A listed source (background or later reporting) as a resolved cite. */
export const listedCite = (cite: Cite | LaterCite, kind: ListedResolvedCite['kind'], source: { readonly publisher: string; readonly title: string; readonly date?: string }): ListedResolvedCite => ({
  cite,
  kind,
  publisher: source.publisher,
  title: source.title,
  ...(source.date === undefined ? {} : { date: source.date }),
  text: source.date === undefined ? source.title : `${source.title} (${source.date})`,
  anchor: sourceAnchor(cite),
});

/**
 * Resolves a cite of the article or a background source; unknown cites (caught
 * by the validator) resolve to null rather than throwing. Later reporting
 * resolves in laterCites.ts, so its sources reach only code that shows them.
 */
export const resolveCite = (cite: Cite): ResolvedCite | null => {
  if (cite === 'credit') {
    return { cite, kind: 'article', publisher: article.publisherShort, text: article.creditLine, anchor: 'source-article' };
  }
  if (cite.startsWith('bg:')) {
    const source = sourcesById.get(cite);
    return source === undefined ? null : listedCite(cite, 'background', source);
  }
  const [paragraphId = '', sentence] = cite.split('.');
  const sentences = paragraphsById.get(paragraphId);
  const text = sentences?.[sentence === undefined ? 0 : Number(sentence) - 1];
  if (text === undefined) return null;
  return {
    cite,
    kind: 'article',
    publisher: article.publisherShort,
    paragraph: Number(paragraphId.slice(1)),
    text,
    anchor: 'source-article',
  };
};

export const resolveCites = (cites: readonly Cite[]): ResolvedCite[] =>
  cites.map(resolveCite).filter((c): c is ResolvedCite => c !== null);

export const hasBackground = (cites: readonly Cite[]): boolean => cites.some((c) => c.startsWith('bg:'));

const quotesById = new Map<string, Quote>(quotes.map((q) => [q.id, q]));
const actorsById = new Map<string, Actor>(actors.map((a) => [a.id, a]));

export const quoteById = (id: string): Quote | undefined => quotesById.get(id);
export const actorById = (id: string): Actor | undefined => actorsById.get(id);

/** Inline text with quotes resolved: quotes carry who said them, for attribution; glossary terms keep their words. */
export type ResolvedInline =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'quote'; readonly text: string; readonly speaker: string; readonly paragraph: number }
  | ResolvedTerm;

export const resolveInlines = (inlines: readonly Inline[]): ResolvedInline[] =>
  inlines.flatMap((inline): ResolvedInline[] => {
    if (typeof inline === 'string') return [{ kind: 'text', text: inline }];
    if ('term' in inline) return [{ kind: 'term', term: inline.term, text: inline.text }];
    const quote = quotesById.get(inline.quote);
    if (!quote) return [];
    return [
      {
        kind: 'quote',
        text: quote.text,
        speaker: actorsById.get(quote.speaker)?.name ?? quote.speaker,
        paragraph: Number(quote.paragraph.slice(1)),
      },
    ];
  });

/**
 * The sentence a quote comes from, as a cite (`p16.2`; a bare `p14` for a
 * one-sentence paragraph), so a quote can be cited to exactly what it quotes.
 * A quote that runs across sentences is cited to the sentence it starts in;
 * null when the quote is not in its paragraph (the validator reports that).
 */
export const quoteCite = (quote: Quote): Cite | null => {
  const sentences = paragraphsById.get(quote.paragraph) ?? [];
  const opening = quote.text.split(/(?<=[.!?])\s/)[0] ?? quote.text;
  const index = sentences.findIndex((sentence) => sentence.includes(opening));
  if (index === -1) return null;
  return sentences.length === 1 ? quote.paragraph : `${quote.paragraph}.${index + 1}`;
};
