import { hindsightLayer } from '../../content/hindsightLayer';
import { HindsightSection } from '../../features/hindsight/HindsightSection';
import { MotionProvider } from '../../lib/MotionProvider';
import { useStore } from '../../lib/store';
import { toggleHindsight } from '../hindsightLayer';
import { activeStepStore } from '../stepState';
import { useAddress } from '../useAddress';
import type { SlotProps } from './types';

/**
 * "What happened next": always on the page, so it carries its own copy of the
 * layer (its chunk loads only as the reader nears the end). On the article
 * page its switch turns the layer on everywhere else too.
 */
export const HindsightIsland = (props: SlotProps) => (
  <MotionProvider>
    <Hindsight {...props} />
  </MotionProvider>
);

const Hindsight = ({ placement }: SlotProps) => {
  const activeId = useStore(activeStepStore);
  const address = useAddress();
  const isArticle = placement === 'article';
  return (
    <HindsightSection
      layer={hindsightLayer}
      activeId={isArticle ? activeId : null}
      isFlat={!isArticle}
      isOn={address.location.hindsight}
      onToggle={isArticle ? toggleHindsight : null}
    />
  );
};
