import { SourceBadge } from '../../components/SourceBadge';
import { article } from '../../content/article';
import { ui } from '../../content/site';
import type { Cite } from '../../content/types';
import { paragraphRanges, summarizeCites } from './citeSummary';

interface SlideSourcesProps {
  readonly cites: readonly Cite[];
}

/**
 * A slide's sources in one line, readable from the back of the room: the
 * article's paragraphs, then the background publishers, each marked as such.
 * Full sentences and titles are in the speaker notes and the handout.
 */
export const SlideSources = ({ cites }: SlideSourcesProps) => {
  const { paragraphs, hasCredit, publishers } = summarizeCites(cites);
  const hasArticle = paragraphs.length > 0 || hasCredit;
  if (!hasArticle && publishers.length === 0) return null;
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
    </p>
  );
};
