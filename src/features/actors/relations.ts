import type { ActorId, ActorRelation } from '../../content/types';

/** True when the actor asks, sends, hosts or is asked in this relation. */
export const relationInvolves = (relation: ActorRelation, id: ActorId): boolean =>
  relation.from.includes(id) || relation.to.includes(id);

/** The actor and everyone it shares a relation with: what stays lit in the diagram. */
export const connectedActors = (relations: readonly ActorRelation[], id: ActorId): ReadonlySet<ActorId> =>
  new Set([id, ...relations.filter((relation) => relationInvolves(relation, id)).flatMap((r) => [...r.from, ...r.to])]);
