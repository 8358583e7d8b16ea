import { presentUi } from '../../content/present';
import { DeckIcon, type DeckIconName } from './DeckIcon';
import { fillTemplate } from '../../lib/template';

export type DeckButton = 'prev' | 'next' | 'overview' | 'notes' | 'fullscreen' | 'help' | 'print' | 'exit';

interface DeckBarProps {
  readonly position: number;
  readonly total: number;
  /** Digits typed so far for a jump, shown so the presenter sees what Enter will do. */
  readonly typed: string;
  readonly isFullscreenAvailable: boolean;
  readonly isFullscreen: boolean;
  readonly onButton: (button: DeckButton) => void;
}

const TOOLS: readonly DeckIconName[] = ['overview', 'notes', 'fullscreen', 'help', 'print', 'exit'];

/** Counter and controls along the bottom of the slide. Buttons never take focus away from where it is. */
export const DeckBar = ({ position, total, typed, isFullscreenAvailable, isFullscreen, onButton }: DeckBarProps) => (
  <div className="deck-bar">
    <p className="deck-bar__counter">
      {typed === '' ? fillTemplate(presentUi.counter, { n: position, total }) : `${presentUi.jumpPrompt} ${typed}…`}
    </p>
    <div className="deck-bar__buttons" role="group" aria-label={presentUi.controlsLabel}>
    {(['prev', 'next'] as const).map((name) => (
      <button key={name} type="button" className="deck-button" aria-label={presentUi.buttons[name]} title={presentUi.buttons[name]} onClick={() => onButton(name)}>
        <DeckIcon name={name} />
      </button>
    ))}
    <span className="deck-bar__gap" />
    {TOOLS.filter((name) => name !== 'fullscreen' || isFullscreenAvailable).map((name) => (
      <button
        key={name}
        type="button"
        className="deck-button"
        aria-label={presentUi.buttons[name]}
        aria-pressed={name === 'fullscreen' ? isFullscreen : undefined}
        title={presentUi.buttons[name]}
        onClick={() => onButton(name)}
      >
        <DeckIcon name={name} />
      </button>
    ))}
    </div>
  </div>
);
