import { SourceBadge } from '../../../components/SourceBadge';
import { article } from '../../../content/article';
import { briefingSlides, hindsightSlides, type BriefingSlide } from '../../../content/briefing';
import type { HindsightLayer } from '../../../content/hindsightLayer';
import { presentUi } from '../../../content/present';
import { site, ui } from '../../../content/site';
import { articleCredits } from '../../../content/sources';
import { formatDate } from '../../../lib/dates';
import { fillTemplate } from '../../../lib/template';
import { laterPublishers, summarizeCites } from '../citeSummary';
import { laterSlideCites } from '../hindsightSlides';
import { resolveNotes } from '../notePoints';
import { slideCites, slideKicker, slideTitle } from '../slideModel';

interface SourcesSlideProps {
  readonly slide: Extract<BriefingSlide, { kind: 'sources' }>;
  /** With the hindsight layer, a third group: the later reporting the added slides rest on. */
  readonly hindsight?: HindsightLayer | null;
}

// The later publishers the slide names before counting the rest: three columns leave room for no more.
const MAX_LATER_PUBLISHERS = 12;

// Every background source the deck's slides and notes rest on, named by publisher.
const deckCites = briefingSlides.flatMap((s) => [...slideCites(s, 'all'), ...resolveNotes(s.notes).flatMap((n) => n.cites)]);

/** The article the briefing rests on, the reporting it credits, the background publishers, and with hindsight on, later reporting. */
export const SourcesSlide = ({ slide, hindsight = null }: SourcesSlideProps) => (
  <div className="slide slide--wide slide--sources">
    <header className="slide__header">
      <p className="slide__kicker">{slideKicker(slide)}</p>
      <h2 className="slide__title">{slideTitle(slide)}</h2>
    </header>
    <div className={hindsight === null ? 'slide__body slide__sources' : 'slide__body slide__sources slide__sources--later'}>
      <section className="slide__source-block">
        <h3>
          {ui.sourcesArticleHeading} <SourceBadge kind="article" />
        </h3>
        <p>
          {article.publisher}: <cite>“{article.headline}”</cite>. {ui.asOfLabel} {formatDate(site.asOf)}.
        </p>
        <p>{ui.sourcesNamedByArticle}</p>
        <ul className="slide__credits">
          {articleCredits.map((credit) => (
            <li key={credit.outlet}>
              <strong>{credit.name}</strong>: {credit.role}
            </li>
          ))}
        </ul>
      </section>
      <section className="slide__source-block">
        <h3>
          {ui.sourcesBackgroundHeading} <SourceBadge kind="background" />
        </h3>
        <p className="slide__publishers">{summarizeCites(deckCites).publishers.join(' · ')}</p>
        <p className="slide__muted">{presentUi.sourcesBackgroundMore}</p>
      </section>
      {hindsight !== null && (
        <section className="slide__source-block">
          <h3>
            {ui.sourcesLaterHeading} <SourceBadge kind="later" />
          </h3>
          <p>{presentUi.sourcesLaterIntro}</p>
          <LaterPublishers hindsight={hindsight} />
        </section>
      )}
    </div>
  </div>
);

/** The publishers of the later reporting the hindsight slides rest on, the first few by name, the rest counted. */
const LaterPublishers = ({ hindsight }: { readonly hindsight: HindsightLayer }) => {
  const publishers = laterPublishers(hindsight.resolveLaterCites([...new Set(hindsightSlides.flatMap((s) => laterSlideCites(s, hindsight)))]));
  const more = publishers.length - MAX_LATER_PUBLISHERS;
  return (
    <p className="slide__publishers">
      {publishers.slice(0, MAX_LATER_PUBLISHERS).join(' · ')}
      {more > 0 && ` ${fillTemplate(presentUi.laterMore, { n: more })}`}
    </p>
  );
};
