import { useEffect, useLayoutEffect, type Dispatch } from 'react';
import { replaceUrl } from '../../lib/url';
import type { DeckAction } from './deckState';
import { parseSlideParam, slideSearch } from './slideUrl';

/**
 * Keeps `?slide=N` and the deck in step: read once on mount (before paint, so
 * a shared link never flashes slide 1), written with history.replaceState on
 * every move (so reloads land on the same slide and Back leaves the deck).
 */
export const useSlideUrl = (slide: number, total: number, dispatch: Dispatch<DeckAction>) => {
  useLayoutEffect(() => {
    const index = parseSlideParam(window.location.search, total);
    if (index !== null) dispatch({ type: 'goto', slide: index, origin: 'initial' });
  }, [total, dispatch]);

  useEffect(() => {
    const { pathname, search, hash } = window.location;
    const next = slideSearch(search, slide);
    if (next !== search) replaceUrl(`${pathname}${next}${hash}`);
  }, [slide]);
};
