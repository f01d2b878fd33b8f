// Functions typed like `fetch` and called by a name that does not say so: the file declares the
// name with the type (a parameter property, a field, an interface member, a `const` chosen from an
// option). The callee's type is asked only of such names (src/http/function-type-call.ts); these
// pin that the gate lets them through. Shapes from SDK clients that take a `fetch` option.
import rule from '../../../src/rules/require-request-timeout.js';
import { typedRuleTester } from '../../rule-tester.js';

const FETCH = {
  unbounded:
    'WHATWG `fetch` has no overall timeout, and undici waits up to 300 s for the headers and 300 s between body chunks',
  remedy: 'Pass `signal: AbortSignal.timeout(ms)` in its options',
};

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
    {
      // A parameter property typed `typeof fetch`.
      code: `export class Client {
  constructor(private readonly transport: typeof fetch) {}
  get(url: string) {
    return this.transport(url);
  }
}`,
      errors: [
        {
          messageId: 'missing',
          line: 4,
          column: 12,
          data: { callee: 'this.transport()', ...FETCH },
          suggestions: [
            {
              messageId: 'addSignal',
              data: { ms: '10_000' },
              output: `export class Client {
  constructor(private readonly transport: typeof fetch) {}
  get(url: string) {
    return this.transport(url, { signal: AbortSignal.timeout(10_000) });
  }
}`,
            },
          ],
        },
      ],
    },
    {
      // A `const` chosen from an option or the global `fetch`.
      code: `export function load(options: { send?: typeof fetch }, url: string) {
  const send = options.send ?? globalThis.fetch;
  return send(url);
}`,
      errors: [
        {
          messageId: 'missing',
          line: 3,
          column: 10,
          data: { callee: 'send()', ...FETCH },
          suggestions: [
            {
              messageId: 'addSignal',
              data: { ms: '10_000' },
              output: `export function load(options: { send?: typeof fetch }, url: string) {
  const send = options.send ?? globalThis.fetch;
  return send(url, { signal: AbortSignal.timeout(10_000) });
}`,
            },
          ],
        },
      ],
    },
    {
      // A field typed by an alias of `typeof fetch`, assigned from an option.
      code: `type Fetcher = typeof fetch;
export class Api {
  private impl: Fetcher;
  constructor(init: { fetch: Fetcher }) {
    this.impl = init.fetch;
  }
  users() {
    return this.impl('/users');
  }
}`,
      errors: [
        {
          messageId: 'missing',
          line: 8,
          column: 12,
          data: { callee: 'this.impl()', ...FETCH },
          suggestions: [
            {
              messageId: 'addSignal',
              data: { ms: '10_000' },
              output: `type Fetcher = typeof fetch;
export class Api {
  private impl: Fetcher;
  constructor(init: { fetch: Fetcher }) {
    this.impl = init.fetch;
  }
  users() {
    return this.impl('/users', { signal: AbortSignal.timeout(10_000) });
  }
}`,
            },
          ],
        },
      ],
    },
    {
      // An interface member typed `typeof fetch`.
      code: `interface Deps {
  http: typeof fetch;
}
export function ping(deps: Deps) {
  return deps.http('/ping');
}`,
      errors: [
        {
          messageId: 'missing',
          line: 5,
          column: 10,
          data: { callee: 'deps.http()', ...FETCH },
          suggestions: [
            {
              messageId: 'addSignal',
              data: { ms: '10_000' },
              output: `interface Deps {
  http: typeof fetch;
}
export function ping(deps: Deps) {
  return deps.http('/ping', { signal: AbortSignal.timeout(10_000) });
}`,
            },
          ],
        },
      ],
    },
  ],
});
