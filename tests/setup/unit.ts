import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
  // Drafts of answers live in sessionStorage: each test starts with a fresh tab.
  if (typeof window !== 'undefined') window.sessionStorage.clear();
});
