import { briefingSlides } from '../content/briefing';
import type { HindsightLayer } from '../content/hindsightLayer';
import { NotesView } from '../features/present/NotesView';
import { PresentDeck } from '../features/present/PresentDeck';
import { MotionProvider } from '../lib/MotionProvider';
import '../features/present/present.css';
import { renderBriefingSlide } from './BriefingSlide';
import type { DeckView } from './mode';

interface PresentViewProps {
  readonly view: DeckView;
  readonly onExit: () => void;
  /** Loaded before the deck mounts (`&hindsight`): its slide count is fixed at mount, and `?slide=` may point past 14. */
  readonly hindsight?: HindsightLayer | null;
}

/** Present mode: the audience deck, or the speaker notes window that follows it. Loaded on demand. */
export const PresentView = ({ view, onExit, hindsight = null }: PresentViewProps) => (
  // Motion comes with the deck's chunk: article readers never download it up front.
  <MotionProvider>
    {view === 'notes' ? (
      <NotesView slides={briefingSlides} renderSlide={renderBriefingSlide} hindsight={hindsight} />
    ) : (
      <PresentDeck slides={briefingSlides} renderSlide={renderBriefingSlide} onExit={onExit} hindsight={hindsight} />
    )}
  </MotionProvider>
);
