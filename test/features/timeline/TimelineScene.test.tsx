import { describe, expect, it } from 'vitest';
import { TimelineScene } from '../../../src/features/timeline/TimelineScene';
import { timelineEvents } from '../../../src/content/timeline';
import { renderWithProviders } from '../../render';

// The scene is hidden from assistive technology (each step carries a text alternative),
// so it is read here by its drawing. Transitions are checked in Chromium.
describe('TimelineScene', () => {
  it('draws every event on the axis and highlights the step’s events, with their dates and titles', () => {
    const { container } = renderWithProviders(<TimelineScene focusEvents={['doha-agreement', 'talks-open']} />);
    expect(container.querySelectorAll('circle')).toHaveLength(timelineEvents.length);
    expect(container.querySelectorAll('.scene__dot--focus')).toHaveLength(2);
    const text = container.textContent ?? '';
    expect(text).toContain('February 29, 2020');
    expect(text).toContain('U.S.–Taliban agreement signed in Doha');
    expect(text).toContain('Government–Taliban talks open in Qatar');
    expect(text).not.toContain('Bonn Agreement signed');
  });

  it('names its bands and year values, marks the stretched axis, and draws no troop curve (the deadline section does)', () => {
    const { container } = renderWithProviders(<TimelineScene focusEvents={['war-begins']} />);
    const texts = Array.from(container.querySelectorAll('text'), (text) => text.textContent ?? '');
    expect(texts).toEqual(expect.arrayContaining(['Combat mission', 'Training mission', 'Doha timetable', '2001', '2010', '2020', 'May 1, 2021']));
    expect(texts.some((text) => /^Last 15 months drawn \d+ times wider$/.test(text))).toBe(true);
    expect(container.querySelector('.scene__break')).not.toBeNull();
    expect(container.querySelector('.scene__area')).toBeNull();
    expect(texts.some((text) => /\d+k$|troops/i.test(text))).toBe(false);
  });

  it('places the highlight over the step’s events on the same focus + context axis as the timeline', () => {
    const { container, rerender } = renderWithProviders(<TimelineScene focusEvents={['war-begins']} />);
    const dotX = (id: string) => {
      const index = timelineEvents.findIndex((event) => event.id === id);
      return Number(container.querySelectorAll('circle')[index]!.getAttribute('cx'));
    };
    // The last 15 months take 45% of the axis: the letter sits far right of mid-2020.
    expect(dotX('letter-reported') - dotX('talks-open')).toBeGreaterThan(50);
    expect(dotX('war-begins')).toBeLessThan(30);
    rerender(<TimelineScene focusEvents={['khalilzad-kabul', 'letter-reported']} />);
    expect(container.querySelectorAll('.scene__dot--focus')).toHaveLength(2);
  });
});
