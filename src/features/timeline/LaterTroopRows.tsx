import { CiteList } from '../../components/CiteList';
import type { HindsightLayer } from '../../content/hindsightLayer';
import { ui } from '../../content/site';
import type { HindsightTroopKind } from '../../content/types';
import { formatDate } from '../../lib/dates';
import { formatCount } from '../../lib/numbers';
import { fillTemplate } from '../../lib/template';

interface LaterTroopRowsProps {
  readonly hindsight: HindsightLayer;
}

const kindWords: Readonly<Record<HindsightTroopKind, string>> = {
  official: ui.troopKindOfficial,
  reported: ui.troopKindReported,
  target: ui.troopKindTarget,
};

/**
 * The troop figures after March 7, 2021, as a group of rows of the troop
 * table: headed "Later reporting", each figure with its kind in words, its
 * note and its Later marker. A figure nobody published reads "No count
 * published", never a number.
 */
export const LaterTroopRows = ({ hindsight }: LaterTroopRowsProps) => {
  const first = hindsight.troops[0];
  const last = hindsight.troops[hindsight.troops.length - 1];
  return (
    <tbody className="tl-data__later">
      <tr>
        <th scope="rowgroup" colSpan={3}>
          {first && last && fillTemplate(ui.troopLaterGroup, { first: formatDate(first.date), last: formatDate(last.date) })}
          <span className="tl-data__key">{ui.troopLaterKey}</span>
        </th>
      </tr>
      {hindsight.troops.map((point) => (
        <tr key={`${point.date}-${point.kind}-${point.troops}`} data-date={point.date} data-source="later">
          <th scope="row">{formatDate(point.date)}</th>
          <td data-troops={point.troops ?? undefined}>
            {point.troops === null ? (
              hindsight.ui.troopGapLabel
            ) : (
              <>
                {formatCount(point.troops)} <span className="tl-data__kind">({kindWords[point.kind]})</span>
              </>
            )}
          </td>
          <td>
            {point.note} <CiteList sources={hindsight.resolveLaterCites(point.cites)} />
          </td>
        </tr>
      ))}
    </tbody>
  );
};
