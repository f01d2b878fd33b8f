import { WHATWG_RESPONSE } from './fetch.js';
import { bodyOf, type ClientModel, type ResponseModel } from './model.js';
import { NODE_FETCH_IGNORED } from './options.js';
import { NODE_READABLE } from './streams.js';
import { NODE_FETCH_TIMEOUTS } from './timeouts.js';

/**
 * node-fetch 3's `Response`: the WHATWG methods, but `body` is a Node.js `Readable` (no `cancel()`),
 * pooled by `node:http`'s agent: `resume()` drains it so the socket can be reused.
 */
export const NODE_FETCH_RESPONSE: ResponseModel = {
  ...WHATWG_RESPONSE,
  id: 'node-fetch-response',
  label: 'Response',
  types: [{ name: 'Response', from: 'package', package: ['node-fetch'] }],
  bodyProperty: { name: 'body', stream: NODE_READABLE },
  release: {
    cancel: (target) => ({ expression: `${bodyOf(target, 'body', true)}.destroy()`, sync: true }),
    drain: (target) => ({ expression: `${bodyOf(target, 'body', true)}.resume()`, sync: true }),
    preferred: 'drain',
  },
};

const NODE_FETCH_OPTIONS = {
  signalOption: 'signal',
  timeouts: NODE_FETCH_TIMEOUTS,
  ignoredOptions: NODE_FETCH_IGNORED,
} as const;

/** node-fetch 3: `import fetch from 'node-fetch'`. */
export const nodeFetchClient: ClientModel = {
  id: 'node-fetch',
  label: 'node-fetch',
  requests: [
    {
      label: 'fetch()',
      callee: { kind: 'import', modules: ['node-fetch'], path: [] },
      optionsArgument: 1,
      response: { model: NODE_FETCH_RESPONSE, delivery: { kind: 'result' } },
      ...NODE_FETCH_OPTIONS,
    },
    {
      label: 'fetch()',
      callee: { kind: 'import', modules: ['node-fetch'], path: ['fetch'] },
      optionsArgument: 1,
      response: { model: NODE_FETCH_RESPONSE, delivery: { kind: 'result' } },
      ...NODE_FETCH_OPTIONS,
    },
  ],
  responseModels: [NODE_FETCH_RESPONSE],
};
