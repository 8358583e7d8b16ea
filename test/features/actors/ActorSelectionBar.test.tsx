import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ActorSelectionBar } from '../../../src/features/actors/ActorSelectionBar';
import { renderWithProviders } from '../../render';

// Where focus lands after a keyboard Clear needs :focus-visible, which jsdom does not track; checked in Chromium.
describe('ActorSelectionBar', () => {
  it('shows nothing while nothing is selected', () => {
    const { container } = renderWithProviders(<ActorSelectionBar selectedActorId={null} onClear={() => {}} />);
    expect(container.textContent).toBe('');
  });

  it('says what is highlighted, links back to the panel and clears', async () => {
    const user = userEvent.setup();
    const onClear = vi.fn();
    renderWithProviders(<ActorSelectionBar selectedActorId="khalilzad" onClear={onClear} />);
    expect(screen.getByText(/Khalilzad: 1 proposal, 4 events/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Back to Who’s who' }).getAttribute('href')).toBe('#who-is-who');
    await user.click(screen.getByRole('button', { name: 'Clear highlight' }));
    expect(onClear).toHaveBeenCalledTimes(1);
  });

  it('clears on Escape while focus is in it', async () => {
    const user = userEvent.setup();
    const onClear = vi.fn();
    renderWithProviders(<ActorSelectionBar selectedActorId="turkey" onClear={onClear} />);
    screen.getByRole('link', { name: 'Back to Who’s who' }).focus();
    await user.keyboard('{Escape}');
    expect(onClear).toHaveBeenCalledTimes(1);
  });

  it('is not a second live region (the panel’s status speaks)', () => {
    renderWithProviders(<ActorSelectionBar selectedActorId="turkey" onClear={() => {}} />);
    expect(screen.queryByRole('status')).toBeNull();
  });
});
