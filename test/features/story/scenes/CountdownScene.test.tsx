import { describe, expect, it } from 'vitest';
import { hindsightLayer } from '../../../../src/content/hindsightLayer';
import { CountdownScene } from '../../../../src/features/story/scenes/CountdownScene';
import { renderWithProviders } from '../../../render';

// The graphic is hidden from assistive technology (its cited words are in the step text), so it is read as drawn text.
describe('CountdownScene', () => {
  it('draws the March 2021 countdown alone with hindsight off', () => {
    const { container } = renderWithProviders(<CountdownScene focus="deadline" />);
    const svg = container.querySelector('svg')!;
    expect(svg.getAttribute('viewBox')).toBe('0 0 400 300');
    expect(svg.textContent).toContain('55');
    expect(svg.textContent).not.toMatch(/Later|Aug/);
  });

  it('adds, with hindsight on, a box below that says in words it is later reporting and what became of the deadline', () => {
    const { container } = renderWithProviders(<CountdownScene focus="deadline" hindsight={hindsightLayer} />);
    const svg = container.querySelector('svg')!;
    expect(svg.textContent).toContain('55');
    const box = svg.querySelector('.scene__later')!;
    expect(box.textContent).toMatch(/^Later reporting/);
    expect(box.textContent).toContain('May 1 became the withdrawal’s official start');
    expect(box.textContent).toContain('Aug 30, 2021');
    // Nothing to tab to inside a graphic hidden from assistive technology.
    expect(svg.querySelector('a, button, [tabindex]')).toBeNull();
  });
});
