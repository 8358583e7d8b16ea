import { lazy, Suspense, useRef, useState } from 'react';
import { PartBoundary } from '../../components/PartBoundary';
import { embedUi } from '../../content/embed';
import { useHydrated } from '../../lib/useHydrated';

// The dialog and its snippet builders load on first use, outside the first-visit bundle.
const EmbedDialog = lazy(() => import('./EmbedDialog').then((module) => ({ default: module.EmbedDialog })));

/**
 * Opens the embed-code dialog. Shown only once the page is interactive: a
 * reader without JavaScript gets no button that cannot work.
 */
export const EmbedButton = () => {
  const isHydrated = useHydrated();
  const [isOpen, setIsOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  if (!isHydrated) return null;

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
