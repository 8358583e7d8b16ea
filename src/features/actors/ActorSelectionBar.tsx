import { useRef, type KeyboardEvent } from 'react';
import { actorsUi } from '../../content/actors';
import type { ActorId } from '../../content/types';
import { actorToggleId } from './ActorRow';
import { ACTORS_PANEL_ID } from './ActorsPanel';
import { describeSelection } from './selectionMessage';

interface ActorSelectionBarProps {
  readonly selectedActorId: ActorId | null;
  readonly onClear: () => void;
}

const isKeyboardFocus = (element: Element | null): boolean => {
  try {
    return element?.matches(':focus-visible') ?? false;
  } catch {
    return false;
  }
};

/**
 * Pinned to the bottom of the window while a selection dims the page, so a
 * reader far from the panel (or arriving from a shared link) sees why, and
 * can clear it. Not a live region: the panel's status line already speaks.
 */
export const ActorSelectionBar = ({ selectedActorId, onClear }: ActorSelectionBarProps) => {
  const barRef = useRef<HTMLElement>(null);
  if (selectedActorId === null) return null;

  const handleClear = () => {
    // A keyboard user would lose focus with the bar; their place is the toggle they can select again.
    const wasKeyboard = barRef.current?.contains(document.activeElement) === true && isKeyboardFocus(document.activeElement);
    onClear();
    if (wasKeyboard) document.getElementById(actorToggleId(selectedActorId))?.focus();
  };
  const handleKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') handleClear();
  };

  return (
    <aside className="selection-bar" ref={barRef} onKeyDown={handleKeyDown} aria-label={actorsUi.selectionBarLabel}>
      <p className="selection-bar__text">
        <strong>{actorsUi.highlighting}</strong> {describeSelection(selectedActorId)}
      </p>
      <a className="selection-bar__link" href={`#${ACTORS_PANEL_ID}`}>
        {actorsUi.backToPanel}
      </a>
      <button type="button" className="selection-bar__clear" onClick={handleClear}>
        {actorsUi.clear} <span className="selection-bar__clear-what">{actorsUi.clearWhat}</span>
      </button>
    </aside>
  );
};
