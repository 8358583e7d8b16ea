import { CiteList } from '../../components/CiteList';
import { RichText } from '../../components/RichText';
import type { NotePoint } from '../../content/briefing';
import { resolveCites, resolveInlines } from '../../content/cites';

interface NotesListProps {
  readonly points: readonly NotePoint[];
}

/** A slide's speaker notes: key facts, each with its sources. */
export const NotesList = ({ points }: NotesListProps) => (
  <ul className="notes-list">
    {points.map((point, index) => (
      <li key={index} className="notes-list__point">
        <RichText inlines={resolveInlines(point.text)} />
        <CiteList sources={resolveCites(point.cites)} />
      </li>
    ))}
  </ul>
);
