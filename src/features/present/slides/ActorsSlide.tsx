import { actorGroups, actors } from '../../../content/actors';
import type { BriefingSlide } from '../../../content/briefing';
import type { Actor } from '../../../content/types';
import { SlideLayout } from '../SlideLayout';
import { slideCites, slideKicker, slideTitle } from '../slideModel';

interface ActorsSlideProps {
  readonly slide: Extract<BriefingSlide, { kind: 'actors' }>;
}

const pick = (ids: readonly string[]): Actor[] => ids.flatMap((id) => actors.filter((a) => a.id === id));

/** Who is who, at a glance: the main players with their roles as of March 2021, grouped by side. */
export const ActorsSlide = ({ slide }: ActorsSlideProps) => {
  const carded = pick(slide.actors);
  const named = pick(slide.alsoNamed);
  return (
    <SlideLayout layout="wide" kicker={slideKicker(slide)} title={slideTitle(slide)} cites={slideCites(slide, 'all')}>
      <ul role="list" className="slide__actors">
        {carded.map((actor) => (
          <li key={actor.id} className="slide__actor" data-group={actor.group}>
            <h3 className="slide__actor-name">{actor.name}</h3>
            <p className="slide__actor-role">{actor.role}</p>
          </li>
        ))}
      </ul>
      {actorGroups
        .filter((group) => named.some((actor) => actor.group === group.id))
        .map((group) => (
          <p key={group.id} className="slide__also-named">
            <strong>{group.label}:</strong>{' '}
            {named
              .filter((actor) => actor.group === group.id)
              .map((actor) => actor.name)
              .join(' · ')}
          </p>
        ))}
    </SlideLayout>
  );
};
