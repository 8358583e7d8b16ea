import type { MouseEvent } from 'react';
import type { ResolvedCite } from '../content/cites';
import { CiteNote } from './CiteNote';
import { groupCites, groupMark, groupName, groupTargetId, type CiteGroup } from './citeGroups';
import { revealHashTarget } from './revealTarget';
import { useNotePopover } from './useNotePopover';

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
  const { id, isOpen, isPinned, popoverRef, hostProps, markerProps } = useNotePopover();
  const handleNoteClick = (event: MouseEvent) => {
    // A followed link to a sentence inside the closed article text opens it first.
    const link = event.target instanceof Element ? event.target.closest('a[href^="#"]') : null;
    if (link !== null) revealHashTarget(link.getAttribute('href') ?? '');
  };

  return (
    <span {...hostProps} className={`cite cite--${group.kind}`}>
      <a {...markerProps} href={`#${groupTargetId(group)}`} className="cite__button" aria-label={groupName(group)}>
        {groupMark(group)}
      </a>
      {isOpen && <CiteNote id={id} group={group} ref={popoverRef} onClick={handleNoteClick} hasFocusableLinks={isPinned} />}
    </span>
  );
};
