import type { ReactNode } from 'react';
import { PartBoundary } from '../../components/PartBoundary';
import { MotionProvider } from '../../lib/MotionProvider';

interface IslandFrameProps {
  readonly name: string;
  readonly children: ReactNode;
}

/** What wraps every island, on the server and in its own root alike: one failing island never blanks the page. */
export const IslandFrame = ({ name, children }: IslandFrameProps) => (
  <PartBoundary name={name}>
    <MotionProvider>{children}</MotionProvider>
  </PartBoundary>
);
