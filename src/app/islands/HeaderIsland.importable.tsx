import { useRef } from 'react';
import { EmbedButton } from '../../features/embed/EmbedButton';
import { HindsightSwitch } from '../../features/hindsight/HindsightSwitch';
import { PresentLink } from '../../features/present/PresentLink';
import { preloadDeck, startPresenting } from '../deckHost';
import { useHeaderHindsight } from '../useHeaderHindsight';

/** The article header's controls: what happened next, present the deck in place, or get the embed code. */
export const HeaderIsland = () => {
  const link = useRef<HTMLAnchorElement>(null);
  const hindsight = useHeaderHindsight();
  return (
    <>
      <HindsightSwitch isOn={hindsight.isOn} onToggle={hindsight.toggle} showsHint={false} />
      <PresentLink ref={link} onPresent={() => startPresenting(link.current)} onIntent={preloadDeck} />
      <EmbedButton />
    </>
  );
};
