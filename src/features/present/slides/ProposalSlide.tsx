import { RichText } from '../../../components/RichText';
import { VisuallyHidden } from '../../../components/VisuallyHidden';
import { article } from '../../../content/article';
import type { BriefingSlide } from '../../../content/briefing';
import { resolveInlines } from '../../../content/cites';
import { presentUi } from '../../../content/present';
import { proposals, proposalsUi as ui } from '../../../content/proposals';
import { ui as siteUi } from '../../../content/site';
import { SlideLayout } from '../SlideLayout';
import { slideCites, slideKicker } from '../slideModel';

interface ProposalSlideProps {
  readonly slide: Extract<BriefingSlide, { kind: 'proposal' }>;
}

/**
 * One of the letter's four proposals, for a room: the ask, who, where and
 * when (a fact the article does not give is left out, not filled), the
 * letter's words and the aim. Nothing to click: sources run along the bottom.
 */
export const ProposalSlide = ({ slide }: ProposalSlideProps) => {
  const proposal = proposals.find((p) => p.id === slide.proposal);
  if (proposal === undefined) return null;
  const facts = [
    { label: ui.who, value: proposal.whoLabel },
    { label: ui.where, value: proposal.where },
    { label: ui.when, value: proposal.when },
  ].filter((fact) => !fact.value.startsWith(presentUi.notStated));
  const [quote] = resolveInlines([{ quote: proposal.quote }]);
  return (
    <SlideLayout
      layout="wide"
      kicker={slideKicker(slide)}
      title={
        <>
          <VisuallyHidden>
            {ui.numberPrefix} {proposal.number}:
          </VisuallyHidden>
          <span className="slide__proposal-number" aria-hidden="true">
            {proposal.number}
          </span>{' '}
          {proposal.title}
        </>
      }
      cites={slideCites(slide, 'all')}
    >
      <div className="slide__proposal">
        <div className="slide__proposal-main">
          <p className="slide__proposal-ask">{proposal.ask}</p>
          <dl className="slide__facts">
            {facts.map((fact) => (
              <div key={fact.label} className="slide__fact">
                <dt>{fact.label}</dt>
                <dd>{fact.value}</dd>
              </div>
            ))}
          </dl>
        </div>
        <dl className="slide__facts slide__facts--side">
          {quote?.kind === 'quote' && (
            <div className="slide__fact">
              <dt>{ui.lettersWords}</dt>
              <dd>
                <blockquote className="slide__quote">
                  <p>
                    <RichText inlines={[quote]} />
                  </p>
                </blockquote>
                <p className="slide__attribution">
                  {siteUi.quoteAttributionPrefix} {quote.speaker}, {ui.quoteAttribution} {article.publisherShort}
                </p>
              </dd>
            </div>
          )}
          <div className="slide__fact">
            <dt>{ui.aim}</dt>
            <dd>{proposal.aim}</dd>
          </div>
        </dl>
      </div>
    </SlideLayout>
  );
};
