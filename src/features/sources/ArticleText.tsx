import { Fragment } from 'react';
import { articleSourceId } from '../../components/Cite';
import { article } from '../../content/article';
import { ui } from '../../content/site';

/**
 * The article in full, once, paragraph by paragraph (¶1 is the first item):
 * where every article marker leads. Folded by default; a link to one of its
 * paragraphs (`source-p4`) or sentences (`source-p4-2`) opens it (Chromium by
 * itself, other browsers via components/revealTarget).
 */
export const ArticleText = () => (
  <details className="sources__text">
    <summary id="sources-article-text-heading">{ui.sourcesArticleTextHeading}</summary>
    <ol className="sources__paragraphs" aria-labelledby="sources-article-text-heading">
      {article.paragraphs.map(({ id, sentences }) => (
        <li key={id} id={articleSourceId(id)}>
          {sentences.length === 1
            ? sentences[0]
            : sentences.map((sentence, index) => (
                <Fragment key={index}>
                  {index > 0 && ' '}
                  <span id={articleSourceId(id, index + 1)} className="sources__sentence">
                    {sentence}
                  </span>
                </Fragment>
              ))}
        </li>
      ))}
    </ol>
  </details>
);
