import type { MouseEvent, Ref } from 'react';
import { presentLinkUi } from '../../content/presentLink';

interface PresentLinkProps {
  /** Switches to the deck in place; without JavaScript the link loads `?present` instead. */
  readonly onPresent: () => void;
  /** Focus comes back here when the presenter leaves the deck. */
  readonly ref?: Ref<HTMLAnchorElement>;
  /** Called on hover or focus, so the deck's code can load before the click. */
  readonly onIntent?: () => void;
}

/** The "Present" control in the article's header. */
export const PresentLink = ({ onPresent, ref, onIntent }: PresentLinkProps) => {
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    // New tab, new window, download: the browser's job.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    onPresent();
  };
  return (
    <a ref={ref} className="present-link" data-needs-js="" href="?present" aria-label={presentLinkUi.description} onClick={handleClick} onPointerEnter={onIntent} onFocus={onIntent}>
      {presentLinkUi.label}
    </a>
  );
};
