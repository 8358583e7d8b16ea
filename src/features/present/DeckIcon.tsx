// Simple line drawings on a 24-unit grid; the buttons carry the accessible names.
const PATHS = {
  prev: 'M15 5 8 12l7 7',
  next: 'M9 5l7 7-7 7',
  overview: 'M4 4h7v7H4zM13 4h7v7h-7zM4 13h7v7H4zM13 13h7v7h-7z',
  notes: 'M5 4h14v16H5zM8 8h8M8 12h8M8 16h5',
  fullscreen: 'M4 9V4h5M15 4h5v5M20 15v5h-5M9 20H4v-5',
  help: 'M9.5 9a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .9-1 1.6V14M12 17.5v.5M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18z',
  print: 'M7 9V3h10v6M7 17H4V9h16v8h-3M7 14h10v7H7z',
  exit: 'M6 6l12 12M18 6 6 18',
} as const;

export type DeckIconName = keyof typeof PATHS;

interface DeckIconProps {
  readonly name: DeckIconName;
}

export const DeckIcon = ({ name }: DeckIconProps) => (
  <svg className="deck-icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
    <path d={PATHS[name]} />
  </svg>
);
