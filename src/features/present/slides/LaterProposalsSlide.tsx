import { SourceBadge } from '../../../components/SourceBadge';
import { VisuallyHidden } from '../../../components/VisuallyHidden';
import type { HindsightSlide } from '../../../content/briefing';
import type { HindsightLayer } from '../../../content/hindsightLayer';
import { proposals, proposalsUi } from '../../../content/proposals';
import { slideLaterSources } from '../hindsightSlides';
import { SlideLayout } from '../SlideLayout';
import { slideKicker, slideTitle } from '../slideModel';

interface LaterProposalsSlideProps {
  readonly slide: Extract<HindsightSlide, { kind: 'later-proposals' }>;
  readonly hindsight: HindsightLayer;
}

/**
 * Hindsight: what became of each of the letter's four proposals, under its
 * March 2021 title. The first sentence of each outcome, word for word; the
 * whole of it is in the speaker notes.
 */
export const LaterProposalsSlide = ({ slide, hindsight }: LaterProposalsSlideProps) => {
  const rows = slide.proposals.flatMap((id) => {
    const proposal = proposals.find((p) => p.id === id);
    const fate = hindsight.proposalFates.find((f) => f.proposal === id);
    return proposal && fate ? [{ proposal, fate }] : [];
  });
  return (
    <SlideLayout layout="wide" kicker={slideKicker(slide)} title={slideTitle(slide)} cites={[]} later={slideLaterSources(slide, hindsight)}>
      <ol role="list" className="slide__fates">
        {rows.map(({ proposal, fate }) => (
          <li key={proposal.id} className="slide__fate">
            <h3 className="slide__fate-title">
              <VisuallyHidden>
                {proposalsUi.numberPrefix} {proposal.number}:
              </VisuallyHidden>
              <span className="slide__proposal-number" aria-hidden="true">
                {proposal.number}
              </span>{' '}
              {proposal.title}
            </h3>
            <p className="slide__fate-text">
              <SourceBadge kind="later" /> <strong>{hindsight.ui.proposalFateLabel}:</strong> {fate.verdict}.
            </p>
          </li>
        ))}
      </ol>
    </SlideLayout>
  );
};
