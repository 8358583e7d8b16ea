import { LazyMotion, MotionConfig, type FeatureBundle } from 'framer-motion';
import type { ReactNode } from 'react';

let loadedFeatures: FeatureBundle | undefined;
let loadingFeatures: Promise<FeatureBundle> | undefined;

/** The animation features arrive in their own chunk, after first paint; idempotent. */
export const loadMotionFeatures = (): Promise<FeatureBundle> =>
  (loadingFeatures ??= import('./motionFeatures').then((module) => (loadedFeatures = module.motionFeatures)));

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
  <LazyMotion features={loadedFeatures ?? loadMotionFeatures} strict>
    <MotionConfig reducedMotion="user">{children}</MotionConfig>
  </LazyMotion>
);
