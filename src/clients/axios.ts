import { bodyOf, type ClientModel, type InstanceModel, type RequestFunction, type ResponseModel } from './model.js';
import { NODE_READABLE } from './streams.js';

/**
 * axios: `timeout` defaults to 0, which is none, and bounds the whole request when set;
 * `cancelToken` is the older signal; `httpAgent`/`httpsAgent` carry the pool. A `timeout` header is
 * sent to the server, and a non-numeric `timeout` string is misread by `parseInt`.
 */

/** An axios response with `responseType: 'stream'`: `data` is a Node.js `Readable`. */
const AXIOS_STREAM_RESPONSE: ResponseModel = {
  id: 'axios-stream-response',
  label: 'axios stream response',
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

/** Instance methods the default export's list leaves out: `postForm()` and friends. */
const INSTANCE_METHODS = { ...OPTIONS_INDEX, postForm: 2, putForm: 2, patchForm: 2 } as const;

/** axios reads `timeout` from the config: as a header it is sent to the server; as a word it is misread. */
const IGNORED = [
  {
    path: ['headers', 'timeout'],
    caseInsensitive: true,
    when: 'numeric-or-unknown',
    reason: 'is sent to the server as an HTTP header: axios reads `timeout` from the config, not from `headers`',
    meantAsTimeout: true,
    replacement: 'top-level-timeout',
  },
  {
    path: ['timeout'],
    when: 'non-numeric-string',
    reason: 'is a string that is not a number of milliseconds: axios reads it with `parseInt`',
    meantAsTimeout: true,
    replacement: 'milliseconds',
  },
] as const;

const streamResponse = {
  model: AXIOS_STREAM_RESPONSE,
  delivery: { kind: 'result' },
  onlyWithOption: { name: 'responseType', value: 'stream' },
} as const;

/** What bounds an axios request, and what axios misreads, on the default export and on instances alike. */
const CONFIG = {
  response: streamResponse,
  signalOption: 'signal',
  timeouts: {
    unbounded: "axios's `timeout` defaults to 0, which is none",
    options: [
      { path: ['timeout'], bounds: 'total' },
      { path: ['cancelToken'], bounds: 'total' },
    ],
    defaults: 'none',
    carriers: [
      { path: ['httpAgent'], kind: 'node-agent' },
      { path: ['httpsAgent'], kind: 'node-agent' },
    ],
    suggest: { kind: 'option', path: ['timeout'] },
  },
  ignoredOptions: IGNORED,
} as const satisfies Partial<RequestFunction>;

/**
 * Instances from `axios.create(config)` (and `instance.create(config)`): their requests carry the
 * config's `timeout`. With types, any value typed `AxiosInstance` is one, wherever it was made.
 */
const INSTANCES: InstanceModel = {
  label: 'axios instance',
  types: [{ name: 'AxiosInstance', from: 'package', package: ['axios'] }],
  factories: [{ modules: ['axios'], path: ['create'], configArgument: 0 }],
  deriveMethods: new Set(['create']),
  requestMethods: new Set(Object.keys(INSTANCE_METHODS)),
  defaultsProperty: 'defaults',
  ignoredOptions: IGNORED,
};

export const axiosClient = {
  id: 'axios',
  label: 'axios',
  requests: [
    {
      label: 'axios()',
      callee: { kind: 'import', modules: ['axios'], path: [] },
      optionsArgument: 0,
      // `axios(config)` or `axios(url, config?)`.
      optionsLayout: 'url-optional',
      ...CONFIG,
    },
    ...METHODS.map((method): RequestFunction => ({
      label: `axios.${method}()`,
      callee: { kind: 'import', modules: ['axios'], path: [method] },
      optionsArgument: OPTIONS_INDEX[method],
      ...CONFIG,
    })),
    {
      label: 'axios instance()',
      callee: { kind: 'instance-call', method: null, instances: INSTANCES },
      optionsArgument: 0,
      optionsLayout: 'url-optional',
      ...CONFIG,
    },
    ...Object.entries(INSTANCE_METHODS).map(([method, index]): RequestFunction => ({
      label: `axios instance .${method}()`,
      callee: { kind: 'instance-call', method, instances: INSTANCES },
      optionsArgument: index,
      ...CONFIG,
    })),
  ],
  instances: INSTANCES,
  outboundHeaderTypes: [{ name: 'AxiosHeaders', from: 'package', package: ['axios'] }],
} as const satisfies ClientModel;
