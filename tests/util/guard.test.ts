import { afterEach, describe, expect, it } from 'vitest';

import { debugEnabled, guarded } from '../../src/util/guard.js';

const saved = process.env['HTTP_HYGIENE_DEBUG'];

afterEach(() => {
  if (saved === undefined) delete process.env['HTTP_HYGIENE_DEBUG'];
  else process.env['HTTP_HYGIENE_DEBUG'] = saved;
});

const failing = (): number => {
  throw new Error('a rule that cannot decide');
};

describe('guarded', () => {
  it('runs under the tests with HTTP_HYGIENE_DEBUG=1, so a swallowed exception fails the test', () => {
    expect(debugEnabled()).toBe(true);
    expect(() => guarded(0, failing)).toThrow('a rule that cannot decide');
  });

  it("keeps a user's lint running without the variable: the fallback, no exception", () => {
    delete process.env['HTTP_HYGIENE_DEBUG'];
    expect(debugEnabled()).toBe(false);
    expect(guarded(7, failing)).toBe(7);
  });

  it('returns the value of work that does not throw', () => {
    expect(guarded(0, () => 42)).toBe(42);
  });

  it('rethrows only for exactly 1', () => {
    process.env['HTTP_HYGIENE_DEBUG'] = 'true';
    expect(guarded(3, failing)).toBe(3);
  });
});
