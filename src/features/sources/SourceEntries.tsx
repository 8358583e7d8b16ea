import type { BackgroundSource } from '../../content/types';
import type { LaterSource } from '../../content/sources';
import { sourceAnchor } from '../../content/cites';

interface SourceEntriesProps {
  readonly sources: readonly (BackgroundSource | LaterSource)[];
  /** Id of the label that names the list. */
  readonly labelledBy: string;
}

/** One line per source: publisher, title, date, and its address where the fact sheet records one. */
export const SourceEntries = ({ sources, labelledBy }: SourceEntriesProps) => (
  <ul className="sources__list" aria-labelledby={labelledBy}>
    {sources.map((source) => (
      <li key={source.id} id={sourceAnchor(source.id)}>
        <strong>{source.publisher}</strong>
        {' · '}
        {source.url === undefined ? source.title : <a href={source.url}>{source.title}</a>}
        {source.date !== undefined && ` (${source.date})`}
      </li>
    ))}
  </ul>
);
