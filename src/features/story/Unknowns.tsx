import { CiteList } from '../../components/CiteList';
import { resolveCites } from '../../content/cites';
import { unknowns } from '../../content/story';

/** The questions the article leaves open, as of early March 2021. */
export const Unknowns = () => (
  <ul role="list" className="unknowns">
    {unknowns.map((unknown) => (
      <li key={unknown.id} className="unknown" id={`unknown-${unknown.id}`}>
        <h3 className="unknown__question">{unknown.question}</h3>
        <p>{unknown.detail}</p>
        <CiteList sources={resolveCites(unknown.cites)} />
      </li>
    ))}
  </ul>
);
