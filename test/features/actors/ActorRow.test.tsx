import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { proposalMatrix, involvementOf } from '../../../src/features/actors/involvement';
import { ActorRow } from '../../../src/features/actors/ActorRow';
import { renderWithProviders } from '../../render';

// jsdom draws nothing, so a closed <details> still has its content in the tree: these tests check
// the open state itself, and the page's layout is checked in Chromium (test/e2e/actors.test.ts).
const rowOf = (id: string) => proposalMatrix.flatMap((group) => group.rows).find((row) => row.actor.id === id)!;

const renderRow = (id: string, isSelected = false, onToggle = vi.fn()) => {
  renderWithProviders(
    <>
      <p id="what-it-does">Highlights what involves them across the page.</p>
      <table>
        <tbody>
          <ActorRow row={rowOf(id)} isSelected={isSelected} onToggle={onToggle} toggleDescriptionId="what-it-does" />
        </tbody>
      </table>
    </>,
  );
  return onToggle;
};

// Testing Library gives <summary> no role (browsers expose it as a disclosure button), so it is found by its words:
// what a screen reader hears, "About" and then the actor's name.
const about = (name: string) =>
  screen.getByText((_, element) => element?.tagName === 'SUMMARY' && element.textContent === `About ${name}`);

describe('ActorRow', () => {
  it('is headed by a toggle named for the actor, described by what it does', async () => {
    const onToggle = renderRow('khalilzad');
    const button = screen.getByRole('button', { name: 'Zalmay Khalilzad', pressed: false, description: 'Highlights what involves them across the page.' });
    expect(button.closest('th')?.getAttribute('scope')).toBe('row');
    // The row header is the name alone, not the disclosure beside it.
    expect(screen.getByRole('rowheader', { name: 'Zalmay Khalilzad' })).toBe(button.closest('th'));
    await userEvent.setup().click(button);
    expect(onToggle).toHaveBeenCalledWith('khalilzad');
  });

  it('shows the pressed state when selected', () => {
    renderRow('khalilzad', true);
    const button = screen.getByRole('button', { name: 'Zalmay Khalilzad', pressed: true });
    expect(button.closest('tr')?.getAttribute('data-selected')).toBe('true');
  });

  it('says in each proposal’s cell whether the actor is involved', () => {
    renderRow('turkey');
    // Each cell starts with its proposal's number (shown where the column heads are not).
    expect(screen.getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['1Not involved', '2Not involved', '3Involved', '4Not involved']);
  });

  it('keeps role, words and sources behind a native disclosure named for the actor', async () => {
    renderRow('blinken');
    const disclosure = about('Antony Blinken');
    const details = disclosure.closest('details')!;
    expect(details.open).toBe(false);
    await userEvent.setup().click(disclosure);
    expect(details.open).toBe(true);
    expect(within(details).getByText(/U\.S\. secretary of state/)).toBeTruthy();
    expect(within(details).getByText(/Wrote to Ghani setting out four steps/)).toBeTruthy();
    const quote = within(details).getByText('urgent leadership');
    expect(quote.tagName).toBe('Q');
    const figure = quote.closest('figure')!;
    expect(within(figure).getByText(/Antony Blinken, as reported by The New York Times/)).toBeTruthy();
    expect(within(figure).getByRole('button', { name: 'Source: RFE/RL paragraph 7' })).toBeTruthy();
    expect(within(details).getAllByRole('button', { name: /^Source:/ }).length).toBeGreaterThan(1);
  });

  it('attributes a role only one source gives', () => {
    renderRow('minhapal');
    expect(screen.getByText(/Deputy presidential spokesman/, { selector: 'p' }).textContent).toMatch(/according to RFE\/RL/);
  });

  it('lists the timeline events that involve the actor, marking background events', async () => {
    renderRow('khalilzad');
    const found = involvementOf('khalilzad');
    const events = screen.getByText(`On the timeline: ${found.events.length} events`);
    await userEvent.setup().click(events);
    const list = events.closest('details')!;
    expect(list.open).toBe(true);
    expect(within(list).getAllByRole('listitem')).toHaveLength(found.events.length);
    expect(within(list).getByText(/Khalilzad becomes U.S. special representative/).closest('li')?.textContent).toMatch(/Background/);
    expect(within(list).getByText(/Khalilzad arrives in Kabul/).closest('li')?.textContent).toMatch(/In the article/);
  });

  it('says so when an actor is in no proposal and not on the timeline', () => {
    renderRow('ap');
    expect(screen.getAllByRole('cell').map((cell) => cell.textContent?.replace(/^\d/, ''))).toEqual(Array(4).fill('Not involved'));
    expect(screen.getByText('Not on the timeline.')).toBeTruthy();
  });
});
