import type { TypeSpecifier } from '../analysis/types.js';
import {
  bodyOf,
  type CalleeMatcher,
  type ClientModel,
  type IgnoredOption,
  type PoolFactory,
  type RequestFunction,
  type ResponseModel,
  type TimeoutModel,
  type TimeoutOption,
} from './model.js';
import { NODE_READABLE } from './streams.js';
import {
  FETCH_IGNORED,
  FETCH_TIMEOUTS,
  NODE_FETCH_IDLE_DEFAULTS,
  WHATWG_FETCH_CALL,
  WHATWG_RESPONSE,
} from './whatwg.js';

/**
 * undici: `request()`, `stream()`, `pipeline()`, its `fetch`, and its dispatchers (`Agent`, `Pool`,
 * `Client`). Facts from undici's docs: consuming or dumping a `request()` body is mandatory;
 * `headersTimeout` and `bodyTimeout` default to 300 s and `bodyTimeout` is the gap between chunks;
 * `keepAliveTimeout: 0` throws, so only `pipelining: 0` turns keep-alive off silently.
 */

const PACKAGES = ['undici', 'undici-types'];

/**
 * `undici.request()`'s `ResponseData`: consuming or dumping `body` is mandatory. `dump()` reads and
 * discards up to 128 KiB and keeps the socket; past that it destroys it.
 */
const UNDICI_RESPONSE_DATA: ResponseModel = {
  id: 'undici-response-data',
  label: 'undici response',
  releaseMethods: new Set(),
  bodyProperty: { name: 'body', stream: NODE_READABLE },
  metadataProperties: new Set(['statusCode', 'headers', 'trailers', 'opaque', 'context']),
  // `const { statusCode } = await request(url)`: the body the code forgot to destructure.
  unnamedTarget: { body: 'body' },
  statusProperty: 'statusCode',
  release: {
    cancel: (target) => ({ expression: `${bodyOf(target, 'body')}.destroy()`, sync: true }),
    drain: (target) => ({ expression: `${bodyOf(target, 'body')}.dump()`, sync: false }),
    preferred: 'drain',
  },
};

/** undici's own idle timeouts, on a request or on a dispatcher. */
const IDLE_TIMEOUTS: readonly TimeoutOption[] = [
  { path: ['headersTimeout'], bounds: ['headers'] },
  { path: ['bodyTimeout'], bounds: ['body'] },
];

/** `undici.request()`, `stream()`, `pipeline()`: through the global dispatcher or `dispatcher`. */
const TOP_LEVEL_TIMEOUTS: TimeoutModel = {
  unbounded: 'undici waits up to 300 s for the headers and 300 s between body chunks',
  options: IDLE_TIMEOUTS,
  defaults: NODE_FETCH_IDLE_DEFAULTS,
  carriers: [{ path: ['dispatcher'], kind: 'undici-dispatcher' }],
  globalDispatcher: true,
  suggest: { kind: 'signal' },
};

/** `.request()`, `.stream()`, `.pipeline()` on a `Client`, `Pool` or `Agent`: the receiver is the dispatcher. */
const DISPATCHER_TIMEOUTS: TimeoutModel = {
  ...TOP_LEVEL_TIMEOUTS,
  carriers: [],
  globalDispatcher: false,
  receiverCarrier: 'undici-dispatcher',
};

/** undici's dispatch options have no `timeout`. */
const IGNORED: readonly IgnoredOption[] = [
  {
    path: ['timeout'],
    reason:
      'is not an undici option and is ignored: undici bounds a request with `headersTimeout` and `bodyTimeout`, or a `signal`',
    meantAsTimeout: true,
    replacement: { kind: 'idle-timeouts', options: ['headersTimeout', 'bodyTimeout'] },
  },
];

const DISPATCHERS = ['Client', 'Pool', 'BalancedPool', 'Agent', 'ProxyAgent', 'RetryAgent', 'EnvHttpProxyAgent'];

const DISPATCHER_TYPES: readonly TypeSpecifier[] = ['Dispatcher', ...DISPATCHERS].map((name) => ({
  name,
  from: 'package',
  package: PACKAGES,
}));

function dispatcherMethod(method: string): CalleeMatcher {
  return {
    kind: 'instance-method',
    method,
    receiverTypes: DISPATCHER_TYPES,
    constructors: DISPATCHERS.map((name) => ({ modules: ['undici'], path: [name] })),
  };
}

