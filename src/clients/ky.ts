import type { ClientModel, InstanceModel, RequestFunction } from './model.js';
import { WHATWG_RESPONSE } from './whatwg.js';

/**
 * ky: 10 s per attempt unless `timeout: false`. Its `KyResponse` extends the WHATWG `Response`, and
 * ky throws on non-2xx before the caller sees the response.
 */

const OPTIONS = {
  optionsArgument: 1,
  signalOption: 'signal',
  timeouts: {
    unbounded: "`timeout: false` turns off ky's 10 s timeout",
    options: [{ path: ['timeout'], bounds: 'total' }],
    defaults: { bounds: 'total', label: "ky's 10 s timeout", counts: 'always' },
    disabledBy: { path: ['timeout'], value: false },
    carriers: [],
    suggest: { kind: 'option', path: ['timeout'] },
  },
} as const satisfies Partial<RequestFunction>;

const METHODS = ['get', 'post', 'put', 'patch', 'delete', 'head'];

/** Instances from `ky.create()` / `ky.extend()`: `timeout: false` there turns the 10 s default off. */
const INSTANCES: InstanceModel = {
  label: 'ky instance',
  types: [{ name: 'KyInstance', from: 'package', package: ['ky'] }],
  factories: [
    { modules: ['ky'], path: ['create'], configArgument: 0 },
    { modules: ['ky'], path: ['extend'], configArgument: 0 },
  ],
  deriveMethods: new Set(['create', 'extend']),
  requestMethods: new Set(METHODS),
};

export const kyClient = {
  id: 'ky',
  label: 'ky',
  requests: [
    { label: 'ky()', callee: { kind: 'import', modules: ['ky'], path: [] }, ...OPTIONS },
    ...METHODS.map((method): RequestFunction => ({
      label: `ky.${method}()`,
      callee: { kind: 'import', modules: ['ky'], path: [method] },
      ...OPTIONS,
    })),
    { label: 'ky instance()', callee: { kind: 'instance-call', method: null, instances: INSTANCES }, ...OPTIONS },
    ...METHODS.map((method): RequestFunction => ({
      label: `ky instance .${method}()`,
      callee: { kind: 'instance-call', method, instances: INSTANCES },
      ...OPTIONS,
    })),
  ],
  responseTypes: [{ model: WHATWG_RESPONSE, types: [{ name: 'Response', from: 'package', package: ['ky'] }] }],
  instances: INSTANCES,
} as const satisfies ClientModel;
