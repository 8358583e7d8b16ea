import { describe, expect, it } from 'vitest';
import { briefingSlides } from '../../../src/content/briefing';
import { lastShownStep, slideAnnouncement, slideCites, slideGraphic, slideKicker, slideStepCount, slideTitle } from '../../../src/features/present/slideModel';
import { summarizeCites } from '../../../src/features/present/citeSummary';

const slide = (id: string) => briefingSlides.find((s) => s.id === id)!;

describe('slideModel', () => {
  it('titles every slide from the content it points at', () => {
    expect(briefingSlides.map(slideTitle)).toEqual([
      'Four steps before May 1',
      'A blunt letter to Kabul',
      '55 days to May 1, 2021',
      'Twenty years of war, in brief',
      'From about 100,000 U.S. troops to 2,500',
      'May 1 and the last 2,500 U.S. troops',
      'A UN-organized regional summit',
      'Written proposals from Khalilzad',
      'A senior-level meeting in Turkey',
      'A 90-day reduction in violence',
      'The people and governments involved',
      'Stay or go',
      'What to watch before May 1',
      'Sources',
    ]);
    expect(slideKicker(slide('proposal-3'))).toBe('The letter · proposal 3 of 4');
    expect(slideKicker(slide('news'))).toBe('The news');
  });

  it('announces the slide, and the point within it when it has several', () => {
    expect(slideAnnouncement(slide('twenty-years'), 2, 1, 12)).toBe('Slide 3 of 12: Twenty years of war, in brief. Point 2 of 8');
    expect(slideAnnouncement(slide('proposal-1'), 4, 0, 12)).toBe('Slide 5 of 12: A UN-organized regional summit');
  });

  it('counts one step per revealed story step or key event', () => {
    expect(briefingSlides.map(slideStepCount)).toEqual([1, 3, 1, 8, 1, 3, 1, 1, 1, 1, 1, 3, 1, 1]);
    expect(lastShownStep(slide('news'), 'all')).toBe(2);
    expect(lastShownStep(slide('news'), 9)).toBe(2);
    expect(lastShownStep(slide('news'), -1)).toBe(0);
  });

  it('shows each step’s graphic, and the current event on the timeline', () => {
    expect(slideGraphic(slide('deadline'), 0)).toEqual({ scene: 'troops', focusDate: '2021-01-15' });
    expect(slideGraphic(slide('deadline'), 1)).toEqual({ scene: 'countdown', focus: 'deadline' });
    expect(slideGraphic(slide('twenty-years'), 3)).toEqual({ scene: 'timeline', events: ['doha-agreement'] });
    expect(slideGraphic(slide('whos-who'), 0)).toBeNull();
  });

  it('sources the current reveal, or everything shown at once', () => {
    expect(slideCites(slide('news'), 0)).toEqual(['p1', 'p2.1']);
    expect(slideCites(slide('news'), 'all')).toEqual(['p1', 'p2.1', 'p2.2', 'p4.1', 'p7']);
    expect(slideCites(slide('proposal-1'), 0)).toEqual(['p14']);
    expect(slideCites(slide('title'), 0)).toEqual(['p2.1', 'p4.1', 'p4.2', 'p5']);
    expect(slideCites(slide('sources'), 0)).toEqual([]);
    // The new figure slides cite the timeline events for their two ends; who's who, the relations it draws.
    expect(slideCites(slide('countdown'), 0)).toEqual(['p2.1', 'p2.2', 'bg:axios-letter', 'bg:ap-letter', 'p5', 'bg:wiki-doha']);
    expect(slideCites(slide('troop-drawdown'), 0)).toEqual(['bg:ap-troop-snapshot', 'bg:ap-war-by-numbers', 'bg:facts-troop-levels', 'p4.2', 'bg:ariana-2500', 'bg:ap-2500']);
    expect(slideCites(slide('whos-who'), 0)).toContain('p15');
  });
});

describe('summarizeCites', () => {
  it('collapses cites to paragraph numbers and publishers without their syndication note', () => {
    expect(summarizeCites(['p7', 'p2.1', 'p2.2', 'bg:ap-kandahar', 'bg:ap-troop-snapshot', 'bg:hindu-khalilzad-kabul', 'credit'])).toEqual({
      paragraphs: [2, 7],
      hasCredit: true,
      publishers: ['Associated Press', 'The Hindu'],
    });
  });
});

