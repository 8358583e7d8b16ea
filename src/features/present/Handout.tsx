import { memo } from 'react';
import type { DeckSlide } from '../../content/briefing';
import type { HindsightLayer } from '../../content/hindsightLayer';
import { slideNotes } from './hindsightSlides';
import { presentUi } from '../../content/present';
import { NotesList } from './NotesList';
import { SlideFrame, type DrawSlide } from './SlideFrame';
import { SlideThumb } from './SlideThumb';
import { slideTitle } from './slideModel';
import { fillTemplate } from '../../lib/template';

interface HandoutProps {
  readonly slides: readonly DeckSlide[];
  readonly renderSlide: DrawSlide;
  /** Resolves the notes of the slides the hindsight layer adds. */
  readonly hindsight: HindsightLayer | null;
  readonly printsNotes: boolean;
}

const WITH_NOTES_SCALE = 0.55;

/**
 * What printing gives: one landscape page per slide, fully revealed, with
 * the notes under it when asked. Hidden on screen; print CSS shows it.
 * Memoised: moving through the deck never redraws the twelve pages.
 */
export const Handout = memo(({ slides, renderSlide, hindsight, printsNotes }: HandoutProps) => (
  <div className="handout" data-notes={printsNotes ? 'true' : undefined}>
    {slides.map((slide, index) => (
      <section key={slide.id} className="handout__page" aria-label={fillTemplate(presentUi.overviewItem, { n: index + 1, title: slideTitle(slide) })}>
        {printsNotes ? (
          <>
            <SlideThumb scale={WITH_NOTES_SCALE}>{renderSlide(slide, 'all')}</SlideThumb>
            <div className="handout__notes">
              <h2 className="handout__notes-title">
                {fillTemplate(presentUi.overviewItem, { n: index + 1, title: slideTitle(slide) })} · {presentUi.notesHandoutHeading}
              </h2>
              <NotesList notes={slideNotes(slide, hindsight)} cue={'cue' in slide ? slide.cue : undefined} />
            </div>
          </>
        ) : (
          <SlideFrame>{renderSlide(slide, 'all')}</SlideFrame>
        )}
      </section>
    ))}
  </div>
));
