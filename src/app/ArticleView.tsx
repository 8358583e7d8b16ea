import { storySections } from '../content/story';
import { site, ui } from '../content/site';
import type { SectionId } from '../content/types';
import { EmbedButton } from '../features/embed/EmbedButton';
import { StoryIntro } from '../features/story/StoryIntro';
import { StoryScrollTracker } from '../features/story/StoryScrollTracker';
import { DeferredPart } from '../lib/DeferredPart';
import { storySectionPart } from './parts';

/** Stable props per section: deferred parts must never see their props change. */
const sectionProps = Object.fromEntries(storySections.map((section) => [section.id, { sectionId: section.id }])) as Record<
  SectionId,
  { readonly sectionId: SectionId }
>;

/** A section hydrates once its top passes the lower third of the screen, or on first touch, hover or focus. */
const SECTION_TRIGGER = '0px 0px -35% 0px';

/** The full page: story, timeline, proposals, actors and sources, in reading order. */
export const ArticleView = () => (
  <>
    <a className="skip-link" href="#main">
      {ui.skipLink}
    </a>
    <header className="site-header">
      <p className="site-header__title">{site.shortTitle}</p>
      <EmbedButton />
    </header>
    <main id="main" tabIndex={-1}>
      <StoryIntro />
      <div className="story">
        <StoryScrollTracker />
        {storySections.map((section) => (
          <DeferredPart
            key={section.id}
            module={storySectionPart}
            props={sectionProps[section.id]}
            name={`section-${section.id}`}
            rootMargin={SECTION_TRIGGER}
          />
        ))}
      </div>
    </main>
    <footer className="site-footer">
      <p>{ui.footerNote}</p>
    </footer>
  </>
);
