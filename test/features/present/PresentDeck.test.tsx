import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { briefingSlides, hindsightSlides, type BriefingSlide } from '../../../src/content/briefing';
import { hindsightLayer } from '../../../src/content/hindsightLayer';
import { storySteps } from '../../../src/content/story';
import { PresentDeck } from '../../../src/features/present/PresentDeck';
import { slideTitle, type SlideStep } from '../../../src/features/present/slideModel';
import { renderWithProviders } from '../../render';

// The deck on its own, with a stand-in for the slides' content (the app's composition is
// tested in test/app/PresentView.test.tsx). Layout, scaling, swipes, full screen and
// printing need a real browser: test/e2e/present.test.ts.
const renderSlide = (slide: BriefingSlide, step: SlideStep) => (
  <p>
    {slideTitle(slide)} · step {String(step)}
  </p>
);
const TOTAL = briefingSlides.length;

const renderDeck = (onExit = vi.fn()) => {
  const user = userEvent.setup();
  const view = renderWithProviders(<PresentDeck slides={briefingSlides} renderSlide={renderSlide} onExit={onExit} />);
  return { user, onExit, ...view };
};
const currentSlide = () => screen.getByRole('group', { name: new RegExp(`^\\d+ of ${TOTAL}$`) });
const liveRegion = () => screen.getByRole('status');
const search = () => window.location.search;

