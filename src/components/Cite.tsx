import { useId, useState, type KeyboardEvent, type MouseEvent } from 'react';
import type { ResolvedCite } from '../content/cites';
import { ui } from '../content/site';
import { VisuallyHidden } from './VisuallyHidden';

/** Id of the article's credit line in the Sources section. */
export const CREDIT_SOURCE_ID = 'source-credit';

/** Id of a paragraph (`source-p4`) or of one of its sentences, 1-based (`source-p4-2`), in the Sources section. */
export const articleSourceId = (paragraphId: string, sentence?: number): string =>
  sentence === undefined ? `source-${paragraphId}` : `source-${paragraphId}-${sentence}`;

/** Where a marker leads in the Sources section: the cited sentence or paragraph, the credit line, or the background entry. */
export const sourceTargetId = (source: ResolvedCite): string => {
  if (source.kind === 'background') return source.anchor;
  if (source.cite === 'credit') return CREDIT_SOURCE_ID;
  const [paragraphId = '', sentence] = source.cite.split('.');
  return articleSourceId(paragraphId, sentence === undefined ? undefined : Number(sentence));
};

interface CiteProps {
  readonly source: ResolvedCite;
}

/**
 * A tooltip-style source note: hover, focus or tap shows who published the
 * claim and the one sentence (or source title) it rests on; screen readers get
 * the same text as the marker's description while it is open. Escape hides it
 * (WCAG 1.4.13). The note is rendered only when open, so the prerendered page
 * does not repeat the article once per marker. The marker is a link to the
 * same text in the Sources section: without JavaScript it goes there; with
 * JavaScript it acts as the button it says it is.
 */
export const Cite = ({ source }: CiteProps) => {
  const id = useId();
  const [isHovered, setIsHovered] = useState(false);
  const [isFocused, setIsFocused] = useState(false);
  const [isPinned, setIsPinned] = useState(false);
  const isOpen = isHovered || isFocused || isPinned;
  const isArticle = source.kind === 'article';
  const label = isArticle ? source.publisher : `${ui.background}: ${source.publisher}`;

  const handleKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !isOpen) return;
    event.stopPropagation();
    setIsHovered(false);
    setIsFocused(false);
    setIsPinned(false);
  };
  const handleClick = (event: MouseEvent) => {
    // Scripts run, so the note opens in place; the href is for pages without them.
    event.preventDefault();
    setIsPinned((pinned) => !pinned);
  };
  const handleMarkerKeyDown = (event: KeyboardEvent) => {
    // A link takes Enter only; as role="button" it takes Space too, without scrolling the page.
    if (event.key !== ' ') return;
    event.preventDefault();
    if (!event.repeat) setIsPinned((pinned) => !pinned);
  };

  return (
    <span
      className={`cite cite--${source.kind}`}
      onMouseEnter={() => setIsHovered(true)}
      onMouseLeave={() => setIsHovered(false)}
      onKeyDown={handleKeyDown}
    >
      <a
        href={`#${sourceTargetId(source)}`}
        role="button"
        className="cite__button"
        aria-describedby={isOpen ? id : undefined}
        data-open={isOpen ? 'true' : undefined}
        onFocus={() => setIsFocused(true)}
        onBlur={() => {
          setIsFocused(false);
          setIsPinned(false);
        }}
        onClick={handleClick}
        onKeyDown={handleMarkerKeyDown}
      >
        {/* One box for the label, so the marker can centre it (a flex row would drop its spaces). */}
        <span className="cite__name">
          {/* Spaces sit outside the hidden spans so every name algorithm keeps them; each run of text is
              one string, so the HTML needs no <!-- --> between text nodes (170 markers on the page). */}
          <VisuallyHidden>{`${ui.citeButtonLabel}:`}</VisuallyHidden>
          {source.paragraph === undefined ? ` ${label}` : ` ${label} `}
          {source.paragraph !== undefined && (
            <>
              <span aria-hidden="true">{ui.paragraphMark}</span>
              <VisuallyHidden>{ui.paragraphWord}</VisuallyHidden>
              {` ${source.paragraph}`}
            </>
          )}
        </span>
      </a>
      {isOpen && <CiteNote id={id} source={source} />}
    </span>
  );
};

/** The open note: publisher, paragraph and the cited sentence (or the background source's title). */
const CiteNote = ({ id, source }: CiteProps & { readonly id: string }) => {
  const isArticle = source.kind === 'article';
  return (
    <span id={id} role="tooltip" className="cite__popover">
      <span className="cite__label">
        {isArticle ? ui.citeFromArticle : ui.citeBackground}
        {' · '}
        {source.publisher}
        {source.paragraph !== undefined && ` ${ui.paragraphMark}${source.paragraph}`}
      </span>
      <span className="cite__text">{isArticle ? `“${source.text}”` : source.text}</span>
    </span>
  );
};
