import { streamOf, type ClientModel, type InstanceModel, type RequestFunction, type ResponseModel } from './model.js';
import { NODE_READABLE } from './streams.js';
import { GOT_TIMEOUTS } from './timeouts.js';

/** `got.stream()`: the request is itself the response stream. */
export const GOT_STREAM: ResponseModel = {
  id: 'node-stream',
  label: 'got stream',
  types: [],
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
const OPTIONS = { optionsLayout: 'url-optional', signalOption: 'signal', timeouts: GOT_TIMEOUTS } as const;

const GOT_METHODS = ['get', 'post', 'put', 'patch', 'delete', 'head'];

/**
 * Instances from `got.extend(...options)` (and `instance.extend()`): their requests carry the
 * options' `timeout`. With types, any value typed `Got` is one, wherever it was made.
 */
export const GOT_INSTANCES: InstanceModel = {
  label: 'got instance',
  types: [{ name: 'Got', from: 'package', package: ['got'] }],
  factories: [{ modules: ['got'], path: ['extend'], configArgument: 0 }],
  deriveMethods: new Set(['extend']),
};

export const gotClient: ClientModel = {
  id: 'got',
  label: 'got',
  requests: [
    {
      label: 'got.stream()',
      callee: { kind: 'import', modules: ['got'], path: ['stream'] },
      optionsArgument: 1,
      response: { model: GOT_STREAM, delivery: { kind: 'result' } },
      ...OPTIONS,
    },
    { label: 'got()', callee: { kind: 'import', modules: ['got'], path: [] }, optionsArgument: 1, ...OPTIONS },
    ...GOT_METHODS.map((method) => ({
      label: `got.${method}()`,
      callee: { kind: 'import' as const, modules: ['got'], path: [method] },
      optionsArgument: 1,
      ...OPTIONS,
    })),
    {
      label: 'got instance .stream()',
      callee: { kind: 'instance-call', method: 'stream', instances: GOT_INSTANCES },
      optionsArgument: 1,
      response: { model: GOT_STREAM, delivery: { kind: 'result' } },
      ...OPTIONS,
    },
    {
      label: 'got instance()',
      callee: { kind: 'instance-call', method: null, instances: GOT_INSTANCES },
      optionsArgument: 1,
      ...OPTIONS,
    },
    ...GOT_METHODS.map((method): RequestFunction => ({
      label: `got instance .${method}()`,
      callee: { kind: 'instance-call', method, instances: GOT_INSTANCES },
      optionsArgument: 1,
      ...OPTIONS,
    })),
  ],
  responseModels: [],
  instances: GOT_INSTANCES,
};
