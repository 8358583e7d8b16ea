import type { ReactNode } from 'react';
import { embedParts, type EmbedPartId } from '../../content/embed';

interface EmbedLayoutProps {
  readonly part: EmbedPartId;
  /** The part itself, composed by the app. */
  readonly children: ReactNode;
  /** The credit line, composed by the app (it is interactive in sandboxed frames). */
  readonly credit: ReactNode;
}

/**
 * One part of the explainer inside a newsroom's iframe: no page chrome, a
 * one-line credit and a link to the same part of the full page. It sizes
 * to its content (the app starts the height bridge).
 */
export const EmbedLayout = ({ part, children, credit }: EmbedLayoutProps) => {
  // The story brings its own h1; a single part is named for screen readers by the frame's title.
  const title = part === 'story' ? null : embedParts.find((candidate) => candidate.id === part)?.frameTitle;
  return (
    <div className="embed" data-embed-part={part}>
      <main className="embed__main">
        {title && <h1 className="visually-hidden">{title}</h1>}
        {children}
        {credit}
      </main>
    </div>
  );
};

