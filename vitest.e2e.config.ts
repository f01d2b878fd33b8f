import { defineConfig } from 'vitest/config';

import { plainSummary } from './vitest.config.js';

/** `npm run test:e2e`: the packed plugin installed from the npm registry into fresh projects (tests/e2e). */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    exclude: ['node_modules/**'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    testTimeout: 300_000,
    hookTimeout: 300_000,
    reporters: ['default', plainSummary],
  },
});
