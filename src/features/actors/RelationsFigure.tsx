import { useId } from 'react';
import { CiteList } from '../../components/CiteList';
import { RichText } from '../../components/RichText';
import { actorGroups, actorRelations, actorsUi } from '../../content/actors';
import { resolveCites, resolveInlines } from '../../content/cites';
import { proposals } from '../../content/proposals';
import type { ActorId } from '../../content/types';
import { relationInvolves } from './relations';
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
  readonly headingLevel?: 3 | 4;
  /**
   * With a key, the figure is the static one of a briefing slide: the diagram
   * at slide size, the key to its colours and lines in words, and the numbered
   * list for screen readers only (no source markers to click: the slide lists
   * its sources). Without, the panel's figure.
   */
  readonly legend?: RelationsLegendCopy;
}

const proposalNumber = new Map<string, number>(proposals.map((proposal) => [proposal.id, proposal.number]));

/** The sides the diagram colours, in the order of the actors panel. */
const COLOURED_GROUPS = actorGroups.filter((group) => ['united-states', 'afghan-government', 'taliban'].includes(group.id));

/** Who asks what of whom: a diagram when there is room, always the same relations as a numbered list. */
export const RelationsFigure = ({ selectedActorId, headingLevel = 4, legend }: RelationsFigureProps) => {
  const Heading = `h${headingLevel}` as const;
  const slideId = useId();
  if (legend !== undefined) {
    const captionId = `${slideId}-caption`;
    return (
      <figure className="relations relations--slide" aria-labelledby={captionId}>
        <RelationsDiagram selectedActorId={null} isSlide />
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
  }
  return (
    <div className="relations">
      <Heading id="relations-heading">{actorsUi.relationsHeading}</Heading>
      <p className="relations__intro">
        {actorsUi.relationsIntro}{' '}
        <span className="relations__diagram-note" aria-hidden="true">
          {actorsUi.relationsDiagramNote}
        </span>
      </p>
      <RelationsDiagram selectedActorId={selectedActorId} />
      <ol className="relations__list" aria-labelledby="relations-heading">
        {actorRelations.map((relation) => (
          <li
            key={relation.id}
            data-dimmed={selectedActorId !== null && !relationInvolves(relation, selectedActorId) ? 'true' : undefined}
          >
            <RichText inlines={resolveInlines(relation.text)} />
            {relation.proposals.map((id) => (
              <span key={id} className="relations__proposal">
                {' '}
                ({actorsUi.proposalNumber} {proposalNumber.get(id)})
              </span>
            ))}
            <CiteList sources={resolveCites(relation.cites)} />
          </li>
        ))}
      </ol>
    </div>
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
