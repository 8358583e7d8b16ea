import { CiteList } from '../../components/CiteList';
import { SourceBadge } from '../../components/SourceBadge';
import { resolveCites, type ResolvedCite } from '../../content/cites';
import { mapPlaces, mapUi } from '../../content/map';
import { fillTemplate } from '../../lib/template';

/** A later event at a marked place, with hindsight on: the list gives it in full, with its reports. */
export interface PlaceLaterNote {
  readonly place: string;
  readonly date: string;
  readonly title: string;
  readonly sources: readonly ResolvedCite[];
}

interface PlaceListProps {
  /** Folded under the story's map; open where the map is the whole part (the embed). */
  readonly isFolded: boolean;
  readonly laterNotes?: readonly PlaceLaterNote[];
}

/**
 * Every place the map marks, by the label it carries there, and why, each
 * with its source: the map's text equivalent (the graphic itself is a picture).
 */
export const PlaceList = ({ isFolded, laterNotes = [] }: PlaceListProps) => {
  const list = (
    <>
      <ul className="place-list__items">
        {mapPlaces.map((place) => (
          <li key={place.id} className="place-list__item" data-place={place.id}>
            <strong className="place-list__name">{place.label}</strong>: {place.why} <CiteList sources={resolveCites(place.cites)} />
            {laterNotes
              .filter((note) => note.place === place.id)
              .map((note) => (
                <span key={note.title} className="place-list__later">
                  {' '}
                  <SourceBadge kind="later" /> {note.date}: {note.title} <CiteList sources={note.sources} />
                </span>
              ))}
          </li>
        ))}
      </ul>
      <p className="place-list__note">
        {mapUi.bordersNote} <CiteList sources={resolveCites(mapUi.bordersCites)} />
      </p>
    </>
  );
  if (!isFolded)
    return (
      <section className="place-list" aria-label={mapUi.listHeading}>
        {list}
      </section>
    );
  return (
    <details className="place-list place-list--folded">
      <summary>{fillTemplate(mapUi.listSummary, { count: mapPlaces.length })}</summary>
      {list}
    </details>
  );
};
