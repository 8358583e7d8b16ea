import { describe, expect, it } from 'vitest';
import facts from '../fixtures/facts/timeline-context.json';
import { timelineEras, timelineEvents } from '../../src/content/timeline';

describe('timelineEvents', () => {
  it('takes every date from the fact sheet', () => {
    const factDates = new Set(facts.map((f) => f.date));
    for (const event of timelineEvents) expect(factDates, event.id).toContain(event.date);
  });

  it('marks as "in the article" exactly the events the fact sheet finds in it', () => {
    const inArticle = new Set(facts.filter((f) => f.inArticle).map((f) => f.date));
    for (const event of timelineEvents) expect(event.inArticle, event.id).toBe(inArticle.has(event.date));
  });

  it('draws every era boundary on a date the fact sheet gives', () => {
    const factDates = new Set(facts.map((f) => f.date));
    for (const era of timelineEras) {
      expect(factDates, `${era.id}.start`).toContain(era.start);
      expect(factDates, `${era.id}.end`).toContain(era.end);
    }
  });
});
