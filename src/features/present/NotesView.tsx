import { useEffect, useReducer, useRef, useState } from 'react';
import type { BriefingSlide } from '../../content/briefing';
import type { HindsightLayer } from '../../content/hindsightLayer';
import { slideNotes } from './hindsightSlides';
import { presentUi } from '../../content/present';
import { formatClock, formatElapsed } from './clock';
import { actionFor } from './deckCommands';
import type { DeckLink } from './deckMessage';
import { deckReducer } from './deckReducer';
import { initDeck } from './deckState';
import type { KeyIntent } from './keymap';
import { NotesList } from './NotesList';
import type { RenderSlide } from './SlideFrame';
import { SlideThumb } from './SlideThumb';
import { slideStepCount, slideTitle } from './slideModel';
import { parsePairParam } from './slideUrl';
import { fillTemplate } from '../../lib/template';
import { useDeckChannel } from './useDeckChannel';
import { useDeckKeys } from './useDeckKeys';
import { useDeckSlides } from './useDeckSlides';
import { useNow } from './useNow';
import { useSlideUrl } from './useSlideUrl';

interface NotesViewProps {
  readonly slides: readonly BriefingSlide[];
  readonly renderSlide: RenderSlide;
  /** The hindsight layer (`?present&hindsight&view=notes`): the notes of the slides it adds, as the deck has them. */
  readonly hindsight?: HindsightLayer | null;
}

const NOTES_KEYS = new Set(['next', 'prev', 'first', 'last', 'blackout']);

/** Paired with the deck named in `&pair=`; opened by hand (no valid id), it follows no deck and moves none. */
const linkFromUrl = (): DeckLink | null => {
  const pair = parsePairParam(window.location.search);
  return pair === null ? null : { role: 'notes', pair };
};

/**
 * The presenter's window (`?present&view=notes`): this slide's notes, the
 * next slide, elapsed time and the clock. It drives the deck that opened it
 * (`&pair=`) and follows it.
 */
export const NotesView = ({ slides: briefing, renderSlide, hindsight = null }: NotesViewProps) => {
  const { all: slides, draw: renderSlideAt } = useDeckSlides(briefing, renderSlide, hindsight);
  const [state, dispatch] = useReducer(deckReducer, slides, (all) => initDeck(all.map(slideStepCount)));
  const now = useNow();
  const [startedAt, setStartedAt] = useState(now);
  const main = useRef<HTMLElement>(null);
  useSlideUrl(state.slide, slides.length, dispatch);
  const [link] = useState(linkFromUrl);
  const isLinked = useDeckChannel(state, dispatch, link);
  useEffect(() => main.current?.focus({ preventScroll: true }), []);
  const handleIntent = (intent: KeyIntent): boolean => {
    const action =
      intent.command === 'jump'
        ? intent.digit === null
          ? ({ type: 'commit' } as const)
          : ({ type: 'digit', digit: intent.digit } as const)
        : NOTES_KEYS.has(intent.command)
          ? actionFor(intent.command, state.overlay)
          : null;
    if (action === null) return false;
    dispatch(action);
    return true;
  };
  useDeckKeys(handleIntent, state.typed !== '');

  const slide = slides[state.slide];
  const next = slides[state.slide + 1];
  useEffect(() => {
    if (slide !== undefined) document.title = fillTemplate(presentUi.notesWindowTitle, { title: slideTitle(slide) });
  }, [slide]);
  if (slide === undefined) return null;
  const steps = slideStepCount(slide);

  return (
    <main ref={main} className="notes-view" tabIndex={-1} aria-labelledby="notes-view-title">
      <header className="notes-view__head">
        <h1 id="notes-view-title" className="notes-view__title">
          {presentUi.notesHeading}
        </h1>
        <p className="notes-view__position" aria-live="polite">
          {fillTemplate(presentUi.notesCurrent, { n: state.slide + 1, total: slides.length })}
          {steps > 1 && ` · ${fillTemplate(presentUi.stepPosition, { n: state.step + 1, total: steps })}`}
        </p>
        <p className="notes-view__time">
          {presentUi.notesElapsed} <strong>{formatElapsed(now - startedAt)}</strong> · {presentUi.notesClock}{' '}
          <strong>{formatClock(new Date(now))}</strong>
        </p>
        <button type="button" className="deck-button deck-button--text" onClick={() => setStartedAt(Date.now())}>
          {presentUi.notesResetTimer}
        </button>
        <p className="notes-view__keys">{presentUi.keyHint}</p>
      </header>
      {state.isBlackedOut && <p className="notes-view__alert">{presentUi.notesBlackedOut}</p>}
      {link !== null && !isLinked && <p className="notes-view__alert">{presentUi.notesUnavailable}</p>}
      <section className="notes-view__notes" aria-labelledby="notes-view-slide">
        <h2 id="notes-view-slide">{slideTitle(slide)}</h2>
        <NotesList notes={slideNotes(slide, hindsight)} cue={'cue' in slide ? slide.cue : undefined} />
      </section>
      <aside className="notes-view__side">
        <SlideThumb scale={0.3}>{renderSlideAt(slide, state.step)}</SlideThumb>
        <h2 className="notes-view__next">
          {presentUi.notesNext}: {next === undefined ? presentUi.notesNextNone : slideTitle(next)}
        </h2>
        {next !== undefined && <SlideThumb scale={0.3}>{renderSlideAt(next, 0)}</SlideThumb>}
        <p className="notes-view__buttons">
          <button type="button" className="deck-button deck-button--text" onClick={() => dispatch({ type: 'prev' })}>
            {presentUi.buttons.prev}
          </button>
          <button type="button" className="deck-button deck-button--text" onClick={() => dispatch({ type: 'next' })}>
            {presentUi.buttons.next}
          </button>
        </p>
        {isLinked && <p className="notes-view__hint">{presentUi.notesSync}</p>}
      </aside>
    </main>
  );
};
