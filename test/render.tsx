import { render, type RenderResult } from '@testing-library/react';
import { MotionGlobalConfig } from 'framer-motion';
import type { ReactElement } from 'react';
import type { AppMode } from '../src/app/mode';
import { ModeProvider } from '../src/app/ModeProvider';
import { MotionProvider } from '../src/lib/MotionProvider';

// Animations jump to their end state in jsdom, which has no layout or frames.
MotionGlobalConfig.skipAnimations = true;

/** The same providers the app uses, around `ui` (for tests that render to a string and hydrate). */
export const withProviders = (ui: ReactElement, mode: AppMode = { kind: 'article', theme: null }): ReactElement => (
  <ModeProvider mode={mode}>
    <MotionProvider>{ui}</MotionProvider>
  </ModeProvider>
);

/** Renders inside the same providers the app uses; tests never rebuild them. */
export const renderWithProviders = (ui: ReactElement, mode: AppMode = { kind: 'article', theme: null }): RenderResult =>
  render(withProviders(ui, mode));
