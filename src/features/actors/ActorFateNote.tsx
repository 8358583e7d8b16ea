import { CiteList } from '../../components/CiteList';
import { SourceBadge } from '../../components/SourceBadge';
import type { HindsightLayer } from '../../content/hindsightLayer';
import type { ActorId } from '../../content/types';

interface ActorFateNoteProps {
  readonly actorId: ActorId;
  readonly hindsight: HindsightLayer;
}

/**
 * "By October 2021", one paragraph under the actor's name, shown without
 * opening anything. Only actors the later fact sheet covers have one; the
 * rest show nothing rather than a guess.
 */
export const ActorFateNote = ({ actorId, hindsight }: ActorFateNoteProps) => {
  const fate = hindsight.actorFates.find((entry) => entry.actor === actorId);
  if (fate === undefined) return null;
  return (
    <p className="actor__fate">
      <strong className="actor__fate-label">{hindsight.ui.actorFateLabel}</strong> <SourceBadge kind="later" /> {fate.text}{' '}
      <CiteList sources={hindsight.resolveLaterCites(fate.cites)} />
    </p>
  );
};
