import { timelineUi as copy } from '../../content/timeline';
import { fillTemplate } from '../../lib/template';

interface TimelineFilterProps {
  readonly total: number;
  readonly backgroundCount: number;
  readonly showsBackground: boolean;
  readonly onChange: (showsBackground: boolean) => void;
}

/**
 * The switch for the events the article does not state, and a line that says
 * how many are listed and how many are hidden, so hidden rows are never a
 * secret. Needs scripts: without them every row is listed (timeline.css).
 */
export const TimelineFilter = ({ total, backgroundCount, showsBackground, onChange }: TimelineFilterProps) => (
  <div className="tl-filter" data-needs-js="">
    <p className="tl-filter__status" role="status">
      {showsBackground
        ? fillTemplate(copy.events.backgroundShown, { total, count: backgroundCount })
        : fillTemplate(copy.events.backgroundHidden, { shown: total - backgroundCount, count: backgroundCount })}
    </p>
    <button type="button" className="tl-filter__switch" aria-pressed={showsBackground} onClick={() => onChange(!showsBackground)}>
      {fillTemplate(copy.events.showBackground, { count: backgroundCount })}
    </button>
  </div>
);
