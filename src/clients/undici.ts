import type { TypeSpecifier } from '../analysis/types.js';
import { bodyOf, type CalleeMatcher, type ClientModel, type RequestFunction, type ResponseModel } from './model.js';
import { UNDICI_IGNORED } from './options.js';
import { NODE_READABLE } from './streams.js';
import { DISPATCHER_TIMEOUTS, UNDICI_TIMEOUTS } from './timeouts.js';

/**
 * `undici.request()`'s `ResponseData`: consuming or dumping `body` is mandatory. `dump()` reads and
 * discards up to 128 KiB and keeps the socket; past that it destroys it.
 */
export const UNDICI_RESPONSE_DATA: ResponseModel = {
  id: 'undici-response-data',
  label: 'undici response',
  types: [{ name: 'ResponseData', from: 'package', package: ['undici', 'undici-types'] }],
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

const DISPATCHER_TYPES: readonly TypeSpecifier[] = [
  'Dispatcher',
  'Client',
  'Pool',
  'BalancedPool',
  'Agent',
  'ProxyAgent',
  'RetryAgent',
  'EnvHttpProxyAgent',
].map((name) => ({ name, from: 'package', package: ['undici', 'undici-types'] }));

const DISPATCHER_CONSTRUCTORS = [
  'Client',
  'Pool',
  'BalancedPool',
  'Agent',
  'ProxyAgent',
  'RetryAgent',
  'EnvHttpProxyAgent',
].map((name) => ({ modules: ['undici'], path: [name] }));

function dispatcherMethod(method: string): CalleeMatcher {
  return { kind: 'instance-method', method, receiverTypes: DISPATCHER_TYPES, constructors: DISPATCHER_CONSTRUCTORS };
}

/** undici's dispatch options, through the global dispatcher (`undici.request()`) or a receiver (`pool.request()`). */
const TOP_LEVEL = { signalOption: 'signal', timeouts: UNDICI_TIMEOUTS, ignoredOptions: UNDICI_IGNORED } as const;
const ON_DISPATCHER = {
  signalOption: 'signal',
  timeouts: DISPATCHER_TIMEOUTS,
  ignoredOptions: UNDICI_IGNORED,
} as const;

const request = (label: string, callee: CalleeMatcher): RequestFunction => ({
  label,
  callee,
  optionsArgument: 1,
  response: { model: UNDICI_RESPONSE_DATA, delivery: { kind: 'result' } },
  ...TOP_LEVEL,
});

export const undiciClient: ClientModel = {
  id: 'undici',
  label: 'undici',
  requests: [
    request('undici.request()', { kind: 'import', modules: ['undici'], path: ['request'] }),
    {
      label: 'dispatcher.request()',
      callee: dispatcherMethod('request'),
      optionsArgument: 0,
      response: { model: UNDICI_RESPONSE_DATA, delivery: { kind: 'result' } },
      ...ON_DISPATCHER,
    },
    // stream() and pipeline() hand the body to a factory the caller writes: nothing to release here.
    {
      label: 'undici.stream()',
      callee: { kind: 'import', modules: ['undici'], path: ['stream'] },
      optionsArgument: 1,
      ...TOP_LEVEL,
    },
    {
      label: 'undici.pipeline()',
      callee: { kind: 'import', modules: ['undici'], path: ['pipeline'] },
      optionsArgument: 1,
      ...TOP_LEVEL,
    },
    { label: 'dispatcher.stream()', callee: dispatcherMethod('stream'), optionsArgument: 0, ...ON_DISPATCHER },
    { label: 'dispatcher.pipeline()', callee: dispatcherMethod('pipeline'), optionsArgument: 0, ...ON_DISPATCHER },
  ],
  responseModels: [UNDICI_RESPONSE_DATA],
};
