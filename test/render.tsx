import { render, type RenderResult } from '@testing-library/react';
import { MotionGlobalConfig } from 'framer-motion';
import type { ReactElement } from 'react';
import type { AppMode } from '../src/app/mode';
import { ModeProvider } from '../src/app/ModeProvider';
import { MotionProvider } from '../src/lib/MotionProvider';

// Animations jump to their end state in jsdom, which has no layout or frames.
MotionGlobalConfig.skipAnimations = true;

/** Renders inside the same providers the app uses; tests never rebuild them. */
export const renderWithProviders = (ui: ReactElement, mode: AppMode = { kind: 'article', theme: null }): RenderResult =>
  render(
    <ModeProvider mode={mode}>
      <MotionProvider>{ui}</MotionProvider>
    </ModeProvider>,
  );
