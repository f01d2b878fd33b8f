import { WHATWG_RESPONSE } from './fetch.js';
import type { ClientModel } from './model.js';

/** ky: its `KyResponse` extends the WHATWG `Response`; ky throws on non-2xx before the caller sees it. */
export const kyClient: ClientModel = {
  id: 'ky',
  label: 'ky',
  requests: [
    { label: 'ky()', callee: { kind: 'import', modules: ['ky'], path: [] }, optionsArgument: 1 },
    ...['get', 'post', 'put', 'patch', 'delete', 'head'].map((method) => ({
      label: `ky.${method}()`,
      callee: { kind: 'import' as const, modules: ['ky'], path: [method] },
      optionsArgument: 1,
    })),
  ],
  responseModels: [WHATWG_RESPONSE],
};
