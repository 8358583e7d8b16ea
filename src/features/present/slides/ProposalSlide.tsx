import type { ReactNode } from 'react';
import { SourceBadge } from '../../../components/SourceBadge';
import type { BriefingSlide } from '../../../content/briefing';
import { summarizeCites } from '../citeSummary';
import { slideCites, slideKicker } from '../slideModel';

interface ProposalSlideProps {
  readonly slide: Extract<BriefingSlide, { kind: 'proposal' }>;
  /** The proposal's card, composed by the app from the proposals feature. */
  readonly children: ReactNode;
}

/** One of the letter's four proposals, its card at slide size. */
export const ProposalSlide = ({ slide, children }: ProposalSlideProps) => {
  const sources = summarizeCites(slideCites(slide, 'all'));
  return (
    <div className="slide slide--proposal">
      <p className="slide__kicker">
        {slideKicker(slide)} {sources.paragraphs.length > 0 && <SourceBadge kind="article" />}{' '}
        {sources.publishers.length > 0 && <SourceBadge kind="background" />}
      </p>
      <div className="slide__card">{children}</div>
    </div>
  );
};
