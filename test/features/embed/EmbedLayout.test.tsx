import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EmbedCredit } from '../../../src/features/embed/EmbedCredit';
import { EmbedLayout } from '../../../src/features/embed/EmbedLayout';
import { renderWithProviders } from '../../render';

// jsdom is never framed (window.parent === window), so the height bridge stays off here;
// it is tested on its own (embedBridge.test.ts) and in real frames (test/e2e/embed.test.ts).
const renderLayout = () =>
  renderWithProviders(
    <EmbedLayout part="proposals" credit={<EmbedCredit part="proposals" />}>
      <h2>Part content</h2>
    </EmbedLayout>,
  );

afterEach(() => {
  vi.restoreAllMocks();
});

describe('EmbedLayout', () => {
  it('shows the part with no page chrome: no banner, navigation or footer landmark', () => {
    renderLayout();
    expect(within(screen.getByRole('main')).getByRole('heading', { name: 'Part content' })).toBeTruthy();
    expect(screen.queryByRole('banner')).toBeNull();
    expect(screen.queryByRole('navigation')).toBeNull();
    expect(screen.queryByRole('contentinfo')).toBeNull();
  });

  it('credits the explainer in one line, with its as-of date', () => {
    renderLayout();
    const credit = screen.getByText(/An explainer based on reporting by RFE\/RL/).closest('p')!;
    expect(credit.textContent).toContain('Four steps before May 1');
    expect(within(credit).getByText('March 7, 2021').getAttribute('datetime')).toBe('2021-03-07');
  });

  it('links to the same part of the full explainer in a new tab, without sending the frame’s address', () => {
    renderLayout();
    const link = screen.getByRole('link', { name: 'Open the full explainer (opens in a new tab)' });
    expect(link.getAttribute('href')).toBe('/#proposals');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')?.split(' ')).toEqual(expect.arrayContaining(['noopener', 'noreferrer']));
    expect(screen.queryByText(/Address:/)).toBeNull();
  });

  it('shows the address as text in an opaque-origin sandbox, where new tabs are blocked', () => {
    vi.spyOn(window, 'origin', 'get').mockReturnValue('null');
    renderLayout();
    expect(screen.getByText('http://localhost:3000/#proposals')).toBeTruthy();
  });
});
