/**
 * The one place an internal exception may be swallowed. A rule that cannot decide about some code
 * says nothing there and the user's lint goes on; with `HTTP_HYGIENE_DEBUG=1` (set by the tests and
 * the corpus run) the exception is rethrown, so a broken rule cannot hide. To report one: run ESLint
 * once with `HTTP_HYGIENE_DEBUG=1` and file the stack it prints.
 */
export function guarded<T>(fallback: T, work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (debugEnabled()) throw error;
    return fallback;
  }
}

/** True when swallowed exceptions must surface: `HTTP_HYGIENE_DEBUG=1`. */
export function debugEnabled(): boolean {
  return process.env['HTTP_HYGIENE_DEBUG'] === '1';
}
