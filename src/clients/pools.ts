import type { TypeSpecifier } from '../analysis/types.js';
import type { ClientId } from './model.js';

/**
 * Connection pools and client instances as data: what creates one, what sends a request through
 * it, what closes it, and which options turn keep-alive off.
 */

/** An import path a constructor or factory is reached by (`new https.Agent`, `axios.create`). */
export interface ImportPath {
  /** Module specifiers without `node:`; `null` for a global. */
  readonly modules: readonly (string | null)[];
  readonly path: readonly string[];
}

/**
 * `pool`: owns sockets (a new one per call means new connections per call). `instance`: a client
 * object that sends through the pool it is given, or the process-wide default pool.
 */
export type PoolKind = 'pool' | 'instance';

/** Whether an unclosed pool keeps idle sockets open after its requests are done. */
export type IdleSockets =
  | { readonly kind: 'always' }
  | { readonly kind: 'never' }
  /** Only with this option `true`; `defaultOn` says what an absent option means. */
  | { readonly kind: 'option'; readonly option: string; readonly defaultOn: boolean };

export interface PoolFactory {
  /** How messages name what it makes: `undici Agent`, `https.Agent`, `axios instance`. */
  readonly label: string;
  readonly kind: PoolKind;
  /** `new X()` or `x()`. */
  readonly construct: 'new' | 'call';
  /** The import paths of the constructor or factory. */
  readonly callees: readonly ImportPath[];
  /** With type information: the constructed class (subclasses match too). `new` only. */
  readonly types?: readonly TypeSpecifier[];
  /** The options argument of the constructor or factory. */
  readonly optionsArgument: number;
  /** Methods of the value that send a request through it. */
  readonly requestMethods: ReadonlySet<string>;
  /** Calling the value itself sends a request (`client(url)` for got, axios and ky instances). */
  readonly callable: boolean;
  /** Methods that close it and its sockets. */
  readonly closeMethods: ReadonlySet<string>;
  /** Methods that return a new dispatcher or instance wrapping this one (`dispatcher.compose()`). */
  readonly wrapMethods: ReadonlySet<string>;
  readonly idleSockets: IdleSockets;
}

const UNDICI_REQUEST_METHODS = new Set(['request', 'stream', 'pipeline', 'connect', 'upgrade', 'dispatch']);
const UNDICI_CLOSE = new Set(['close', 'destroy']);
const NODE_AGENT_CLOSE = new Set(['destroy']);
const NONE = new Set<string>();
const HTTP_VERBS = ['get', 'delete', 'head', 'options', 'post', 'put', 'patch'];

function undici(name: string): PoolFactory {
  return {
    label: `undici ${name}`,
    kind: 'pool',
    construct: 'new',
    callees: [{ modules: ['undici'], path: [name] }],
    types: [{ name, from: 'package', package: ['undici', 'undici-types'] }],
    optionsArgument: name === 'Client' || name === 'Pool' || name === 'BalancedPool' ? 1 : 0,
    requestMethods: UNDICI_REQUEST_METHODS,
    callable: false,
    closeMethods: UNDICI_CLOSE,
    wrapMethods: new Set(['compose']),
    idleSockets: { kind: 'always' },
  };
}

function nodeAgent(module: 'http' | 'https'): PoolFactory {
  return {
    label: `${module}.Agent`,
    kind: 'pool',
    construct: 'new',
    callees: [{ modules: [module], path: ['Agent'] }],
    // With types, a subclass (`class KeepAliveAgent extends http.Agent`) is recognised too; the
    // import match comes first, so `new https.Agent()` keeps its own label.
    types: module === 'http' ? [{ name: 'Agent', from: 'package', package: ['@types/node'] }] : undefined,
    optionsArgument: 0,
    requestMethods: NONE,
    callable: false,
    closeMethods: NODE_AGENT_CLOSE,
    wrapMethods: NONE,
    idleSockets: { kind: 'option', option: 'keepAlive', defaultOn: false },
  };
}

