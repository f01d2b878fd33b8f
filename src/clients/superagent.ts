import type { ClientModel, RequestBuilder, RequestFunction, TimeoutModel } from './model.js';

/**
 * superagent 10 (Node). Facts from its docs and `lib/request-base.js`:
 * - A request is a builder: `.timeout()`, `.agent()` and the rest return it, and it is sent when
 *   awaited, `.then()`/`.end()`/`.pipe()` is called, or a callback is passed to the method.
 * - No timeout by default. `.timeout(ms)` is a deadline for the whole request, body included;
 *   `.timeout({ response })` bounds the wait for the first byte of the response, `{ deadline }` the
 *   whole. `.retry(n)` retries timed-out attempts, each with its own timeouts.
 * - The body is buffered (or piped with `.pipe()`) before the caller sees the response, so
 *   `consume-response-body` does not apply.
 * - No `signal` option: `.abort()` cancels.
 * - Without `.agent()`, each request is sent with `agent: false`, a connection of its own.
 * - Not modelled: `superagent.agent()`, whose own `.timeout()` sets defaults for its requests.
 */

const TIMEOUTS: TimeoutModel = {
  unbounded: 'superagent has no timeout by default',
  options: [
    { path: ['timeout'], bounds: 'total' },
    { path: ['timeout', 'deadline'], bounds: 'total' },
    { path: ['timeout', 'response'], bounds: ['headers'] },
  ],
  defaults: 'none',
  carriers: [{ path: ['agent'], kind: 'node-agent' }],
  suggest: { kind: 'option', path: ['timeout'] },
};

const BUILDER: RequestBuilder = {
  optionMethods: [
    { method: 'timeout', option: 'timeout' },
    { method: 'agent', option: 'agent' },
  ],
  sendMethods: new Set(['then', 'catch', 'finally', 'end', 'pipe']),
};

const MODULES = ['superagent'];
const METHODS = ['get', 'post', 'put', 'patch', 'delete', 'del', 'head', 'options'];
const COMMON = { builder: BUILDER, timeouts: TIMEOUTS } as const satisfies Partial<RequestFunction>;

export const superagentClient = {
  id: 'superagent',
  label: 'superagent',
  requests: [
    { label: 'superagent()', callee: { kind: 'import', modules: MODULES, path: [] }, ...COMMON },
    ...METHODS.map((method): RequestFunction => ({
      label: `superagent.${method}()`,
      callee: { kind: 'import', modules: MODULES, path: [method] },
      ...COMMON,
    })),
  ],
  doesNotApply: [
    {
      rule: 'consume-response-body',
      reason: 'superagent reads the whole body (or pipes it with `.pipe()`) before the caller sees the response',
    },
    {
      rule: 'prefer-keep-alive',
      reason:
        'superagent sends every request with `agent: false` unless `.agent()` gives it one: reporting each call would bury the rest; pass a keep-alive agent with `.agent()`',
    },
  ],
} as const satisfies ClientModel;
