import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
  // Files share one jsdom per worker (isolate: false): no test inherits another's address or hash.
  window.history.replaceState(null, '', '/');
});
