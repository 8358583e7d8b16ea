import { useId } from 'react';
import { actorRelations, actorsUi } from '../../content/actors';
import { actorById } from '../../content/cites';
import type { ActorId } from '../../content/types';
import { emblemSaysName, emblemText } from './emblem';
import { connectedActors, relationInvolves } from './relations';
import {
  labelPositions,
  labelsAbove,
  NODE_RADIUS,
  nodePositions,
  segmentsFor,
  slideLabelPositions,
  TWO_SIDES,
  twoSidesBracket,
  VIEW_BOX,
} from './relationsLayout';

interface RelationsDiagramProps {
  readonly selectedActorId: ActorId | null;
  /** On a briefing slide: larger labels (actors.css), placed where they have room. */
  readonly isSlide?: boolean;
}

const dimmedIf = (isDimmed: boolean) => (isDimmed ? 'true' : undefined);

/**
 * The relations as a diagram. Hidden from assistive technology: the numbered
 * list beside it says the same, and its numbers match the labels here.
 */
export const RelationsDiagram = ({ selectedActorId, isSlide = false }: RelationsDiagramProps) => {
  // Its own marker id: a deck draws the diagram several times (slide, overview, handout), and a
  // url(#id) that lands on a copy in a hidden part draws no arrowheads.
  const arrowId = `${useId()}-arrow`;
  const lit = selectedActorId === null ? null : connectedActors(actorRelations, selectedActorId);
  const bracket = twoSidesBracket();
  const isSidesLit = lit === null || TWO_SIDES.ids.some((id) => lit.has(id));
  return (
    <svg className="relations__diagram" viewBox={`0 0 ${VIEW_BOX.width} ${VIEW_BOX.height}`} aria-hidden="true" focusable="false">
      <defs>
        <marker id={arrowId} viewBox="0 0 10 10" refX="8" refY="5" markerWidth="7" markerHeight="7" orient="auto">
          <path d="M0,0 L10,5 L0,10 z" className="relations__arrowhead" />
        </marker>
      </defs>
      <g className="relations__bracket" data-dimmed={dimmedIf(!isSidesLit)}>
        <path d={`M${TWO_SIDES.x - 20},${bracket.top} H${TWO_SIDES.x} V${bracket.bottom} H${TWO_SIDES.x - 20}`} />
        <text x={TWO_SIDES.x + 8} y={(bracket.top + bracket.bottom) / 2 + 4}>
          {actorsUi.twoSides}
        </text>
      </g>
      {actorRelations.map((relation, index) => {
        const label = (isSlide ? slideLabelPositions : labelPositions).get(relation.id);
        return (
          <g key={relation.id} className={`relations__edge relations__edge--${relation.kind}`} data-dimmed={dimmedIf(selectedActorId !== null && !relationInvolves(relation, selectedActorId))}>
            {segmentsFor(relation).map((segment) => (
              <line
                key={`${segment.from.x},${segment.from.y}`}
                x1={segment.from.x}
                y1={segment.from.y}
                x2={segment.to.x}
                y2={segment.to.y}
                markerEnd={`url(#${arrowId})`}
              />
            ))}
            {label !== undefined && (
              <text x={label.x} y={label.y} textAnchor={label.anchor} className="relations__label">
                <tspan className="relations__number">{index + 1}</tspan>
                <tspan dx="6">{relation.label}</tspan>
              </text>
            )}
          </g>
        );
      })}
      {[...nodePositions].map(([id, at]) => {
        const actor = actorById(id);
        if (actor === undefined) return null;
        const nameY = labelsAbove.has(id) ? at.y - NODE_RADIUS - 8 : at.y + NODE_RADIUS + 16;
        return (
          <g
            key={id}
            className={`relations__node relations__node--${actor.group}`}
            data-selected={id === selectedActorId ? 'true' : undefined}
            data-dimmed={dimmedIf(lit !== null && !lit.has(id))}
          >
            <circle cx={at.x} cy={at.y} r={NODE_RADIUS} />
            <text x={at.x} y={at.y + 5} className="relations__initials">
              {emblemText(actor)}
            </text>
            {!emblemSaysName(actor) && (
              <text x={at.x} y={nameY} className="relations__name">
                {actor.shortName}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
};
