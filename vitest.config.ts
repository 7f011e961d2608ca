import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Tests measure results, never time: an end-to-end test that runs the CLI a few times may take
    // many seconds on a shared, busy machine, and must not fail for it.
    testTimeout: 60_000,
  },
});
