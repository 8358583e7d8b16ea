import { CiteList } from '../../components/CiteList';
import { resolveCites } from '../../content/cites';
import { glossary, glossaryAnchor, sectionsUsingTerm } from '../../content/glossary';
import { ui } from '../../content/site';
import { storySections } from '../../content/story';
import { fillTemplate } from '../../lib/template';

const headingOf = new Map<string, string>(storySections.map((section) => [section.id, section.heading]));

/**
 * The Glossary: every marked term once, with its definition, its sources and
 * links back to the sections that use it. Folded like the article's text, to
 * keep the page short; a term's link (`#glossary-doha-agreement`) opens it
 * (Chromium by itself, other browsers via components/revealTarget).
 */
export const GlossaryList = () => (
  <section className="sources__glossary" aria-labelledby="sources-glossary-heading">
    <h3 id="sources-glossary-heading">{ui.glossaryHeading}</h3>
    <p>{ui.glossaryIntro}</p>
    <details className="sources__text">
      <summary>{fillTemplate(ui.glossarySummary, { count: glossary.length })}</summary>
      <dl className="glossary">
        {glossary.map((entry) => (
          <div key={entry.id} id={glossaryAnchor(entry.id)} className="glossary__entry">
            <dt className="glossary__term">{entry.term}</dt>
            <dd>
              {entry.definition.map((sentence) => (
                <span key={sentence.text}>
                  {sentence.text} <CiteList sources={resolveCites(sentence.cites)} />{' '}
                </span>
              ))}
            </dd>
            <dd className="glossary__used">
              {ui.glossaryUsedIn}{' '}
              {sectionsUsingTerm(entry.id).map((section, index) => (
                <span key={section}>
                  {index > 0 && ', '}
                  <a href={`#${section}`}>{headingOf.get(section) ?? section}</a>
                </span>
              ))}
            </dd>
          </div>
        ))}
      </dl>
    </details>
  </section>
);
