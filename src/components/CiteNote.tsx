import type { MouseEventHandler, Ref } from 'react';
import { ui } from '../content/site';
import { groupTargetId, sourceTargetId, type CiteGroup } from './citeGroups';

interface CiteNoteProps {
  readonly id: string;
  readonly group: CiteGroup;
  readonly ref: Ref<HTMLSpanElement>;
  readonly onClick: MouseEventHandler;
  /**
   * Whether Tab reaches the note's links: only once the reader has opened it on
   * purpose (click, Enter, Space). A note shown by focus alone keeps them out
   * of the tab order, so tabbing along the markers costs one stop each.
   */
  readonly hasFocusableLinks: boolean;
}

const noteLabel = (group: CiteGroup): string => {
  if (group.kind !== 'article') {
    if (group.kind === 'later') return ui.citeLaterName;
    return group.cites.length > 1 ? ui.citeBackgroundPlural : ui.citeBackground;
  }
  const publisher = group.cites[0]?.publisher ?? '';
  return `${ui.citeFromArticle} · ${publisher}${group.paragraph === undefined ? '' : ` ${ui.paragraphMark}${group.paragraph}`}`;
};

/**
 * The open note (spans only: it sits inside the claim's paragraph). For the
 * article, the cited sentences of one paragraph, in its order; for other
 * sources, each one's publisher, title and date, linked to its Sources entry.
 */
export const CiteNote = ({ id, group, ref, onClick, hasFocusableLinks }: CiteNoteProps) => {
  const tabIndex = hasFocusableLinks ? undefined : -1;
  return (
    <span id={id} ref={ref} role="tooltip" className="cite__popover" onClick={onClick}>
      <span className="cite__label">{noteLabel(group)}</span>
      {group.kind === 'article' ? (
        <>
          {group.cites.map((cite) => (
            <span key={cite.cite} className="cite__text">{`“${cite.text}”`}</span>
          ))}
          <a className="cite__more" href={`#${groupTargetId(group)}`} tabIndex={tabIndex}>
            {ui.citeReadInSources}
          </a>
        </>
      ) : (
        group.cites.map((cite) => (
          <a key={cite.cite} className="cite__entry" href={`#${sourceTargetId(cite)}`} tabIndex={tabIndex}>
            <span className="cite__publisher">{cite.publisher}</span>
            {cite.date === undefined ? ` ${cite.title}` : ` ${cite.title}, ${cite.date}`}
          </a>
        ))
      )}
    </span>
  );
};
