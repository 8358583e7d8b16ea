import { useEffect, useId, useRef, useState, type FocusEvent, type KeyboardEvent, type MouseEvent } from 'react';
import { glossaryAnchor } from '../content/glossaryAnchor';
import type { GlossaryNote } from '../content/glossaryNotes';
import { ui } from '../content/site';
import type { GlossaryId } from '../content/types';
import { CiteList } from './CiteList';
import { revealHashTarget, watchHashTargets } from './revealTarget';
import { useKeepInViewport } from './useKeepInViewport';

interface GlossaryTermProps {
  /** The term's glossary id. */
  readonly term: GlossaryId;
  /** The story's own words for it, shown unchanged. */
  readonly text: string;
}

/**
 * A term a general reader may not know, at its first use in a section: its
 * words dotted-underlined. Hover, focus or tap shows the definition, each
 * sentence with its source markers; Escape hides it (WCAG 1.4.13), as the
 * citation notes do. It is a link to the term's Glossary entry under
 * Sources: without JavaScript it goes there; with it, it acts as a button.
 */
export const GlossaryTerm = ({ term, text }: GlossaryTermProps) => {
  const id = useId();
  const hostRef = useRef<HTMLSpanElement>(null);
  const termRef = useRef<HTMLAnchorElement>(null);
  const [isHovered, setIsHovered] = useState(false);
  const [isFocused, setIsFocused] = useState(false);
  const [isPinned, setIsPinned] = useState(false);
  const isOpen = isHovered || isFocused || isPinned;
  useEffect(watchHashTargets, []);
  const [note, setNote] = useState<GlossaryNote | null>(null);
  const popoverRef = useKeepInViewport(isOpen, note);
  useEffect(() => {
    // The definitions load with the first term a reader opens, not with every page.
    if (isOpen && note === null) void import('../content/glossaryNotes').then(({ glossaryNote }) => setNote(glossaryNote(term)));
  }, [isOpen, note, term]);

  const close = () => {
    setIsHovered(false);
    setIsFocused(false);
    setIsPinned(false);
  };
  // A second tap closes it: the tap that opened it also focused it, which alone would keep it open.
  const toggle = () => (isPinned ? close() : setIsPinned(true));
  const handleKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !isOpen) return;
    event.stopPropagation();
    // Focus inside the definition would vanish with it: hand it back to the term.
    if (event.target !== termRef.current) termRef.current?.focus();
    close();
  };
  const handleBlur = (event: FocusEvent) => {
    // Moving into the definition's own markers and link keeps it open.
    if (event.relatedTarget instanceof Node && hostRef.current?.contains(event.relatedTarget)) return;
    setIsFocused(false);
    setIsPinned(false);
  };
  const handleClick = (event: MouseEvent) => {
    // Scripts run, so the definition opens in place; the href is for pages without them.
    event.preventDefault();
    toggle();
  };
  const handleTermKeyDown = (event: KeyboardEvent) => {
    // A link takes Enter only; as role="button" it takes Space too, without scrolling the page.
    if (event.key !== ' ') return;
    event.preventDefault();
    if (!event.repeat) toggle();
  };
  const href = `#${glossaryAnchor(term)}`;

  return (
    <span
      ref={hostRef}
      className="term"
      onMouseEnter={() => setIsHovered(true)}
      onMouseLeave={() => setIsHovered(false)}
      onKeyDown={handleKeyDown}
      onBlur={handleBlur}
    >
      <a
        ref={termRef}
        href={href}
        role="button"
        className="term__button"
        aria-describedby={isOpen ? id : undefined}
        data-open={isOpen ? 'true' : undefined}
        onFocus={() => setIsFocused(true)}
        onClick={handleClick}
        onKeyDown={handleTermKeyDown}
      >
        {text}
      </a>
      {isOpen && (
        <span id={id} ref={popoverRef} role="tooltip" className="cite__popover term__popover">
          <span className="term__label">
            {ui.glossaryNoteLabel} · {note?.term ?? text}
          </span>
          {note?.sentences.map((sentence) => (
            <span key={sentence.text} className="term__sentence">
              {sentence.text} <CiteList sources={sentence.sources} />
            </span>
          ))}
          <a className="term__more" href={href} tabIndex={isPinned ? undefined : -1} onClick={() => revealHashTarget(href)}>
            {ui.glossaryOpenEntry}
          </a>
        </span>
      )}
    </span>
  );
};
