import { LazyMotion, MotionConfig } from 'framer-motion';
import type { ReactNode } from 'react';

// The animation features arrive in their own chunk, after first paint.
const loadFeatures = () => import('./motionFeatures').then((module) => module.motionFeatures);

interface MotionProviderProps {
  readonly children: ReactNode;
}

/** `m` components only (strict), and the reader's reduced-motion setting honoured everywhere. */
export const MotionProvider = ({ children }: MotionProviderProps) => (
  <LazyMotion features={loadFeatures} strict>
    <MotionConfig reducedMotion="user">{children}</MotionConfig>
  </LazyMotion>
);
