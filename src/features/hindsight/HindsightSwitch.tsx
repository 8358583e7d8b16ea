import { useId, useState } from 'react';
import { ui } from '../../content/site';

interface HindsightSwitchProps {
  readonly isOn: boolean;
  /** Gets the pressed button, so the page can keep it where the reader saw it. */
  readonly onToggle: (isOn: boolean, button: HTMLButtonElement) => void;
  /** The header's switch keeps its hint for screen readers; the section's shows it. */
  readonly showsHint: boolean;
}

/**
 * The one control of the hindsight layer: a toggle button (aria-pressed)
 * whose name never changes. Its own live region says what changed, as the
 * additions appear far from the button.
 */
export const HindsightSwitch = ({ isOn, onToggle, showsHint }: HindsightSwitchProps) => {
  const hintId = useId();
  const [announcement, setAnnouncement] = useState('');
  return (
    <div className="hindsight-switch" data-shows-hint={showsHint ? 'true' : undefined}>
      <button
        type="button"
        className="hindsight-switch__button"
        aria-pressed={isOn}
        aria-describedby={hintId}
        onClick={(event) => {
          onToggle(!isOn, event.currentTarget);
          setAnnouncement(isOn ? ui.hindsightAnnounceOff : ui.hindsightAnnounceOn);
        }}
      >
        <span className="hindsight-switch__track" aria-hidden="true">
          <span className="hindsight-switch__thumb" />
        </span>
        <span className="hindsight-switch__label">{ui.hindsightSwitchLabel}</span>
      </button>
      <p id={hintId} className={showsHint ? 'hindsight-switch__hint' : 'visually-hidden'}>
        {ui.hindsightSwitchHint}
      </p>
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
    </div>
  );
};
