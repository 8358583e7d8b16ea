import { CiteList } from '../../components/CiteList';
import { SourceBadge } from '../../components/SourceBadge';
import type { HindsightLayer } from '../../content/hindsightLayer';
import type { HindsightNote } from '../../content/types';

interface HindsightAsideProps {
  readonly layer: HindsightLayer;
  readonly label: string;
  readonly note: HindsightNote;
}

/** A line of hindsight set into the story as of March 2021: labelled, marked Later reporting, cited. */
export const HindsightAside = ({ layer, label, note }: HindsightAsideProps) => (
  <aside className="hindsight-aside" aria-label={label}>
    <p className="hindsight-aside__label">
      <strong>{label}</strong> <SourceBadge kind="later" />
    </p>
    <p className="hindsight-aside__text">
      {note.text} <CiteList sources={layer.resolveLaterCites(note.cites)} />
    </p>
  </aside>
);
