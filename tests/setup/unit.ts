import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Components that check or save in the background (the studio's as-you-type check waits 0.4 s,
// then parses the scenario) settle within a second on an idle machine but not under a loaded CI
// run; what `findBy` and `waitFor` expect stays the same, only how long they may wait grows.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
  // Drafts of answers live in sessionStorage: each test starts with a fresh tab.
  if (typeof window !== 'undefined') window.sessionStorage.clear();
});
