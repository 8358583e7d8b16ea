import { useId, useState, type KeyboardEvent } from 'react';
import type { ResolvedCite } from '../content/cites';
import { ui } from '../content/site';
import { VisuallyHidden } from './VisuallyHidden';

interface CiteProps {
  readonly source: ResolvedCite;
}

/**
 * A tooltip-style source note: hover, focus or tap shows who published the
 * claim and the one sentence (or source title) it rests on; screen readers get
 * the same text as the button's description. Escape hides it (WCAG 1.4.13).
 */
export const Cite = ({ source }: CiteProps) => {
  const id = useId();
  const [isHovered, setIsHovered] = useState(false);
  const [isFocused, setIsFocused] = useState(false);
  const [isPinned, setIsPinned] = useState(false);
  const isOpen = isHovered || isFocused || isPinned;
  const isArticle = source.kind === 'article';

  const handleKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !isOpen) return;
    event.stopPropagation();
    setIsHovered(false);
    setIsFocused(false);
    setIsPinned(false);
  };

  return (
    <span
      className={`cite cite--${source.kind}`}
      onMouseEnter={() => setIsHovered(true)}
      onMouseLeave={() => setIsHovered(false)}
      onKeyDown={handleKeyDown}
    >
      <button
        type="button"
        className="cite__button"
        aria-describedby={id}
        data-open={isOpen ? 'true' : undefined}
        onFocus={() => setIsFocused(true)}
        onBlur={() => {
          setIsFocused(false);
          setIsPinned(false);
        }}
        onClick={() => setIsPinned((pinned) => !pinned)}
      >
        {/* Spaces sit outside the hidden spans so every name algorithm keeps them. */}
        <VisuallyHidden>{ui.citeButtonLabel}:</VisuallyHidden> {isArticle ? source.publisher : `${ui.background}: ${source.publisher}`}
        {source.paragraph !== undefined && (
          <>
            {' '}
            <span aria-hidden="true">{ui.paragraphMark}</span>
            <VisuallyHidden>{ui.paragraphWord}</VisuallyHidden> {source.paragraph}
          </>
        )}
      </button>
      <span id={id} role="tooltip" className="cite__popover" hidden={!isOpen}>
        <span className="cite__label">
          {isArticle ? ui.citeFromArticle : ui.citeBackground}
          {' · '}
          {source.publisher}
          {source.paragraph !== undefined && ` ¶${source.paragraph}`}
        </span>
        <span className="cite__text">{isArticle ? `“${source.text}”` : source.text}</span>
      </span>
    </span>
  );
};
