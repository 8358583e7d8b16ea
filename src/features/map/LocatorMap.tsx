import { m } from 'framer-motion';
import { useId } from 'react';
import { mapGeometry } from 'virtual:locator-map';
import { mapCountries, mapPlaces, mapUi, type MapFocus, type MapPlaceId } from '../../content/map';
import { useSceneTransition } from '../../lib/useSceneTransition';
import { labelPlacement, OFF_MAP_WEST } from './mapLabels';

/** A later event marked at a place, with hindsight on: its words are ready to show. */
export interface MapLaterMark {
  readonly place: MapPlaceId;
  readonly text: string;
}

interface LocatorMapProps {
  readonly focus: MapFocus;
  readonly laterMarks?: readonly MapLaterMark[];
}

const pointOf = (id: MapPlaceId) => mapGeometry.points[id] ?? [0, 0];

/**
 * The region around Afghanistan, drawn from shapes the page's HTML already
 * holds (`<use href="#lm-…">`, see scripts/vite/locatorMap.ts): the scripts
 * carry only which places to bring forward. Hatching, not colour alone, marks
 * the countries a step names; bold labels and ringed points its places.
 */
export const LocatorMap = ({ focus, laterMarks = [] }: LocatorMapProps) => {
  const transition = useSceneTransition();
  const titleId = useId();
  const { width, height } = mapGeometry;
  const isFocused = (place: { readonly focus: readonly MapFocus[] }) => place.focus.includes(focus);
  // The countries a step names are hatched: the content says which, through each place's focus.
  const hatched = new Set<string>(mapPlaces.flatMap((place) => (place.kind === 'country' && isFocused(place) ? [place.country] : [])));
  const fade = (isShown: boolean) => ({ initial: false as const, animate: { opacity: isShown ? 1 : 0 }, transition });
  const [dohaX, dohaY] = pointOf('doha');
  const [kabulX, kabulY] = pointOf('kabul');
  return (
    <svg className="scene locator-map" viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${titleId}-title ${titleId}-desc`} data-focus={focus}>
      <title id={`${titleId}-title`}>{mapUi.title}</title>
      <desc id={`${titleId}-desc`}>{mapUi.description}</desc>
      <rect className="lm-sea" width={width} height={height} />
      <use href="#lm-land" className="lm-land" />
      {mapCountries.map(({ id }) => (
        <use key={id} href={`#lm-${id}`} className={`lm-country lm-country--${id}`} />
      ))}
      {mapCountries.map(({ id }) => (
        <m.use key={id} href={`#lm-${id}`} className="lm-hatch" data-country={id} {...fade(hatched.has(id))} />
      ))}
      <use href="#lm-borders" className="lm-borders" />
      <m.g className="lm-route" {...fade(focus === 'shuttle')}>
        <path d={`M${dohaX} ${dohaY} Q ${(dohaX + kabulX) / 2} ${Math.min(dohaY, kabulY) - 30} ${kabulX} ${kabulY}`} />
      </m.g>
      {mapPlaces.map((place) => {
        if (place.kind === 'offMap') return null;
        const [x, y] = pointOf(place.id);
        const label = labelPlacement[place.id];
        const isStrong = isFocused(place);
        return (
          <g key={place.id} className={`lm-place lm-place--${place.kind}`} data-place={place.id} data-focused={isStrong}>
            {place.kind === 'city' && <circle cx={x} cy={y} r={isStrong ? 3.2 : 2.2} className="lm-point" />}
            {place.kind === 'city' && isStrong && <circle cx={x} cy={y} r={6} className="lm-ring" />}
            <text x={x + label.dx} y={y + label.dy} textAnchor={label.anchor} className="lm-label">
              {place.label}
            </text>
          </g>
        );
      })}
      <g className="lm-place lm-place--off-map" data-place="united-states" data-focused={focus === 'summit' || focus === 'shuttle'}>
        <path d={`M${OFF_MAP_WEST.x} ${OFF_MAP_WEST.y - 4} l9 -6 v12 z`} className="lm-arrow" />
        <text x={OFF_MAP_WEST.x + 12} y={OFF_MAP_WEST.y} className="lm-label">
          {mapUi.offMapWest}
        </text>
      </g>
      {laterMarks.map((mark) => {
        const [x, y] = pointOf(mark.place);
        return (
          <g key={mark.place} className="lm-later" data-later-place={mark.place}>
            <rect x={x - 4} y={y - 4} width="8" height="8" transform={`rotate(45 ${x} ${y})`} className="lm-later__mark" />
            <text x={x + 6} y={y + 21} className="lm-label lm-later__text">
              {mark.text}
            </text>
          </g>
        );
      })}
    </svg>
  );
};
