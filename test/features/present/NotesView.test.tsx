import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { briefingSlides, hindsightSlides, type BriefingSlide } from '../../../src/content/briefing';
import { hindsightLayer } from '../../../src/content/hindsightLayer';
import { presentUi } from '../../../src/content/present';
import { resolveInlines } from '../../../src/content/cites';
import { proposals } from '../../../src/content/proposals';
import { storySteps } from '../../../src/content/story';
import { timelineEvents } from '../../../src/content/timeline';
import { NotesView } from '../../../src/features/present/NotesView';
import { PresentDeck } from '../../../src/features/present/PresentDeck';
import { slideTitle, type SlideStep } from '../../../src/features/present/slideModel';
import { renderWithProviders } from '../../render';

// Both windows in one jsdom page, linked by Node's own BroadcastChannel (same process).
// They share one window, so moves are made with each window's buttons, not the keyboard,
// which both would hear. Two real windows are tested in test/e2e/present.test.ts, and
// pairing (decks and notes of other pairs ignored) in useDeckChannel.test.tsx.
const renderSlide = (slide: BriefingSlide, step: SlideStep) => (
  <p>
    {slideTitle(slide)} · step {String(step)}
  </p>
);
const TOTAL = briefingSlides.length;
const deckPosition = () => screen.getByRole('group', { name: new RegExp(`^\\d+ of ${TOTAL}$`) }).getAttribute('aria-label');

beforeEach(() => {
  window.sessionStorage.clear();
  // Slide 8 and the three after it are the proposals: one step each.
  window.history.replaceState(null, '', '/?present&slide=9');
});
afterEach(() => {
  document.title = '';
  vi.restoreAllMocks();
});

