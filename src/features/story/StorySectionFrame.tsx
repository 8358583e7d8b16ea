import type { ReactNode } from 'react';
import type { SectionId } from '../../content/types';
import { sectionHeadingId } from './StorySectionBody';

interface StorySectionFrameProps {
  readonly sectionId: SectionId;
  readonly children: ReactNode;
}

/** The landmark around a section: named by the heading its body renders. */
export const StorySectionFrame = ({ sectionId, children }: StorySectionFrameProps) => (
  <section className={`story-section story-section--${sectionId}`} id={sectionId} aria-labelledby={sectionHeadingId(sectionId)}>
    {children}
  </section>
);
