/**
 * The deck's one keymap (reveal.js conventions; clickers send PageUp/PageDown,
 * some send "." or B to blank the screen). The help dialog lists this table.
 */

export type DeckCommand =
  | 'next'
  | 'prev'
  | 'first'
  | 'last'
  | 'jump'
  | 'fullscreen'
  | 'notes'
  | 'blackout'
  | 'overview'
  | 'help';

export interface KeyBinding {
  readonly command: DeckCommand;
  /** KeyboardEvent.key values; letters match either case. `Shift+ ` is Shift+Space, `0-9` any digit. */
  readonly keys: readonly string[];
}

export const keymap = [
  { command: 'next', keys: ['ArrowRight', 'ArrowDown', ' ', 'PageDown', 'n'] },
  { command: 'prev', keys: ['ArrowLeft', 'ArrowUp', 'PageUp', 'p', 'Backspace', 'Shift+ '] },
  { command: 'first', keys: ['Home'] },
  { command: 'last', keys: ['End'] },
  { command: 'jump', keys: ['0-9', 'Enter'] },
  { command: 'fullscreen', keys: ['f'] },
  { command: 'notes', keys: ['s'] },
  { command: 'blackout', keys: ['b', '.'] },
  { command: 'overview', keys: ['Escape', 'o'] },
  { command: 'help', keys: ['?'] },
] as const satisfies readonly KeyBinding[];

/** The parts of a KeyboardEvent the keymap looks at, plus what has focus. */
export interface KeyPress {
  readonly key: string;
  readonly shiftKey: boolean;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
  /** 'text' for inputs and editable content, 'control' for buttons and links, else 'other'. */
  readonly focus: 'text' | 'control' | 'other';
}

/** What a key press asks for: a command, or one digit of a slide number, or its Enter. */
export type KeyIntent =
  | { readonly command: Exclude<DeckCommand, 'jump'> }
  | { readonly command: 'jump'; readonly digit: string | null };

const chordOf = (press: KeyPress): string => {
  if (press.key === ' ' && press.shiftKey) return 'Shift+ ';
  if (/^[0-9]$/.test(press.key)) return '0-9';
  return press.key.length === 1 ? press.key.toLowerCase() : press.key;
};

const bindingFor = new Map<string, DeckCommand>(
  keymap.flatMap((binding) => binding.keys.map((key): [string, DeckCommand] => [key, binding.command])),
);

/**
 * Null means "not ours": the browser keeps the key. Nothing acts while typing
 * or with Ctrl, Meta or Alt held. Space and Enter on a focused button or link
 * stay the browser's (they press it); Enter only jumps once digits are typed.
 */
export const intentFor = (press: KeyPress, hasTypedDigits: boolean): KeyIntent | null => {
  if (press.focus === 'text' || press.ctrlKey || press.metaKey || press.altKey) return null;
  const chord = chordOf(press);
  const command = bindingFor.get(chord);
  if (command === undefined) return null;
  if (command === 'jump') {
    if (chord === '0-9') return { command, digit: press.key };
    return hasTypedDigits ? { command, digit: null } : null;
  }
  if (press.focus === 'control' && (chord === ' ' || chord === 'Shift+ ')) return null;
  return { command };
};
