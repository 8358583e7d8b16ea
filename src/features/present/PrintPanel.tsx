import { presentUi } from '../../content/present';
import { DeckPanel } from './DeckPanel';

interface PrintPanelProps {
  readonly printsNotes: boolean;
  readonly onPrintsNotesChange: (printsNotes: boolean) => void;
  readonly onPrint: () => void;
  readonly onClose: () => void;
}

/** The handout's one option, then the browser's print dialog. */
export const PrintPanel = ({ printsNotes, onPrintsNotesChange, onPrint, onClose }: PrintPanelProps) => (
  <DeckPanel title={presentUi.printTitle} onClose={onClose}>
    <p className="deck-panel__intro">{presentUi.printIntro}</p>
    <label className="deck-check">
      <input type="checkbox" checked={printsNotes} onChange={(event) => onPrintsNotesChange(event.target.checked)} />
      {presentUi.printNotesToggle}
    </label>
    <p>
      <button type="button" className="deck-button deck-button--text deck-button--primary" onClick={onPrint}>
        {presentUi.printAction}
      </button>
    </p>
  </DeckPanel>
);
