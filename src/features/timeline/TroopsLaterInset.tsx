import type { HindsightLayer } from '../../content/hindsightLayer';
import { ui } from '../../content/site';
import { timelineUi } from '../../content/timeline';
import { fillTemplate } from '../../lib/template';
import { formatShortDate } from './timelineLayout';
import { linearScale } from './timelineScale';
import { gridLabel } from './troopLabels';
import { laterTroopParts, runPath, type CountedPoint } from './laterTroops';

interface TroopsLaterInsetProps {
  readonly hindsight: HindsightLayer;
  /** The main chart's scales, on which the later line continues (small: a few thousand troops). */
  readonly x: (date: string) => number;
  readonly y: (troops: number) => number;
}

/** The inset's box in the scene's 400 × 300 units: above the flat end of the curve, right of the peak. */
const BOX = { left: 214, right: 376, top: 86, bottom: 150 } as const;
/** The title starts here, right of the peak's label, after a sample of the dashed line. */
const TITLE_X = 250;
/** The inset's axis: March 1 to the end of August 2021 (the last flight was on August 30). */
const FROM = '2021-03-01';
const TO = '2021-09-01';
const LAST_MONTH = '2021-08';
const span = fillTemplate(ui.troopSceneLaterSpan, {
  from: timelineUi.monthsShort[Number(FROM.slice(5, 7)) - 1] ?? '',
  to: formatShortDate(LAST_MONTH, timelineUi.monthsShort),
});
const STEP = 3000;
const ix = linearScale(FROM, TO, [BOX.left, BOX.right]);

/** The gap's words on two lines, split at the middle space, to fit over a two-month gap. */
const twoLines = (text: string): readonly string[] => {
  const words = text.split(' ');
  const half = Math.ceil(words.length / 2);
  return [words.slice(0, half).join(' '), words.slice(half).join(' ')].filter((line) => line !== '');
};

const Marker = ({ point, cx, cy }: { readonly point: CountedPoint; readonly cx: number; readonly cy: number }) =>
  point.kind === 'target' ? (
    <rect x={cx - 3.5} y={cy - 3.5} width="7" height="7" className="scene__later-target" />
  ) : (
    <circle cx={cx} cy={cy} r="3.5" className={`scene__later-dot scene__later-dot--${point.kind}`} />
  );

/**
 * The troop figures after March 7, 2021, in the Later reporting style
 * (dashed): the line continues on the main chart, and an inset draws March to
 * August 2021 on a scale of its own, where a few thousand troops can be read.
 * The line breaks where only percentages were published, and the gap is
 * named; counts are never invented. Official counts are filled dots, reported
 * ones rings, targets squares (the table says each in words).
 */
export const TroopsLaterInset = ({ hindsight, x, y }: TroopsLaterInsetProps) => {
  const { runs, gaps, targets } = laterTroopParts(hindsight.troops);
  const counted = [...runs.flat(), ...targets];
  const top = Math.max(STEP, Math.ceil(Math.max(...counted.map((p) => p.troops)) / STEP) * STEP);
  const iy = (troops: number) => BOX.bottom - (troops / top) * (BOX.bottom - BOX.top);
  const levels = Array.from({ length: top / STEP }, (_, index) => (index + 1) * STEP);
  return (
    <g className="scene__later">
      {runs.map((run) => (
        <path key={`main-${run[0]?.date}`} d={runPath(run, x, y)} className="scene__later-line" />
      ))}
      <rect x={BOX.left} y={BOX.top} width={BOX.right - BOX.left} height={BOX.bottom - BOX.top} className="scene__inset" />
      <line x1={TITLE_X - 22} x2={TITLE_X - 5} y1={BOX.top - 13} y2={BOX.top - 13} className="scene__later-line" />
      <text x={TITLE_X} y={BOX.top - 8} className="scene__note">{ui.citeLaterName}</text>
      <text x={BOX.left + 4} y={BOX.top + 15} className="scene__sublabel">{span}</text>
      {levels.map((level) => (
        <g key={level}>
          <line x1={BOX.left} x2={BOX.right} y1={iy(level)} y2={iy(level)} className="scene__grid" />
          <text x={BOX.left - 4} y={iy(level) + 5} textAnchor="end" className="scene__sublabel">{gridLabel(level)}</text>
        </g>
      ))}
      {gaps.map((gap) => (
        <g key={gap.from}>
          {/* A strip along the baseline where the line would run: the stretch with no count. */}
          <rect x={ix(gap.from)} y={BOX.bottom - 8} width={Math.max(2, ix(gap.to) - ix(gap.from))} height={8} className="scene__gap" />
          <text x={(ix(gap.from) + ix(gap.to)) / 2} y={BOX.top + 34} textAnchor="middle" className="scene__gap-label">
            {twoLines(hindsight.ui.troopGapLabel).map((line, index) => (
              <tspan key={line} x={(ix(gap.from) + ix(gap.to)) / 2} dy={index === 0 ? 0 : 14}>{line}</tspan>
            ))}
          </text>
        </g>
      ))}
      {runs.map((run) => (
        <path key={`inset-${run[0]?.date}`} d={runPath(run, ix, iy)} className="scene__later-line" />
      ))}
      {counted.map((point) => (
        <Marker key={`${point.date}-${point.kind}-${point.troops}`} point={point} cx={ix(point.date)} cy={iy(point.troops)} />
      ))}
    </g>
  );
};
