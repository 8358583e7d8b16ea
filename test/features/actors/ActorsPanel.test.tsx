import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { actors } from '../../../src/content/actors';
import { hindsightLayer } from '../../../src/content/hindsightLayer';
import { ActorsPanel } from '../../../src/features/actors/ActorsPanel';
import { renderWithProviders } from '../../render';

// Role queries compute every candidate's visibility, which is slow over 22 rows on a loaded machine;
// filtering toggles by their pressed state first keeps each query to the toggles alone.
const matrix = () => screen.getByRole('table', { name: /^Everyone the article names/ });
const toggle = (name: string, pressed = false) => within(matrix()).getByRole('button', { name, pressed });
const status = () => screen.getByRole('status');

describe('ActorsPanel', () => {
  it('shows every actor the article names as one row with a toggle named for them, none pressed, and no empty-state message', () => {
    const { container } = renderWithProviders(<ActorsPanel />);
    for (const actor of actors) {
      const button = toggle(actor.name);
      expect(button.closest('tr'), actor.id).not.toBeNull();
      expect(button.getAttribute('aria-describedby'), actor.id).toBeTruthy();
    }
    expect(within(matrix()).queryAllByRole('button', { pressed: true })).toHaveLength(0);
    expect(status().textContent).toBe('');
    expect(container.querySelector('#who-is-who')).not.toBeNull();
    // Hindsight off: the panel as of March 2021, nothing later.
    expect(matrix().textContent).not.toContain('By October 2021');
    expect(container.querySelector('.badge--later, .cite--later')).toBeNull();
  });

  it('adds, with hindsight on, “By October 2021” under each actor the later reporting covers, cited, without opening anything', () => {
    renderWithProviders(<ActorsPanel hindsight={hindsightLayer} />);
    const covered = new Set(hindsightLayer.actorFates.map((fate) => fate.actor));
    expect(covered.size).toBeGreaterThan(0);
    for (const actor of actors) {
      const nameCell = toggle(actor.name).closest('th')!;
      const fate = hindsightLayer.actorFates.find((entry) => entry.actor === actor.id);
      if (fate === undefined) {
        expect(nameCell.textContent, actor.id).not.toContain('By October 2021');
        continue;
      }
      const line = within(nameCell).getByText(fate.text, { exact: false });
      expect(line.textContent, actor.id).toMatch(/^By October 2021 Later /);
      // Not inside the closed “About” disclosure.
      expect(line.closest('details'), actor.id).toBeNull();
      expect(within(line).getByRole('button', { name: /^Later reporting/ }), actor.id).toBeTruthy();
    }
    // Still one row header per actor, named for the actor alone.
    expect(within(matrix()).getByRole('rowheader', { name: 'Ashraf Ghani' })).toBe(toggle('Ashraf Ghani').closest('th'));
  });

  it('is a region named Who’s who: without a heading in the story (the section’s is shown), with one when it stands alone', () => {
    const { unmount } = renderWithProviders(<ActorsPanel />);
    expect(screen.getByRole('region', { name: 'Who’s who' }).id).toBe('who-is-who');
    expect(screen.queryAllByRole('heading')).toHaveLength(0);
    unmount();
    renderWithProviders(<ActorsPanel isStandalone />);
    const region = screen.getByRole('region', { name: 'Who’s who' });
    expect(within(region).getByRole('heading', { level: 2, name: 'Who’s who' })).toBeTruthy();
  });

  it('leaves the relations diagram to the briefing: no diagram or relations list on the page', () => {
    const { container } = renderWithProviders(<ActorsPanel />);
    expect(container.querySelector('svg')).toBeNull();
    expect(screen.queryByRole('list', { name: 'Who asks what of whom' })).toBeNull();
  });

  it('selects an actor on click, marks the row, says what is highlighted, and clears on a second click', async () => {
    const user = userEvent.setup();
    renderWithProviders(<ActorsPanel />);
    await user.click(toggle('Zalmay Khalilzad'));
    expect(toggle('Zalmay Khalilzad', true).closest('tr')?.getAttribute('data-selected')).toBe('true');
    expect(status().textContent).toMatch(/^Khalilzad: 1 proposal, 4 events, \d+ story steps$/);
    await user.click(toggle('Zalmay Khalilzad', true));
    expect(toggle('Zalmay Khalilzad', false).closest('tr')?.getAttribute('data-selected')).toBeNull();
    expect(status().textContent).toBe('');
  });

  it('keeps one selection at a time', async () => {
    const user = userEvent.setup();
    renderWithProviders(<ActorsPanel />);
    await user.click(toggle('Zalmay Khalilzad'));
    await user.click(toggle('Turkey'));
    expect(within(matrix()).getAllByRole('button', { pressed: true })).toEqual([toggle('Turkey', true)]);
  });

  it('works from the keyboard: Space toggles, Escape clears and keeps focus on the toggle', async () => {
    const user = userEvent.setup();
    renderWithProviders(<ActorsPanel />);
    toggle('Ashraf Ghani').focus();
    await user.keyboard(' ');
    expect(toggle('Ashraf Ghani', true)).toBe(document.activeElement);
    await user.keyboard('{Escape}');
    expect(toggle('Ashraf Ghani', false)).toBe(document.activeElement);
  });

  it('lets an open source note in a row take Escape first', async () => {
    const user = userEvent.setup();
    renderWithProviders(<ActorsPanel />);
    await user.click(toggle('Turkey'));
    const row = toggle('Turkey', true).closest('tr')!;
    const source = within(row).getAllByRole('button', { name: /^Source:/ })[0]!;
    await user.click(source);
    expect(within(row).getByRole('tooltip')).toBeTruthy();
    await user.keyboard('{Escape}');
    expect(within(row).queryByRole('tooltip')).toBeNull();
    expect(toggle('Turkey', true)).toBeTruthy();
    await user.keyboard('{Escape}');
    expect(toggle('Turkey', false)).toBeTruthy();
  });

  it('is controlled when the app passes the selection', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    const { rerender } = renderWithProviders(<ActorsPanel selectedActorId="qatar" onSelect={onSelect} />);
    await user.click(toggle('Iran'));
    expect(onSelect).toHaveBeenLastCalledWith('iran');
    await user.click(toggle('Qatar', true));
    expect(onSelect).toHaveBeenLastCalledWith(null);
    onSelect.mockClear();
    fireEvent.keyDown(toggle('Iran'), { key: 'Escape' });
    expect(onSelect).toHaveBeenCalledWith(null);
    // Nothing changes until the app passes the new value down.
    expect(toggle('Qatar', true)).toBeTruthy();
    act(() => rerender(<ActorsPanel selectedActorId={null} onSelect={onSelect} />));
    expect(toggle('Qatar', false)).toBeTruthy();
    onSelect.mockClear();
    fireEvent.keyDown(toggle('Iran'), { key: 'Escape' });
    expect(onSelect).not.toHaveBeenCalled();
  });
});
