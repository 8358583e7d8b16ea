import { useReducedMotionConfig, type Transition } from 'framer-motion';
import { sceneTransition } from './motion';

const instant: Transition = { duration: 0 };

/**
 * The scene transition, or none under reduced motion (the reader's setting,
 * as MotionConfig applies it). MotionConfig alone only drops transforms;
 * this also makes opacity changes instant, so nothing fades or glides.
 */
export const useSceneTransition = (transition: Transition = sceneTransition): Transition =>
  useReducedMotionConfig() === true ? instant : transition;
