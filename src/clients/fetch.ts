import { bodyOf, type ClientModel, type ResponseModel } from './model.js';
import { FETCH_IGNORED } from './options.js';
import { FETCH_TIMEOUTS, NODE_FETCH_2_TIMEOUTS } from './timeouts.js';
import { WEB_STREAM } from './streams.js';

/**
 * The WHATWG `Response`: the global in Node's types and the DOM lib, undici's, node-fetch's and
 * cross-fetch's. Its connection returns to the pool once the body is read to its end or cancelled.
 */
export const WHATWG_RESPONSE: ResponseModel = {
  id: 'whatwg-response',
  label: 'Response',
  types: [
    { name: 'Response', from: 'lib' },
    { name: 'Response', from: 'package', package: ['@types/node', 'undici-types', 'undici', 'cross-fetch', 'ky'] },
  ],
  releaseMethods: new Set(['json', 'text', 'arrayBuffer', 'blob', 'bytes', 'formData']),
  bodyProperty: { name: 'body', stream: WEB_STREAM },
  metadataProperties: new Set(['status', 'statusText', 'ok', 'headers', 'url', 'redirected', 'type']),
  statusProperty: 'status',
  release: {
    cancel: (target) => ({ expression: `${bodyOf(target, 'body', true)}.cancel()`, sync: false }),
    drain: (target) =>
      'body' in target
        ? { expression: `new Response(${target.body}).arrayBuffer()`, sync: false }
        : { expression: `${target.response}.arrayBuffer()`, sync: false },
    preferred: 'cancel',
  },
};

/** Packages that run node-fetch 2 in Node.js. */
const FETCH_MODULES = ['cross-fetch', 'isomorphic-fetch'];

/** WHATWG `fetch` as undici implements it: Node's global and undici's own. */
const WHATWG_FETCH = {
  signalOption: 'signal',
  timeouts: FETCH_TIMEOUTS,
  ignoredOptions: FETCH_IGNORED,
} as const;

export const fetchClient: ClientModel = {
  id: 'fetch',
  label: 'fetch',
  requests: [
    {
      label: 'fetch()',
      callee: { kind: 'import', modules: [null], path: ['fetch'] },
      optionsArgument: 1,
      response: { model: WHATWG_RESPONSE, delivery: { kind: 'result' } },
      ...WHATWG_FETCH,
    },
    {
      label: 'fetch()',
      callee: { kind: 'import', modules: ['undici'], path: ['fetch'] },
      optionsArgument: 1,
      response: { model: WHATWG_RESPONSE, delivery: { kind: 'result' } },
      ...WHATWG_FETCH,
    },
    {
      label: 'fetch()',
      callee: { kind: 'import', modules: FETCH_MODULES, path: ['fetch'] },
      optionsArgument: 1,
      response: { model: WHATWG_RESPONSE, delivery: { kind: 'result' } },
      signalOption: 'signal',
      timeouts: NODE_FETCH_2_TIMEOUTS,
    },
    {
      label: 'fetch()',
      // `import fetch from 'cross-fetch'`: the default export is the function.
      callee: { kind: 'import', modules: FETCH_MODULES, path: [] },
      optionsArgument: 1,
      response: { model: WHATWG_RESPONSE, delivery: { kind: 'result' } },
      signalOption: 'signal',
      timeouts: NODE_FETCH_2_TIMEOUTS,
    },
    {
      label: 'fetch()',
      // With types: `fetch` passed around as a value (`f: typeof fetch`), wherever it came from.
      callee: {
        kind: 'function-type',
        types: [
          { name: 'fetch', from: 'lib' },
          { name: 'fetch', from: 'package', package: ['@types/node', 'undici-types', 'undici'] },
        ],
      },
      optionsArgument: 1,
      response: { model: WHATWG_RESPONSE, delivery: { kind: 'result' } },
      ...WHATWG_FETCH,
    },
  ],
  responseModels: [WHATWG_RESPONSE],
  nonNetworkOwners: ['Cache', 'CacheStorage', 'Response', 'ResponseConstructor'],
};
