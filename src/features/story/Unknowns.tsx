import { CiteList } from '../../components/CiteList';
import { SourceBadge } from '../../components/SourceBadge';
import { resolveCites } from '../../content/cites';
import type { HindsightLayer } from '../../content/hindsightLayer';
import { unknowns } from '../../content/story';

interface UnknownsProps {
  /** Later reporting to add, an answer under each question ("With hindsight"); null (the default) shows them as of March 2021. */
  readonly hindsight?: HindsightLayer | null;
}

/**
 * The questions the article leaves open, as of early March 2021: a compact
 * grid of short entries, each question a heading with its answer and sources
 * on one paragraph (the sources close the paragraph, one marker group). With
 * hindsight on, a second paragraph, labelled as later reporting, answers it.
 */
export const Unknowns = ({ hindsight = null }: UnknownsProps) => (
  <ul role="list" className="unknowns">
    {unknowns.map((unknown) => {
      const answer = hindsight?.unknownAnswers.find((entry) => entry.unknown === unknown.id);
      return (
        <li key={unknown.id} className="unknown" id={`unknown-${unknown.id}`}>
          <h3 className="unknown__question">{unknown.question}</h3>
          <p className="unknown__detail">
            {unknown.detail} <CiteList sources={resolveCites(unknown.cites)} />
          </p>
          {hindsight !== null && answer !== undefined && (
            <p className="unknown__answer">
              <strong className="unknown__answer-label">{hindsight.ui.unknownAnswerLabel}</strong> <SourceBadge kind="later" />{' '}
              {answer.text} <CiteList sources={hindsight.resolveLaterCites(answer.cites)} />
            </p>
          )}
        </li>
      );
    })}
  </ul>
);
