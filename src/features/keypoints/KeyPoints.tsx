import { useId } from 'react';
import { CiteList } from '../../components/CiteList';
import { RichText } from '../../components/RichText';
import { resolveCites, resolveInlines } from '../../content/cites';
import { keyPoints, keyPointsUi, type KeyPoint } from '../../content/keyPoints';

const points: readonly KeyPoint[] = keyPoints;

/**
 * The story in a few cited lines, for readers with a minute: right under the
 * intro on the article, and alone as `?embed=keypoints`. A tight list on the
 * story's grid, so it adds little to the page's length.
 */
export const KeyPoints = () => {
  const headingId = useId();
  return (
    <section className="key-points" aria-labelledby={headingId}>
      <h2 id={headingId} className="key-points__heading">
        {keyPointsUi.heading}
      </h2>
      <ul role="list" className="key-points__list">
        {points.map((point) => (
          <li key={point.id} className="key-points__item">
            {typeof point.text === 'string' ? point.text : <RichText inlines={resolveInlines(point.text)} />}{' '}
            <CiteList sources={resolveCites(point.cites)} />
          </li>
        ))}
      </ul>
    </section>
  );
};
