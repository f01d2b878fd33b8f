import type { Reporter, TestModule } from 'vitest/node';
import { defineConfig } from 'vitest/config';

/**
 * After vitest's own summary, one plain line `vitest: N passed, N failed, N skipped`, so a CI log
 * reader that knows no vitest still finds the counts. A test file that failed outside its tests
 * (a `beforeAll`, an import) and an unhandled error each count as one failure.
 */
export const plainSummary: Reporter = {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>) {
    let passed = 0;
    let failed = unhandledErrors.length;
    let skipped = 0;
    for (const testModule of testModules) {
      let moduleFailures = 0;
      for (const test of testModule.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed += 1;
        else if (state === 'failed') moduleFailures += 1;
        else skipped += 1;
      }
      if (moduleFailures === 0 && testModule.state() === 'failed') moduleFailures = 1;
      failed += moduleFailures;
    }
    process.stdout.write(`\nvitest: ${passed} passed, ${failed} failed, ${skipped} skipped\n`);
  },
};

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The packed installs and the peer matrix need the registry and minutes: `npm run test:e2e`.
    exclude: ['tests/e2e/**', 'node_modules/**'],
    // A rule's swallowed exception fails the test that caused it (src/util/guard.ts).
    env: { HTTP_HYGIENE_DEBUG: '1' },
    testTimeout: 120_000,
    hookTimeout: 300_000,
    reporters: ['default', plainSummary],
  },
});
