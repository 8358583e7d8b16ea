import type { DeckAction, DeckOverlay } from './deckState';
import type { DeckCommand } from './keymap';

/**
 * The reducer action for a command, or null for the two that act outside the
 * deck's state (full screen, the notes window) and for 'jump', which needs its
 * digit. Escape/O closes whatever panel is open, else toggles the overview.
 */
export const actionFor = (command: DeckCommand, overlay: DeckOverlay): DeckAction | null => {
  switch (command) {
    case 'next':
    case 'prev':
    case 'first':
    case 'last':
      return { type: command };
    case 'blackout':
      return { type: 'blackout' };
    case 'overview':
      return overlay === 'none' || overlay === 'overview' ? { type: 'toggle', overlay: 'overview' } : { type: 'close' };
    case 'help':
      return { type: 'toggle', overlay: 'help' };
    case 'jump':
    case 'fullscreen':
    case 'notes':
      return null;
    default: {
      const unreachable: never = command;
      return unreachable;
    }
  }
};
