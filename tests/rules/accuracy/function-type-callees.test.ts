// Functions typed like `fetch` and called by a name that does not say so: the file declares the
// name with the type (a parameter property, a field, an interface member, a `const` chosen from an
// option). The callee's type is asked only of such names (src/http/function-type-call.ts); these
// pin that the gate lets them through. Shapes from SDK clients that take a `fetch` option.
import type { InvalidTestCase } from '@typescript-eslint/rule-tester';
import type { TSESLint } from '@typescript-eslint/utils';

import rule from '../../../src/rules/require-request-timeout.js';
import { typedRuleTester } from '../../rule-tester.js';

type RuleInvalidCase = typeof rule extends TSESLint.RuleModule<infer M, infer O> ? InvalidTestCase<M, O> : never;

const FETCH = {
  unbounded:
    'WHATWG `fetch` has no overall timeout, and undici waits up to 300 s for the headers and 300 s between body chunks',
  remedy: 'Pass `signal: AbortSignal.timeout(ms)` in its options',
};

/**
 * The invalid case of a request with no timeout at `at`, whose suggestion rewrites the one call
 * `fix[0]` of `code` into `fix[1]`.
 */
function unbounded(
  code: string,
  at: { line: number; column: number; callee: string },
  fix: readonly [string, string],
): RuleInvalidCase {
  if (code.split(fix[0]).length !== 2) throw new Error(`\`${fix[0]}\` must occur once in the case`);
  return {
    code,
    errors: [
      {
        messageId: 'missing',
        line: at.line,
        column: at.column,
        data: { callee: at.callee, ...FETCH },
        suggestions: [{ messageId: 'addSignal', data: { ms: '10_000' }, output: code.replace(fix[0], fix[1]) }],
      },
    ],
  };
}

typedRuleTester().run('function-type callees: require-request-timeout', rule, {
  valid: [
    // Callees that are no function of fetch's type, in a file that names fetch.
    `export async function load(list: string[], fetcher: (url: string) => Promise<string>) {
  const trimmed = list.map((item) => item.trim());
  return Promise.all(trimmed.map((url) => fetcher(url)));
}`,
    // The declared name holds a signal-carrying call: bounded.
    `export class Client {
  constructor(private readonly transport: typeof fetch) {}
  get(url: string) {
    return this.transport(url, { signal: AbortSignal.timeout(5000) });
  }
}`,
  ],
  invalid: [
    // A parameter property typed `typeof fetch`.
    unbounded(
      `export class Client {
  constructor(private readonly transport: typeof fetch) {}
  get(url: string) {
    return this.transport(url);
  }
}`,
      { line: 4, column: 12, callee: 'this.transport()' },
      [`this.transport(url)`, `this.transport(url, { signal: AbortSignal.timeout(10_000) })`],
    ),
    // A `const` chosen from an option or the global `fetch`.
    unbounded(
      `export function load(options: { send?: typeof fetch }, url: string) {
  const send = options.send ?? globalThis.fetch;
  return send(url);
}`,
      { line: 3, column: 10, callee: 'send()' },
      [`send(url)`, `send(url, { signal: AbortSignal.timeout(10_000) })`],
    ),
    // A field typed by an alias of `typeof fetch`, assigned from an option.
    unbounded(
      `type Fetcher = typeof fetch;
export class Api {
  private impl: Fetcher;
  constructor(init: { fetch: Fetcher }) {
    this.impl = init.fetch;
  }
  users() {
    return this.impl('/users');
  }
}`,
      { line: 8, column: 12, callee: 'this.impl()' },
      [`this.impl('/users')`, `this.impl('/users', { signal: AbortSignal.timeout(10_000) })`],
    ),
    // An interface member typed `typeof fetch`.
    unbounded(
      `interface Deps {
  http: typeof fetch;
}
export function ping(deps: Deps) {
  return deps.http('/ping');
}`,
      { line: 5, column: 10, callee: 'deps.http()' },
      [`deps.http('/ping')`, `deps.http('/ping', { signal: AbortSignal.timeout(10_000) })`],
    ),
  ],
});
