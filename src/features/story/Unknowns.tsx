import { CiteList } from '../../components/CiteList';
import { resolveCites } from '../../content/cites';
import { unknowns } from '../../content/story';

/**
 * The questions the article leaves open, as of early March 2021: a compact
 * grid of short entries, each question a heading with its answer and sources
 * on one paragraph (the sources close the paragraph, one marker group).
 */
export const Unknowns = () => (
  <ul role="list" className="unknowns">
    {unknowns.map((unknown) => (
      <li key={unknown.id} className="unknown" id={`unknown-${unknown.id}`}>
        <h3 className="unknown__question">{unknown.question}</h3>
        <p className="unknown__detail">
          {unknown.detail} <CiteList sources={resolveCites(unknown.cites)} />
        </p>
      </li>
    ))}
  </ul>
);