const TOP_LEVEL = { signalOption: 'signal', timeouts: TOP_LEVEL_TIMEOUTS, ignoredOptions: IGNORED } as const;
const ON_DISPATCHER = { signalOption: 'signal', timeouts: DISPATCHER_TIMEOUTS, ignoredOptions: IGNORED } as const;
const RESPONSE = { model: UNDICI_RESPONSE_DATA, delivery: { kind: 'result' } } as const;

const imported = (name: string): CalleeMatcher => ({ kind: 'import', modules: ['undici'], path: [name] });

const requests: readonly RequestFunction[] = [
  { label: 'undici.request()', callee: imported('request'), optionsArgument: 1, response: RESPONSE, ...TOP_LEVEL },
  {
    label: 'dispatcher.request()',
    callee: dispatcherMethod('request'),
    optionsArgument: 0,
    response: RESPONSE,
    ...ON_DISPATCHER,
  },
  // stream() and pipeline() hand the body to a factory the caller writes: nothing to release here.
  { label: 'undici.stream()', callee: imported('stream'), optionsArgument: 1, ...TOP_LEVEL },
  { label: 'undici.pipeline()', callee: imported('pipeline'), optionsArgument: 1, ...TOP_LEVEL },
  { label: 'dispatcher.stream()', callee: dispatcherMethod('stream'), optionsArgument: 0, ...ON_DISPATCHER },
  { label: 'dispatcher.pipeline()', callee: dispatcherMethod('pipeline'), optionsArgument: 0, ...ON_DISPATCHER },
  // undici's WHATWG `fetch`.
  {
    label: 'fetch()',
    callee: imported('fetch'),
    ...WHATWG_FETCH_CALL,
    timeouts: FETCH_TIMEOUTS,
    ignoredOptions: FETCH_IGNORED,
  },
  {
    label: 'fetch()',
    callee: { kind: 'function-type', types: [{ name: 'fetch', from: 'package', package: PACKAGES }] },
    ...WHATWG_FETCH_CALL,
    timeouts: FETCH_TIMEOUTS,
    ignoredOptions: FETCH_IGNORED,
  },
];

const REQUEST_METHODS = new Set(['request', 'stream', 'pipeline', 'connect', 'upgrade', 'dispatch']);

/** A dispatcher that owns sockets: idle ones stay open until it is closed. */
function pool(name: string, optionsArgument: number): PoolFactory {
  return {
    label: `undici ${name}`,
    kind: 'pool',
    construct: 'new',
    callees: [{ modules: ['undici'], path: [name] }],
    types: [{ name, from: 'package', package: PACKAGES }],
    optionsArgument,
    requestMethods: REQUEST_METHODS,
    callable: false,
    closeMethods: new Set(['close', 'destroy']),
    wrapMethods: new Set(['compose']),
    idleSockets: { kind: 'always' },
    // undici rejects `keepAliveTimeout: 0` with an InvalidArgumentError, so only `pipelining: 0`
    // can silently turn keep-alive off.
    keepAliveOff:
      name === 'EnvHttpProxyAgent'
        ? []
        : [{ option: 'pipelining', off: 0, replacement: '1', effect: 'disables keep-alive' }],
    carries: { kind: 'undici-dispatcher', timeouts: IDLE_TIMEOUTS },
  };
}

export const undiciClient = {
  id: 'undici',
  label: 'undici',
  requests,
  responseTypes: [
    { model: UNDICI_RESPONSE_DATA, types: [{ name: 'ResponseData', from: 'package', package: PACKAGES }] },
    { model: WHATWG_RESPONSE, types: [{ name: 'Response', from: 'package', package: PACKAGES }] },
  ],
  pools: [
    pool('Agent', 0),
    pool('Pool', 1),
    pool('Client', 1),
    pool('BalancedPool', 1),
    pool('ProxyAgent', 0),
    pool('EnvHttpProxyAgent', 0),
  ],
  wrappingConstructors: [{ modules: ['undici'], path: ['RetryAgent'] }],
  globalDispatcherSetters: [{ modules: ['undici'], path: ['setGlobalDispatcher'], carrier: 'undici-dispatcher' }],
  // `reset: true` closes the connection once the request is done.
  requestKeepAliveOff: [
    {
      option: 'reset',
      off: true,
      replacement: { remove: true },
      effect: 'closes the connection once the request is done',
    },
  ],
  headersConstructors: [{ modules: ['undici'], path: ['Headers'] }],
  requestConstructors: [{ modules: ['undici'], path: ['Request'] }],
} as const satisfies ClientModel;
