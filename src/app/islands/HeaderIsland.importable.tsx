import { useRef } from 'react';
import { EmbedButton } from '../../features/embed/EmbedButton';
import { HindsightSwitch } from '../../features/hindsight/HindsightSwitch';
import { PresentLink } from '../../features/present/PresentLink';
import { preloadDeck, startPresenting } from '../deckHost';
import { toggleHindsight } from '../hindsightLayer';
import { useAddress } from '../useAddress';

/** The article header's controls: what happened next, present the deck in place, or get the embed code. */
export const HeaderIsland = () => {
  const link = useRef<HTMLAnchorElement>(null);
  const isHindsightOn = useAddress().location.hindsight;
  return (
    <>
      <HindsightSwitch isOn={isHindsightOn} onToggle={toggleHindsight} showsHint={false} />
      <PresentLink ref={link} onPresent={() => startPresenting(link.current)} onIntent={preloadDeck} />
      <EmbedButton />
    </>
  );
};
