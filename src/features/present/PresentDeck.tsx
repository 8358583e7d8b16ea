import { useEffect, useReducer, useRef, useState } from 'react';
import type { BriefingSlide } from '../../content/briefing';
import type { HindsightLayer } from '../../content/hindsightLayer';
import { presentUi } from '../../content/present';
import { site } from '../../content/site';
import { replaceUrl } from '../../lib/url';
import { DeckBar, type DeckButton } from './DeckBar';
import { actionFor } from './deckCommands';
import type { DeckLink } from './deckMessage';
import { deckPairId } from './deckPair';
import { deckReducer } from './deckReducer';
import { acceptsAction, initDeck } from './deckState';
import { DeckStage } from './DeckStage';
import { Handout } from './Handout';
import { HelpPanel } from './HelpPanel';
import type { DeckCommand, KeyIntent } from './keymap';
import { notesHref, openNotesWindow } from './notesWindow';
import { OverviewPanel } from './OverviewPanel';
import { PopupBlockedPanel } from './PopupBlockedPanel';
import { PrintPanel } from './PrintPanel';
import type { RenderSlide } from './SlideFrame';
import { slideAnnouncement, slideStepCount } from './slideModel';
import { articleSearch } from './slideUrl';
import { fillTemplate } from '../../lib/template';
import { useDeckChannel } from './useDeckChannel';
import { useDeckSlides } from './useDeckSlides';
import { useDeckKeys } from './useDeckKeys';
import { useFocusReturn } from './useFocusReturn';
import { useFullscreen } from './useFullscreen';
import { useHandoutReady } from './useHandoutReady';
import { useSlideUrl } from './useSlideUrl';

interface PresentDeckProps {
  readonly slides: readonly BriefingSlide[];
  /** Draws a slide's content; the app composes it from the feature components. */
  readonly renderSlide: RenderSlide;
  readonly onExit: () => void;
  /** The hindsight layer (`?present&hindsight`): adds its slides before the sources slide. Null: the briefing as of March 2021. */
  readonly hindsight?: HindsightLayer | null;
}

/**
 * The briefing deck (WAI-ARIA carousel): keys, clicker, swipe and buttons move
 * it; the URL, the speaker notes window and a polite live region follow.
 */
export const PresentDeck = ({ slides: briefing, renderSlide, onExit, hindsight = null }: PresentDeckProps) => {
  const { all: slides, draw } = useDeckSlides(briefing, renderSlide, hindsight);
  const [state, dispatch] = useReducer(deckReducer, slides, (all) => initDeck(all.map(slideStepCount)));
  const region = useRef<HTMLDivElement>(null);
  const fullscreen = useFullscreen();
  const isHandoutReady = useHandoutReady();
  const [printsNotes, setPrintsNotes] = useState(false);
  const [link] = useState<DeckLink>(() => ({ role: 'deck', pair: deckPairId() }));
  useSlideUrl(state.slide, slides.length, dispatch);
  useDeckChannel(state, dispatch, link);
  useFocusReturn(state.overlay !== 'none', region);
  useEffect(() => region.current?.focus({ preventScroll: true }), []);

  const isIdle = !state.isBlackedOut && state.overlay === 'none';
  /** Runs a command; false when the deck's state lets it do nothing right now. */
  const run = (command: DeckCommand): boolean => {
    if (command === 'fullscreen' && isIdle) fullscreen.toggle();
    if (command === 'notes' && isIdle && !openNotesWindow(state.slide, link.pair)) dispatch({ type: 'toggle', overlay: 'popup-blocked' });
    if (command === 'fullscreen' || command === 'notes') return isIdle;
    const action = actionFor(command, state.overlay);
    if (action === null || !acceptsAction(state, action)) return false;
    dispatch(action);
    return true;
  };
  const handleIntent = (intent: KeyIntent): boolean => {
    if (intent.command !== 'jump') return run(intent.command);
    const action = intent.digit === null ? ({ type: 'commit' } as const) : ({ type: 'digit', digit: intent.digit } as const);
    dispatch(action);
    return acceptsAction(state, action);
  };
  useDeckKeys(handleIntent, state.typed !== '');
  const handleButton = (button: DeckButton) => {
    if (button === 'exit') {
      const { pathname, search, hash } = window.location;
      replaceUrl(`${pathname}${articleSearch(search)}${hash}`);
      onExit();
    }
    else if (button === 'print') dispatch({ type: 'toggle', overlay: 'print' });
    else run(button);
  };
  const print = () => {
    dispatch({ type: 'close' });
    try {
      window.print();
    } catch {
      // Printing can be switched off (kiosk, sandbox); the panel has said what it would do.
    }
  };

  const slide = slides[state.slide];
  if (slide === undefined) return null;
  const total = slides.length;
  const close = () => dispatch({ type: 'close' });

  return (
    <main className="deck">
      <h1 className="visually-hidden">{fillTemplate(presentUi.deckHeading, { title: site.shortTitle })}</h1>
      <div ref={region} className="deck__region" role="region" aria-roledescription="carousel" aria-label={presentUi.deckLabel} tabIndex={-1}>
        <DeckStage
          slideKey={slide.id}
          label={fillTemplate(presentUi.slidePosition, { n: state.slide + 1, total })}
          direction={state.direction}
          animates={state.origin !== 'initial'}
          isInert={state.overlay !== 'none'}
          onSwipe={(command) => isIdle && dispatch({ type: command })}
          slide={draw(slide, state.step)}
          bar={
            <DeckBar
              position={state.slide + 1}
              total={total}
              typed={state.typed}
              isFullscreenAvailable={fullscreen.isAvailable}
              isFullscreen={fullscreen.isActive}
              onButton={handleButton}
            />
          }
        >
          {state.overlay === 'overview' && (
            <OverviewPanel
              slides={slides}
              renderSlide={draw}
              current={state.slide}
              onPick={(index) => {
                dispatch({ type: 'goto', slide: index });
                close();
              }}
              onClose={close}
            />
          )}
          {state.overlay === 'help' && <HelpPanel onClose={close} />}
          {state.overlay === 'print' && (
            <PrintPanel printsNotes={printsNotes} onPrintsNotesChange={setPrintsNotes} onPrint={print} onClose={close} />
          )}
          {state.overlay === 'popup-blocked' && <PopupBlockedPanel href={notesHref(state.slide, link.pair)} onClose={close} />}
        </DeckStage>
      </div>
      {state.isBlackedOut && <div className="deck-blackout" aria-hidden="true" onClick={() => dispatch({ type: 'blackout' })} />}
      <p className="visually-hidden" role="status" aria-live="polite">
        {state.isBlackedOut ? presentUi.blackedOut : slideAnnouncement(slide, state.slide, state.step, total)}
      </p>
      {isHandoutReady && <Handout slides={slides} renderSlide={draw} hindsight={hindsight} printsNotes={printsNotes} />}
    </main>
  );
};
