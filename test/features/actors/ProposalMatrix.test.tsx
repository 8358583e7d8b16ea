import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { actorGroups, actors } from '../../../src/content/actors';
import { proposals } from '../../../src/content/proposals';
import { ProposalMatrix } from '../../../src/features/actors/ProposalMatrix';
import { renderWithProviders } from '../../render';

const CAPTION = 'Everyone the article names, by side, and which of the letter’s four proposals involve them';
const table = () => screen.getByRole('table', { name: CAPTION });
const renderMatrix = (selectedActorId: string | null = null) =>
  renderWithProviders(<ProposalMatrix selectedActorId={selectedActorId} onToggle={vi.fn()} toggleDescriptionId="what" />);
const rowOf = (name: string) => within(table()).getByRole('button', { name, pressed: false }).closest('tr')!;
const cellsOf = (row: HTMLElement) => within(row).getAllByRole('cell').map((cell) => cell.textContent?.replace(/^\d/, ''));

describe('ProposalMatrix', () => {
  it('has a column per proposal, headed by scope', () => {
    renderMatrix();
    const columns = within(table()).getAllByRole('columnheader');
    expect(columns.map((c) => c.textContent)).toEqual(['Actor', ...proposals.map((p) => `${p.number} ${p.title}`)]);
    expect(columns.every((c) => c.getAttribute('scope') === 'col')).toBe(true);
  });

  it('has one row per actor the article names, each side a row group headed in words', () => {
    renderMatrix();
    const groups = within(table()).getAllByRole('rowgroup').slice(1);
    expect(groups.map((group) => within(group).getAllByRole('rowheader')[0]?.textContent)).toEqual(actorGroups.map((g) => g.label));
    for (const [index, group] of groups.entries()) {
      const side = actors.filter((actor) => actor.group === actorGroups[index]?.id);
      // The group's toggles, in order, are exactly its actors' (each found by its accessible name).
      expect(within(group).getAllByRole('button', { pressed: false })).toEqual(
        side.map((actor) => within(group).getByRole('button', { name: actor.name, pressed: false })),
      );
    }
    expect(within(table()).getAllByRole('button', { pressed: false })).toHaveLength(actors.length);
  });

  it('says, cell by cell, what the content model says', () => {
    renderMatrix();
    for (const actor of actors) {
      expect(cellsOf(rowOf(actor.name)), actor.id).toEqual(
        proposals.map((p) => ((p.who as readonly string[]).includes(actor.id) ? 'Involved' : 'Not involved')),
      );
    }
    expect(cellsOf(rowOf('Turkey'))).toEqual(['Not involved', 'Not involved', 'Involved', 'Not involved']);
    // ¶17 says only that a revised proposal would be prepared, not by whom: no U.S. mark for proposal 4.
    expect(cellsOf(rowOf('United States'))[3]).toBe('Not involved');
    // Actors in no proposal keep their row.
    expect(cellsOf(rowOf('Reuters'))).toEqual(Array(4).fill('Not involved'));
  });

  it('marks the selected actor’s row', () => {
    renderMatrix('khalilzad');
    const pressed = within(table()).getByRole('button', { name: 'Zalmay Khalilzad', pressed: true });
    expect(pressed.closest('tr')?.getAttribute('data-selected')).toBe('true');
    expect(rowOf('Turkey').getAttribute('data-selected')).toBeNull();
  });

  it('cites the proposals’ paragraphs once, under the table', () => {
    const { container } = renderMatrix();
    const sources = container.querySelector('.matrix > .cite-list')!;
    expect(within(sources as HTMLElement).getByRole('button', { name: 'Source: RFE/RL paragraph 14' })).toBeTruthy();
    expect(within(sources as HTMLElement).getByRole('button', { name: 'Source: RFE/RL paragraph 17' })).toBeTruthy();
  });
});
