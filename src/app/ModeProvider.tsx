import { createContext, useContext, type ReactNode } from 'react';
import type { AppMode } from './mode';

/** Static, read-once configuration (Guardian ADR 028: context only for global, immutable values). */
const ModeContext = createContext<AppMode | undefined>(undefined);

interface ModeProviderProps {
  readonly mode: AppMode;
  readonly children: ReactNode;
}

export const ModeProvider = ({ mode, children }: ModeProviderProps) => (
  <ModeContext.Provider value={mode}>{children}</ModeContext.Provider>
);

export const useMode = (): AppMode => {
  const mode = useContext(ModeContext);
  if (mode === undefined) throw new Error('useMode must be used inside <ModeProvider>');
  return mode;
};
