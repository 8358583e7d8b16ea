import { SourceBadge } from '../../../components/SourceBadge';
import type { HindsightSlide } from '../../../content/briefing';
import type { HindsightLayer } from '../../../content/hindsightLayer';
import { unknowns } from '../../../content/story';
import { firstSentence, slideLaterSources } from '../hindsightSlides';
import { SlideLayout } from '../SlideLayout';
import { slideKicker, slideTitle } from '../slideModel';

interface LaterAnswersSlideProps {
  readonly slide: Extract<HindsightSlide, { kind: 'later-answers' }>;
  readonly hindsight: HindsightLayer;
}

/**
 * Hindsight: the questions the briefing said to watch, each with the first
 * sentence of its answer, word for word; the whole answer is in the notes.
 */
export const LaterAnswersSlide = ({ slide, hindsight }: LaterAnswersSlideProps) => {
  const rows = slide.unknowns.flatMap((id) => {
    const unknown = unknowns.find((u) => u.id === id);
    const answer = hindsight.unknownAnswers.find((a) => a.unknown === id);
    return unknown && answer ? [{ unknown, answer }] : [];
  });
  return (
    <SlideLayout layout="wide" kicker={slideKicker(slide)} title={slideTitle(slide)} cites={[]} later={slideLaterSources(slide, hindsight)}>
      <ul role="list" className="slide__questions slide__questions--answered">
        {rows.map(({ unknown, answer }) => (
          <li key={unknown.id} className="slide__question">
            {unknown.question}
            <span className="slide__answer">
              <SourceBadge kind="later" /> <strong>{hindsight.ui.unknownAnswerLabel}:</strong> {firstSentence(answer.text)}
            </span>
          </li>
        ))}
      </ul>
    </SlideLayout>
  );
};
