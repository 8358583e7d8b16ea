import { briefingSlides } from '../content/briefing';
import { NotesView } from '../features/present/NotesView';
import { PresentDeck } from '../features/present/PresentDeck';
import { renderBriefingSlide } from './BriefingSlide';
import type { DeckView } from './mode';

interface PresentViewProps {
  readonly view: DeckView;
  readonly onExit: () => void;
}

/** Present mode: the audience deck, or the speaker notes window that follows it. Loaded on demand. */
export const PresentView = ({ view, onExit }: PresentViewProps) =>
  view === 'notes' ? (
    <NotesView slides={briefingSlides} renderSlide={renderBriefingSlide} />
  ) : (
    <PresentDeck slides={briefingSlides} renderSlide={renderBriefingSlide} onExit={onExit} />
  );
