import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { briefingSlides, type BriefingSlide } from '../../../src/content/briefing';
import { DECK_CHANNEL, type DeckMessage } from '../../../src/features/present/deckMessage';
import { NotesView } from '../../../src/features/present/NotesView';
import { PresentDeck } from '../../../src/features/present/PresentDeck';
import { slideTitle, type SlideStep } from '../../../src/features/present/slideModel';
import { renderWithProviders } from '../../render';

// Pairing over the channel every deck window shares. The windows under test are linked by
// Node's own BroadcastChannel (same process), as in NotesView.test.tsx; the test's own
// channel plays the other windows (another deck, its notes, a duplicate), and a round trip
// on it (a question the window under test must answer) proves everything posted before
// has been handled. Real windows: test/e2e/deckPairing.test.ts.

const renderSlide = (slide: BriefingSlide, step: SlideStep) => (
  <p>
    {slideTitle(slide)} · step {String(step)}
  </p>
);
const TOTAL = briefingSlides.length;
const OTHER_PAIR = 'other-deck-0001';

/** The test's end of the channel: everything the windows post, and a way to post as anyone. */
const openProbe = () => {
  const channel = new BroadcastChannel(DECK_CHANNEL);
  const heard: DeckMessage[] = [];
  channel.onmessage = (event: MessageEvent) => heard.push(event.data as DeckMessage);
  return { channel, heard, post: (message: unknown) => channel.postMessage(message) };
};
type Probe = ReturnType<typeof openProbe>;
let probe: Probe;

const renderDeck = () =>
  renderWithProviders(<PresentDeck slides={briefingSlides} renderSlide={renderSlide} onExit={() => undefined} />);
const deckPosition = () => screen.getByRole('group', { name: new RegExp(`^\\d+ of ${TOTAL}$`) }).getAttribute('aria-label');
const state = (from: 'deck' | 'notes', pair: string, slide: number) => ({ type: 'state', from, pair, slide, step: 0, isBlackedOut: false });

/** The deck's pairing id, from the hello it says on start-up. */
const deckPair = () =>
  waitFor(() => {
    const hello = probe.heard.find((message) => message.type === 'hello' && message.from === 'deck');
    if (hello === undefined) throw new Error('the deck has not said hello');
    return hello.pair;
  });
const statesFromDeck = (pair: string) => probe.heard.filter((m) => m.type === 'state' && m.from === 'deck' && m.pair === pair);
/** Asks the deck, as its own notes window, where it is; resolves with its answer (0-based slide). */
const askDeck = async (pair: string): Promise<number> => {
  const before = statesFromDeck(pair).length;
  probe.post({ type: 'hello', from: 'notes', pair });
  return waitFor(() => {
    const answer = statesFromDeck(pair)[before];
    if (answer?.type !== 'state') throw new Error('the deck has not answered');
    return answer.slide;
  });
};

/** Mounts the notes window at `search` (this page's address becomes the window's). */
const renderNotes = (search: string) => {
  window.history.replaceState(null, '', `/${search}`);
  const view = render(<NotesView slides={briefingSlides} renderSlide={renderSlide} />);
  return { ...view, notes: within(view.container) };
};

beforeEach(() => {
  window.sessionStorage.clear();
  window.history.replaceState(null, '', '/?present&slide=5');
  probe = openProbe();
});
afterEach(() => {
  probe.channel.close();
  vi.restoreAllMocks();
  document.title = '';
});

describe('a deck', () => {
  it('opened with slide=5 stays on 5 when other decks and their notes answer, or send moves', async () => {
    renderDeck();
    const pair = await deckPair();
    // What every other window of the site would have said to the bug's hello, and then some.
    probe.post(state('deck', OTHER_PAIR, 1));
    probe.post(state('notes', OTHER_PAIR, 1));
    probe.post(state('deck', pair, 1)); // a deck with the same id (a duplicated tab) is not a partner either
    probe.post({ type: 'state', slide: 1, step: 0, isBlackedOut: false }); // an unpaired (v1-shaped) message
    expect(await askDeck(pair)).toBe(4);
    expect(deckPosition()).toBe(`5 of ${TOTAL}`);
    expect(window.location.search).toBe('?present&slide=5');
  });

  it('answers a hello from its own notes window only', async () => {
    renderDeck();
    const pair = await deckPair();
    probe.post({ type: 'hello', from: 'notes', pair: OTHER_PAIR });
    probe.post({ type: 'hello', from: 'deck', pair });
    probe.post({ type: 'hello', from: 'notes', pair: 'NOT-A-PAIR' });
    expect(await askDeck(pair)).toBe(4);
    expect(probe.heard.filter((m) => m.type === 'state')).toHaveLength(1);
  });

  it('follows its own notes window, in slide, step and blackout', async () => {
    const { container } = renderDeck();
    const pair = await deckPair();
    probe.post({ type: 'state', from: 'notes', pair, slide: 2, step: 2, isBlackedOut: true });
    await expect.poll(deckPosition).toBe(`3 of ${TOTAL}`);
    expect(within(container).getByText('A blunt letter to Kabul · step 2')).toBeTruthy();
    expect(container.querySelector('.deck-blackout')).not.toBeNull();
  });

  it('keeps its pairing id for the tab, so a reloaded deck keeps its notes window; another tab gets another', async () => {
    const first = renderDeck();
    const pair = await deckPair();
    first.unmount();
    probe.heard.length = 0;
    const reloaded = renderDeck();
    expect(await deckPair()).toBe(pair);
    reloaded.unmount();
    window.sessionStorage.clear(); // a new tab starts with empty session storage
    probe.heard.length = 0;
    renderDeck();
    const fresh = await deckPair();
    expect(fresh).not.toBe(pair);
    expect(fresh).toMatch(/^[a-z0-9-]{8,64}$/);
  });
});

