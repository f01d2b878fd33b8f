import {
  streamOf,
  type ClientModel,
  type IgnoredOption,
  type InstanceModel,
  type RequestFunction,
  type ResponseModel,
  type TimeoutModel,
} from './model.js';
import { WEB_STREAM } from './streams.js';
import {
  FETCH_IGNORED,
  FETCH_TIMEOUTS,
  NODE_FETCH_IDLE_DEFAULTS,
  WHATWG_FETCH_CALL,
  WHATWG_RESPONSE,
} from './whatwg.js';

/**
 * ofetch (and its alias `$fetch`): Node's global `fetch` underneath, so undici's 300 s idle
 * timeouts and the global dispatcher apply. Facts from ofetch 1.5's source:
 * - `ofetch()` reads and parses the body itself; `ofetch.raw()` reads it too and returns the
 *   `Response` with the parsed `_data`. Only `responseType: 'stream'` hands the body over unread
 *   (`ofetch()` then returns the stream itself), and `ofetch.native()` is plain `fetch`: those
 *   bodies must be released.
 * - `timeout` arms an `AbortController` that is cleared as soon as `fetch` resolves, so it bounds
 *   the wait for the headers and not the body read (unjs/ofetch#620); with a `signal` it is not
 *   armed at all. The suggestion adds a signal, which bounds both.
 * - `retry` (1 for GET, 0 for payload methods) repeats an attempt; each attempt has its own timeout.
 * - `agent` is only read by the node-fetch polyfill used where no global `fetch` exists (not on the
 *   Node versions this plugin supports); `dispatcher` goes to undici.
 */

const TIMEOUTS: TimeoutModel = {
  unbounded:
    'ofetch has no timeout by default, its `timeout` stops at the headers, and undici waits up to 300 s for the headers and 300 s between body chunks',
  options: [{ path: ['timeout'], bounds: ['headers'] }],
  defaults: NODE_FETCH_IDLE_DEFAULTS,
  carriers: [{ path: ['dispatcher'], kind: 'undici-dispatcher' }],
  globalDispatcher: true,
  requestInput: true,
  suggest: { kind: 'signal' },
};

const IGNORED: readonly IgnoredOption[] = [
  {
    path: ['agent'],
    reason:
      "is only read by ofetch's node-fetch fallback, which Node's global `fetch` replaces: pass an undici `Agent` as `dispatcher`",
    meantAsTimeout: false,
  },
];

/** `ofetch(url, options)`: the signal and the timeout, on the default export and on instances alike. */
const OPTIONS = {
  optionsArgument: 1,
  signalOption: 'signal',
  timeouts: TIMEOUTS,
  ignoredOptions: IGNORED,
} as const satisfies Partial<RequestFunction>;

/** `ofetch(url, { responseType: 'stream' })`: the body stream itself, unread. */
const BODY_STREAM: ResponseModel = {
  id: 'ofetch-body-stream',
  label: 'ofetch body stream',
  releaseMethods: WEB_STREAM.releaseMethods,
  selfStream: WEB_STREAM,
  metadataProperties: new Set(['locked']),
  release: {
    cancel: (target) => ({ expression: `${streamOf(target)}.cancel()`, sync: false }),
    drain: (target) => ({ expression: `new Response(${streamOf(target)}).arrayBuffer()`, sync: false }),
    preferred: 'cancel',
  },
};

/** `responseType: 'stream'` on `ofetch()`: the stream is the result. */
const STREAM = {
  model: BODY_STREAM,
  delivery: { kind: 'result' },
  onlyWithOption: { name: 'responseType', value: 'stream' },
} as const;

/** `responseType: 'stream'`: `ofetch.raw()` returns the `Response` with its body unread. */
const RAW_STREAM = {
  model: WHATWG_RESPONSE,
  delivery: { kind: 'result' },
  onlyWithOption: { name: 'responseType', value: 'stream' },
} as const;

/** `ofetch.native()` is the global `fetch` itself: its options are `fetch`'s. */
const NATIVE = { ...WHATWG_FETCH_CALL, timeouts: FETCH_TIMEOUTS, ignoredOptions: FETCH_IGNORED } as const;

const MODULES = ['ofetch'];
/** Nuxt and Nitro declare ofetch's `$fetch` as a global, called without an import. */
const EXPORTS = [
  { name: 'ofetch', modules: MODULES },
  { name: '$fetch', modules: [...MODULES, null] },
];

/**
 * Instances from `ofetch.create(defaults)` (and `instance.create()`): their requests carry the
 * defaults' `timeout` and `signal`. With types, any value typed `$Fetch` is one.
 */
const INSTANCES: InstanceModel = {
  label: 'ofetch instance',
  types: [{ name: '$Fetch', from: 'package', package: MODULES }],
  factories: EXPORTS.map(({ name, modules }) => ({ modules, path: [name, 'create'], configArgument: 0 })),
  deriveMethods: new Set(['create']),
  requestMethods: new Set(['raw', 'native']),
};

export const ofetchClient = {
  id: 'ofetch',
  label: 'ofetch',
  requests: [
    ...EXPORTS.flatMap(({ name, modules }): RequestFunction[] => [
      {
        label: `${name}.raw()`,
        callee: { kind: 'import', modules, path: [name, 'raw'] },
        response: RAW_STREAM,
        ...OPTIONS,
      },
      { label: `${name}.native()`, callee: { kind: 'import', modules, path: [name, 'native'] }, ...NATIVE },
      { label: `${name}()`, callee: { kind: 'import', modules, path: [name] }, response: STREAM, ...OPTIONS },
    ]),
    {
      label: 'ofetch instance .raw()',
      callee: { kind: 'instance-call', method: 'raw', instances: INSTANCES },
      response: RAW_STREAM,
      ...OPTIONS,
    },
    {
      label: 'ofetch instance .native()',
      callee: { kind: 'instance-call', method: 'native', instances: INSTANCES },
      ...NATIVE,
    },
    {
      label: 'ofetch instance()',
      callee: { kind: 'instance-call', method: null, instances: INSTANCES },
      response: STREAM,
      ...OPTIONS,
    },
  ],
  instances: INSTANCES,
  doesNotApply: [
    {
      rule: 'prefer-keep-alive',
      reason: "ofetch sends through Node's global `fetch`, whose undici pool keeps connections alive",
    },
  ],
} as const satisfies ClientModel;
