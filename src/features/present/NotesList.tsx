import { CiteList } from '../../components/CiteList';
import { RichText } from '../../components/RichText';
import { resolveInlines } from '../../content/cites';
import { presentUi } from '../../content/present';
import type { ShownNote } from './notePoints';

interface NotesListProps {
  /** The points, sources resolved (hindsightSlides.ts `slideNotes`). */
  readonly notes: readonly ShownNote[];
  /** A hindsight slide's cue to the presenter, said before the points; it states no fact, so it has no source. */
  readonly cue?: string;
}

/** A lead that ends a sentence or a question needs no colon after it. */
const leadEnd = (lead: string): string => (/[.?!]$/.test(lead) ? ' ' : ': ');

/**
 * A slide's speaker notes: key facts, each with its sources. A point that
 * names a content item shows that item's own text and sources, led by what
 * it is (an event's date and title, an actor's name, an open question).
 */
export const NotesList = ({ notes, cue }: NotesListProps) => (
  <>
    {cue !== undefined && (
      <p className="notes-list__cue">
        <strong>{presentUi.hindsightCueLabel}:</strong> {cue}
      </p>
    )}
    <ul className="notes-list">
      {notes.map((point, index) => (
        <li key={index} className="notes-list__point">
          {point.lead !== undefined && (
            <>
              <strong className="notes-list__lead">{point.lead}</strong>
              {leadEnd(point.lead)}
            </>
          )}
          <RichText inlines={resolveInlines(point.text)} />
          <CiteList sources={point.sources} />
        </li>
      ))}
    </ul>
  </>
);
