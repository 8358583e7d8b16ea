import { domMin } from 'framer-motion';

/** Loaded lazily by MotionProvider: animations only (no gestures, layout, drag or exit), all the page uses. */
export const motionFeatures = domMin;
