import { useEffect, useRef } from 'react';
import type { DeckSlide } from '../../content/briefing';
import { presentUi } from '../../content/present';
import { DeckPanel } from './DeckPanel';
import type { DrawSlide } from './SlideFrame';
import { SlideThumb } from './SlideThumb';
import { slideTitle } from './slideModel';
import { fillTemplate } from '../../lib/template';

interface OverviewPanelProps {
  readonly slides: readonly DeckSlide[];
  readonly renderSlide: DrawSlide;
  readonly current: number;
  readonly onPick: (index: number) => void;
  readonly onClose: () => void;
}

const THUMB_SCALE = 0.2;

/** Every slide as a small picture; the arrow keys move the selection, Enter or a click opens it. */
export const OverviewPanel = ({ slides, renderSlide, current, onPick, onClose }: OverviewPanelProps) => {
  const list = useRef<HTMLOListElement>(null);
  useEffect(() => {
    list.current?.querySelector<HTMLButtonElement>('[aria-current="true"]')?.focus();
  }, [current]);
  return (
    <DeckPanel title={presentUi.overviewTitle} onClose={onClose} isWide>
      <p className="deck-panel__intro">{presentUi.overviewIntro}</p>
      <ol ref={list} role="list" className="overview">
        {slides.map((slide, index) => (
          <li key={slide.id}>
            <button
              type="button"
              className="overview__item"
              aria-current={index === current ? 'true' : undefined}
              onClick={() => onPick(index)}
            >
              <SlideThumb scale={THUMB_SCALE}>{renderSlide(slide, 'all')}</SlideThumb>
              <span className="overview__caption">{fillTemplate(presentUi.overviewItem, { n: index + 1, title: slideTitle(slide) })}</span>
            </button>
          </li>
        ))}
      </ol>
    </DeckPanel>
  );
};
