import { bodyOf, type IgnoredOption, type ResponseModel, type TimeoutModel } from './model.js';
import { WEB_STREAM } from './streams.js';

/**
 * The WHATWG Fetch standard's shapes, shared by every client that implements it (Node's global
 * `fetch`, undici's, node-fetch, cross-fetch, ky). No package is named here: each client file lists
 * the packages that declare these types.
 */

/**
 * The WHATWG `Response`. Its connection returns to the pool once the body is read to its end or
 * cancelled.
 */
export const WHATWG_RESPONSE: ResponseModel = {
  id: 'whatwg-response',
  label: 'Response',
  releaseMethods: new Set(['json', 'text', 'arrayBuffer', 'blob', 'bytes', 'formData']),
  bodyProperty: { name: 'body', stream: WEB_STREAM },
  metadataProperties: new Set(['status', 'statusText', 'ok', 'headers', 'url', 'redirected', 'type']),
  statusProperty: 'status',
  usedFlag: 'bodyUsed',
  release: {
    cancel: (target) => ({ expression: `${bodyOf(target, 'body', true)}.cancel()`, sync: false }),
    drain: (target) =>
      'body' in target
        ? { expression: `new Response(${target.body}).arrayBuffer()`, sync: false }
        : { expression: `${target.response}.arrayBuffer()`, sync: false },
    preferred: 'cancel',
  },
};

/** The idle timeouts Node's `fetch` (undici) applies when nothing is set: 300 s each. */
export const NODE_FETCH_IDLE_DEFAULTS = {
  bounds: ['headers', 'body'],
  label: "undici's 300 s `headersTimeout` and `bodyTimeout`",
  counts: 'when-allowed',
} as const;

/** Node's global `fetch` and undici's `fetch`. */
export const FETCH_TIMEOUTS: TimeoutModel = {
  unbounded:
    'WHATWG `fetch` has no overall timeout, and undici waits up to 300 s for the headers and 300 s between body chunks',
  options: [],
  defaults: NODE_FETCH_IDLE_DEFAULTS,
  carriers: [{ path: ['dispatcher'], kind: 'undici-dispatcher' }],
  globalDispatcher: true,
  requestInput: true,
  suggest: { kind: 'signal' },
};

const FETCH_REASON = 'WHATWG `fetch` drops options it does not know without a word';

/** node-fetch 2 habits that Node's `fetch` and undici's `fetch` ignore. */
export const FETCH_IGNORED: readonly IgnoredOption[] = [
  {
    path: ['timeout'],
    reason: `is a node-fetch 2 option: ${FETCH_REASON}, so nothing times out`,
    meantAsTimeout: true,
    replacement: 'signal-timeout',
  },
  {
    path: ['agent'],
    reason: `is a node-fetch option: ${FETCH_REASON}; undici's \`fetch\` takes an undici \`Agent\` as \`dispatcher\``,
    meantAsTimeout: false,
  },
  {
    path: ['compress'],
    reason: `is a node-fetch option: ${FETCH_REASON} (it always decompresses)`,
    meantAsTimeout: false,
  },
  {
    path: ['size'],
    reason: `is node-fetch's body size limit: ${FETCH_REASON}, so the body is not limited`,
    meantAsTimeout: false,
  },
  {
    path: ['follow'],
    reason: `is node-fetch's redirect limit: ${FETCH_REASON} (it follows up to 20; \`redirect: 'manual'\` or \`'error'\` stop it)`,
    meantAsTimeout: false,
  },
  { path: ['highWaterMark'], reason: `is a node-fetch stream option: ${FETCH_REASON}`, meantAsTimeout: false },
  { path: ['insecureHTTPParser'], reason: `is a node-fetch option: ${FETCH_REASON}`, meantAsTimeout: false },
];

/** What a WHATWG `fetch` call takes: `fetch(input, init)`, a signal in `init`. */
export const WHATWG_FETCH_CALL = {
  optionsArgument: 1,
  response: { model: WHATWG_RESPONSE, delivery: { kind: 'result' } },
  signalOption: 'signal',
} as const;
