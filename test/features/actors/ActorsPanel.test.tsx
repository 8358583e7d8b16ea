import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { actorRelations, actors } from '../../../src/content/actors';
import { ActorsPanel } from '../../../src/features/actors/ActorsPanel';
import { renderWithProviders } from '../../render';

// Role queries compute every candidate's visibility, which is slow over 22 cards on a loaded machine;
// filtering toggles by their pressed state first keeps each query to the toggles alone.
const panel = () => screen.getByRole('region', { name: 'Who’s who' });
const toggle = (name: string, pressed = false) => within(panel()).getByRole('button', { name, pressed });
const status = () => within(panel()).getByRole('status');

describe('ActorsPanel', () => {
  it('shows every actor the article names as a toggle named for them, none pressed', () => {
    renderWithProviders(<ActorsPanel />);
    const region = panel();
    for (const actor of actors) {
      const button = within(region).getByRole('button', { name: actor.name, pressed: false });
      expect(button.getAttribute('aria-describedby'), actor.id).toBeTruthy();
    }
    expect(within(region).queryAllByRole('button', { pressed: true })).toHaveLength(0);
    expect(status().textContent).toBe('Nothing is highlighted.');
  });

  it('groups the actors under headings, in the issue’s order', () => {
    renderWithProviders(<ActorsPanel />);
    const headings = within(panel())
      .getAllByRole('heading', { level: 4 })
      .map((h) => h.textContent);
    expect(headings).toEqual(
      expect.arrayContaining(['United States', 'Afghan government', 'Taliban', 'Regional powers named for the proposed UN summit', 'Venues of the talks', 'International bodies', 'News organisations']),
    );
  });

  it('selects an actor on click, says what is highlighted, and clears on a second click', async () => {
    const user = userEvent.setup();
    renderWithProviders(<ActorsPanel />);
    await user.click(toggle('Zalmay Khalilzad'));
    expect(toggle('Zalmay Khalilzad', true)).toBeTruthy();
    expect(status().textContent).toMatch(/^Khalilzad: 1 proposal, 4 events, \d+ story steps$/);
    await user.click(toggle('Zalmay Khalilzad', true));
    expect(toggle('Zalmay Khalilzad', false)).toBeTruthy();
    expect(status().textContent).toBe('Nothing is highlighted.');
  });

  it('keeps one selection at a time', async () => {
    const user = userEvent.setup();
    renderWithProviders(<ActorsPanel />);
    await user.click(toggle('Zalmay Khalilzad'));
    await user.click(toggle('Turkey'));
    expect(within(panel()).getAllByRole('button', { pressed: true })).toEqual([toggle('Turkey', true)]);
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

  it('lets an open source note take Escape first', async () => {
    const user = userEvent.setup();
    renderWithProviders(<ActorsPanel />);
    await user.click(toggle('Turkey'));
    const card = toggle('Turkey', true).closest('li')!;
    const source = within(card).getAllByRole('button', { name: /^Source:/ })[0]!;
    await user.click(source);
    expect(within(card).getByRole('tooltip')).toBeTruthy();
    await user.keyboard('{Escape}');
    expect(within(card).queryByRole('tooltip')).toBeNull();
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

  it('shows the relations as a numbered list, with the diagram hidden from assistive technology', async () => {
    const user = userEvent.setup();
    const { container } = renderWithProviders(<ActorsPanel />);
    const list = within(panel()).getByRole('list', { name: 'Who asks what of whom' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(actorRelations.length);
    expect(items[0]?.textContent).toMatch(/Blinken wrote to Ghani/);
    expect(container.querySelector('svg.relations__diagram')?.getAttribute('aria-hidden')).toBe('true');
    await user.click(toggle('Turkey'));
    const dimmed = items.map((item) => item.getAttribute('data-dimmed'));
    expect(dimmed).toEqual(actorRelations.map((r) => (r.id === 'turkey-meeting' ? null : 'true')));
  });
});
