import { useId } from 'react';
import { RichText } from '../../components/RichText';
import { actorGroups, actorRelations, actorsUi } from '../../content/actors';
import { resolveInlines } from '../../content/cites';
import type { ActorId } from '../../content/types';
import { RelationsDiagram } from './RelationsDiagram';

/** The words of the diagram's key that the content's actor groups do not already give. */
interface RelationsLegendCopy {
  readonly title: string;
  readonly others: string;
  readonly asks: string;
  readonly hosts: string;
}

interface RelationsFigureProps {
  readonly selectedActorId: ActorId | null;
  /** The words of the key to the diagram's colours and lines. */
  readonly legend: RelationsLegendCopy;
}

/** The sides the diagram colours, in the order of the actors panel. */
const COLOURED_GROUPS = actorGroups.filter((group) => ['united-states', 'afghan-government', 'taliban'].includes(group.id));

/**
 * Who asks what of whom, for a briefing slide: the diagram at slide size, the
 * key to its colours and lines in words, and the numbered relations for screen
 * readers only (no source markers to click: the slide lists its sources). The
 * article says the same through the actor matrix and the proposals.
 */
export const RelationsFigure = ({ selectedActorId, legend }: RelationsFigureProps) => {
  const captionId = `${useId()}-caption`;
  return (
    <figure className="relations relations--slide" aria-labelledby={captionId}>
      <RelationsDiagram selectedActorId={selectedActorId} isSlide />
      <figcaption className="relations__key">
        <span id={captionId} className="relations__key-title">
          {actorsUi.relationsHeading}
        </span>
        <span className="relations__key-intro">{legend.title}</span>
        <ul role="list" className="relations__key-list">
          {COLOURED_GROUPS.map((group) => (
            <li key={group.id}>
              <KeySwatch className={`relations__node relations__node--${group.id}`} /> {group.label}
            </li>
          ))}
          <li>
            <KeySwatch className="relations__node" /> {legend.others}
          </li>
          <li>
            <KeyLine kind="asks" /> {legend.asks}
          </li>
          <li>
            <KeyLine kind="hosts" /> {legend.hosts}
          </li>
        </ul>
      </figcaption>
      <ol className="visually-hidden">
        {actorRelations.map((relation) => (
          <li key={relation.id}>
            <RichText inlines={resolveInlines(relation.text)} />
          </li>
        ))}
      </ol>
    </figure>
  );
};

/** A node of the diagram in small, drawn by the same rules so the key always matches. */
const KeySwatch = ({ className }: { readonly className: string }) => (
  <svg className="relations__swatch" viewBox="0 0 28 28" width="28" height="28" aria-hidden="true" focusable="false">
    <g className={className}>
      <circle cx="14" cy="14" r="11" />
    </g>
  </svg>
);

/** A relation's line in small: solid, or dashed for a venue hosting. */
const KeyLine = ({ kind }: { readonly kind: 'asks' | 'hosts' }) => (
  <svg className="relations__swatch" viewBox="0 0 40 28" width="40" height="28" aria-hidden="true" focusable="false">
    <g className={`relations__edge relations__edge--${kind}`}>
      <line x1="2" y1="14" x2="38" y2="14" />
    </g>
  </svg>
);
