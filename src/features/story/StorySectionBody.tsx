import type { ReactNode } from 'react';
import { PartBoundary } from '../../components/PartBoundary';
import { RichText } from '../../components/RichText';
import { resolveInlines } from '../../content/cites';
import { ui } from '../../content/site';
import { storySteps } from '../../content/story';
import { fillTemplate } from '../../lib/template';
import type { GraphicState, StorySection as StorySectionContent } from '../../content/types';
import { FlatSteps } from './FlatSteps';
import { ScrollySteps } from './ScrollySteps';
import { sectionHeadingId } from './sectionIds';

interface StorySectionBodyProps {
  readonly section: StorySectionContent;
  /** True unrolls the steps (embeds, print): no sticky graphic, nothing tied to scrolling. */
  readonly isFlat: boolean;
  /** The story step at the middle of the screen, page-wide (null above the story). */
  readonly activeId: string | null;
  readonly renderGraphic: (state: GraphicState) => ReactNode;
  /** Steps to keep at full strength while a selection is active; null when nothing is selected. */
  readonly highlightedSteps: ReadonlySet<string> | null;
}

/** A section's heading, intro and steps (scrolly or flat); the feature placed in it is composed by the app. */
export const StorySectionBody = ({ section, isFlat, activeId, renderGraphic, highlightedSteps }: StorySectionBodyProps) => {
  const steps = storySteps.filter((step) => step.section === section.id);
  return (
    <>
      <header className="story-section__header">
        <p className="kicker">
          {section.kicker}{' '}
          {/* A link to share the section by (#proposals), beside the heading rather than in it, which names the section. */}
          <a className="heading-link" href={`#${section.id}`} aria-label={fillTemplate(ui.headingLinkLabel, { heading: section.heading })}>
            #
          </a>
        </p>
        <h2 id={sectionHeadingId(section.id)}>{section.heading}</h2>
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
            <ScrollySteps steps={steps} allSteps={storySteps} activeId={activeId} renderGraphic={renderGraphic} highlightedSteps={highlightedSteps} />
          )}
        </PartBoundary>
      )}
    </>
  );
};

export { sectionHeadingId } from './sectionIds';
