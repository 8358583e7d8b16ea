import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { actorById } from '../../../src/content/cites';
import { proposals } from '../../../src/content/proposals';
import { ProposalMatrix } from '../../../src/features/actors/ProposalMatrix';
import { proposalMatrix } from '../../../src/features/actors/involvement';
import { renderWithProviders } from '../../render';

const table = () => screen.getByRole('table', { name: 'Who is involved in which proposal' });

describe('ProposalMatrix', () => {
  it('is a table with a column per proposal and a row per actor, headed by scope', () => {
    renderWithProviders(<ProposalMatrix selectedActorId={null} />);
    const columns = within(table()).getAllByRole('columnheader');
    expect(columns.map((c) => c.textContent)).toEqual(['Actor', ...proposals.map((p) => `${p.number} ${p.title}`)]);
    expect(columns.every((c) => c.getAttribute('scope') === 'col')).toBe(true);
    const rows = within(table()).getAllByRole('rowheader');
    expect(rows.map((r) => r.textContent)).toEqual(proposalMatrix.map((row) => row.actor.name));
  });

  it('says, cell by cell, what the content model says', () => {
    renderWithProviders(<ProposalMatrix selectedActorId={null} />);
    for (const row of proposalMatrix) {
      const cells = within(within(table()).getByRole('row', { name: new RegExp(`^${row.actor.name}`) })).getAllByRole('cell');
      expect(cells.map((c) => c.textContent)).toEqual(
        proposals.map((p) => ((p.who as readonly string[]).includes(row.actor.id) ? 'Involved' : 'Not involved')),
      );
    }
    const turkey = within(table()).getByRole('row', { name: /^Turkey/ });
    expect(within(turkey).getAllByRole('cell').map((c) => c.textContent)).toEqual(['Not involved', 'Not involved', 'Involved', 'Not involved']);
    // ¶17 says only that a revised proposal would be prepared, not by whom: no U.S. mark for proposal 4.
    const unitedStates = within(table()).getByRole('row', { name: /^United States/ });
    expect(within(unitedStates).getAllByRole('cell')[3]?.textContent).toBe('Not involved');
  });

  it('marks the selected actor’s row', () => {
    renderWithProviders(<ProposalMatrix selectedActorId="khalilzad" />);
    const name = actorById('khalilzad')!.name;
    expect(within(table()).getByRole('row', { name: new RegExp(`^${name}`) }).getAttribute('data-selected')).toBe('true');
    expect(within(table()).getByRole('row', { name: /^Turkey/ }).getAttribute('data-selected')).toBeNull();
  });

  it('cites the proposals’ paragraphs', () => {
    renderWithProviders(<ProposalMatrix selectedActorId={null} />);
    expect(screen.getByRole('button', { name: 'Source: RFE/RL paragraph 14' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Source: RFE/RL paragraph 17' })).toBeTruthy();
  });
});
