import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/work/**', 'node_modules/**'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
