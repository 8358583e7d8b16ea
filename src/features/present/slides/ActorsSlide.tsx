import type { ReactNode } from 'react';
import type { BriefingSlide } from '../../../content/briefing';
import { SlideLayout } from '../SlideLayout';
import { slideCites, slideKicker, slideTitle } from '../slideModel';

interface ActorsSlideProps {
  readonly slide: Extract<BriefingSlide, { kind: 'actors' }>;
  /** Who asks what of whom, with its key: the actors feature's relations figure, composed by the app. */
  readonly children: ReactNode;
}

/** Who is who, as one picture: the relations between the players, sourced along the bottom. */
export const ActorsSlide = ({ slide, children }: ActorsSlideProps) => (
  <SlideLayout layout="wide" kicker={slideKicker(slide)} title={slideTitle(slide)} cites={slideCites(slide, 'all')}>
    {children}
  </SlideLayout>
);
