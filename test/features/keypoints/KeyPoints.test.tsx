import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { keyPoints } from '../../../src/content/keyPoints';
import { KeyPoints } from '../../../src/features/keypoints/KeyPoints';
import { renderWithProviders } from '../../render';

describe('KeyPoints', () => {
  it('names its region by its heading and lists four to six points, each ending with its source markers', () => {
    renderWithProviders(<KeyPoints />);
    const region = screen.getByRole('region', { name: 'Key points' });
    expect(within(region).getByRole('heading', { level: 2, name: 'Key points' })).toBeTruthy();
    const items = within(region).getAllByRole('listitem');
    expect(items).toHaveLength(keyPoints.length);
    expect(items.length).toBeGreaterThanOrEqual(4);
    expect(items.length).toBeLessThanOrEqual(6);
    for (const item of items) expect(within(item).getAllByRole('button', { name: /^Source/ }).length).toBeGreaterThan(0);
    // The summit point: its one cite is the paragraph that names the six governments.
    const summit = items[keyPoints.findIndex((point) => point.id === 'who')]!;
    expect(within(summit).getByRole('button', { name: 'Source: RFE/RL paragraph 14' })).toBeTruthy();
  });
});
