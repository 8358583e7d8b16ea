import type { ReactNode } from 'react';
import { PartBoundary } from '../../components/PartBoundary';

interface IslandFrameProps {
  readonly name: string;
  readonly children: ReactNode;
}

/**
 * What wraps every island, on the server and in its own root alike: one
 * failing island never blanks the page. Islands that animate bring their own
 * MotionProvider, so the entry (and the still islands) carry no Motion code.
 */
export const IslandFrame = ({ name, children }: IslandFrameProps) => <PartBoundary name={name}>{children}</PartBoundary>;
