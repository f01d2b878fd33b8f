import { WHATWG_RESPONSE } from './fetch.js';
import type { ClientModel } from './model.js';

/** node-fetch 3: `import fetch from 'node-fetch'`; its `Response` follows the WHATWG model. */
export const nodeFetchClient: ClientModel = {
  id: 'node-fetch',
  label: 'node-fetch',
  requests: [
    {
      label: 'fetch()',
      callee: { kind: 'import', modules: ['node-fetch'], path: [] },
      optionsArgument: 1,
      response: { model: WHATWG_RESPONSE, delivery: { kind: 'result' } },
    },
  ],
  responseModels: [WHATWG_RESPONSE],
};
