import { mapUi } from '../../content/map';
import { LocatorMap } from '../../features/map/LocatorMap';
import { PlaceList } from '../../features/map/PlaceList';
import { MotionProvider } from '../../lib/MotionProvider';
import { useHindsightLayer } from '../hindsightLayer';
import { mapLaterMarks, mapLaterNotes } from '../mapLater';

/** The locator map as a part of its own (`?embed=map`): the map, its key, and every place in words. */
export const MapIsland = () => {
  const hindsight = useHindsightLayer();
  return (
    <MotionProvider>
      <h2 className="map-part__heading">{mapUi.title}</h2>
      <figure className="map-part">
        <LocatorMap focus="summit" laterMarks={mapLaterMarks(hindsight)} />
        <figcaption className="map-part__caption">
          {mapUi.focusCaption.summit}. {mapUi.summitKey}.
        </figcaption>
      </figure>
      <PlaceList isFolded={false} laterNotes={mapLaterNotes(hindsight)} />
    </MotionProvider>
  );
};
