import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import facts from '../../fixtures/facts/us-troop-levels.json';
import { TroopLevels } from '../../../src/features/timeline/TroopLevels';
import { renderWithProviders } from '../../render';

describe('TroopLevels', () => {
  it('lists every count since the Doha agreement, exactly as the fact sheet gives it, then the May 1 deadline', () => {
    renderWithProviders(<TroopLevels />);
    const figure = screen.getByRole('figure', { name: 'U.S. troops in Afghanistan' });
    const rows = within(within(figure).getByRole('list', { name: /since the Doha agreement/ })).getAllByRole('listitem');
    const expected = facts.filter((f) => f.kind === 'snapshot' && f.date >= '2020-02');
    expect(rows.slice(0, -1).map((row) => [row.dataset.date, Number(row.children[1]!.textContent!.replace(/,/g, ''))])).toEqual(
      expected.map((f) => [f.date, f.troops]),
    );
    expect(expected.map((f) => f.troops)).toEqual([13000, 8600, 4500, 4000, 2500]);
    expect(rows[rows.length - 1]!.textContent).toMatch(/^May 1, 2021Deadline for the last U.S. troops/);
    expect(rows[0]!.textContent).toContain('Sources: Associated Press / Military Times');
    expect(within(figure).getByRole('button', { name: 'Source: RFE/RL paragraph 5' })).toBeTruthy();
  });
});
