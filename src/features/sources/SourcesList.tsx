import { useEffect } from 'react';
import { CiteList } from '../../components/CiteList';
import { CREDIT_SOURCE_ID } from '../../components/Cite';
import { watchHashTargets } from '../../components/revealTarget';
import { SourceBadge } from '../../components/SourceBadge';
import { resolveCites } from '../../content/cites';
import { article } from '../../content/article';
import { site, ui } from '../../content/site';
import { articleCredits, sourceGroups, type LaterSource } from '../../content/sources';
import { formatDate } from '../../lib/dates';
import { fillTemplate } from '../../lib/template';
import { ArticleText } from './ArticleText';
import { GlossaryList } from './GlossaryList';
import { SourceEntries } from './SourceEntries';

/**
 * Every source once: the article (its citation, the reporting it credits, its
 * credit line, and its full text folded away), then the background sources
 * by period, then the reporting published since: the reports "What happened
 * next" cites, or all of them with the hindsight layer on (the app passes
 * them; none is cited by the story as of March 2021). Citation markers link
 * to the entries here. One heading level below the section's.
 */
export const SourcesList = ({ laterSources = [] }: { readonly laterSources?: readonly LaterSource[] }) => {
  useEffect(watchHashTargets, []);
  return (
    <div className="sources">
      <section className="sources__article" id="source-article" aria-labelledby="sources-article-heading">
        <h3 id="sources-article-heading">{ui.sourcesArticleHeading}</h3>
        <p>
          <SourceBadge kind="article" /> {article.publisher}: <cite>“{article.headline}”</cite>. {ui.asOfLabel}{' '}
          {formatDate(site.asOf)}. {ui.sourcesArticleIntro}
        </p>
        {/* One item per outlet: each claim is its own block, with its own marker. */}
        <p className="sources__credits-label">{ui.sourcesNamedByArticle}</p>
        <ul className="sources__credits" role="list">
          {articleCredits.map((credit) => (
            <li key={credit.outlet}>
              <strong>{credit.name}</strong>, {credit.role}
              <CiteList sources={resolveCites(credit.cites)} />
            </li>
          ))}
        </ul>
        <p id={CREDIT_SOURCE_ID} className="sources__credit-line">
          {article.creditLine}
        </p>
        <ArticleText />
      </section>
      <section className="sources__background" aria-labelledby="sources-background-heading">
        <h3 id="sources-background-heading">{ui.sourcesBackgroundHeading}</h3>
        <p>
          <SourceBadge kind="background" /> {ui.sourcesBackgroundIntro}
        </p>
        {/* Folded like the article's text and the later reports: a marker's link opens it at its entry. */}
        <details className="sources__text">
          <summary>{fillTemplate(ui.sourcesBackgroundSummary, { count: sourceGroups.reduce((sum, group) => sum + group.sources.length, 0) })}</summary>
        <div className="sources__groups">
          {sourceGroups.map((group, index) => (
            <div key={group.label} className="sources__group">
              <p className="sources__group-label" id={`sources-group-${index + 1}`}>
                {group.label}
              </p>
              <SourceEntries sources={group.sources} labelledBy={`sources-group-${index + 1}`} />
            </div>
          ))}
        </div>
        </details>
      </section>
      <GlossaryList />
      {laterSources.length > 0 && (
        <section className="sources__later" aria-labelledby="sources-later-heading">
          <h3 id="sources-later-heading">{ui.sourcesLaterHeading}</h3>
          {/* Folded, like the article's text: their dates are after the story's, and a marker's link opens it. */}
          <details className="sources__text">
            <summary>{fillTemplate(ui.sourcesLaterSummary, { count: laterSources.length })}</summary>
            <SourceEntries sources={laterSources} labelledBy="sources-later-heading" />
          </details>
        </section>
      )}
    </div>
  );
};
