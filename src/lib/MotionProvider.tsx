import { LazyMotion, MotionConfig } from 'framer-motion';
import type { ReactNode } from 'react';
import { loadedMotionFeatures, loadMotionFeatures } from './motionFeaturesLoader';

interface MotionProviderProps {
  readonly children: ReactNode;
}

/**
 * `m` components only (strict), and the reader's reduced-motion setting honoured everywhere.
 * Once the features are here they are passed as they are: LazyMotion re-renders with a new
 * context after an async load, and a context change above a part that is still waiting to
 * hydrate would make React throw that part's server HTML away.
 */
export const MotionProvider = ({ children }: MotionProviderProps) => (
  <LazyMotion features={loadedMotionFeatures() ?? loadMotionFeatures} strict>
    <MotionConfig reducedMotion="user">{children}</MotionConfig>
  </LazyMotion>
);
