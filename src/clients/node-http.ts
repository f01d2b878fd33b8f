import { streamOf, type ClientModel, type PoolFactory, type RequestFunction, type ResponseModel } from './model.js';
import { NODE_READABLE } from './streams.js';

/**
 * `node:http` and `node:https`. From Node's docs: a client response (`IncomingMessage`) must be read
 * or `resume()`d; the `timeout` option (and an `Agent`'s) only emits `'timeout'`, so nothing is
 * aborted unless a listener destroys the request; an `Agent` made with no options closes each socket
 * once its request is done, unlike `http.globalAgent`; `agent: false` makes a one-off connection.
 */

const MODULES = ['http', 'https'];

/** `node:http`'s `IncomingMessage` on the client side: it must be read or `resume()`d. */
const INCOMING_MESSAGE: ResponseModel = {
  id: 'node-incoming-message',
  label: 'IncomingMessage',
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

const call = (name: 'request' | 'get'): RequestFunction => ({
  label: `http.${name}()`,
  callee: { kind: 'import', modules: MODULES, path: [name] },
  // The response callback, or `req.on('response', res => ...)` on the request it returns.
  response: { model: INCOMING_MESSAGE, delivery: { kind: 'callback', argument: 'last', event: 'response' } },
  // `(url, options?, callback?)` or `(options, callback?)`.
  optionsLayout: 'url-optional',
  signalOption: 'signal',
  timeouts: {
    unbounded: '`node:http` requests have no timeout',
    options: [],
    defaults: 'none',
    carriers: [{ path: ['agent'], kind: 'node-agent' }],
    // The socket's inactivity timeout: it bounds every wait, never the total.
    eventOnly: {
      path: ['timeout'],
      event: 'timeout',
      setter: 'setTimeout',
      destroyMethods: new Set(['destroy', 'abort']),
      bounds: ['headers', 'body'],
    },
    suggest: { kind: 'signal' },
  },
  ignoredOptions: [
    {
      path: ['timeout'],
      when: 'without-destroying-listener',
      reason: "only emits `'timeout'` on the request, and no `'timeout'` listener destroys it, so nothing is aborted",
      meantAsTimeout: true,
      replacement: 'signal-timeout',
    },
  ],
  returnsOutgoingRequest: true,
});

function agent(module: 'http' | 'https'): PoolFactory {
  return {
    label: `${module}.Agent`,
    kind: 'pool',
    construct: 'new',
    callees: [{ modules: [module], path: ['Agent'] }],
    // With types, a subclass (`class KeepAliveAgent extends http.Agent`) is recognised too; the
    // import match comes first, so `new https.Agent()` keeps its own label.
    types: module === 'http' ? [{ name: 'Agent', from: 'package', package: ['@types/node'] }] : undefined,
    optionsArgument: 0,
    requestMethods: new Set(),
    callable: false,
    closeMethods: new Set(['destroy']),
    wrapMethods: new Set(),
    idleSockets: {
      kind: 'option',
      option: 'keepAlive',
      defaultOn: false,
      defaultOffReason:
        "Node's `Agent` defaults to closing each socket once its request is done (unlike `http.globalAgent`)",
    },
    keepAliveOff: [
      { option: 'keepAlive', off: false, replacement: 'true', effect: 'closes each socket once its request is done' },
    ],
    // An `Agent`'s `timeout` only emits `'timeout'`, like the request option: it aborts nothing.
    carries: { kind: 'node-agent', timeouts: [] },
  };
}

export const nodeHttpClient = {
  id: 'node-http',
  label: 'node:http',
  requests: [call('request'), call('get')],
  // A server's request handler receives an IncomingMessage too, but as a parameter, handed over at
  // once: only a call typed `Promise<IncomingMessage>` (a user's `get()` helper) is a response.
  responseTypes: [
    {
      model: INCOMING_MESSAGE,
      types: [{ name: 'IncomingMessage', from: 'package', package: ['@types/node'] }],
      onlyPromised: true,
    },
  ],
  pools: [agent('http'), agent('https')],
  requestKeepAliveOff: [
    {
      // No pool at all: a new connection per request, sent with `Connection: close`.
      option: 'agent',
      off: false,
      replacement: { remove: true },
      effect: 'sends the request without a pool, on a new connection that is closed after it',
    },
  ],
  outboundHeaderTypes: [{ name: 'ClientRequest', from: 'package', package: ['@types/node'] }],
} as const satisfies ClientModel;
