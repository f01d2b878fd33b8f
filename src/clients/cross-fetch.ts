import type { ClientModel, RequestFunction } from './model.js';
import { WHATWG_FETCH_CALL, WHATWG_RESPONSE } from './whatwg.js';

/**
 * cross-fetch and isomorphic-fetch: WHATWG `fetch` in the browser, node-fetch 2 in Node.js, whose
 * `timeout` is a deadline and whose `agent` carries the pool.
 */

const MODULES = ['cross-fetch', 'isomorphic-fetch'];

const CALL = {
  ...WHATWG_FETCH_CALL,
  timeouts: {
    unbounded: 'it runs node-fetch 2 in Node.js, which has no timeout by default',
    options: [{ path: ['timeout'], bounds: 'total' }],
    defaults: 'none',
    carriers: [{ path: ['agent'], kind: 'node-agent' }],
    requestInput: true,
    suggest: { kind: 'signal' },
  },
} as const satisfies Partial<RequestFunction>;

export const crossFetchClient = {
  id: 'cross-fetch',
  label: 'cross-fetch',
  requests: [
    { label: 'fetch()', callee: { kind: 'import', modules: MODULES, path: ['fetch'] }, ...CALL },
    // `import fetch from 'cross-fetch'`: the default export is the function.
    { label: 'fetch()', callee: { kind: 'import', modules: MODULES, path: [] }, ...CALL },
  ],
  responseTypes: [{ model: WHATWG_RESPONSE, types: [{ name: 'Response', from: 'package', package: ['cross-fetch'] }] }],
} as const satisfies ClientModel;