/** An http.Agent subclass from a package that has no types installed here (recognised by import). */
function agentPackage(
  label: string,
  callees: readonly ImportPath[],
  optionsArgument: number,
  defaultOn: boolean,
): PoolFactory {
  return {
    label,
    kind: 'pool',
    construct: 'new',
    callees,
    optionsArgument,
    requestMethods: NONE,
    callable: false,
    closeMethods: NODE_AGENT_CLOSE,
    wrapMethods: NONE,
    idleSockets: { kind: 'option', option: 'keepAlive', defaultOn },
  };
}

function instance(label: string, callees: readonly ImportPath[], methods: readonly string[]): PoolFactory {
  return {
    label,
    kind: 'instance',
    construct: 'call',
    callees,
    optionsArgument: 0,
    requestMethods: new Set(methods),
    callable: true,
    closeMethods: NONE,
    wrapMethods: new Set(['create', 'extend']),
    idleSockets: { kind: 'never' },
  };
}

/** Every constructor or factory of a pool or client instance the rules know. */
export const POOL_FACTORIES: readonly PoolFactory[] = [
  ...['Agent', 'Pool', 'Client', 'BalancedPool', 'ProxyAgent', 'EnvHttpProxyAgent'].map(undici),
  nodeAgent('http'),
  nodeAgent('https'),
  agentPackage(
    'agentkeepalive agent',
    [
      { modules: ['agentkeepalive'], path: [] },
      { modules: ['agentkeepalive'], path: ['HttpsAgent'] },
      { modules: ['agentkeepalive'], path: ['HttpAgent'] },
    ],
    0,
    true,
  ),
  agentPackage(
    'ProxyAgent',
    [
      { modules: ['proxy-agent'], path: ['ProxyAgent'] },
      { modules: ['proxy-agent'], path: [] },
    ],
    0,
    false,
  ),
  agentPackage(
    'HttpsProxyAgent',
    [
      { modules: ['https-proxy-agent'], path: ['HttpsProxyAgent'] },
      { modules: ['https-proxy-agent'], path: [] },
    ],
    1,
    false,
  ),
  agentPackage('HttpProxyAgent', [{ modules: ['http-proxy-agent'], path: ['HttpProxyAgent'] }], 1, false),
  agentPackage('SocksProxyAgent', [{ modules: ['socks-proxy-agent'], path: ['SocksProxyAgent'] }], 1, false),
  instance(
    'axios instance',
    [{ modules: ['axios'], path: ['create'] }],
    ['request', ...HTTP_VERBS, 'postForm', 'putForm', 'patchForm'],
  ),
  instance(
    'got instance',
    [{ modules: ['got'], path: ['extend'] }],
    [...HTTP_VERBS.filter((verb) => verb !== 'options'), 'stream', 'paginate'],
  ),
  instance(
    'ky instance',
    [
      { modules: ['ky'], path: ['create'] },
      { modules: ['ky'], path: ['extend'] },
    ],
    HTTP_VERBS.filter((verb) => verb !== 'options'),
  ),
];

/**
 * Request options that carry the pool a request goes through: `dispatcher` (fetch, undici),
 * `agent` (node:http, node-fetch, got's `{ http, https, http2 }`), `httpAgent`/`httpsAgent` (axios).
 */
export const POOL_OPTIONS: ReadonlySet<string> = new Set(['dispatcher', 'agent', 'httpAgent', 'httpsAgent']);

/** Constructors that wrap the dispatcher passed as their first argument (no pool of their own). */
export const WRAPPING_CONSTRUCTORS: readonly ImportPath[] = [{ modules: ['undici'], path: ['RetryAgent'] }];

/** Functions that install a process-wide pool: a new one per request replaces it every time. */
export const GLOBAL_POOL_SETTERS: readonly ImportPath[] = [{ modules: ['undici'], path: ['setGlobalDispatcher'] }];

/**
 * Method names that send a request on a client this plugin does not model (a user's instance,
 * an SDK): an options object passed to one with a pool option is a request made with that pool.
 */
export const REQUEST_METHOD_NAMES: ReadonlySet<string> = new Set(['request', 'fetch', ...HTTP_VERBS]);

