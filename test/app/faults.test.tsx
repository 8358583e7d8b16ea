import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ArticlePage } from '../../src/app/ArticlePage';

// Test-only fault injection: the timeline throws while rendering.
vi.mock('../../src/features/timeline/Timeline', () => ({
  Timeline: () => {
    throw new Error('injected timeline failure');
  },
}));

describe('a failing part', () => {
  it('never blanks the page: the rest of the story still renders', () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    render(<ArticlePage />);
    const notice = screen.getByText(/This part could not be shown/);
    expect(notice.closest('section')?.id).toBe('war');
    expect(screen.getByRole('heading', { level: 1 })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'The four proposals' })).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Timeline' })).toBeNull();
    consoleError.mockRestore();
  });
});
