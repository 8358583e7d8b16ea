import type { BriefingSlide } from '../../../content/briefing';
import { presentUi } from '../../../content/present';
import { troopsScene } from '../../../content/scenes';
import { formatDate } from '../../../lib/dates';
import { formatCount } from '../../../lib/numbers';
import { fillTemplate } from '../../../lib/template';
import { troopDrawdown } from '../deckFigures';
import { SlideLayout } from '../SlideLayout';
import { slideCites, slideKicker, slideTitle, troopPeakText } from '../slideModel';

interface TroopsSlideProps {
  readonly slide: Extract<BriefingSlide, { kind: 'troops' }>;
}

/**
 * Two counts from the troop data, the peak and the last before the letter,
 * each with a bar to the same scale, so the drop reads at a glance.
 */
export const TroopsSlide = ({ slide }: TroopsSlideProps) => {
  const drawdown = troopDrawdown();
  if (drawdown === null) return null;
  const { peak, latest } = drawdown;
  const figures = [
    { key: 'peak', value: troopPeakText(peak), troops: peak.troops, when: fillTemplate(presentUi.troopsPeakWhen, { years: peak.years.join('–') }) },
    { key: 'latest', value: formatCount(latest.troops), troops: latest.troops, when: formatDate(latest.date, 'month'), date: latest.date },
  ];
  return (
    <SlideLayout layout="wide" kicker={slideKicker(slide)} title={slideTitle(slide)} cites={slideCites(slide, 'all')}>
      <p className="slide__troops-unit">{troopsScene.title}</p>
      <ol className="slide__troops">
        {figures.map((figure) => (
          <li key={figure.key} className="slide__troop">
            <span className="slide__troop-value">{figure.value}</span>
            <span className="slide__troop-when">{figure.date === undefined ? figure.when : <time dateTime={figure.date}>{figure.when}</time>}</span>
            {/* Bars share one scale: the peak's is full width. */}
            <span className="slide__troop-bar" aria-hidden="true" style={{ width: `${Math.max(0.5, (figure.troops / peak.troops) * 100)}%` }} />
          </li>
        ))}
      </ol>
    </SlideLayout>
  );
};
