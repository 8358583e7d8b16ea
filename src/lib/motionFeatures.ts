import { domAnimation } from 'framer-motion';

/** Loaded lazily by MotionProvider: animations, variants and exit, no layout or drag. */
export const motionFeatures = domAnimation;
