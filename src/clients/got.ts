import { streamOf, type ClientModel, type ResponseModel } from './model.js';
import { NODE_READABLE } from './streams.js';

/** `got.stream()`: the request is itself the response stream. */
export const GOT_STREAM: ResponseModel = {
  id: 'node-stream',
  label: 'got stream',
  types: [],
  releaseMethods: NODE_READABLE.releaseMethods,
  selfStream: NODE_READABLE,
  statusProperty: 'statusCode',
  release: {
    cancel: (target) => ({ expression: `${streamOf(target)}.destroy()`, sync: true }),
    drain: (target) => ({ expression: `${streamOf(target)}.resume()`, sync: true }),
    preferred: 'cancel',
  },
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
    },
    { label: 'got()', callee: { kind: 'import', modules: ['got'], path: [] }, optionsArgument: 1 },
    ...['get', 'post', 'put', 'patch', 'delete', 'head'].map((method) => ({
      label: `got.${method}()`,
      callee: { kind: 'import' as const, modules: ['got'], path: [method] },
      optionsArgument: 1,
    })),
  ],
  responseModels: [],
};