beforeEach(() => {
  window.history.replaceState(null, '', '/?present');
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('PresentDeck', () => {
  it('is a labelled carousel showing slide 1 with its counter, and takes focus', () => {
    renderDeck();
    const region = screen.getByRole('region', { name: 'Briefing slides' });
    expect(region.getAttribute('aria-roledescription')).toBe('carousel');
    expect(currentSlide().getAttribute('aria-label')).toBe(`1 of ${TOTAL}`);
    expect(currentSlide().getAttribute('aria-roledescription')).toBe('slide');
    expect(screen.getByText(`1 / ${TOTAL}`)).toBeTruthy();
    expect(document.activeElement).toBe(region);
    expect(search()).toBe('?present&slide=1');
  });

  it('moves through reveals and slides with the keymap, and the URL and live region follow', async () => {
    const { user } = renderDeck();
    await user.keyboard('{ArrowRight}');
    // Slide 2, the key points, shows everything at once; the story slide after it reveals its steps.
    expect(currentSlide().getAttribute('aria-label')).toBe(`2 of ${TOTAL}`);
    expect(liveRegion().textContent).toBe(`Slide 2 of ${TOTAL}: Key points`);
    await user.keyboard('{ArrowRight}');
    expect(currentSlide().getAttribute('aria-label')).toBe(`3 of ${TOTAL}`);
    expect(within(currentSlide()).getByText('A blunt letter to Kabul · step 0')).toBeTruthy();
    expect(liveRegion().textContent).toBe(`Slide 3 of ${TOTAL}: A blunt letter to Kabul. Point 1 of 3`);
    await user.keyboard('{PageDown}[Space]n');
    expect(currentSlide().getAttribute('aria-label')).toBe(`4 of ${TOTAL}`);
    expect(search()).toBe('?present&slide=4');
    await user.keyboard('{PageUp}');
    expect(within(currentSlide()).getByText('A blunt letter to Kabul · step 2')).toBeTruthy();
    await user.keyboard('{End}');
    expect(currentSlide().getAttribute('aria-label')).toBe(`${TOTAL} of ${TOTAL}`);
    expect(search()).toBe(`?present&slide=${TOTAL}`);
    await user.keyboard('{Home}');
    expect(currentSlide().getAttribute('aria-label')).toBe(`1 of ${TOTAL}`);
  });

  it('jumps to a typed number on Enter, showing what was typed', async () => {
    const { user } = renderDeck();
    await user.keyboard('1');
    expect(screen.getByText('Go to slide 1…')).toBeTruthy();
    await user.keyboard('1{Enter}');
    expect(currentSlide().getAttribute('aria-label')).toBe(`11 of ${TOTAL}`);
  });

  it('opens on the slide named in the URL, and falls back to the nearest one', () => {
    window.history.replaceState(null, '', '/?present&slide=5');
    const first = renderDeck();
    expect(currentSlide().getAttribute('aria-label')).toBe(`5 of ${TOTAL}`);
    first.unmount();
    window.history.replaceState(null, '', '/?present&slide=1e309');
    renderDeck();
    expect(currentSlide().getAttribute('aria-label')).toBe(`${TOTAL} of ${TOTAL}`);
    expect(search()).toBe(`?present&slide=${TOTAL}`);
  });

  it('blacks out on B and back on full stop (or B again); other keys wait meanwhile', async () => {
    const { user, container } = renderDeck();
    await user.keyboard('b');
    expect(liveRegion().textContent).toMatch(/blacked out/);
    expect(container.querySelector('.deck-blackout')).not.toBeNull();
    await user.keyboard('{ArrowRight}');
    expect(currentSlide().getAttribute('aria-label')).toBe(`1 of ${TOTAL}`);
    await user.keyboard('.');
    expect(container.querySelector('.deck-blackout')).toBeNull();
    await user.keyboard('{ArrowRight}');
    expect(currentSlide().getAttribute('aria-label')).toBe(`2 of ${TOTAL}`);
  });

  it('shows the keys on ?, lists the keymap, and gives focus back on Escape', async () => {
    const { user } = renderDeck();
    await user.keyboard('?');
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(within(dialog).getAllByRole('row')).toHaveLength(11);
    expect(within(dialog).getByRole('cell', { name: 'Black out the screen, or bring it back' })).toBeTruthy();
    expect(dialog.contains(document.activeElement)).toBe(true);
    await user.keyboard('{ArrowRight}');
    expect(currentSlide().getAttribute('aria-label')).toBe(`1 of ${TOTAL}`);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('region', { name: 'Briefing slides' }));
  });

  it('picks a slide from the overview (Escape or O), focus on the current one', async () => {
    const { user } = renderDeck();
    await user.keyboard('o');
    const dialog = screen.getByRole('dialog', { name: 'All slides' });
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: /^Slide 1:/ }));
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: /^Slide 2:/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Slide 11: A senior-level meeting in Turkey' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(currentSlide().getAttribute('aria-label')).toBe(`11 of ${TOTAL}`);
  });

  it('has buttons for everything the keys do, and an exit', async () => {
    const { user, onExit } = renderDeck();
    await user.click(screen.getByRole('button', { name: 'Next slide' }));
    expect(currentSlide().getAttribute('aria-label')).toBe(`2 of ${TOTAL}`);
    await user.click(screen.getByRole('button', { name: 'Previous slide' }));
    expect(currentSlide().getAttribute('aria-label')).toBe(`1 of ${TOTAL}`);
    await user.click(screen.getByRole('button', { name: 'Keyboard shortcuts' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Close' }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Keyboard shortcuts' }));
    await user.click(screen.getByRole('button', { name: 'Exit presentation' }));
    expect(onExit).toHaveBeenCalledOnce();
  });

  it('offers a link when the browser blocks the notes window, paired with this deck like the window', async () => {
    const open = vi.spyOn(window, 'open').mockReturnValue(null);
    const { user } = renderDeck();
    await user.keyboard('{ArrowRight}s');
    const notesUrl = expect.stringMatching(/^\/\?present&slide=2&view=notes&pair=[a-z0-9-]{8,64}$/);
    expect(open).toHaveBeenCalledWith(notesUrl, 'explainer-notes', expect.any(String));
    const dialog = screen.getByRole('dialog', { name: 'Speaker notes' });
    expect(within(dialog).getByRole('link', { name: 'Open the speaker notes' }).getAttribute('href')).toBe(open.mock.calls[0]?.[0]);
  });

  it('prints a handout of every slide, with the notes when asked', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const { user, container } = renderDeck();
    await user.click(screen.getByRole('button', { name: 'Print handout' }));
    await user.click(screen.getByRole('checkbox', { name: 'Include the speaker notes under each slide' }));
    await user.click(screen.getByRole('button', { name: 'Print' }));
    expect(print).toHaveBeenCalledOnce();
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    const pages = container.querySelectorAll('.handout__page');
    expect(pages).toHaveLength(TOTAL);
    expect(container.querySelector('.handout')?.getAttribute('data-notes')).toBe('true');
    // Slide 3's notes: a point written for it, and the text of a story step one of its points names.
    expect(pages[2]?.textContent).toContain('Stress whose words these are');
    expect(pages[2]?.textContent).toContain(storySteps.find((step) => step.id === 'letter-confirmed')!.body[0]);
  });

  it('with hindsight, adds its slides before the sources, each marked later reporting, and keeps &hindsight in its addresses', async () => {
    expect(TOTAL).toBe(16);
    const open = vi.spyOn(window, 'open').mockReturnValue(null);
    window.history.replaceState(null, '', '/?present&hindsight&slide=16');
    const user = userEvent.setup();
    const { container } = renderWithProviders(
      <PresentDeck slides={briefingSlides} renderSlide={renderSlide} onExit={vi.fn()} hindsight={hindsightLayer} />,
    );
    const total = TOTAL + hindsightSlides.length;
    const slideAt = () => screen.getByRole('group', { name: new RegExp(`^\\d+ of ${total}$`) });
    expect(search()).toBe('?present&hindsight&slide=16');
    for (const [offset, added] of hindsightSlides.entries()) {
      expect(slideAt().getAttribute('aria-label')).toBe(`${16 + offset} of ${total}`);
      expect(within(slideAt()).getByRole('heading', { name: added.title })).toBeTruthy();
      expect(within(slideAt()).getByText('What happened next — later reporting')).toBeTruthy();
      // The sources line along the bottom names the later reporting, marked Later in words.
      const sources = slideAt().querySelector('.slide-sources');
      expect(within(sources as HTMLElement).getByText('Later')).toBeTruthy();
      expect(sources?.textContent).not.toMatch(/In the article|Background/);
      await user.keyboard('{ArrowRight}');
    }
    expect(within(slideAt()).getByText('Sources · step 0')).toBeTruthy();
    expect(search()).toBe(`?present&hindsight&slide=${total}`);
    // The notes window's address keeps the flag, so its notes include the added slides.
    await user.keyboard('{ArrowLeft}s');
    expect(open).toHaveBeenCalledWith(expect.stringMatching(new RegExp(`^/\\?present&hindsight&slide=${total - 1}&view=notes&pair=`)), 'explainer-notes', expect.any(String));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Close' }));
    await user.keyboard('o');
    expect(within(screen.getByRole('dialog', { name: 'All slides' })).getByRole('button', { name: 'Slide 17: The decision and the withdrawal' })).toBeTruthy();
    await user.keyboard('{Escape}');
    await user.click(screen.getByRole('button', { name: 'Print handout' }));
    await user.click(screen.getByRole('checkbox', { name: 'Include the speaker notes under each slide' }));
    await user.keyboard('{Escape}');
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    // The handout has every slide, the added ones with their notes: the cue, then each fate in full with its sources.
    const pages = container.querySelectorAll('.handout__page');
    expect(pages).toHaveLength(total);
    expect(pages[15]?.textContent).toContain(hindsightSlides[0].cue);
    expect(pages[15]?.textContent).toContain(hindsightLayer.proposalFates[0]!.text);
    expect(pages[16]?.textContent).toContain('April 14, 2021');
  });

  it('leaves keys alone while typing in a field, and with Ctrl held', () => {
    renderDeck();
    const input = document.createElement('input');
    document.body.append(input);
    input.focus();
    fireEvent.keyDown(input, { key: 'ArrowRight' });
    fireEvent.keyDown(document.body, { key: 'ArrowRight', ctrlKey: true });
    expect(currentSlide().getAttribute('aria-label')).toBe(`1 of ${TOTAL}`);
    input.remove();
  });
});
