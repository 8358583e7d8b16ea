import type { BriefingSlide } from '../../../content/briefing';
import { presentUi } from '../../../content/present';
import { site, ui } from '../../../content/site';
import { formatDate } from '../../../lib/dates';
import { SlideSources } from '../SlideSources';

interface TitleSlideProps {
  readonly slide: Extract<BriefingSlide, { kind: 'title' }>;
  /** Shown as a hint only on the live deck, not in the handout. */
  readonly showsHint: boolean;
}

/** The opening slide: the explainer's title, its standfirst and the date it is told from. */
export const TitleSlide = ({ slide, showsHint }: TitleSlideProps) => (
  <div className="slide slide--title">
    <p className="slide__kicker">{ui.introKicker}</p>
    <h2 className="slide__title slide__title--big">{site.shortTitle}</h2>
    <p className="slide__dek">{site.dek}</p>
    <p className="slide__meta">
      {site.byline} · {ui.asOfLabel} <time dateTime={site.asOf}>{formatDate(site.asOf)}</time>
    </p>
    <SlideSources cites={slide.cites} />
    {showsHint && <p className="slide__hint">{presentUi.titleHint}</p>}
  </div>
);
