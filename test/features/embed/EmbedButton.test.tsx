import { screen, within } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EmbedButton } from '../../../src/features/embed/EmbedButton';
import { renderWithProviders } from '../../render';

// jsdom has no modal dialogs (no showModal, no top layer, no focus trap): the
// component then opens the <dialog> in place, which is what is checked here.
// Focus moving in and back out, Escape and the backdrop are tested in Chromium
// (test/e2e/embedDialog.test.ts).

const openDialog = async () => {
  const user = userEvent.setup();
  renderWithProviders(<EmbedButton />);
  await user.click(screen.getByRole('button', { name: 'Embed this explainer on your site' }));
  const dialog = await screen.findByRole('dialog', { name: 'Embed this explainer' });
  return { user, dialog };
};

const code = (dialog: HTMLElement) => (within(dialog).getByRole('textbox', { name: 'Embed code' }) as HTMLTextAreaElement).value;

afterEach(() => {
  vi.restoreAllMocks();
});

describe('EmbedButton', () => {
  it('is in the prerendered page (no layout shift when scripts arrive), marked as needing JavaScript', () => {
    const html = renderToString(<EmbedButton />);
    expect(html).toMatch(/^<button[^>]* data-needs-js=""/);
    expect(html).toContain('aria-haspopup="dialog"');
  });

  it('opens a dialog with the whole story and a plain iframe chosen', async () => {
    const { dialog } = await openDialog();
    expect(within(dialog).getByRole('radio', { name: 'The whole story' })).toHaveProperty('checked', true);
    expect(within(dialog).getByRole('radio', { name: 'Plain iframe' })).toHaveProperty('checked', true);
    expect(code(dialog)).toMatch(/^<iframe src="http:\/\/localhost:3000\/embed\/story\/\?embed=story" title="[^"]+" width="100%"/);
  });

  it('rebuilds the code for the chosen part, kind and colours', async () => {
    const { user, dialog } = await openDialog();
    await user.click(within(dialog).getByRole('radio', { name: 'The four proposals' }));
    await user.click(within(dialog).getByRole('radio', { name: 'pym.js' }));
    await user.click(within(dialog).getByRole('radio', { name: 'Dark' }));
    expect(code(dialog)).toContain('data-pym-src="http://localhost:3000/embed/proposals/?embed=proposals&amp;theme=dark"');
    await user.click(within(dialog).getByRole('radio', { name: 'Auto-height, no library' }));
    expect(code(dialog)).toContain("window.addEventListener('message'");
    expect(within(dialog).getByRole('link', { name: 'Preview this embed' }).getAttribute('href')).toBe(
      'http://localhost:3000/embed/proposals/?embed=proposals&theme=dark',
    );
    // Hindsight is off until asked for; on, the code and the preview both add &hindsight.
    const hindsight = within(dialog).getByRole('checkbox', { name: 'Include what happened next (later reporting)' });
    expect(hindsight).toHaveProperty('checked', false);
    expect(code(dialog)).not.toContain('hindsight');
    await user.click(hindsight);
    expect(code(dialog)).toContain('src="http://localhost:3000/embed/proposals/?embed=proposals&amp;theme=dark&amp;hindsight"');
    expect(within(dialog).getByRole('link', { name: 'Preview this embed' }).getAttribute('href')).toBe(
      'http://localhost:3000/embed/proposals/?embed=proposals&theme=dark&hindsight',
    );
    await user.click(hindsight);
    expect(code(dialog)).not.toContain('hindsight');
  });

  it('describes each choice', async () => {
    const { dialog } = await openDialog();
    expect(within(dialog).getByRole('radio', { name: 'pym.js' }).getAttribute('aria-describedby')).toBeTruthy();
    expect(within(dialog).getByRole('group', { name: 'Part to embed' })).toBeTruthy();
  });

  it('copies the code and says so', async () => {
    const { user, dialog } = await openDialog();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    await user.click(within(dialog).getByRole('button', { name: 'Copy code' }));
    expect(writeText).toHaveBeenCalledWith(code(dialog));
    expect(within(dialog).getByRole('status').textContent).toMatch(/^Copied/);
    await user.click(within(dialog).getByRole('radio', { name: 'Who’s who' }));
    expect(within(dialog).getByRole('status').textContent).toBe('');
  });

  it('selects the code and tells the reader to copy it when the clipboard is refused', async () => {
    const { user, dialog } = await openDialog();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('denied', 'NotAllowedError'));
    await user.click(within(dialog).getByRole('button', { name: 'Copy code' }));
    const text = within(dialog).getByRole('textbox', { name: 'Embed code' }) as HTMLTextAreaElement;
    expect(document.activeElement).toBe(text);
    expect(text.selectionStart).toBe(0);
    expect(text.selectionEnd).toBe(text.value.length);
    expect(within(dialog).getByRole('status').textContent).toMatch(/press Ctrl\+C/);
  });

  it('closes and gives focus back to the Embed button', async () => {
    const { user, dialog } = await openDialog();
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Embed this explainer on your site' }));
  });
});
