import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { proposals } from '../../../src/content/proposals';
import { ProposalsScene } from '../../../src/features/proposals/ProposalsScene';
import { renderWithProviders } from '../../render';

// The scene is drawn for the eye (the steps carry its text alternative), so it is read by its words here.
// Layout and contrast in a real browser are checked in Chromium (test/e2e/graphics.test.ts).
const summitNames = ['U.S.', 'Russia', 'China', 'Pakistan', 'Iran', 'India'];

/** The layer (one per proposal) that draws `text`. */
const layerOf = (text: string) => screen.getByText(text).closest('.pscene__layer') as HTMLElement;
const isShown = (layer: HTMLElement) => layer.style.opacity !== '0';

describe('ProposalsScene', () => {
  it('starts with the UN and the six countries of the proposed summit, and nothing else yet', () => {
    renderWithProviders(<ProposalsScene focus="un-summit" />);
    const summit = layerOf('UN');
    expect(isShown(summit)).toBe(true);
    expect(summit.dataset.current).toBe('true');
    for (const name of summitNames) expect(summit.textContent).toContain(name);
    expect(summit.textContent).toContain('proposed');
    for (const later of ['Khalilzad', 'A senior-level meeting in Turkey', '90 days · no start date given']) expect(isShown(layerOf(later))).toBe(false);
  });

  it('adds Khalilzad between Ghani’s government and the Taliban on the second step, the summit stepping back', () => {
    renderWithProviders(<ProposalsScene focus="written-proposals" />);
    const written = layerOf('Khalilzad');
    expect(isShown(written)).toBe(true);
    expect(written.dataset.current).toBe('true');
    for (const part of ['Ghani’s government', 'Taliban', 'written proposals']) expect(written.textContent).toContain(part);
    expect(layerOf('UN').dataset.current).toBe('false');
    expect(isShown(layerOf('UN'))).toBe(true);
    expect(isShown(layerOf('A senior-level meeting in Turkey'))).toBe(false);
  });

  it('ends with every proposal drawn: the meeting in Turkey, and a 90-day bar with no start date beside the 55 days to May 1', () => {
    const { container } = renderWithProviders(<ProposalsScene focus="violence-reduction" />);
    const layers = Array.from(container.querySelectorAll<HTMLElement>('.pscene__layer'));
    expect(layers).toHaveLength(proposals.length);
    expect(layers.every(isShown)).toBe(true);
    expect(layers.map((layer) => layer.dataset.current)).toEqual(['false', 'false', 'false', 'true']);
    expect(layerOf('90 days · no start date given').textContent).toContain('no start date given');
    expect(layerOf('90 days · no start date given').textContent).toContain('Mar 7 → May 1: 55 days');
    expect(container.textContent).toContain('in Turkey');
    expect(container.textContent).not.toMatch(/invited|hosted by/i);
  });

  it('draws the 90-day bar longer than the 55 days left, to one scale', () => {
    const { container } = renderWithProviders(<ProposalsScene focus="violence-reduction" />);
    const [bar, axis] = [container.querySelector('.pscene__bar')!, container.querySelector('.pscene__axis')!];
    const width = (el: Element) => Number(el.getAttribute('width'));
    expect(width(axis) / width(bar)).toBeCloseTo(55 / 90, 2);
  });
});
