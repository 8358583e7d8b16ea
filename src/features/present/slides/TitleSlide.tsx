import type { BriefingSlide } from '../../../content/briefing';
import { site, ui } from '../../../content/site';
import { formatDate } from '../../../lib/dates';
import { SlideSources } from '../SlideSources';

interface TitleSlideProps {
  readonly slide: Extract<BriefingSlide, { kind: 'title' }>;
}

/**
 * The opening slide: the explainer's title, its standfirst and the date it is
 * told from. The keys are the presenter's business: the notes window and the
 * deck's help say them, not the screen the room sees.
 */
export const TitleSlide = ({ slide }: TitleSlideProps) => (
  <div className="slide slide--title">
    <p className="slide__kicker">{ui.introKicker}</p>
    <h2 className="slide__title slide__title--big">{site.shortTitle}</h2>
    <p className="slide__dek">{site.dek}</p>
    <p className="slide__meta">
      {site.byline} · {ui.asOfLabel} <time dateTime={site.asOf}>{formatDate(site.asOf)}</time>
    </p>
    <SlideSources cites={slide.cites} />
  </div>
);