describe('a notes window', () => {
  it('opened by S follows its own deck and moves it, and ignores another deck', async () => {
    const user = userEvent.setup();
    // Slide 6 reveals nothing, so one press moves a whole slide; slide 7 reveals three points.
    window.history.replaceState(null, '', '/?present&slide=6');
    renderDeck();
    const open = vi.spyOn(window, 'open').mockReturnValue(window);
    await user.keyboard('s');
    const address = new URL(String(open.mock.calls[0]?.[0]), window.location.href);
    const pair = address.searchParams.get('pair') ?? '';
    const { notes } = renderNotes(address.search);
    expect(notes.getByText(`Now: slide 6 of ${TOTAL}`)).toBeTruthy();
    expect(notes.getByText('Moves here move the slides, and the slides move these notes.')).toBeTruthy();

    // Another deck moves: this notes window stays, and the deck with it.
    probe.post(state('deck', OTHER_PAIR, 10));
    probe.post({ type: 'hello', from: 'deck', pair }); // its own deck "restarts": the notes window asks it where it is
    await waitFor(() => expect(probe.heard.some((m) => m.type === 'hello' && m.from === 'notes' && m.pair === pair)).toBe(true));
    expect(notes.getByText(`Now: slide 6 of ${TOTAL}`)).toBeTruthy();

    // Its own deck moves: it follows; it moves: its deck follows.
    await user.click(screen.getAllByRole('button', { name: 'Next slide' })[0]!);
    await expect.poll(() => notes.queryByText(new RegExp(`^Now: slide 7 of ${TOTAL}`))).not.toBeNull();
    // Slide 7 reveals three points: the third press from the notes takes the deck to slide 8.
    for (const point of [2, 3]) {
      await user.click(notes.getByRole('button', { name: 'Next slide' }));
      await expect.poll(() => notes.queryByText(`Now: slide 7 of ${TOTAL} · Point ${point} of 3`)).not.toBeNull();
    }
    await user.click(notes.getByRole('button', { name: 'Next slide' }));
    await expect.poll(deckPosition).toBe(`8 of ${TOTAL}`);
  });

  it.each([
    ['no pairing id', '?present&slide=6&view=notes'],
    ['a malformed pairing id', '?present&slide=6&view=notes&pair=BAD%20ID%3Cb%3E'],
    ['a too short pairing id', '?present&slide=6&view=notes&pair=abc'],
  ])('opened by hand with %s follows no deck and moves none', async (_, search) => {
    const user = userEvent.setup();
    window.history.replaceState(null, '', '/?present&slide=6');
    renderDeck();
    const pair = await deckPair();
    const { notes } = renderNotes(search);
    expect(notes.queryByText('Moves here move the slides, and the slides move these notes.')).toBeNull();
    expect(notes.queryByText(/BroadcastChannel/)).toBeNull();

    await user.click(notes.getByRole('button', { name: 'Next slide' }));
    expect(notes.getByText(new RegExp(`^Now: slide 7 of ${TOTAL}`))).toBeTruthy();
    await user.click(screen.getAllByRole('button', { name: 'Previous slide' })[0]!);
    expect(await askDeck(pair)).toBe(4);
    expect(deckPosition()).toBe(`5 of ${TOTAL}`);
    expect(notes.getByText(new RegExp(`^Now: slide 7 of ${TOTAL}`))).toBeTruthy();
    expect(probe.heard.filter((m) => m.from === 'notes')).toEqual([]);
  });
});
