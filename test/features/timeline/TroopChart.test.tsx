import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { TroopChart } from '../../../src/features/timeline/TroopChart';
import { renderWithProviders } from '../../render';

// The timeline embed's one troop chart: the deadline section's scene, named by its heading, the table as its caption.
describe('TroopChart', () => {
  it('is a figure named by its heading, with the troop curve at the latest count and the table in its caption', () => {
    renderWithProviders(<TroopChart headingLevel={2} />);
    const figure = screen.getByRole('figure', { name: 'U.S. troops in Afghanistan' });
    expect(within(figure).getByRole('heading', { level: 2, name: 'U.S. troops in Afghanistan' })).toBeTruthy();
    const scene = figure.querySelector('svg.scene--troops')!;
    expect(scene.closest('[aria-hidden="true"]')).not.toBeNull();
    const texts = Array.from(scene.querySelectorAll('text'), (text) => text.textContent);
    expect(texts).toEqual(expect.arrayContaining(['Peak: 101,000 (Jun 2011)', '2,500', 'January 15, 2021']));
    expect(figure.querySelector('figcaption details summary')?.textContent).toBe('The troop figures as a table');
  });
});
