import { useEffect, useState } from 'react';

/**
 * The section crossing the middle of the viewport (null above the first), by
 * IntersectionObserver: no scroll listener, no layout reads. Between two
 * sections' edges the last one stays current.
 */
export const useCurrentSection = (sectionIds: readonly string[]): string | null => {
  const [current, setCurrent] = useState<string | null>(null);
  useEffect(() => {
    if (typeof IntersectionObserver === 'undefined') return undefined;
    const sections = sectionIds.map((id) => document.getElementById(id)).filter((element): element is HTMLElement => element !== null);
    const first = sections[0];
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (entry.isIntersecting) setCurrent(entry.target.id);
          // The first section left the line downwards: the reader is back in the intro.
          else if (entry.target === first && entry.boundingClientRect.top > (entry.rootBounds?.top ?? 0)) setCurrent(null);
        }
      },
      { rootMargin: '-50% 0px -50% 0px', threshold: 0 },
    );
    sections.forEach((section) => observer.observe(section));
    return () => observer.disconnect();
  }, [sectionIds]);
  return current;
};
