import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { actorById } from '../../../src/content/cites';
import { ActorCard } from '../../../src/features/actors/ActorCard';
import { involvementOf } from '../../../src/features/actors/involvement';
import { renderWithProviders } from '../../render';

const renderCard = (id: string, isSelected = false, onToggle = vi.fn()) => {
  renderWithProviders(
    <>
      <p id="what-it-does">Highlights what involves them across the page.</p>
      <ul>
        <ActorCard actor={actorById(id)!} isSelected={isSelected} isDimmed={false} onToggle={onToggle} toggleDescriptionId="what-it-does" />
      </ul>
    </>,
  );
  return onToggle;
};

describe('ActorCard', () => {
  it('is headed by a toggle named for the actor, described by what it does', async () => {
    const onToggle = renderCard('khalilzad');
    const button = screen.getByRole('button', { name: 'Zalmay Khalilzad', pressed: false, description: 'Highlights what involves them across the page.' });
    expect(button.closest('h5')).not.toBeNull();
    await userEvent.setup().click(button);
    expect(onToggle).toHaveBeenCalledWith('khalilzad');
  });

  it('shows the pressed state when selected', () => {
    renderCard('khalilzad', true);
    const button = screen.getByRole('button', { name: 'Zalmay Khalilzad', pressed: true });
    expect(button.closest('li')?.getAttribute('data-selected')).toBe('true');
  });

  it('attributes a role only one source gives', () => {
    renderCard('minhapal');
    expect(screen.getByText(/Deputy presidential spokesman/, { selector: 'p' }).textContent).toMatch(/according to RFE\/RL/);
  });

  it('quotes word for word, saying who said it, who reported it and where in the article', () => {
    renderCard('blinken');
    const quote = screen.getByText('urgent leadership');
    expect(quote.tagName).toBe('Q');
    const figure = quote.closest('figure')!;
    expect(within(figure).getByText(/Antony Blinken, as reported by The New York Times/)).toBeTruthy();
    expect(within(figure).getByRole('button', { name: 'Source: RFE/RL paragraph 7' })).toBeTruthy();
  });

  it('lists the proposals and timeline events that involve the actor, marking background events', async () => {
    renderCard('khalilzad');
    const found = involvementOf('khalilzad');
    expect(screen.getByText('Proposal 2: Written proposals from Khalilzad')).toBeTruthy();
    const events = screen.getByText(`${found.events.length} events`);
    await userEvent.setup().click(events);
    const list = events.closest('details')!;
    expect(list.open).toBe(true);
    expect(within(list).getAllByRole('listitem')).toHaveLength(found.events.length);
    expect(within(list).getByText(/Khalilzad becomes U.S. special representative/).closest('li')?.textContent).toMatch(/Background/);
    expect(within(list).getByText(/Khalilzad arrives in Kabul/).closest('li')?.textContent).toMatch(/In the article/);
  });

  it('says so when an actor is in no proposal and not on the timeline', () => {
    renderCard('ap');
    expect(screen.getByText('In none of the four proposals.')).toBeTruthy();
    expect(screen.getByText('Not on the timeline.')).toBeTruthy();
  });
});
