import { useEffect, useId, useRef, useState, type FocusEvent, type KeyboardEvent, type MouseEvent } from 'react';
import type { ResolvedCite } from '../content/cites';
import { CiteNote } from './CiteNote';
import { groupCites, groupMark, groupName, groupTargetId, type CiteGroup } from './citeGroups';
import { revealHashTarget, watchHashTargets } from './revealTarget';
import { useKeepInViewport } from './useKeepInViewport';

export { articleSourceId, CREDIT_SOURCE_ID, sourceTargetId } from './citeGroups';

interface CiteProps {
  readonly source: ResolvedCite;
}

/** One source as its own marker (a quote's sentence, say); blocks use CiteList, which groups their sources. */
export const Cite = ({ source }: CiteProps) => {
  const [group] = groupCites([source]);
  return group === undefined ? null : <CiteMarker group={group} />;
};

interface CiteMarkerProps {
  readonly group: CiteGroup;
}

/**
 * A small marker after a claim, in one of three forms that differ in words and
 * shape: "¶2" in a square box (the article), "Background" in a dashed pill,
 * "Later" double-underlined (reporting after the article). Hover, focus or tap
 * shows the note; screen readers get it as the marker's description while it
 * is open; Escape hides it (WCAG 1.4.13). The note is rendered only when open,
 * so the prerendered page does not repeat the article once per marker. The
 * marker is a link to the source in the Sources section: without JavaScript
 * it goes there; with JavaScript it acts as the button it says it is.
 */
export const CiteMarker = ({ group }: CiteMarkerProps) => {
  const id = useId();
  const hostRef = useRef<HTMLSpanElement>(null);
  const markerRef = useRef<HTMLAnchorElement>(null);
  const [isHovered, setIsHovered] = useState(false);
  const [isFocused, setIsFocused] = useState(false);
  const [isPinned, setIsPinned] = useState(false);
  const isOpen = isHovered || isFocused || isPinned;
  const popoverRef = useKeepInViewport(isOpen);
  useEffect(watchHashTargets, []);

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
    // Focus on a link inside the note would vanish with it: hand it back to the marker.
    if (event.target !== markerRef.current) markerRef.current?.focus();
    close();
  };
  const handleBlur = (event: FocusEvent) => {
    // Moving into the note's own links keeps it open.
    if (event.relatedTarget instanceof Node && hostRef.current?.contains(event.relatedTarget)) return;
    setIsFocused(false);
    setIsPinned(false);
  };
  const handleClick = (event: MouseEvent) => {
    // Scripts run, so the note opens in place; the href is for pages without them.
    event.preventDefault();
    toggle();
  };
  const handleMarkerKeyDown = (event: KeyboardEvent) => {
    // A link takes Enter only; as role="button" it takes Space too, without scrolling the page.
    if (event.key !== ' ') return;
    event.preventDefault();
    if (!event.repeat) toggle();
  };
  const handleNoteClick = (event: MouseEvent) => {
    // A followed link to a sentence inside the closed article text opens it first.
    const link = event.target instanceof Element ? event.target.closest('a[href^="#"]') : null;
    if (link !== null) revealHashTarget(link.getAttribute('href') ?? '');
  };

  return (
    <span
      ref={hostRef}
      className={`cite cite--${group.kind}`}
      onMouseEnter={() => setIsHovered(true)}
      onMouseLeave={() => setIsHovered(false)}
      onKeyDown={handleKeyDown}
      onBlur={handleBlur}
    >
      <a
        ref={markerRef}
        href={`#${groupTargetId(group)}`}
        role="button"
        className="cite__button"
        aria-label={groupName(group)}
        aria-describedby={isOpen ? id : undefined}
        data-open={isOpen ? 'true' : undefined}
        onFocus={() => setIsFocused(true)}
        onClick={handleClick}
        onKeyDown={handleMarkerKeyDown}
      >
        {groupMark(group)}
      </a>
      {isOpen && <CiteNote id={id} group={group} ref={popoverRef} onClick={handleNoteClick} hasFocusableLinks={isPinned} />}
    </span>
  );
};
