import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import facts from '../../../src/content/facts/us-troop-levels.json';
import { TroopLevels } from '../../../src/features/timeline/TroopLevels';
import { renderWithProviders } from '../../render';

const countRows = () => {
  const figure = screen.getByRole('figure', { name: 'U.S. troops in Afghanistan' });
  const rows = within(within(figure).getByRole('list', { name: /since the Doha agreement/ })).getAllByRole('listitem');
  return { figure, rows: rows.slice(0, -1), deadline: rows[rows.length - 1]! };
};

describe('TroopLevels', () => {
  it('lists every count since the Doha agreement, exactly as the fact sheet gives it, then the May 1 deadline', () => {
    renderWithProviders(<TroopLevels />);
    const { figure, rows, deadline } = countRows();
    const expected = facts.filter((f) => f.kind === 'snapshot' && f.date >= '2020-02');
    expect(rows.map((row) => [row.dataset.date, Number(row.children[1]!.textContent!.replace(/,/g, ''))])).toEqual(
      expected.map((f) => [f.date, f.troops]),
    );
    // What the reader sees in each row: the date, the count, and a bar scaled to the first count.
    expect(rows.map((row) => [row.children[0]!.textContent, row.children[1]!.textContent, (row.children[2] as HTMLElement).style.transform])).toEqual([
      ['February 29, 2020', '13,000', 'scaleX(1.0000)'],
      ['July 13, 2020', '8,600', 'scaleX(0.6615)'],
      ['November 17, 2020', '4,500', 'scaleX(0.3462)'],
      ['December 22, 2020', '4,000', 'scaleX(0.3077)'],
      ['January 15, 2021', '2,500', 'scaleX(0.1923)'],
    ]);
    expect(deadline.textContent).toMatch(/^May 1, 2021Deadline for the last U.S. troops/);
    expect(within(figure).getByRole('button', { name: 'Source: RFE/RL paragraph 5' })).toBeTruthy();
  });

  it('names each count’s sources as the fact sheet does, without addresses or reports from after March 7, 2021', () => {
    renderWithProviders(<TroopLevels />);
    const { rows } = countRows();
    // Three reports of the January 2021 count came out later (see troopText.test.ts).
    const later = /\((Mar|Apr) (\d+, )?2021\)/;
    const expected = facts
      .filter((f) => f.kind === 'snapshot' && f.date >= '2020-02')
      .map((f) => `Sources: ${f.sources.filter((source) => !later.test(source)).map((source) => source.split(' — http')[0]).join('; ')}`);
    expect(rows.map((row) => row.children[3]!.textContent)).toEqual(expected);
    expect(rows[0]!.children[3]!.textContent).toBe(
      "Sources: Associated Press / Military Times, 'All U.S. Troops to Leave Afghanistan in 14 Months if Taliban Meets Commitments' " +
        "(Feb 29, 2020), via Small Wars Journal; The Media Line, report on USFOR-A statement (Mar 10, 2020); AFP, 'Afghan war, by numbers' " +
        '(Feb 21, 2020), via C4Defence',
    );
  });
});
