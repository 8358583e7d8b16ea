import { Fragment } from 'react';
import type { ResolvedCite } from '../content/cites';
import { CiteMarker } from './Cite';
import { groupCites } from './citeGroups';

interface CiteListProps {
  readonly sources: readonly ResolvedCite[];
}

/**
 * The markers after a claim, inline so they can end its last paragraph: one per
 * article paragraph, one for all background sources, one for later reporting,
 * so no source shows twice and the markers fit on one line.
 */
export const CiteList = ({ sources }: CiteListProps) => {
  const groups = groupCites(sources);
  if (groups.length === 0) return null;
  return (
    <span className="cite-list">
      {groups.map((group, index) => (
        <Fragment key={group.key}>
          {/* A space between markers lets a long row wrap; none before the first keeps it with the claim's last word. */}
          {index > 0 && ' '}
          <CiteMarker group={group} />
        </Fragment>
      ))}
    </span>
  );
};
