import type { ResolvedCite } from '../content/cites';
import { ui } from '../content/site';
import { Cite } from './Cite';
import { SourceBadge } from './SourceBadge';

interface CiteListProps {
  readonly sources: readonly ResolvedCite[];
}

/** The row of sources under a claim; background sources are marked as such. */
export const CiteList = ({ sources }: CiteListProps) => {
  const hasBackground = sources.some((s) => s.kind === 'background');
  return (
    <p className="cite-list">
      <span className="cite-list__label">{ui.citesLabel}</span>
      {hasBackground && <SourceBadge kind="background" />}
      {sources.map((source) => (
        <Cite key={source.cite} source={source} />
      ))}
    </p>
  );
};
