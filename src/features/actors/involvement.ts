import { actorGroups, actors } from '../../content/actors';
import { proposals } from '../../content/proposals';
import { storySteps } from '../../content/story';
import { timelineEvents } from '../../content/timeline';
import type { Actor, ActorGroup, ActorId, Proposal, StoryStep, TimelineEvent } from '../../content/types';

/** Everything on the page that names one actor, in page order. */
export interface Involvement {
  readonly proposals: readonly Proposal[];
  readonly events: readonly TimelineEvent[];
  readonly steps: readonly StoryStep[];
}

/** The ids to keep at full strength while an actor is selected (what the other features' props take). */
export interface Highlights {
  readonly proposals: ReadonlySet<string>;
  readonly events: ReadonlySet<string>;
  readonly steps: ReadonlySet<string>;
}

interface ContentModel {
  readonly proposals: readonly Proposal[];
  readonly events: readonly TimelineEvent[];
  readonly steps: readonly StoryStep[];
}

const names = (ids: readonly ActorId[], id: ActorId): boolean => ids.includes(id);

/** Derived from the content model: a proposal's `who`, an event's and a step's `actors`. */
export const findInvolvement = (model: ContentModel, id: ActorId): Involvement => ({
  proposals: model.proposals.filter((proposal) => names(proposal.who, id)),
  events: model.events.filter((event) => names(event.actors, id)),
  steps: model.steps.filter((step) => names(step.actors, id)),
});

const ids = (items: readonly { readonly id: string }[]): ReadonlySet<string> => new Set(items.map((item) => item.id));

const model: ContentModel = { proposals, events: timelineEvents, steps: storySteps };
const involvementByActor = new Map<ActorId, Involvement>(actors.map((actor) => [actor.id, findInvolvement(model, actor.id)]));
const highlightsByActor = new Map<ActorId, Highlights>(
  [...involvementByActor].map(([id, found]) => [
    id,
    { proposals: ids(found.proposals), events: ids(found.events), steps: ids(found.steps) },
  ]),
);

const NOTHING: Involvement = { proposals: [], events: [], steps: [] };

/** What involves a known actor; an unknown id involves nothing. */
export const involvementOf = (id: ActorId): Involvement => involvementByActor.get(id) ?? NOTHING;

/** Highlight sets for the selected actor, or null when nothing (or an unknown id) is selected. */
export const highlightsFor = (id: ActorId | null): Highlights | null =>
  id === null ? null : (highlightsByActor.get(id) ?? null);

/** One row of the actor × proposal matrix. */
export interface MatrixRow {
  readonly actor: Actor;
  /** One cell per proposal, in the letter's order: true when the proposal names the actor. */
  readonly cells: readonly boolean[];
}

/** One side's rows, under the side's name. */
export interface MatrixGroup {
  readonly id: ActorGroup;
  readonly label: string;
  readonly rows: readonly MatrixRow[];
}

/** Every actor against the four proposals, one row each (all cells false for those in none), in the panel's order. */
export const buildProposalMatrix = (people: readonly Actor[], asks: readonly Proposal[]): readonly MatrixRow[] =>
  people.map((actor) => ({ actor, cells: asks.map((proposal) => names(proposal.who, actor.id)) }));

/** The rows under their side, in the sides' order; a side with nobody in it is left out. */
export const groupMatrix = (
  groups: readonly { readonly id: ActorGroup; readonly label: string }[],
  rows: readonly MatrixRow[],
): readonly MatrixGroup[] =>
  groups
    .map((group) => ({ id: group.id, label: group.label, rows: rows.filter((row) => row.actor.group === group.id) }))
    .filter((group) => group.rows.length > 0);

export const proposalMatrix = groupMatrix(actorGroups, buildProposalMatrix(actors, proposals));
