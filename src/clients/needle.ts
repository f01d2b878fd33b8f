import { streamOf, type ClientModel, type RequestFunction, type ResponseModel, type TimeoutModel } from './model.js';
import { NODE_READABLE } from './streams.js';

/**
 * needle 3. Facts from its README and `lib/needle.js`:
 * - `needle(method, url, data?, options?)` returns a promise of a response whose body is buffered;
 *   so do the methods when given a callback. Without a callback, `needle.get()` and the other
 *   methods return a readable stream, which must be consumed.
 * - `open_timeout` (alias `timeout`, 10 s by default) bounds only the connection. `response_timeout`
 *   bounds the wait for the headers, counted from the connection, and `read_timeout` the transfer
 *   of the body after them; both default to 0, which is none. Nothing bounds the whole request.
 * - `needle.defaults({ ... })` sets the options of every later request.
 * - `signal` aborts a request (needle 3.3; `@types/needle` 3.3 does not declare it yet).
 * - `agent` replaces Node's global agent, which keeps connections alive on Node 19 and later.
 */

/** The stream a method returns when no callback is passed: it emits the processed body. */
const NEEDLE_STREAM: ResponseModel = {
  id: 'needle-stream',
  label: 'needle stream',
  releaseMethods: NODE_READABLE.releaseMethods,
  selfStream: NODE_READABLE,
  metadataProperties: new Set(),
  release: {
    cancel: (target) => ({ expression: `${streamOf(target)}.destroy()`, sync: true }),
    drain: (target) => ({ expression: `${streamOf(target)}.resume()`, sync: true }),
    preferred: 'cancel',
  },
};

const TIMEOUTS: TimeoutModel = {
  unbounded:
    "needle's only default is a 10 s `open_timeout` for the connection, so it waits for the headers and the body forever",
  options: [
    { path: ['response_timeout'], bounds: ['headers'] },
    { path: ['read_timeout'], bounds: ['body'] },
  ],
  defaults: 'none',
  carriers: [{ path: ['agent'], kind: 'node-agent' }],
  suggest: { kind: 'signal' },
};

const MODULES = ['needle'];
const STREAM = { model: NEEDLE_STREAM, delivery: { kind: 'result' }, onlyWithoutCallback: true } as const;
const COMMON = {
  signalOption: 'signal',
  timeouts: TIMEOUTS,
  response: STREAM,
} as const satisfies Partial<RequestFunction>;

/** `(url, options?, callback?)` and `(url, data, options?, callback?)`. */
const METHODS = { head: 1, get: 1, post: 2, put: 2, patch: 2, delete: 2 } as const;

export const needleClient = {
  id: 'needle',
  label: 'needle',
  requests: [
    {
      label: 'needle()',
      callee: { kind: 'import', modules: MODULES, path: [] },
      optionsLayout: { kind: 'method-first', bodylessMethods: new Set(['get', 'head']) },
      signalOption: 'signal',
      timeouts: TIMEOUTS,
    },
    ...Object.entries(METHODS).map(([method, index]): RequestFunction => ({
      label: `needle.${method}()`,
      callee: { kind: 'import', modules: MODULES, path: [method] },
      optionsArgument: index,
      ...COMMON,
      // A HEAD response has no body: its stream ends by itself.
      ...(method === 'head' ? { response: undefined } : {}),
    })),
    {
      label: 'needle.request()',
      callee: { kind: 'import', modules: MODULES, path: ['request'] },
      optionsArgument: 3,
      ...COMMON,
    },
  ],
  defaultsSetters: [{ modules: MODULES, path: ['defaults'], configArgument: 0 }],
  doesNotApply: [
    {
      rule: 'prefer-keep-alive',
      reason: "needle sends through Node's global agent (keep-alive since Node 19) unless given an `agent`",
    },
  ],
} as const satisfies ClientModel;
