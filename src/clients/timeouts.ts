import type { CarrierKind, TimeoutModel, TimeoutOption } from './model.js';

/**
 * What bounds a request in time, per client, as data: the knowledge behind
 * `require-request-timeout`. Check the facts in the clients' docs before changing one:
 * - WHATWG `fetch` (Node's global, undici's) has no overall timeout; undici's `headersTimeout` and
 *   `bodyTimeout` default to 300 s, and `bodyTimeout` is the gap between chunks, not a total.
 * - axios `timeout` defaults to 0 (none); got has no timeout by default; ky has 10 s per attempt.
 * - `node:http`'s `timeout` option (and an `http.Agent`'s) only emits `'timeout'`: nothing is
 *   aborted unless a listener destroys the request.
 */

/** undici's own idle timeouts, on a request or on a dispatcher. */
const UNDICI_IDLE: readonly TimeoutOption[] = [
  { path: ['headersTimeout'], bounds: ['headers'] },
  { path: ['bodyTimeout'], bounds: ['body'] },
];

const UNDICI_DEFAULTS = {
  bounds: ['headers', 'body'],
  label: "undici's 300 s `headersTimeout` and `bodyTimeout`",
  counts: 'when-allowed',
} as const;

/** Global `fetch` and undici's `fetch`. */
export const FETCH_TIMEOUTS: TimeoutModel = {
  unbounded:
    'WHATWG `fetch` has no overall timeout, and undici waits up to 300 s for the headers and 300 s between body chunks',
  options: [],
  defaults: UNDICI_DEFAULTS,
  carriers: [{ path: ['dispatcher'], kind: 'undici-dispatcher' }],
  globalDispatcher: true,
  requestInput: true,
  suggest: { kind: 'signal' },
};

/** cross-fetch and isomorphic-fetch run node-fetch 2 in Node.js, whose `timeout` is a deadline. */
export const NODE_FETCH_2_TIMEOUTS: TimeoutModel = {
  unbounded: 'it runs node-fetch 2 in Node.js, which has no timeout by default',
  options: [{ path: ['timeout'], bounds: 'total' }],
  defaults: 'none',
  carriers: [{ path: ['agent'], kind: 'node-agent' }],
  requestInput: true,
  suggest: { kind: 'signal' },
};

/**
 * node-fetch: no timeout by default. Version 2's `timeout` is a deadline; version 3 dropped it
 * (`no-ignored-request-options` reports it where the types show version 3).
 */
export const NODE_FETCH_TIMEOUTS: TimeoutModel = {
  unbounded: 'node-fetch has no timeout by default',
  options: [{ path: ['timeout'], bounds: 'total' }],
  defaults: 'none',
  carriers: [{ path: ['agent'], kind: 'node-agent' }],
  requestInput: true,
  suggest: { kind: 'signal' },
};

/** `undici.request()`, `stream()`, `pipeline()`: through the global dispatcher or `dispatcher`. */
export const UNDICI_TIMEOUTS: TimeoutModel = {
  unbounded: 'undici waits up to 300 s for the headers and 300 s between body chunks',
  options: UNDICI_IDLE,
  defaults: UNDICI_DEFAULTS,
  carriers: [{ path: ['dispatcher'], kind: 'undici-dispatcher' }],
  globalDispatcher: true,
  suggest: { kind: 'signal' },
};

/** `.request()`, `.stream()`, `.pipeline()` on a `Client`, `Pool` or `Agent`: the receiver is the dispatcher. */
export const DISPATCHER_TIMEOUTS: TimeoutModel = {
  ...UNDICI_TIMEOUTS,
  carriers: [],
  globalDispatcher: false,
  receiverCarrier: 'undici-dispatcher',
};

/** `node:http` / `node:https` `request()` and `get()`. */
export const NODE_HTTP_TIMEOUTS: TimeoutModel = {
  unbounded: '`node:http` requests have no timeout',
  options: [],
  defaults: 'none',
  carriers: [{ path: ['agent'], kind: 'node-agent' }],
  // The socket's inactivity timeout: it bounds every wait, never the total.
  eventOnly: { path: ['timeout'], event: 'timeout', setter: 'setTimeout', bounds: ['headers', 'body'] },
  suggest: { kind: 'signal' },
};

