import { bodyOf, type ClientModel, type RequestFunction, type ResponseModel } from './model.js';
import { NODE_READABLE } from './streams.js';
import { WHATWG_RESPONSE } from './whatwg.js';

/**
 * node-fetch 3: `import fetch from 'node-fetch'`. No timeout by default; version 2's `timeout` was
 * a deadline and version 3 dropped it. Its body is a Node.js `Readable`, pooled by `node:http`'s
 * agent, and `agent: false` sends without a pool.
 */

/**
 * node-fetch 3's `Response`: the WHATWG methods, but `body` is a Node.js `Readable` (no `cancel()`):
 * `resume()` drains it so the socket can be reused.
 */
const NODE_FETCH_RESPONSE: ResponseModel = {
  ...WHATWG_RESPONSE,
  id: 'node-fetch-response',
  label: 'Response',
  bodyProperty: { name: 'body', stream: NODE_READABLE },
  release: {
    cancel: (target) => ({ expression: `${bodyOf(target, 'body', true)}.destroy()`, sync: true }),
    drain: (target) => ({ expression: `${bodyOf(target, 'body', true)}.resume()`, sync: true }),
    preferred: 'drain',
  },
};

const CALL = {
  optionsArgument: 1,
  response: { model: NODE_FETCH_RESPONSE, delivery: { kind: 'result' } },
  signalOption: 'signal',
  timeouts: {
    unbounded: 'node-fetch has no timeout by default',
    options: [{ path: ['timeout'], bounds: 'total' }],
    defaults: 'none',
    carriers: [{ path: ['agent'], kind: 'node-agent' }],
    requestInput: true,
    suggest: { kind: 'signal' },
  },
  // Reported only where the types show the installed version lacks it.
  ignoredOptions: [
    {
      path: ['timeout'],
      when: 'undeclared-in-types',
      reason: 'was removed in node-fetch 3, which ignores it, so nothing times out',
      meantAsTimeout: true,
      replacement: 'signal-timeout',
    },
  ],
} as const satisfies Partial<RequestFunction>;

export const nodeFetchClient = {
  id: 'node-fetch',
  label: 'node-fetch',
  requests: [
    { label: 'fetch()', callee: { kind: 'import', modules: ['node-fetch'], path: [] }, ...CALL },
    { label: 'fetch()', callee: { kind: 'import', modules: ['node-fetch'], path: ['fetch'] }, ...CALL },
  ],
  responseTypes: [
    { model: NODE_FETCH_RESPONSE, types: [{ name: 'Response', from: 'package', package: ['node-fetch'] }] },
  ],
  requestKeepAliveOff: [
    {
      option: 'agent',
      off: false,
      replacement: { remove: true },
      effect: 'sends the request without a pool, on a new connection that is closed after it',
    },
  ],
  headersConstructors: [{ modules: ['node-fetch'], path: ['Headers'] }],
  requestConstructors: [{ modules: ['node-fetch'], path: ['Request'] }],
} as const satisfies ClientModel;
