import { bodyOf, type ClientModel, type InstanceModel, type RequestFunction, type ResponseModel } from './model.js';
import { AXIOS_IGNORED } from './options.js';
import { NODE_READABLE } from './streams.js';
import { AXIOS_TIMEOUTS } from './timeouts.js';

/** An axios response with `responseType: 'stream'`: `data` is a Node.js `Readable`. */
export const AXIOS_STREAM_RESPONSE: ResponseModel = {
  id: 'axios-stream-response',
  label: 'axios stream response',
  types: [],
  releaseMethods: new Set(),
  bodyProperty: { name: 'data', stream: NODE_READABLE },
  metadataProperties: new Set(['status', 'statusText', 'headers', 'config', 'request']),
  statusProperty: 'status',
  release: {
    cancel: (target) => ({ expression: `${bodyOf(target, 'data')}.destroy()`, sync: true }),
    drain: (target) => ({ expression: `${bodyOf(target, 'data')}.resume()`, sync: true }),
    preferred: 'cancel',
  },
};

const METHODS = ['request', 'get', 'delete', 'head', 'options', 'post', 'put', 'patch'] as const;
const OPTIONS_INDEX: Record<(typeof METHODS)[number], number> = {
  request: 0,
  get: 1,
  delete: 1,
  head: 1,
  options: 1,
  post: 2,
  put: 2,
  patch: 2,
};

const streamResponse = {
  model: AXIOS_STREAM_RESPONSE,
  delivery: { kind: 'result' },
  onlyWithOption: { name: 'responseType', value: 'stream' },
} as const;

/** What bounds an axios request, and what axios misreads, on the default export and on instances alike. */
const CONFIG = { signalOption: 'signal', timeouts: AXIOS_TIMEOUTS, ignoredOptions: AXIOS_IGNORED } as const;

/** Instance methods the default export's list leaves out: `postForm()` and friends, `query()`. */
const INSTANCE_METHODS = { ...OPTIONS_INDEX, postForm: 2, putForm: 2, patchForm: 2 } as const;

/**
 * Instances from `axios.create(config)` (and `instance.create(config)`): their requests carry the
 * config's `timeout`. With types, any value typed `AxiosInstance` is one, wherever it was made.
 */
export const AXIOS_INSTANCES: InstanceModel = {
  label: 'axios instance',
  types: [{ name: 'AxiosInstance', from: 'package', package: ['axios'] }],
  factories: [{ modules: ['axios'], path: ['create'], configArgument: 0 }],
  deriveMethods: new Set(['create']),
  defaultsProperty: 'defaults',
  ignoredOptions: AXIOS_IGNORED,
};

export const axiosClient: ClientModel = {
  id: 'axios',
  label: 'axios',
  requests: [
    {
      label: 'axios()',
      callee: { kind: 'import', modules: ['axios'], path: [] },
      optionsArgument: 0,
      // `axios(config)` or `axios(url, config?)`.
      optionsLayout: 'url-optional',
      response: streamResponse,
      ...CONFIG,
    },
    ...METHODS.map((method): RequestFunction => ({
      label: `axios.${method}()`,
      callee: { kind: 'import', modules: ['axios'], path: [method] },
      optionsArgument: OPTIONS_INDEX[method],
      response: streamResponse,
      ...CONFIG,
    })),
    {
      label: 'axios instance()',
      callee: { kind: 'instance-call', method: null, instances: AXIOS_INSTANCES },
      optionsArgument: 0,
      optionsLayout: 'url-optional',
      response: streamResponse,
      ...CONFIG,
    },
    ...Object.entries(INSTANCE_METHODS).map(([method, index]): RequestFunction => ({
      label: `axios instance .${method}()`,
      callee: { kind: 'instance-call', method, instances: AXIOS_INSTANCES },
      optionsArgument: index,
      response: streamResponse,
      ...CONFIG,
    })),
  ],
  responseModels: [],
  instances: AXIOS_INSTANCES,
};
