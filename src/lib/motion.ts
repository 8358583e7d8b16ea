import type { Transition } from 'framer-motion';

/** Shared transitions. Only opacity and transform are ever animated. */
export const sceneTransition: Transition = { duration: 0.45, ease: [0.22, 1, 0.36, 1] };
export const quickTransition: Transition = { duration: 0.2, ease: 'easeOut' };

/** Visible vs. dimmed, for highlights inside graphics. */
export const emphasis = (isOn: boolean, dimTo = 0.25) => ({ opacity: isOn ? 1 : dimTo });
