import { VisuallyHidden } from '../../components/VisuallyHidden';
import { embedUi, type EmbedPartId } from '../../content/embed';
import { site, ui } from '../../content/site';
import { formatDate } from '../../lib/dates';
import { fullExplainerUrl } from './embedUrls';
import { useSandboxedAddress } from './useSandboxedAddress';

// The site is built for the root of its host (README: SITE_URL), so the full page is at '/'.
const SITE_ROOT = '/';

interface EmbedCreditProps {
  readonly part: EmbedPartId;
}

/** The one-line credit and the link to the same part of the full explainer. */
export const EmbedCredit = ({ part }: EmbedCreditProps) => {
  const href = fullExplainerUrl(SITE_ROOT, part);
  const sandboxedAddress = useSandboxedAddress(href);
  return (
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
};