/** An option, in a pool's or request's options, whose value turns keep-alive off. */
export interface KeepAliveOffOption {
  readonly option: string;
  /** The literal that turns it off. */
  readonly off: boolean | number;
  /** The text of the suggestion's replacement value, or `remove` to drop the option. */
  readonly replacement: string | { readonly remove: true };
  /** Why, for the message. */
  readonly effect: string;
}

/** Per pool factory label: the options that turn its keep-alive off. */
export const POOL_KEEP_ALIVE_OFF: ReadonlyMap<string, readonly KeepAliveOffOption[]> = new Map([
  ...[
    'http.Agent',
    'https.Agent',
    'agentkeepalive agent',
    'ProxyAgent',
    'HttpsProxyAgent',
    'HttpProxyAgent',
    'SocksProxyAgent',
  ].map((label): [string, readonly KeepAliveOffOption[]] => [
    label,
    [{ option: 'keepAlive', off: false, replacement: 'true', effect: 'closes each socket once its request is done' }],
  ]),
  // undici rejects `keepAliveTimeout: 0` with an InvalidArgumentError, so only `pipelining: 0` can
  // silently turn keep-alive off.
  ...['undici Agent', 'undici Pool', 'undici Client', 'undici BalancedPool', 'undici ProxyAgent'].map(
    (label): [string, readonly KeepAliveOffOption[]] => [
      label,
      [{ option: 'pipelining', off: 0, replacement: '1', effect: 'disables keep-alive' }],
    ],
  ),
]);

/** Pool labels whose default (no keep-alive option) is to close idle sockets: Node's own agents. */
export const KEEP_ALIVE_OFF_BY_DEFAULT: ReadonlySet<string> = new Set(['http.Agent', 'https.Agent']);

/** A request option that turns keep-alive off for that request, per client. */
export interface RequestKeepAliveOffOption extends KeepAliveOffOption {
  readonly clients: readonly ClientId[];
}

export const REQUEST_KEEP_ALIVE_OFF: readonly RequestKeepAliveOffOption[] = [
  {
    // No pool at all: a new connection per request, sent with `Connection: close`.
    clients: ['node-http', 'node-fetch'],
    option: 'agent',
    off: false,
    replacement: { remove: true },
    effect: 'sends the request without a pool, on a new connection that is closed after it',
  },
  {
    // undici's dispatch option: `reset: true` closes the connection once the request is done.
    clients: ['undici'],
    option: 'reset',
    off: true,
    replacement: { remove: true },
    effect: 'closes the connection once the request is done',
  },
];

/** The request header that asks the server to close the connection, compared case-insensitively. */
export const CLOSE_HEADER = { name: 'connection', value: 'close' } as const;

/** Request options that carry the request's headers. */
export const HEADERS_OPTION = 'headers';

/** Header containers a `set`/`append` on which sets an outbound request header. */
export const OUTBOUND_HEADER_TYPES: readonly TypeSpecifier[] = [
  { name: 'Headers', from: 'lib' },
  { name: 'Headers', from: 'package', package: ['@types/node', 'undici-types', 'undici', 'node-fetch'] },
  { name: 'ClientRequest', from: 'package', package: ['@types/node'] },
  { name: 'AxiosHeaders', from: 'package', package: ['axios'] },
];

/** Methods that set a header on those containers. */
export const HEADER_SET_METHODS: ReadonlySet<string> = new Set(['set', 'append', 'setHeader']);

/** Constructors whose first argument is a headers init: `new Headers({ Connection: 'close' })`. */
export const HEADERS_CONSTRUCTORS: readonly ImportPath[] = [
  { modules: [null], path: ['Headers'] },
  { modules: ['undici', 'node-fetch'], path: ['Headers'] },
];

/** Constructors of a request object whose options carry headers and a pool: `new Request(url, init)`. */
export const REQUEST_CONSTRUCTORS: readonly ImportPath[] = [
  { modules: [null], path: ['Request'] },
  { modules: ['undici', 'node-fetch'], path: ['Request'] },
];
