import { useEffect, useId, useRef, type ReactNode } from 'react';
import { presentUi } from '../../content/present';

interface DeckPanelProps {
  readonly title: string;
  readonly onClose: () => void;
  readonly children: ReactNode;
  /** Wide panels (the overview) use the whole canvas. */
  readonly isWide?: boolean;
}

/**
 * A modal panel drawn over the slides, inside the scaled canvas so it is as
 * legible as they are. The deck makes everything else inert while it is open;
 * focus starts on the panel and the deck puts it back when it closes.
 */
export const DeckPanel = ({ title, onClose, children, isWide = false }: DeckPanelProps) => {
  const titleId = useId();
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = panel.current;
    // The panel's own initial focus (e.g. the current slide in the overview) wins.
    if (element !== null && !element.contains(document.activeElement)) element.focus();
  }, []);
  return (
    <div
      ref={panel}
      className={isWide ? 'deck-panel deck-panel--wide' : 'deck-panel'}
      role="dialog"
      aria-modal="true"
      aria-labelledby={titleId}
      tabIndex={-1}
    >
      <div className="deck-panel__head">
        <h2 id={titleId} className="deck-panel__title">
          {title}
        </h2>
        <button type="button" className="deck-button deck-button--text" onClick={onClose}>
          {presentUi.buttons.close}
        </button>
      </div>
      {children}
    </div>
  );
};
