import { CiteList } from '../../components/CiteList';
import { RichText } from '../../components/RichText';
import { actorRelations, actorsUi } from '../../content/actors';
import { resolveCites, resolveInlines } from '../../content/cites';
import { proposals } from '../../content/proposals';
import type { ActorId } from '../../content/types';
import { relationInvolves } from './relations';
import { RelationsDiagram } from './RelationsDiagram';

interface RelationsFigureProps {
  readonly selectedActorId: ActorId | null;
  readonly headingLevel?: 3 | 4;
}

const proposalNumber = new Map<string, number>(proposals.map((proposal) => [proposal.id, proposal.number]));

/** Who asks what of whom: a diagram when there is room, always the same relations as a numbered list. */
export const RelationsFigure = ({ selectedActorId, headingLevel = 4 }: RelationsFigureProps) => {
  const Heading = `h${headingLevel}` as const;
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
