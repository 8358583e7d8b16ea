import { CiteList } from '../../components/CiteList';
import { SourceBadge } from '../../components/SourceBadge';
import { resolveCites, sourceAnchor } from '../../content/cites';
import { article } from '../../content/article';
import { site, ui } from '../../content/site';
import { articleCredits, sources } from '../../content/sources';
import { formatDate } from '../../lib/dates';
import { ArticleText } from './ArticleText';

/**
 * Credits the article (and the reporting it names), gives its full text, and lists every background
 * source, each with the anchor that citation markers link to.
 */
export const SourcesList = () => (
  <div className="sources">
    <section className="sources__article" id="source-article" aria-labelledby="sources-article-heading">
      <h3 id="sources-article-heading">
        {ui.sourcesArticleHeading} <SourceBadge kind="article" />
      </h3>
      <p>
        {article.publisher}: <cite>“{article.headline}”</cite>. {ui.asOfLabel} {formatDate(site.asOf)}.
      </p>
      <p>{ui.sourcesArticleIntro}</p>
      <p>{ui.sourcesNamedByArticle}</p>
      <ul className="sources__credits">
        {articleCredits.map((credit) => (
          <li key={credit.outlet}>
            <strong>{credit.name}</strong>: {credit.role} <CiteList sources={resolveCites(credit.cites)} />
          </li>
        ))}
      </ul>
      <ArticleText />
    </section>
    <section className="sources__background" aria-labelledby="sources-background-heading">
      <h3 id="sources-background-heading">
        {ui.sourcesBackgroundHeading} <SourceBadge kind="background" />
      </h3>
      <p>{ui.sourcesBackgroundIntro}</p>
      <ul className="sources__list">
        {sources.map((source) => (
          <li key={source.id} id={sourceAnchor(source.id)}>
            <strong>{source.publisher}</strong>: {source.title}
            {'date' in source && ` (${source.date})`}
          </li>
        ))}
      </ul>
    </section>
  </div>
);
