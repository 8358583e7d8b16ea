import { Fragment } from 'react';
import { articleSourceId, CREDIT_SOURCE_ID } from '../../components/Cite';
import { article } from '../../content/article';
import { ui } from '../../content/site';

/**
 * The article in full, once, paragraph by paragraph (¶1 is the first item):
 * where every article marker leads. Paragraphs and, where a paragraph has more
 * than one, sentences carry the ids the markers link to (`source-p4`, `source-p4-2`).
 */
export const ArticleText = () => (
  <>
    <h4 id="sources-article-text-heading">{ui.sourcesArticleTextHeading}</h4>
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
    <p id={CREDIT_SOURCE_ID} className="sources__credit-line">
      {article.creditLine}
    </p>
  </>
);
