import { memo } from 'react';
import { CROSS, PLOT_SIZE as S } from './timelineGeometry';
import type { ChartModel } from './timelineModel';

interface TimelinePlotProps {
  readonly model: ChartModel;
}

const axisY = CROSS.axis * S;
const at = (share: number) => (share * S).toFixed(1);

/**
 * The chart's shapes in a 1000 × 1000 box stretched to the chart (text lives
 * in HTML, so it never stretches). The frame group is turned a quarter turn
 * by CSS when the axis is vertical. Static for a given axis: memoised, and
 * the model is made once per axis.
 */
export const TimelinePlot = memo(function TimelinePlot({ model }: TimelinePlotProps) {
  const { marks, ticks, eras, asOf, deadline } = model;
  const focusAt = (1 - model.frame.focusShare) * S;
  // Repeated strokes as one path each: fewer nodes to render, hydrate and query.
  const stemsPath = marks.map(({ t, c }) => `M${at(t)},${at(CROSS.stemStart)}V${at(c)}`).join('');
  const ticksPath = ticks.map(({ t, label }) => `M${at(t)},${axisY}v${label === null ? 12 : 22}`).join('');
  return (
    <svg className="tl-plot" viewBox={`0 0 ${S} ${S}`} preserveAspectRatio="none" aria-hidden="true" focusable="false">
      <g className="tl-plot__frame">
        <rect className="tl-plot__focus" x={focusAt} y={0} width={S - focusAt} height={S} />
        {eras.map(({ era, from, to, band }) => (
          <rect
            key={era.id}
            className={`tl-plot__era tl-plot__era--${era.track}`}
            x={from * S}
            y={band[0] * S}
            width={(to - from) * S}
            height={(band[1] - band[0]) * S}
          />
        ))}
        <path className="tl-plot__stem" d={stemsPath} />
        <line className="tl-plot__axis" x1={0} x2={S} y1={axisY} y2={axisY} />
        <path className="tl-plot__tick" d={ticksPath} />
        {/* The break where the scale changes: two short slashes across the axis, then a faint line. */}
        <path className="tl-plot__break" d={`M${focusAt - 10},${axisY + 24}l8,-48M${focusAt + 2},${axisY + 24}l8,-48`} />
        <line className="tl-plot__asof" x1={asOf * S} x2={asOf * S} y1={CROSS.agreementBand[0] * S} y2={S} />
        <line className="tl-plot__deadline" x1={deadline * S} x2={deadline * S} y1={0} y2={S} />
        <path className="tl-plot__bracket" d={`M${asOf * S},${CROSS.bracket * S - 14} v14 H${deadline * S} v-14`} />
      </g>
    </svg>
  );
});
