import { describe, expect, it } from 'vitest';
import { actorRelations } from '../../../src/content/actors';
import {
  labelPositions,
  NODE_RADIUS,
  nodePositions,
  segmentsFor,
  TWO_SIDES,
  VIEW_BOX,
} from '../../../src/features/actors/relationsLayout';

describe('relations diagram layout', () => {
  it('places every actor a relation names, inside the view box', () => {
    const named = new Set(actorRelations.flatMap((r) => [...r.from, ...r.to]));
    for (const id of named) {
      const at = nodePositions.get(id);
      expect(at, id).toBeDefined();
      expect(at!.x - NODE_RADIUS).toBeGreaterThanOrEqual(0);
      expect(at!.x + NODE_RADIUS).toBeLessThanOrEqual(VIEW_BOX.width);
      expect(at!.y - NODE_RADIUS).toBeGreaterThanOrEqual(0);
      expect(at!.y + NODE_RADIUS).toBeLessThanOrEqual(VIEW_BOX.height);
    }
  });

  it('keeps nodes from overlapping', () => {
    const points = [...nodePositions.values()];
    points.forEach((a, i) =>
      points.slice(i + 1).forEach((b) => expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThan(2 * NODE_RADIUS + 10)),
    );
  });

  it('gives every relation a label and at least one arrow', () => {
    for (const relation of actorRelations) {
      expect(labelPositions.get(relation.id), relation.id).toBeDefined();
      expect(segmentsFor(relation).length, relation.id).toBeGreaterThan(0);
    }
  });

  it('draws one arrow per pair, and one arrow to the bracket when a venue hosts the two sides', () => {
    const byId = (id: string) => actorRelations.find((r) => r.id === id)!;
    expect(segmentsFor(byId('written-proposals'))).toHaveLength(2);
    expect(segmentsFor(byId('un-summit'))).toHaveLength(6);
    const [toSides] = segmentsFor(byId('qatar-talks'));
    expect(toSides?.to.x).toBeGreaterThan(TWO_SIDES.x);
    expect(toSides?.to.y).toBe(nodePositions.get('qatar')?.y);
  });

  it('starts and stops arrows at the edge of the circles', () => {
    const letter = actorRelations.find((r) => r.id === 'letter')!;
    const [segment] = segmentsFor(letter);
    const blinken = nodePositions.get('blinken')!;
    expect(Math.hypot(segment!.from.x - blinken.x, segment!.from.y - blinken.y)).toBeCloseTo(NODE_RADIUS);
  });
});
