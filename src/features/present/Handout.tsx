import { memo } from 'react';
import type { BriefingSlide } from '../../content/briefing';
import { presentUi } from '../../content/present';
import { NotesList } from './NotesList';
import { SlideFrame, type RenderSlide } from './SlideFrame';
import { SlideThumb } from './SlideThumb';
import { slideTitle } from './slideModel';
import { fillTemplate } from '../../lib/template';

interface HandoutProps {
  readonly slides: readonly BriefingSlide[];
  readonly renderSlide: RenderSlide;
  readonly printsNotes: boolean;
}

const WITH_NOTES_SCALE = 0.55;

/**
 * What printing gives: one landscape page per slide, fully revealed, with
 * the notes under it when asked. Hidden on screen; print CSS shows it.
 * Memoised: moving through the deck never redraws the twelve pages.
 */
export const Handout = memo(({ slides, renderSlide, printsNotes }: HandoutProps) => (
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
              <NotesList points={slide.notes} />
            </div>
          </>
        ) : (
          <SlideFrame>{renderSlide(slide, 'all')}</SlideFrame>
        )}
      </section>
    ))}
  </div>
));
