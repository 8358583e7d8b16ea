import { storySections } from '../content/story';
import { EmbedLayout } from '../features/embed/EmbedLayout';
import { StoryIntro } from '../features/story/StoryIntro';
import { StorySectionFrame } from '../features/story/StorySectionFrame';
import { Island } from './Island';
import type { EmbedPart } from './mode';

interface EmbedPageProps {
  readonly part: EmbedPart;
}

/** One part of the explainer for a newsroom's iframe, in a static layout that never depends on scrolling. */
export const EmbedPage = ({ part }: EmbedPageProps) => (
  <EmbedLayout part={part} credit={<Island name="embedCredit" props={{ part }} />}>
    <EmbeddedPart part={part} />
  </EmbedLayout>
);

const EmbeddedPart = ({ part }: EmbedPageProps) => {
  switch (part) {
    case 'story':
      return (
        <>
          <StoryIntro />
          <Island name="keyPoints" props={{}} />
          <div className="story">
            {storySections.map((section) => (
              <StorySectionFrame key={section.id} sectionId={section.id}>
                <Island name="section" props={{ sectionId: section.id, isFlat: true }} />
                {'slot' in section && section.slot !== undefined && (
                  <Island name={section.slot} props={{ placement: 'embedded-story' }} />
                )}
              </StorySectionFrame>
            ))}
          </div>
        </>
      );
    case 'keypoints':
      return <Island name="keyPoints" props={{}} />;
    case 'map':
      return <Island name="map" props={{}} />;
    case 'timeline':
      return (
        <>
          <Island name="timeline" props={{ placement: 'standalone' }} />
          <Island name="troops" props={{ placement: 'standalone' }} />
        </>
      );
    case 'proposals':
      return <Island name="proposals" props={{ placement: 'standalone' }} />;
    case 'actors':
      return <Island name="actors" props={{ placement: 'standalone' }} />;
    default: {
      const unreachable: never = part;
      return unreachable;
    }
  }
};
