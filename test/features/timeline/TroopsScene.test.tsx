import { describe, expect, it } from 'vitest';
import { hindsightLayer } from '../../../src/content/hindsightLayer';
import { TroopsScene } from '../../../src/features/timeline/TroopsScene';
import { renderWithProviders } from '../../render';

// The scene is hidden from assistive technology (its step carries a text
// alternative), so it is read here by its drawing; sizes and contrast are measured in Chromium (graphics.test.ts).
describe('TroopsScene', () => {
  it('labels the gridlines, the peak from the data and the step’s count, and names the stretched axis', () => {
    const { container } = renderWithProviders(<TroopsScene focusDate="2021-01-15" />);
    const texts = Array.from(container.querySelectorAll('text'), (text) => text.textContent);
    expect(texts).toEqual(expect.arrayContaining(['25k', '50k', '75k', '100k', 'Peak: 101,000 (Jun 2011)', '2,500', 'January 15, 2021']));
    expect(texts.some((text) => /times wider/.test(text ?? ''))).toBe(true);
    expect(container.querySelector('.scene__break')).not.toBeNull();
    expect(texts).toContain('May 2021');
    expect(container.querySelector('.scene__later')).toBeNull();
  });

  it('with hindsight, runs on to August 2021: the later figures dashed, an inset of their own, the gap named, no count invented', () => {
    const { container } = renderWithProviders(<TroopsScene focusDate="2021-01-15" hindsight={hindsightLayer} />);
    const texts = Array.from(container.querySelectorAll('text'), (text) => text.textContent);
    expect(texts).toEqual(expect.arrayContaining(['Aug 2021', 'Later reporting', 'Mar–Aug 2021', 'No countpublished', '3k', '6k', '2,500']));
    expect(texts.some((text) => /^Last 19 months drawn \d+ times wider$/.test(text ?? ''))).toBe(true);
    // Two runs of counts, broken at the gap, on the main chart and in the inset: four dashed lines, plus the key's sample.
    expect(container.querySelectorAll('path.scene__later-line')).toHaveLength(4);
    expect(container.querySelectorAll('.scene__gap')).toHaveLength(1);
    const marks = container.querySelectorAll('.scene__later-dot, .scene__later-target');
    expect(marks).toHaveLength(hindsightLayer.troops.filter((p) => p.troops !== null).length);
    expect(container.querySelectorAll('.scene__later-dot--reported').length).toBeGreaterThan(0);
  });
});
