import { defineConfig } from 'vitest/config';

import { plainSummary } from './vitest.config.js';

/** `npm run test:e2e`: the packed plugin installed from the npm registry into fresh projects (tests/e2e). */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    exclude: ['node_modules/**'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    // Generous: on a loaded 2-core machine one typed lint or tsc run can take minutes.
    testTimeout: 900_000,
    hookTimeout: 900_000,
    reporters: ['default', plainSummary],
  },
});
