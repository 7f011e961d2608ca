import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The end-to-end tests start the CLI, several times a test; on a busy shared machine one start
    // alone can take seconds, so the default 5 s would fail tests that are not wrong.
    testTimeout: 60_000,
  },
});
