import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import facts from '../../../src/content/facts/us-troop-levels.json';
import { hindsightLayer } from '../../../src/content/hindsightLayer';
import { TroopTable } from '../../../src/features/timeline/TroopTable';
import { renderWithProviders } from '../../render';

// Sources are the fact sheet's, less three reports from after March 7, 2021 (see troopText.test.ts).
const later = /\((Mar|Apr) (\d+, )?2021\)/;
const expected = facts
  .filter((f) => f.kind === 'snapshot')
  .map((f) => ({ date: f.date, troops: f.troops, sources: f.sources.filter((source) => !later.test(source)) }));

describe('TroopTable', () => {
  it('starts closed, one line: “The troop figures as a table”, and opens without scripts (a native disclosure)', async () => {
    const user = userEvent.setup();
    const { container } = renderWithProviders(<TroopTable />);
    const details = container.querySelector('details')!;
    expect(details.open).toBe(false);
    expect(details.querySelector('summary')?.textContent).toBe('The troop figures as a table');
    await user.click(details.querySelector('summary')!);
    expect(details.open).toBe(true);
  });

  it('tabulates exactly the fact sheet’s troop counts, each with its sources in full', () => {
    renderWithProviders(<TroopTable />);
    expect(expected.find((e) => e.date === '2021-01-15')?.sources).toHaveLength(2);
    const table = screen.getByRole('table', { name: /U.S. troops in Afghanistan/, hidden: true }) as HTMLTableElement;
    expect(
      Array.from(table.tBodies[0]!.rows, (row) => ({
        date: row.dataset.date,
        troops: Number(row.cells[1]!.textContent!.replace(/,/g, '')),
        sources: Array.from(row.cells[2]!.querySelectorAll('li'), (li) => li.textContent),
      })),
    ).toEqual(expected);
    expect(within(table).getByRole('rowheader', { name: 'June 2011', hidden: true }).nextElementSibling?.textContent).toBe('101,000');
  });

  it('carries the series’ summary, its caveats and the sources of the figures', () => {
    const { container } = renderWithProviders(<TroopTable />);
    const details = container.querySelector('details')!;
    expect(details.textContent).toContain('rose from about 2,500 at the end of 2001 to about 100,000');
    expect(details.textContent).toContain('The Pentagon changed how it counted in August 2017');
    expect(details.textContent).toContain('Reports published after March 7, 2021 are not listed here');
    expect(within(details).getByRole('button', { name: 'Source: RFE/RL paragraph 5', hidden: true })).toBeTruthy();
  });

  it('with hindsight, gains the figures to August 30, 2021: headed Later reporting, each with its kind, note and Later marker, gaps as “No count published”', () => {
    const { container } = renderWithProviders(<TroopTable hindsight={hindsightLayer} />);
    const table = screen.getByRole('table', { name: /U.S. troops in Afghanistan/, hidden: true }) as HTMLTableElement;
    expect(table.tBodies).toHaveLength(2);
    const later = table.tBodies[1]!;
    expect(within(later).getByRole('rowheader', { name: /^Later reporting, March 14, 2021 to August 30, 2021/, hidden: true })).toBeTruthy();
    const rows = Array.from(later.rows).slice(1);
    expect(rows.map((row) => row.dataset.date)).toEqual(hindsightLayer.troops.map((p) => p.date));
    const gaps = rows.filter((row) => row.cells[1]!.textContent === 'No count published');
    expect(gaps.map((row) => row.dataset.date)).toEqual(hindsightLayer.troops.filter((p) => p.troops === null).map((p) => p.date));
    expect(rows.find((row) => row.dataset.date === '2021-08-20')!.cells[1]!.textContent).toBe('5,800 (official)');
    expect(rows.find((row) => row.dataset.date === '2021-08-12')!.cells[1]!.textContent).toBe('3,000 (target)');
    for (const row of rows) {
      expect(within(row).getAllByRole('button', { name: /^Later reporting: /, hidden: true })).toHaveLength(1);
    }
    expect(rows[0]!.textContent).toContain(hindsightLayer.troops[0]!.note);
    expect(container.querySelector('details')!.textContent).toContain('Counts after March 7, 2021 come from later reporting');
  });
});
