import { SourceBadge } from '../../components/SourceBadge';
import { article } from '../../content/article';
import { ui } from '../../content/site';
import type { ResolvedCite } from '../../content/cites';
import type { Cite } from '../../content/types';
import { fillTemplate } from '../../lib/template';
import { presentUi } from '../../content/present';
import { laterPublishers, MAX_SLIDE_PUBLISHERS, paragraphRanges, summarizeCites } from './citeSummary';

interface SlideSourcesProps {
  readonly cites: readonly Cite[];
  /** Later reporting, resolved by the hindsight layer (only the slides it adds have any). */
  readonly later?: readonly ResolvedCite[];
}

/**
 * A slide's sources in one line, readable from the back of the room: the
 * article's paragraphs, then the background publishers, then the publishers
 * of later reporting, each group marked as such in words.
 * Full sentences and titles are in the speaker notes and the handout.
 */
export const SlideSources = ({ cites, later = [] }: SlideSourcesProps) => {
  const { paragraphs, hasCredit, publishers } = summarizeCites(cites);
  const latePublishers = laterPublishers(later);
  const hasArticle = paragraphs.length > 0 || hasCredit;
  if (!hasArticle && publishers.length === 0 && latePublishers.length === 0) return null;
  return (
    <p className="slide-sources">
      <span className="slide-sources__label">{ui.citesLabel}</span>
      {hasArticle && (
        <span className="slide-sources__group">
          <SourceBadge kind="article" /> {article.publisherShort}{' '}
          {paragraphs.length > 0 && `${ui.paragraphMark}${paragraphRanges(paragraphs)}`}
          {hasCredit && (paragraphs.length > 0 ? `; ${ui.citeCreditLine}` : ui.citeCreditLine)}
        </span>
      )}
      {publishers.length > 0 && (
        <span className="slide-sources__group">
          <SourceBadge kind="background" /> {publishers.join(' · ')}
        </span>
      )}
      {latePublishers.length > 0 && (
        <span className="slide-sources__group">
          <SourceBadge kind="later" /> {latePublishers.slice(0, MAX_SLIDE_PUBLISHERS).join(' · ')}
          {latePublishers.length > MAX_SLIDE_PUBLISHERS && ` ${fillTemplate(presentUi.laterMore, { n: latePublishers.length - MAX_SLIDE_PUBLISHERS })}`}
        </span>
      )}
    </p>
  );
};
