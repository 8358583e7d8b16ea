import { lazy, Suspense, useRef, useState } from 'react';
import { PartBoundary } from '../../components/PartBoundary';
import { embedUi } from '../../content/embed';

// The dialog and its snippet builders load on first use, outside the first-visit bundle.
const EmbedDialog = lazy(() => import('./EmbedDialog').then((module) => ({ default: module.EmbedDialog })));

/**
 * Opens the embed-code dialog. Prerendered with the page, so the header never
 * shifts when scripts arrive; a reader without JavaScript does not see it
 * (public/noscript.css hides what needs scripts).
 */
export const EmbedButton = () => {
  const [isOpen, setIsOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);

  const handleClose = () => {
    setIsOpen(false);
    buttonRef.current?.focus();
  };

  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className="embed-action embed-button"
        data-needs-js=""
        aria-haspopup="dialog"
        aria-label={embedUi.embedButtonLabel}
        onClick={() => setIsOpen(true)}
      >
        <span aria-hidden="true">&lt;/&gt;</span> {embedUi.embedButton}
      </button>
      {isOpen && (
        <PartBoundary name="embed-dialog">
          <Suspense fallback={null}>
            <EmbedDialog onClose={handleClose} />
          </Suspense>
        </PartBoundary>
      )}
    </>
  );
};
