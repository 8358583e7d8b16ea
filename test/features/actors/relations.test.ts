import { describe, expect, it } from 'vitest';
import { actorRelations } from '../../../src/content/actors';
import { connectedActors, relationInvolves } from '../../../src/features/actors/relations';

describe('relations', () => {
  it('knows who is involved and who is connected', () => {
    const summit = actorRelations.find((r) => r.id === 'un-summit')!;
    expect(relationInvolves(summit, 'india')).toBe(true);
    expect(relationInvolves(summit, 'taliban')).toBe(false);
    expect([...connectedActors(actorRelations, 'khalilzad')].sort()).toEqual(['ghani', 'khalilzad', 'taliban']);
    expect([...connectedActors(actorRelations, 'nyt')]).toEqual(['nyt']);
  });
});
