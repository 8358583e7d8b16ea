import { storySections } from '../../content/sections';
import { ContentsBar, type ContentsEntry } from '../../features/contents/ContentsBar';
import { sectionHeadingId } from '../../features/story/sectionIds';

const entries: readonly ContentsEntry[] = storySections.map((section) => ({ id: section.id, label: section.kicker }));

/** After the browser has followed a contents link to a section, focus goes to its heading (the reader's place for Tab and screen readers). */
const focusHeading = (sectionId: string) => {
  requestAnimationFrame(() => {
    const heading = document.getElementById(sectionHeadingId(sectionId));
    if (heading === null) return;
    if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
    heading.focus({ preventScroll: true });
  });
};

/** The contents bar of the article page. */
export const ContentsIsland = () => <ContentsBar entries={entries} onNavigate={focusHeading} />;
