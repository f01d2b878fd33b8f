import { streamOf, type ClientModel, type InstanceModel, type RequestFunction, type ResponseModel } from './model.js';
import { NODE_READABLE } from './streams.js';

/**
 * got: no timeout by default. `timeout.request` bounds the whole request; `socket` is an inactivity
 * timeout over every wait; `response` bounds the wait for the headers and `read` the body. A number
 * is got 11's `timeout.request`. Its `agent` option is an object of agents by protocol.
 */

/** `got.stream()`: the request is itself the response stream. */
const GOT_STREAM: ResponseModel = {
  id: 'node-stream',
  label: 'got stream',
  releaseMethods: NODE_READABLE.releaseMethods,
  selfStream: NODE_READABLE,
  metadataProperties: new Set(['statusCode', 'headers', 'url', 'redirectUrls']),
  statusProperty: 'statusCode',
  release: {
    cancel: (target) => ({ expression: `${streamOf(target)}.destroy()`, sync: true }),
    drain: (target) => ({ expression: `${streamOf(target)}.resume()`, sync: true }),
    preferred: 'cancel',
  },
};

/** `(url, options?)` or `(options)`; the signal and the timeouts, on got and on its instances alike. */
const OPTIONS = {
  optionsArgument: 1,
  optionsLayout: 'url-optional',
  signalOption: 'signal',
  timeouts: {
    unbounded: 'got has no timeout by default',
    options: [
      { path: ['timeout', 'request'], bounds: 'total' },
      { path: ['timeout'], bounds: 'total' },
      { path: ['timeout', 'socket'], bounds: ['headers', 'body'] },
      { path: ['timeout', 'response'], bounds: ['headers'] },
      { path: ['timeout', 'read'], bounds: ['body'] },
    ],
    defaults: 'none',
    carriers: [{ path: ['agent'], kind: 'node-agent', byKey: ['http', 'https', 'http2'] }],
    suggest: { kind: 'option', path: ['timeout', 'request'] },
  },
} as const satisfies Partial<RequestFunction>;

const STREAM = { model: GOT_STREAM, delivery: { kind: 'result' } } as const;
const METHODS = ['get', 'post', 'put', 'patch', 'delete', 'head'];

/**
 * Instances from `got.extend(...options)` (and `instance.extend()`): their requests carry the
 * options' `timeout`. With types, any value typed `Got` is one, wherever it was made.
 */
const INSTANCES: InstanceModel = {
  label: 'got instance',
  types: [{ name: 'Got', from: 'package', package: ['got'] }],
  factories: [{ modules: ['got'], path: ['extend'], configArgument: 0 }],
  deriveMethods: new Set(['extend']),
  requestMethods: new Set([...METHODS, 'stream', 'paginate']),
};

export const gotClient = {
  id: 'got',
  label: 'got',
  requests: [
    {
      label: 'got.stream()',
      callee: { kind: 'import', modules: ['got'], path: ['stream'] },
      response: STREAM,
      ...OPTIONS,
    },
    { label: 'got()', callee: { kind: 'import', modules: ['got'], path: [] }, ...OPTIONS },
    ...METHODS.map((method): RequestFunction => ({
      label: `got.${method}()`,
      callee: { kind: 'import', modules: ['got'], path: [method] },
      ...OPTIONS,
    })),
    {
      label: 'got instance .stream()',
      callee: { kind: 'instance-call', method: 'stream', instances: INSTANCES },
      response: STREAM,
      ...OPTIONS,
    },
    { label: 'got instance()', callee: { kind: 'instance-call', method: null, instances: INSTANCES }, ...OPTIONS },
    ...METHODS.map((method): RequestFunction => ({
      label: `got instance .${method}()`,
      callee: { kind: 'instance-call', method, instances: INSTANCES },
      ...OPTIONS,
    })),
  ],
  instances: INSTANCES,
} as const satisfies ClientModel;
