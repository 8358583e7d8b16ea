import { useEffect, type ReactNode } from 'react';

interface AfterMountProps {
  /** Runs once the children have mounted, after their own effects. */
  readonly onMount: () => void;
  readonly children: ReactNode;
}

/**
 * Tells a root's owner that what it rendered is live (an island hydrated, the
 * deck's key listeners set). A single-child wrapper, so it changes no useId.
 */
export const AfterMount = ({ onMount, children }: AfterMountProps) => {
  useEffect(onMount, [onMount]);
  return children;
};
