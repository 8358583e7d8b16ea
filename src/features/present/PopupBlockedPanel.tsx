import { presentUi } from '../../content/present';
import { DeckPanel } from './DeckPanel';

interface PopupBlockedPanelProps {
  /** The notes window's address, to open by hand. */
  readonly href: string;
  readonly onClose: () => void;
}

/** Shown when the browser refuses to open the speaker notes window. */
export const PopupBlockedPanel = ({ href, onClose }: PopupBlockedPanelProps) => (
  <DeckPanel title={presentUi.buttons.notes} onClose={onClose}>
    <p>{presentUi.popupBlocked}</p>
    <p>
      <a className="deck-link" href={href} target="_blank" rel="noopener">
        {presentUi.popupLink}
      </a>
    </p>
  </DeckPanel>
);
