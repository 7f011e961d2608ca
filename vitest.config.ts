import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The end-to-end tests start node or run whole reports; on a busy shared machine 5 s is not
    // enough. Speed is measured by `npm run bench`, never by a test's timeout.
    testTimeout: 60_000,
  },
});
