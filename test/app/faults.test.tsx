import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/App';
import { renderWithProviders } from '../render';

// Test-only fault injection: the timeline throws while rendering.
vi.mock('../../src/features/timeline/Timeline', () => ({
  Timeline: () => {
    throw new Error('injected timeline failure');
  },
}));

// Parts load lazily; the first transform of their modules is slow on a busy machine.
const waitLong = { timeout: 20_000 };

describe('a failing part', () => {
  it('never blanks the page: the rest of the story still renders', async () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    renderWithProviders(<App mode={{ kind: 'article', theme: null }} />);
    const notice = await screen.findByText(/This part could not be shown/, undefined, waitLong);
    expect(notice.closest('section')?.id).toBe('war');
    expect(screen.getByRole('heading', { level: 1 })).toBeTruthy();
    expect(await screen.findByRole('region', { name: 'The four proposals' }, waitLong)).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Timeline' })).toBeNull();
    consoleError.mockRestore();
  });
});
