import { CiteList } from '../../components/CiteList';
import { SourceBadge } from '../../components/SourceBadge';
import { VisuallyHidden } from '../../components/VisuallyHidden';
import type { HindsightLayer } from '../../content/hindsightLayer';
import { ui } from '../../content/site';
import type { HindsightEvent, HindsightStep as HindsightStepContent } from '../../content/types';
import { formatDate } from '../../lib/dates';
import { ProposalVerdicts } from './ProposalVerdicts';

interface HindsightStepProps {
  readonly step: HindsightStepContent;
  readonly layer: HindsightLayer;
  readonly isActive: boolean;
}

/** The step's events, in its own order; ids the validator has checked. */
const eventsOf = (step: HindsightStepContent, layer: HindsightLayer): HindsightEvent[] =>
  step.events.map((id) => layer.events.find((event) => event.id === id)).filter((event): event is HindsightEvent => event !== undefined);

/**
 * One stretch of time after the article: a heading, its events (date, what
 * happened, its later sources) and, for the last flight, what became of the
 * May 1 deadline. Every line is later reporting, and its label says so.
 */
export const HindsightStep = ({ step, layer, isActive }: HindsightStepProps) => (
  <li className="step hindsight-step" id={`step-${step.id}`} data-step-id={step.id} aria-current={isActive ? 'step' : undefined}>
    <div className="step__card hindsight-step__card">
      <h3 className="hindsight-step__heading">
        {step.heading} <SourceBadge kind="later" />
      </h3>
      {step.showsProposalFates === true && <ProposalVerdicts layer={layer} />}
      <ol className="hindsight-step__events" aria-label={layer.ui.stepEventsLabel}>
        {eventsOf(step, layer).map((event) => (
          <li key={event.id} className="hindsight-step__event">
            <time dateTime={event.date} className="hindsight-step__date">
              {formatDate(event.date, event.precision)}
            </time>{' '}
            <span className="hindsight-step__title">
              {event.title} <CiteList sources={layer.resolveLaterCites(event.cites)} />
            </span>
          </li>
        ))}
      </ol>
      {step.showsDeadlineFate === true && (
        <p className="hindsight-step__fate">
          <strong>{layer.ui.deadlineFateLabel}:</strong> {layer.deadlineFate.text} <CiteList sources={layer.resolveLaterCites(layer.deadlineFate.cites)} />
        </p>
      )}
      <p className="step__alt">
        <VisuallyHidden>
          {ui.graphicAltPrefix} {step.graphicAlt}
        </VisuallyHidden>
      </p>
    </div>
  </li>
);
