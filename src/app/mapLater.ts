import type { HindsightLayer } from '../content/hindsightLayer';
import { mapLaterMarks as marks, mapUi } from '../content/map';
import type { MapLaterMark } from '../features/map/LocatorMap';
import type { PlaceLaterNote } from '../features/map/PlaceList';
import { formatDate } from '../lib/dates';
import { fillTemplate } from '../lib/template';

const laterEvents = (layer: HindsightLayer) =>
  marks.flatMap(({ place, event }) => {
    const found = layer.events.find((candidate) => candidate.id === event);
    return found === undefined ? [] : [{ place, event: found }];
  });

/** With hindsight on, the later events the map marks at their places; none as of March 2021. */
export const mapLaterMarks = (layer: HindsightLayer | null): MapLaterMark[] =>
  layer === null
    ? []
    : laterEvents(layer).map(({ place, event }) => ({ place, text: fillTemplate(mapUi.laterMark, { date: formatDate(event.date, event.precision) }) }));

/** The same events in full for the list beside the map, each with its reports. */
export const mapLaterNotes = (layer: HindsightLayer | null): PlaceLaterNote[] =>
  layer === null
    ? []
    : laterEvents(layer).map(({ place, event }) => ({
        place,
        date: formatDate(event.date, event.precision),
        title: event.title,
        sources: layer.resolveLaterCites(event.cites),
      }));
