import { useRef } from 'react';
import { EmbedButton } from '../../features/embed/EmbedButton';
import { PresentLink } from '../../features/present/PresentLink';
import { preloadDeck, startPresenting } from '../deckHost';

/** The article header's controls: present the deck in place, or get the embed code. */
export const HeaderIsland = () => {
  const link = useRef<HTMLAnchorElement>(null);
  return (
    <>
      <PresentLink ref={link} onPresent={() => startPresenting(link.current)} onIntent={preloadDeck} />
      <EmbedButton />
    </>
  );
};
