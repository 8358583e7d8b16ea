import { useEffect, useState } from 'react';
import { glossaryAnchor } from '../content/glossaryAnchor';
import type { GlossaryNote } from '../content/glossaryNotes';
import { ui } from '../content/site';
import type { GlossaryId } from '../content/types';
import { CiteList } from './CiteList';
import { revealHashTarget } from './revealTarget';
import { useNotePopover } from './useNotePopover';

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
  const [note, setNote] = useState<GlossaryNote | null>(null);
  const { id, isOpen, isPinned, popoverRef, hostProps, markerProps } = useNotePopover(note);
  useEffect(() => {
    // The definitions load with the first term a reader opens, not with every page.
    if (isOpen && note === null) void import('../content/glossaryNotes').then(({ glossaryNote }) => setNote(glossaryNote(term)));
  }, [isOpen, note, term]);
  const href = `#${glossaryAnchor(term)}`;

  return (
    <span {...hostProps} className="term">
      <a {...markerProps} href={href} className="term__button">
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
