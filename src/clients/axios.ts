import { bodyOf, type ClientModel, type RequestFunction, type ResponseModel } from './model.js';
import { NODE_READABLE } from './streams.js';

/** An axios response with `responseType: 'stream'`: `data` is a Node.js `Readable`. */
export const AXIOS_STREAM_RESPONSE: ResponseModel = {
  id: 'axios-stream-response',
  label: 'axios stream response',
  types: [],
  releaseMethods: new Set(),
  bodyProperty: { name: 'data', stream: NODE_READABLE },
  statusProperty: 'status',
  release: {
    cancel: (target) => ({ expression: `${bodyOf(target, 'data')}.destroy()`, sync: true }),
    drain: (target) => ({ expression: `${bodyOf(target, 'data')}.resume()`, sync: true }),
    preferred: 'cancel',
  },
};

const METHODS = ['request', 'get', 'delete', 'head', 'options', 'post', 'put', 'patch'] as const;
const OPTIONS_INDEX: Record<(typeof METHODS)[number], number> = {
  request: 0, get: 1, delete: 1, head: 1, options: 1, post: 2, put: 2, patch: 2,
};

const streamResponse = {
  model: AXIOS_STREAM_RESPONSE,
  delivery: { kind: 'result' },
  onlyWithOption: { name: 'responseType', value: 'stream' },
} as const;

export const axiosClient: ClientModel = {
  id: 'axios',
  label: 'axios',
  requests: [
    { label: 'axios()', callee: { kind: 'import', modules: ['axios'], path: [] }, optionsArgument: 0, response: streamResponse },
    ...METHODS.map(
      (method): RequestFunction => ({
        label: `axios.${method}()`,
        callee: { kind: 'import', modules: ['axios'], path: [method] },
        optionsArgument: OPTIONS_INDEX[method],
        response: streamResponse,
      }),
    ),
  ],
  responseModels: [],
};
