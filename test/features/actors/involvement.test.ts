import { describe, expect, it } from 'vitest';
import { actorGroups, actors } from '../../../src/content/actors';
import { proposals } from '../../../src/content/proposals';
import { storySteps } from '../../../src/content/story';
import { timelineEvents } from '../../../src/content/timeline';
import type { Actor, Proposal } from '../../../src/content/types';
import {
  buildProposalMatrix,
  findInvolvement,
  groupMatrix,
  highlightsFor,
  involvementOf,
  proposalMatrix,
} from '../../../src/features/actors/involvement';

const ids = (items: readonly { id: string }[]) => items.map((item) => item.id);

describe('involvementOf', () => {
  it('finds what names Khalilzad in the content model', () => {
    const found = involvementOf('khalilzad');
    expect(ids(found.proposals)).toEqual(['written-proposals']);
    expect(ids(found.events)).toEqual(timelineEvents.filter((e) => (e.actors as readonly string[]).includes('khalilzad')).map((e) => e.id));
    expect(ids(found.events)).toContain('khalilzad-kabul');
    expect(ids(found.steps)).toContain('proposal-written');
  });

  it('names Turkey in the third proposal only (the meeting it would host, ¶16)', () => {
    expect(ids(involvementOf('turkey').proposals)).toEqual(['turkey-meeting']);
  });

  it('agrees with the content model for every actor', () => {
    for (const actor of actors) {
      const found = involvementOf(actor.id);
      for (const proposal of proposals)
        expect(ids(found.proposals).includes(proposal.id)).toBe((proposal.who as readonly string[]).includes(actor.id));
      for (const event of timelineEvents)
        expect(ids(found.events).includes(event.id)).toBe((event.actors as readonly string[]).includes(actor.id));
      for (const step of storySteps)
        expect(ids(found.steps).includes(step.id)).toBe((step.actors as readonly string[]).includes(actor.id));
    }
  });

  it('keeps page order and finds nothing for an unknown id', () => {
    const found = findInvolvement({ proposals, events: timelineEvents, steps: storySteps }, 'united-states');
    expect(ids(found.events)).toEqual(ids(timelineEvents).filter((id) => ids(found.events).includes(id)));
    expect(involvementOf('nobody')).toEqual({ proposals: [], events: [], steps: [] });
  });
});

describe('highlightsFor', () => {
  it('returns the id sets the other features take, or null for no or an unknown selection', () => {
    const highlights = highlightsFor('khalilzad');
    expect([...(highlights?.proposals ?? [])]).toEqual(['written-proposals']);
    expect(highlights?.events.has('khalilzad-doha')).toBe(true);
    expect(highlights?.steps.has('letter-sent')).toBe(false);
    // ¶17 does not say who would prepare the revised proposal: selecting the United States leaves proposal 4 and its step unlit.
    expect([...(highlightsFor('united-states')?.proposals ?? [])]).toEqual(['un-summit']);
    expect(highlightsFor('united-states')?.steps.has('proposal-violence')).toBe(false);
    expect(highlightsFor(null)).toBeNull();
    expect(highlightsFor('<script>')).toBeNull();
  });
});

describe('proposalMatrix', () => {
  const rows = proposalMatrix.flatMap((group) => group.rows);

  it('has one row per actor, in the panel’s order, and one cell per proposal', () => {
    expect(rows.map((row) => row.actor.id)).toEqual(actors.map((actor) => actor.id));
    for (const row of rows) {
      expect(row.cells).toEqual(proposals.map((p) => (p.who as readonly string[]).includes(row.actor.id)));
    }
  });

  it('keeps actors no proposal names, such as the news organisations, with every cell empty', () => {
    for (const id of ['nyt', 'tolonews', 'rferl', 'ap', 'reuters', 'minhapal', 'biden']) {
      expect(rows.find((row) => row.actor.id === id)?.cells).toEqual([false, false, false, false]);
    }
  });

  it('puts each row under its side, the sides in the panel’s order', () => {
    expect(proposalMatrix.map((group) => group.label)).toEqual(actorGroups.map((group) => group.label));
    for (const group of proposalMatrix) expect(group.rows.every((row) => row.actor.group === group.id)).toBe(true);
  });

  it('follows the model when the model changes (nothing is typed by hand)', () => {
    const [first, second] = actors as readonly Actor[];
    const asks: Proposal[] = [
      { ...(proposals[0] as Proposal), id: 'a', who: [second!.id] },
      { ...(proposals[1] as Proposal), id: 'b', who: [second!.id, first!.id] },
    ];
    const built = buildProposalMatrix([first!, second!], asks);
    expect(built).toEqual([
      { actor: first, cells: [false, true] },
      { actor: second, cells: [true, true] },
    ]);
    // A side nobody is on is left out, rather than shown as an empty group.
    expect(groupMatrix([{ id: 'hosts', label: 'Hosts' }, { id: first!.group, label: 'Theirs' }], built).map((g) => g.label)).toEqual(['Theirs']);
  });
});
