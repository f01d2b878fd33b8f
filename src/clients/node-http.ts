import { streamOf, type ClientModel, type RequestFunction, type ResponseModel } from './model.js';
import { NODE_HTTP_IGNORED } from './options.js';
import { NODE_READABLE } from './streams.js';
import { NODE_HTTP_TIMEOUTS } from './timeouts.js';

/** `node:http`'s `IncomingMessage` on the client side: it must be read or `resume()`d. */
export const INCOMING_MESSAGE: ResponseModel = {
  id: 'node-incoming-message',
  label: 'IncomingMessage',
  types: [{ name: 'IncomingMessage', from: 'package', package: ['@types/node'] }],
  releaseMethods: NODE_READABLE.releaseMethods,
  selfStream: NODE_READABLE,
  metadataProperties: new Set([
    'statusCode',
    'statusMessage',
    'headers',
    'rawHeaders',
    'trailers',
    'httpVersion',
    'url',
  ]),
  statusProperty: 'statusCode',
  release: {
    cancel: (target) => ({ expression: `${streamOf(target)}.destroy()`, sync: true }),
    drain: (target) => ({ expression: `${streamOf(target)}.resume()`, sync: true }),
    preferred: 'drain',
  },
};

const HTTP_MODULES = ['http', 'https'];

const call = (name: 'request' | 'get'): RequestFunction => ({
  label: `http.${name}()`,
  callee: { kind: 'import', modules: HTTP_MODULES, path: [name] },
  response: { model: INCOMING_MESSAGE, delivery: { kind: 'callback', argument: 'last' } },
  // `(url, options?, callback?)` or `(options, callback?)`: read them with `requestOptionsOf()`.
  optionsLayout: 'url-optional',
  signalOption: 'signal',
  timeouts: NODE_HTTP_TIMEOUTS,
  ignoredOptions: NODE_HTTP_IGNORED,
});

export const nodeHttpClient: ClientModel = {
  id: 'node-http',
  label: 'node:http',
  requests: [call('request'), call('get')],
  // Not by type: a server's request handler receives an IncomingMessage too.
  responseModels: [],
};

/** The event a `ClientRequest` emits with its response: `req.on('response', res => ...)`. */
export const RESPONSE_EVENT = 'response';
