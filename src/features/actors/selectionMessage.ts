import { actorsUi } from '../../content/actors';
import { actorById } from '../../content/cites';
import type { Actor } from '../../content/types';
import { involvementOf, type Involvement } from './involvement';

/** "1 proposal", "4 events": the number with its noun, singular only for exactly one. */
export const countOf = (count: number, [one, many]: readonly [string, string]): string =>
  `${count} ${count === 1 ? one : many}`;

/** The live-region line for a selection, e.g. "Khalilzad: 1 proposal, 4 events, 4 story steps". */
export const selectionMessage = (actor: Actor, found: Involvement): string => {
  const nouns = actorsUi.countNouns;
  const counts = [
    countOf(found.proposals.length, nouns.proposals),
    countOf(found.events.length, nouns.events),
    countOf(found.steps.length, nouns.steps),
  ];
  return `${actor.shortName}: ${counts.join(', ')}`;
};

/**
 * What the status line says for a selection; nothing for none (an unknown id
 * reads as none), so no empty state is shown that could read as an error.
 */
export const describeSelection = (id: string | null): string => {
  const actor = id === null ? undefined : actorById(id);
  return actor === undefined ? '' : selectionMessage(actor, involvementOf(actor.id));
};
