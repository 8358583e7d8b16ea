import { render, type RenderResult } from '@testing-library/react';
import { MotionGlobalConfig } from 'framer-motion';
import type { ReactElement } from 'react';
import { MotionProvider } from '../src/lib/MotionProvider';

// Animations jump to their end state in jsdom, which has no layout or frames.
MotionGlobalConfig.skipAnimations = true;

/** The same providers the app uses, around `ui` (for tests that render to a string and hydrate). */
export const withProviders = (ui: ReactElement): ReactElement => <MotionProvider>{ui}</MotionProvider>;

/** Renders inside the same providers the app uses; tests never rebuild them. */
export const renderWithProviders = (ui: ReactElement): RenderResult => render(withProviders(ui));
