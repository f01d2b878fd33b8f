import type { ClientModel } from './model.js';
import { FETCH_IGNORED, FETCH_TIMEOUTS, WHATWG_FETCH_CALL, WHATWG_RESPONSE } from './whatwg.js';

/** Node.js's global `fetch` (undici inside), and the DOM's where the lib declares it. */
export const fetchClient = {
  id: 'fetch',
  label: 'fetch',
  requests: [
    {
      label: 'fetch()',
      callee: { kind: 'import', modules: [null], path: ['fetch'] },
      ...WHATWG_FETCH_CALL,
      timeouts: FETCH_TIMEOUTS,
      ignoredOptions: FETCH_IGNORED,
    },
    {
      label: 'fetch()',
      // With types: `fetch` passed around as a value (`f: typeof fetch`), wherever it came from.
      callee: {
        kind: 'function-type',
        types: [
          { name: 'fetch', from: 'lib' },
          { name: 'fetch', from: 'package', package: ['@types/node'] },
        ],
      },
      ...WHATWG_FETCH_CALL,
      timeouts: FETCH_TIMEOUTS,
      ignoredOptions: FETCH_IGNORED,
    },
  ],
  responseTypes: [
    {
      model: WHATWG_RESPONSE,
      types: [
        { name: 'Response', from: 'lib' },
        { name: 'Response', from: 'package', package: ['@types/node'] },
      ],
    },
  ],
  nonNetworkResponses: {
    owners: ['Cache', 'CacheStorage', 'Response', 'ResponseConstructor'],
    globals: ['caches', 'Response'],
    methods: ['clone'],
  },
  headersConstructors: [{ modules: [null], path: ['Headers'] }],
  requestConstructors: [{ modules: [null], path: ['Request'] }],
} as const satisfies ClientModel;
