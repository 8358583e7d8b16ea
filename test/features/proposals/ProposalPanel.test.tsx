import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MotionGlobalConfig } from 'framer-motion';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { proposals } from '../../../src/content/proposals';
import { ProposalCard } from '../../../src/features/proposals/ProposalCard';
import { renderWithProviders } from '../../render';

// jsdom has no matchMedia. This stand-in lets the test set the reader's reduced-motion preference;
// Motion reads it once per mount, so each test sets it before rendering. Real frames are checked
// in Chromium (test/e2e/proposals.test.ts); here Motion runs on jsdom's timer-driven frames.
let prefersReducedMotion = false;
const listeners = new Set<() => void>();
Object.defineProperty(window, 'matchMedia', {
  configurable: true,
  value: (query: string) => ({
    media: query,
    get matches() {
      return query.includes('prefers-reduced-motion') && prefersReducedMotion;
    },
    onchange: null,
    addEventListener: (_type: string, listener: () => void) => listeners.add(listener),
    removeEventListener: (_type: string, listener: () => void) => listeners.delete(listener),
    addListener: (listener: () => void) => listeners.add(listener),
    removeListener: (listener: () => void) => listeners.delete(listener),
    dispatchEvent: () => true,
  }),
});
const setReducedMotion = (value: boolean) => {
  prefersReducedMotion = value;
  listeners.forEach((listener) => listener());
};

// render.tsx makes every animation jump to its end; these tests need real (timer-driven) animations.
beforeAll(() => {
  MotionGlobalConfig.skipAnimations = false;
});
afterAll(() => {
  MotionGlobalConfig.skipAnimations = true;
  setReducedMotion(false);
});

const [summit] = proposals;

/** Renders the first card with the given setting and clicks it open. */
const openCard = async ({ prefersReducedMotion }: { prefersReducedMotion: boolean }) => {
  setReducedMotion(prefersReducedMotion);
  const user = userEvent.setup();
  renderWithProviders(<ProposalCard proposal={summit!} />);
  const button = screen.getByRole('button', { name: /A UN-organized regional summit/ });
  await user.click(button);
  return { user, button, panel: document.getElementById(button.getAttribute('aria-controls')!)! };
};
const nextFrame = () => act(() => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined))));

describe('ProposalPanel motion', () => {
  it('unfolds, then settles fully opaque, when motion is allowed; folds away before hiding', async () => {
    const { user, button, panel } = await openCard({ prefersReducedMotion: false });
    expect(panel.hidden).toBe(false);
    // On its way (the stylesheet clips it while data-phase says so), then at rest, fully opaque.
    expect(panel.dataset.phase).toBe('opening');
    await waitFor(() => expect(panel.dataset.phase).toBe('open'));
    expect(panel.style.opacity).toBe('1');

    await user.click(button);
    // It folds away before it is hidden.
    expect(panel.hidden).toBe(false);
    expect(panel.dataset.phase).toBe('closing');
    await waitFor(() => expect(panel.hidden).toBe(true));
    expect(panel.style.opacity).toBe('0');
  });

  it('opens and closes at once under reduced motion, with nothing left half-faded', async () => {
    const { user, button, panel } = await openCard({ prefersReducedMotion: true });
    expect(panel.hidden).toBe(false);
    expect(panel.dataset.phase).toBe('open');
    await nextFrame();
    await nextFrame();
    // No animation ran: nothing is faded or clipped.
    expect(panel.style.opacity).toBe('');
    expect(panel.style.height).toBe('');
    expect(screen.getByRole('region', { name: /A UN-organized regional summit/ })).toBe(panel);

    await user.click(button);
    expect(panel.hidden).toBe(true);
    expect(panel.dataset.phase).toBe('closed');
  });
});