describe('NotesView', () => {
  it('shows the current slide’s sourced notes, the next slide, the elapsed time and the clock', () => {
    render(<NotesView slides={briefingSlides} renderSlide={renderSlide} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Speaker notes' })).toBeTruthy();
    expect(screen.getByText(`Now: slide 9 of ${TOTAL}`)).toBeTruthy();
    const notes = screen.getByRole('region', { name: 'A UN-organized regional summit' });
    expect(within(notes).getAllByRole('listitem').length).toBe(briefingSlides[8]!.notes.length);
    expect(within(notes).getAllByRole('button', { name: 'Source: RFE/RL paragraph 14' }).length).toBeGreaterThan(0);
    expect(screen.getByRole('heading', { name: 'Next: Written proposals from Khalilzad' })).toBeTruthy();
    const time = screen.getByText((_, element) => element?.classList.contains('notes-view__time') ?? false);
    expect(time.textContent).toMatch(/^Elapsed 0:0\d · Time \d\d:\d\d$/);
    expect(document.title).toBe('Speaker notes: A UN-organized regional summit');
    // The keys are the presenter's to know: the notes say them; the slides never do.
    expect(screen.getByText(presentUi.keyHint)).toBeTruthy();
  });

  it('with hindsight, has the added slides and their notes: the cue, then each item with its later sources', () => {
    window.history.replaceState(null, '', '/?present&hindsight&slide=17&view=notes');
    render(<NotesView slides={briefingSlides} renderSlide={renderSlide} hindsight={hindsightLayer} />);
    const total = TOTAL + hindsightSlides.length;
    expect(screen.getByText(`Now: slide 17 of ${total}`)).toBeTruthy();
    const notes = screen.getByRole('region', { name: 'The decision and the withdrawal' });
    expect(within(notes).getByText(hindsightSlides[1].cue)).toBeTruthy();
    const points = within(notes).getAllByRole('listitem');
    expect(points).toHaveLength(4);
    for (const point of points) expect(within(point).getAllByRole('button', { name: /^Later reporting: / }).length).toBe(1);
    expect(points[0]?.textContent).toContain(hindsightLayer.events.find((e) => e.id === 'biden-withdrawal-decision')!.summary);
    expect(screen.getByRole('heading', { name: 'Next: What became of the deadline' })).toBeTruthy();
  });

  it('moves the deck that opened it, and follows it, over the channel', async () => {
    const user = userEvent.setup();
    renderWithProviders(<PresentDeck slides={briefingSlides} renderSlide={renderSlide} onExit={() => undefined} />);
    // S: the deck opens the notes window's address (with its pairing id); this page then becomes that window too.
    const open = vi.spyOn(window, 'open').mockReturnValue(window);
    await user.keyboard('s');
    window.history.replaceState(null, '', String(open.mock.calls[0]?.[0]));
    expect(window.location.search).toMatch(/^\?present&slide=9&view=notes&pair=[a-z0-9-]{8,64}$/);
    const notes = render(<NotesView slides={briefingSlides} renderSlide={renderSlide} />);
    const notesView = within(notes.container);
    expect(deckPosition()).toBe(`9 of ${TOTAL}`);

    await user.click(notesView.getByRole('button', { name: 'Next slide' }));
    await expect.poll(deckPosition).toBe(`10 of ${TOTAL}`);

    await user.click(screen.getAllByRole('button', { name: 'Next slide' })[0]!);
    await expect.poll(() => notesView.queryByText(`Now: slide 11 of ${TOTAL}`)).not.toBeNull();

    notes.unmount();
    await user.click(screen.getByRole('button', { name: 'Next slide' }));
    expect(deckPosition()).toBe(`12 of ${TOTAL}`);
  });

  it('shows a note that points at a story step as that step’s text and sources, beside the points written for the slide', () => {
    window.history.replaceState(null, '', '/?present&slide=1');
    const step = storySteps.find((s) => s.id === 'options-open')!;
    const event = timelineEvents.find((e) => e.id === 'khalilzad-kabul')!;
    const proposal = proposals.find((p) => p.id === 'turkey-meeting')!;
    const slides: BriefingSlide[] = [
      {
        id: 'made-up',
        kind: 'story',
        section: 'deadline',
        steps: ['options-open'],
        notes: [
          { ref: { kind: 'step', id: 'options-open' } },
          { text: ['Pause on the date.'], cites: ['p5'] },
          { ref: { kind: 'event', id: 'khalilzad-kabul' } },
          { ref: { kind: 'proposal', id: 'turkey-meeting', field: 'openQuestions' } },
        ],
      },
    ];
    render(<NotesView slides={slides} renderSlide={renderSlide} />);
    const notes = screen.getByRole('region', { name: 'May 1 and the last 2,500 U.S. troops' });
    const [fromStep, written, fromEvent, fromProposal] = within(notes).getAllByRole('listitem');

    // The step's own words, its quote as a quotation, and each of its sources.
    expect(fromStep!.textContent).toContain(resolveInlines(step.body).map((inline) => inline.text).join(''));
    expect(within(fromStep!).getByText(/^We have not made any decisions/).tagName).toBe('Q');
    // One marker per cited paragraph: a paragraph cited twice (two sentences) is one marker.
    const citedParagraphs = new Set(step.cites.filter((cite) => /^p\d/.test(cite)).map((cite) => cite.split('.')[0]));
    expect(within(fromStep!).getAllByRole('button', { name: /^Source: / })).toHaveLength(citedParagraphs.size);
    for (const paragraph of [12, 13]) expect(within(fromStep!).getByRole('button', { name: `Source: RFE/RL paragraph ${paragraph}` })).toBeTruthy();

    expect(written!.textContent).toMatch(/^Pause on the date\./);
    expect(within(written!).getByRole('button', { name: 'Source: RFE/RL paragraph 5' })).toBeTruthy();

    // An event is led by its date and title; a proposal field by the card's label for it.
    expect(fromEvent!.textContent).toContain(`March 1, 2021, ${event.title}: ${event.summary}`);
    expect(within(fromEvent!).getByRole('button', { name: 'Source: RFE/RL paragraph 8' })).toBeTruthy();
    expect(fromProposal!.textContent).toContain(`What the article leaves open: ${proposal.openQuestions.join(' ')}`);
    expect(within(fromProposal!).getAllByRole('button', { name: 'Source: RFE/RL paragraph 16' })).toHaveLength(1);
  });
});
