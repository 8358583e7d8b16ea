import type { FeatureBundle } from 'framer-motion';

// Kept apart from MotionProvider so the entry chunk can start the load without pulling in Motion itself.
let loadedFeatures: FeatureBundle | undefined;
let loadingFeatures: Promise<FeatureBundle> | undefined;

/** The animation features arrive in their own chunk, after first paint; idempotent. */
export const loadMotionFeatures = (): Promise<FeatureBundle> =>
  (loadingFeatures ??= import('./motionFeatures').then((module) => (loadedFeatures = module.motionFeatures)));

/** The features once they have arrived, to hand to LazyMotion synchronously. */
export const loadedMotionFeatures = (): FeatureBundle | undefined => loadedFeatures;
