import type { ReactNode } from 'react';
import { VisuallyHidden } from '../../components/VisuallyHidden';
import { embedParts, embedUi, type EmbedPartId } from '../../content/embed';
import { site, ui } from '../../content/site';
import { formatDate } from '../../lib/dates';
import { fullExplainerUrl } from './embedUrls';
import { useEmbedBridge } from './useEmbedBridge';
import { useSandboxedAddress } from './useSandboxedAddress';

// The site is built for the root of its host (README: SITE_URL), so the full page is at '/'.
const SITE_ROOT = '/';

interface EmbedLayoutProps {
  readonly part: EmbedPartId;
  /** The part itself, composed by the app. */
  readonly children: ReactNode;
}

/**
 * One part of the explainer inside a newsroom's iframe: no page chrome, a
 * one-line credit and a link to the same part of the full page. It sizes
 * to its content and tells the host its height.
 */
export const EmbedLayout = ({ part, children }: EmbedLayoutProps) => {
  useEmbedBridge();
  const href = fullExplainerUrl(SITE_ROOT, part);
  const sandboxedAddress = useSandboxedAddress(href);
  // The story brings its own h1; a single part is named for screen readers by the frame's title.
  const title = part === 'story' ? null : embedParts.find((candidate) => candidate.id === part)?.frameTitle;
  return (
    <div className="embed" data-embed-part={part}>
      <main className="embed__main">
        {title && <h1 className="visually-hidden">{title}</h1>}
        {children}
        <EmbedCredit href={href} sandboxedAddress={sandboxedAddress} />
      </main>
    </div>
  );
};

interface EmbedCreditProps {
  readonly href: string;
  readonly sandboxedAddress: string | null;
}

/** The one-line credit and the link to the same part of the full explainer. */
const EmbedCredit = ({ href, sandboxedAddress }: EmbedCreditProps) => (
      <p className="embed__credit">
        <span>{site.shortTitle}</span>
        <span aria-hidden="true"> · </span>
        <span>{site.byline}</span>
        <span aria-hidden="true"> · </span>
        <span>
          {ui.asOfLabel} <time dateTime={site.asOf}>{formatDate(site.asOf)}</time>
        </span>
        <span aria-hidden="true"> · </span>
        {/* noreferrer too: the frame's own address carries the host page's URL (pym's parentUrl). */}
        <a className="embed__open" href={href} target="_blank" rel="noopener noreferrer">
          {/* The space sits outside the hidden span so every name algorithm keeps it. */}
          {embedUi.openFull} <VisuallyHidden>{embedUi.opensInNewTab}</VisuallyHidden>
        </a>
        {sandboxedAddress !== null && (
          <span className="embed__address">
            {' '}
            {embedUi.sandboxedAddress} <span className="embed__url">{sandboxedAddress}</span>
          </span>
        )}
      </p>
);
