import type { ClientModel, ImportPath, PoolFactory } from './model.js';

/**
 * `http.Agent` subclasses from packages whose types are not installed here, recognised by import:
 * agentkeepalive (keep-alive on by default) and the proxy agents (off by default, like Node's). They
 * send no requests themselves; the rules see them as pools.
 */

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
    requestMethods: new Set(),
    callable: false,
    closeMethods: new Set(['destroy']),
    wrapMethods: new Set(),
    idleSockets: { kind: 'option', option: 'keepAlive', defaultOn },
    keepAliveOff: [
      { option: 'keepAlive', off: false, replacement: 'true', effect: 'closes each socket once its request is done' },
    ],
  };
}

export const httpAgentsClient = {
  id: 'http-agents',
  label: 'http.Agent packages',
  requests: [],
  pools: [
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
  ],
  doesNotApply: [
    { rule: 'consume-response-body', reason: 'an agent sends nothing itself: its requests are node:http ones' },
    { rule: 'require-request-timeout', reason: 'an agent sends nothing itself: its requests are node:http ones' },
  ],
} as const satisfies ClientModel;
