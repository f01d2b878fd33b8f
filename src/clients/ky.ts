import { WHATWG_RESPONSE } from './fetch.js';
import type { ClientModel, InstanceModel, RequestFunction } from './model.js';
import { KY_TIMEOUTS } from './timeouts.js';

const OPTIONS = { signalOption: 'signal', timeouts: KY_TIMEOUTS } as const;
const KY_METHODS = ['get', 'post', 'put', 'patch', 'delete', 'head'];

/** Instances from `ky.create()` / `ky.extend()`: `timeout: false` there turns the 10 s default off. */
export const KY_INSTANCES: InstanceModel = {
  label: 'ky instance',
  types: [{ name: 'KyInstance', from: 'package', package: ['ky'] }],
  factories: [
    { modules: ['ky'], path: ['create'], configArgument: 0 },
    { modules: ['ky'], path: ['extend'], configArgument: 0 },
  ],
  deriveMethods: new Set(['create', 'extend']),
};

/** ky: its `KyResponse` extends the WHATWG `Response`; ky throws on non-2xx before the caller sees it. */
export const kyClient: ClientModel = {
  id: 'ky',
  label: 'ky',
  requests: [
    { label: 'ky()', callee: { kind: 'import', modules: ['ky'], path: [] }, optionsArgument: 1, ...OPTIONS },
    ...KY_METHODS.map((method) => ({
      label: `ky.${method}()`,
      callee: { kind: 'import' as const, modules: ['ky'], path: [method] },
      optionsArgument: 1,
      ...OPTIONS,
    })),
    {
      label: 'ky instance()',
      callee: { kind: 'instance-call', method: null, instances: KY_INSTANCES },
      optionsArgument: 1,
      ...OPTIONS,
    },
    ...KY_METHODS.map((method): RequestFunction => ({
      label: `ky instance .${method}()`,
      callee: { kind: 'instance-call', method, instances: KY_INSTANCES },
      optionsArgument: 1,
      ...OPTIONS,
    })),
  ],
  responseModels: [WHATWG_RESPONSE],
  instances: KY_INSTANCES,
};
