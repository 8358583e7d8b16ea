import { CiteList } from '../../components/CiteList';
import { RichText } from '../../components/RichText';
import type { NotePoint } from '../../content/briefing';
import { resolveCites, resolveInlines } from '../../content/cites';
import { resolveNotes } from './notePoints';

interface NotesListProps {
  readonly points: readonly NotePoint[];
}

/** A lead that ends a sentence or a question needs no colon after it. */
const leadEnd = (lead: string): string => (/[.?!]$/.test(lead) ? ' ' : ': ');

/**
 * A slide's speaker notes: key facts, each with its sources. A point that
 * names a content item shows that item's own text and sources, led by what
 * it is (an event's date and title, an actor's name, an open question).
 */
export const NotesList = ({ points }: NotesListProps) => (
  <ul className="notes-list">
    {resolveNotes(points).map((point, index) => (
      <li key={index} className="notes-list__point">
        {point.lead !== undefined && (
          <>
            <strong className="notes-list__lead">{point.lead}</strong>
            {leadEnd(point.lead)}
          </>
        )}
        <RichText inlines={resolveInlines(point.text)} />
        <CiteList sources={resolveCites(point.cites)} />
      </li>
    ))}
  </ul>
);
