import { SourceBadge } from '../../../components/SourceBadge';
import { article } from '../../../content/article';
import { briefingSlides, type BriefingSlide } from '../../../content/briefing';
import { presentUi } from '../../../content/present';
import { site, ui } from '../../../content/site';
import { articleCredits } from '../../../content/sources';
import { formatDate } from '../../../lib/dates';
import { summarizeCites } from '../citeSummary';
import { resolveNotes } from '../notePoints';
import { slideCites, slideKicker, slideTitle } from '../slideModel';

interface SourcesSlideProps {
  readonly slide: Extract<BriefingSlide, { kind: 'sources' }>;
}

// Every background source the deck's slides and notes rest on, named by publisher.
const deckCites = briefingSlides.flatMap((s) => [...slideCites(s, 'all'), ...resolveNotes(s.notes).flatMap((n) => n.cites)]);

/** The article the briefing rests on, the reporting it credits, and the background publishers. */
export const SourcesSlide = ({ slide }: SourcesSlideProps) => (
  <div className="slide slide--wide slide--sources">
    <header className="slide__header">
      <p className="slide__kicker">{slideKicker(slide)}</p>
      <h2 className="slide__title">{slideTitle(slide)}</h2>
    </header>
    <div className="slide__body slide__sources">
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
    </div>
  </div>
);