/** axios: `timeout` bounds the whole request; `cancelToken` is the older signal. */
export const AXIOS_TIMEOUTS: TimeoutModel = {
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
};

/**
 * got: `timeout.request` bounds the whole request; `socket` is an inactivity timeout over every
 * wait; `response` bounds the wait for the headers and `read` the body. `lookup`, `connect`,
 * `secureConnect` and `send` bound phases before the server answers. A number is got 11's
 * `timeout.request`.
 */
export const GOT_TIMEOUTS: TimeoutModel = {
  unbounded: 'got has no timeout by default',
  options: [
    { path: ['timeout', 'request'], bounds: 'total' },
    { path: ['timeout'], bounds: 'total' },
    { path: ['timeout', 'socket'], bounds: ['headers', 'body'] },
    { path: ['timeout', 'response'], bounds: ['headers'] },
    { path: ['timeout', 'read'], bounds: ['body'] },
  ],
  defaults: 'none',
  carriers: [{ path: ['agent'], kind: 'got-agents' }],
  suggest: { kind: 'option', path: ['timeout', 'request'] },
};

/** ky: 10 s per attempt unless `timeout: false`. */
export const KY_TIMEOUTS: TimeoutModel = {
  unbounded: "`timeout: false` turns off ky's 10 s timeout",
  options: [{ path: ['timeout'], bounds: 'total' }],
  defaults: { bounds: 'total', label: "ky's 10 s timeout", counts: 'always' },
  disabledBy: { path: ['timeout'], value: false },
  carriers: [],
  suggest: { kind: 'option', path: ['timeout'] },
};

/** A constructor whose config the rules can read: what it makes and where its options are. */
export interface CarrierConstructor {
  readonly modules: readonly string[];
  readonly path: readonly string[];
  readonly configArgument: number;
  readonly kind: CarrierKind;
}

export const CARRIER_CONSTRUCTORS: readonly CarrierConstructor[] = [
  { modules: ['undici'], path: ['Agent'], configArgument: 0, kind: 'undici-dispatcher' },
  { modules: ['undici'], path: ['EnvHttpProxyAgent'], configArgument: 0, kind: 'undici-dispatcher' },
  { modules: ['undici'], path: ['ProxyAgent'], configArgument: 0, kind: 'undici-dispatcher' },
  { modules: ['undici'], path: ['Pool'], configArgument: 1, kind: 'undici-dispatcher' },
  { modules: ['undici'], path: ['Client'], configArgument: 1, kind: 'undici-dispatcher' },
  { modules: ['undici'], path: ['BalancedPool'], configArgument: 1, kind: 'undici-dispatcher' },
  { modules: ['http', 'https'], path: ['Agent'], configArgument: 0, kind: 'node-agent' },
];

/** The timeout options a dispatcher or agent of each kind can carry for its requests. */
export const CARRIER_TIMEOUTS: Readonly<Record<CarrierKind, readonly TimeoutOption[]>> = {
  'undici-dispatcher': UNDICI_IDLE,
  // An `http.Agent`'s `timeout` only emits `'timeout'`, like the request option: it aborts nothing.
  'node-agent': [],
  'got-agents': [],
};

/** got's `agent` option: an object of agents by protocol. */
export const GOT_AGENT_PROTOCOLS = ['http', 'https', 'http2'] as const;

/** `setGlobalDispatcher(dispatcher)`: the dispatcher global `fetch` and `undici.request()` use. */
export const SET_GLOBAL_DISPATCHER = { modules: ['undici'], path: ['setGlobalDispatcher'] } as const;

/** Methods that, called in a `'timeout'` listener, tear the request down. */
export const DESTROY_METHODS: ReadonlySet<string> = new Set(['destroy', 'abort']);
