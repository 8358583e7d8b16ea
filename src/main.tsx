import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/App';
import { modeKey, parseMode } from './app/mode';
import './styles/global.css';

const mode = parseMode(window.location.search, window.location.pathname);
const container = document.getElementById('root');

if (mode.theme !== null) document.documentElement.dataset.theme = mode.theme;

if (container !== null) {
  // Hydrate only the tree that was prerendered for this mode; any other mode renders fresh.
  const isPrerendered = container.dataset.prerendered === modeKey(mode);
  const app = (
    <StrictMode>
      <App mode={mode} deferral={isPrerendered ? 'when-visible' : 'eager'} />
    </StrictMode>
  );
  if (isPrerendered) hydrateRoot(container, app);
  else createRoot(container).render(app);
}
