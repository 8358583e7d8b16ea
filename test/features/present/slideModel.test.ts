import { describe, expect, it } from 'vitest';
import { briefingSlides, hindsightSlides } from '../../../src/content/briefing';
import { hindsightLayer } from '../../../src/content/hindsightLayer';
import { keyPoints } from '../../../src/content/keyPoints';
import { deckSlides, firstSentence, slideLaterSources, slideNotes } from '../../../src/features/present/hindsightSlides';
import { lastShownStep, slideAnnouncement, slideCites, slideGraphic, slideKicker, slideStepCount, slideTitle } from '../../../src/features/present/slideModel';
import { summarizeCites } from '../../../src/features/present/citeSummary';

const slide = (id: string) => briefingSlides.find((s) => s.id === id)!;

describe('slideModel', () => {
  it('titles every slide from the content it points at', () => {
    expect(briefingSlides.map(slideTitle)).toEqual([
      'Four steps before May 1',
      'Key points',
      'A blunt letter to Kabul',
      '55 days to May 1, 2021',
      'Twenty years of war, in brief',
      'From about 100,000 U.S. troops to 2,500',
      'May 1 and the last 2,500 U.S. troops',
      'Where the diplomacy would happen',
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
    expect(briefingSlides.map(slideStepCount)).toEqual([1, 1, 3, 1, 8, 1, 3, 3, 1, 1, 1, 1, 1, 3, 1, 1]);
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
    // The key points slide: the title's next slide, its sources every point's, once each.
    expect(briefingSlides[1]?.id).toBe('key-points');
    expect(slideTitle(slide('key-points'))).toBe('Key points');
    expect(slideCites(slide('key-points'), 'all')).toEqual([...new Set(keyPoints.flatMap((point) => point.cites))]);
    // The new figure slides cite the timeline events for their two ends; who's who, the relations it draws.
    expect(slideCites(slide('countdown'), 0)).toEqual(['p2.1', 'p2.2', 'bg:ap-letter', 'bg:nyt-letter', 'p5', 'bg:wiki-doha']);
    expect(slideCites(slide('troop-drawdown'), 0)).toEqual(['bg:ap-troop-snapshot', 'bg:ap-war-by-numbers', 'bg:facts-troop-levels', 'p4.2', 'bg:ariana-2500', 'bg:ap-2500']);
    expect(slideCites(slide('whos-who'), 0)).toContain('p15');
  });
});

describe('hindsight slides', () => {
  it('are added only with the layer, before the closing sources slide', () => {
    expect(deckSlides(briefingSlides, null)).toBe(briefingSlides);
    expect(deckSlides(briefingSlides, null)).toHaveLength(16);
    const ids = deckSlides(briefingSlides, hindsightLayer).map((s) => s.id);
    expect(ids).toHaveLength(16 + hindsightSlides.length);
    expect(ids.slice(-7)).toEqual(['watch', 'later-proposals', 'later-withdrawal', 'later-deadline', 'later-answers', 'later-answers-more', 'sources']);
  });

  it('say they are hindsight, take one step, and cite later reporting only, on the slide and in every note', () => {
    for (const added of hindsightSlides) {
      expect(slideKicker(added)).toBe('What happened next — later reporting');
      expect(slideTitle(added)).toBe(added.title);
      expect(slideStepCount(added)).toBe(1);
      expect(slideCites(added, 'all')).toEqual([]);
      const sources = slideLaterSources(added, hindsightLayer);
      expect(sources.length).toBeGreaterThan(0);
      expect(sources.every((c) => c.kind === 'later')).toBe(true);
      const notes = slideNotes(added, hindsightLayer);
      expect(notes).toHaveLength(added.notes.length);
      for (const note of notes) {
        expect(note.lead).toBeTruthy();
        expect(note.sources.length).toBeGreaterThan(0);
        expect(note.sources.every((c) => c.kind === 'later')).toBe(true);
      }
    }
    expect(slideNotes(hindsightSlides[1], hindsightLayer).map((n) => n.lead)).toEqual([
      'April 14, 2021, Biden announces the full withdrawal; NATO follows',
      'May 1, 2021, The final U.S. withdrawal formally begins',
      'August 15, 2021, The Taliban enter Kabul; Ghani leaves the country',
      'August 30, 2021, The last U.S. aircraft leaves Kabul',
    ]);
    expect(slideNotes(hindsightSlides[0], null)).toEqual([]);
    expect(slideLaterSources(slide('news'), hindsightLayer)).toEqual([]);
  });

  it('shorten a text to its first sentence, word for word, never at an initial', () => {
    expect(firstSentence('Delivered but never agreed. Khalilzad’s team gave a draft.')).toBe('Delivered but never agreed.');
    expect(firstSentence('The U.S. had left at 3:29 p.m. U.S. Eastern time. Then more.')).toBe('The U.S. had left at 3:29 p.m. U.S. Eastern time.');
    expect(firstSentence('No. On April 14 Biden said so.')).toBe('No.');
    expect(firstSentence('No full stop')).toBe('No full stop');
    for (const text of [...hindsightLayer.proposalFates, ...hindsightLayer.unknownAnswers].map((f) => f.text)) {
      expect(text.startsWith(firstSentence(text))).toBe(true);
    }
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

