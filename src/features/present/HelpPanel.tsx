import { presentUi } from '../../content/present';
import { DeckPanel } from './DeckPanel';
import { keymap } from './keymap';

interface HelpPanelProps {
  readonly onClose: () => void;
}

const keyName = (key: string): string =>
  (presentUi.keyNames as Readonly<Record<string, string>>)[key] ?? key.toUpperCase();

/** The keymap table, as the deck reads it: one row per command. */
export const HelpPanel = ({ onClose }: HelpPanelProps) => (
  <DeckPanel title={presentUi.helpTitle} onClose={onClose}>
    <p className="deck-panel__intro">{presentUi.helpIntro}</p>
    <table className="keys">
      <thead>
        <tr>
          <th scope="col">{presentUi.helpKeyColumn}</th>
          <th scope="col">{presentUi.helpActionColumn}</th>
        </tr>
      </thead>
      <tbody>
        {keymap.map((binding) => (
          <tr key={binding.command}>
            <td>
              {binding.keys.map((key) => (
                <kbd key={key}>{keyName(key)}</kbd>
              ))}
            </td>
            <td>{presentUi.commands[binding.command]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  </DeckPanel>
);
