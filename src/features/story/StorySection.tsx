import type { ReactNode } from 'react';
import { PartBoundary } from '../../components/PartBoundary';
import { RichText } from '../../components/RichText';
import { resolveInlines } from '../../content/cites';
import type { GraphicState, StorySection as StorySectionContent, StoryStep } from '../../content/types';
import { FlatSteps } from './FlatSteps';
import { ScrollySteps } from './ScrollySteps';

interface StorySectionProps {
  readonly section: StorySectionContent;
  readonly steps: readonly StoryStep[];
  readonly allSteps: readonly StoryStep[];
  readonly activeId: string | null;
  readonly isFlat: boolean;
  readonly renderGraphic: (state: GraphicState) => ReactNode;
  readonly highlightedSteps: ReadonlySet<string> | null;
  /** The feature placed in this section (timeline, cards, actors…), composed by the app. */
  readonly slot?: ReactNode;
}

export const StorySection = ({ section, steps, allSteps, activeId, isFlat, renderGraphic, highlightedSteps, slot }: StorySectionProps) => {
  const headingId = `section-${section.id}-heading`;
  return (
    <section className={`story-section story-section--${section.id}`} id={section.id} aria-labelledby={headingId}>
      <header className="story-section__header">
        <p className="kicker">{section.kicker}</p>
        <h2 id={headingId}>{section.heading}</h2>
        {'intro' in section && section.intro && (
          <p className="story-section__intro">
            <RichText inlines={resolveInlines(section.intro)} />
          </p>
        )}
      </header>
      {steps.length > 0 && (
        <PartBoundary name={`steps-${section.id}`}>
          {isFlat ? (
            <FlatSteps steps={steps} renderGraphic={renderGraphic} highlightedSteps={highlightedSteps} />
          ) : (
            <ScrollySteps
              steps={steps}
              allSteps={allSteps}
              activeId={activeId}
              renderGraphic={renderGraphic}
              highlightedSteps={highlightedSteps}
            />
          )}
        </PartBoundary>
      )}
      {slot !== undefined && <PartBoundary name={`slot-${section.id}`}>{slot}</PartBoundary>}
    </section>
  );
};
