import { bodyOf, type ClientModel, type ResponseModel } from './model.js';
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

const FETCH_MODULES = ['undici', 'cross-fetch', 'isomorphic-fetch'];

export const fetchClient: ClientModel = {
  id: 'fetch',
  label: 'fetch',
  requests: [
    {
      label: 'fetch()',
      callee: { kind: 'import', modules: [null], path: ['fetch'] },
      optionsArgument: 1,
      response: { model: WHATWG_RESPONSE, delivery: { kind: 'result' } },
    },
    {
      label: 'fetch()',
      callee: { kind: 'import', modules: FETCH_MODULES, path: ['fetch'] },
      optionsArgument: 1,
      response: { model: WHATWG_RESPONSE, delivery: { kind: 'result' } },
    },
    {
      label: 'fetch()',
      // `import fetch from 'cross-fetch'`: the default export is the function.
      callee: { kind: 'import', modules: ['cross-fetch', 'isomorphic-fetch'], path: [] },
      optionsArgument: 1,
      response: { model: WHATWG_RESPONSE, delivery: { kind: 'result' } },
    },
  ],
  responseModels: [WHATWG_RESPONSE],
  nonNetworkOwners: ['Cache', 'CacheStorage', 'Response', 'ResponseConstructor'],
};
