import { site, ui } from '../content/site';
import { storySections } from '../content/story';
import { StoryIntro } from '../features/story/StoryIntro';
import { StorySectionFrame } from '../features/story/StorySectionFrame';
import { Island } from './Island';

/**
 * The full page in reading order. Everything is prerendered; only the
 * islands (the header's controls, each section's steps and graphic, and each
 * feature) load code, each when the reader nears it.
 */
export const ArticlePage = () => (
  <>
    <a className="skip-link" href="#main">
      {ui.skipLink}
    </a>
    <header className="site-header">
      <p className="site-header__title">{site.shortTitle}</p>
      <Island name="header" props={{}} />
    </header>
    <Island name="contents" props={{}} />
    <main id="main" tabIndex={-1}>
      <StoryIntro />
      <Island name="keyPoints" props={{}} />
      <div className="story" data-story="">
        {storySections.map((section) => (
          <StorySectionFrame key={section.id} sectionId={section.id}>
            <Island name="section" props={{ sectionId: section.id, isFlat: false }} />
            {'slot' in section && section.slot !== undefined && <Island name={section.slot} props={{ placement: 'article' }} />}
          </StorySectionFrame>
        ))}
      </div>
    </main>
    <footer className="site-footer">
      <p>{ui.footerNote}</p>
    </footer>
  </>
);
