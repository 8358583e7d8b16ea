import { site } from '../../content/site';
import { timelineUi as copy } from '../../content/timeline';
import { formatDate } from '../../lib/dates';
import { fillTemplate } from '../../lib/template';
import { countdownDays } from './timelineModel';

interface TimelineIntroProps {
  readonly headingId: string;
  readonly headingLevel: 2 | 3;
}

/** Heading, standfirst and the "as of" countdown in words. */
export const TimelineIntro = ({ headingId, headingLevel }: TimelineIntroProps) => {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <header className="tl-intro">
      <Heading id={headingId}>{copy.heading}</Heading>
      <p className="tl-intro__dek">
        {copy.dek}{' '}
        <span className="tl-intro__countdown">
          {fillTemplate(copy.asOf, { date: formatDate(site.asOf) })}{' '}
          <strong className="tl-intro__days">{fillTemplate(copy.countdown, { days: countdownDays })}</strong>{' '}
          {copy.countdownAfter}
        </span>
      </p>
    </header>
  );
};
