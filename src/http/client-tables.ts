import type { TypeSpecifier } from '../analysis/types.js';
import type {
  ClientModel,
  ImportPath,
  InstanceModel,
  KeepAliveOffOption,
  PoolFactory,
  RequestFunction,
  ResponseModel,
} from '../clients/model.js';
import { CLIENTS } from '../clients/registry.js';

/**
 * The tables the machinery reads, derived once from the registry of client files: nothing here
 * names a client, and adding a client file changes every table without an edit here.
 */

export const CLIENT_LIST: readonly ClientModel[] = CLIENTS;

/**
 * Every request function, with its client, in the order a call is tried: the registry's order, but
 * a function recognised only by its type (`f: typeof fetch`) after every import, so a package that
 * re-exports the global's type is still recognised as itself.
 */
export const REQUESTS: readonly { readonly client: ClientModel; readonly request: RequestFunction }[] = [
  ...CLIENT_LIST.flatMap((client) => client.requests.map((request) => ({ client, request }))),
].sort((a, b) => Number(a.request.callee.kind === 'function-type') - Number(b.request.callee.kind === 'function-type'));

/** Every response type specifier, with the response model it means. */
export const RESPONSE_SPECIFIERS: readonly (TypeSpecifier & {
  readonly model: ResponseModel;
  readonly onlyPromised?: boolean;
})[] = CLIENT_LIST.flatMap((client) => client.responseTypes ?? []).flatMap(({ model, types, onlyPromised }) =>
  types.map((specifier) => ({ ...specifier, model, onlyPromised })),
);

/** Every response model: those found by type and those requests deliver. */
export const RESPONSE_MODELS: readonly ResponseModel[] = [
  ...new Set([
    ...CLIENT_LIST.flatMap((client) => client.responseTypes ?? []).map(({ model }) => model),
    ...REQUESTS.flatMap(({ request }) => request.response?.model ?? []),
  ]),
];

/** Property names that hold a response body (`body`, `data`). */
export const BODY_PROPERTIES: ReadonlySet<string> = new Set(
  RESPONSE_MODELS.flatMap((model) => model.bodyProperty?.name ?? []),
);

/** Responses that did not come from the network: owner types, globals and response methods. */
export const NON_NETWORK = {
  owners: new Set(CLIENT_LIST.flatMap((client) => client.nonNetworkResponses?.owners ?? [])),
  globals: new Set(CLIENT_LIST.flatMap((client) => client.nonNetworkResponses?.globals ?? [])),
  methods: new Set(CLIENT_LIST.flatMap((client) => client.nonNetworkResponses?.methods ?? [])),
} as const;

/** The pool view of a client's instance factories: instances send through the default pool. */
function instanceFactory(instances: InstanceModel): PoolFactory {
  return {
    label: instances.label,
    kind: 'instance',
    construct: 'call',
    callees: instances.factories,
    optionsArgument: instances.factories[0]?.configArgument ?? 0,
    requestMethods: instances.requestMethods,
    callable: true,
    closeMethods: new Set(),
    wrapMethods: new Set([...instances.deriveMethods, ...instances.factories.map((factory) => factory.path.at(-1)!)]),
    idleSockets: { kind: 'never' },
  };
}

/** Every constructor of a pool, then every factory of a client instance. */
export const POOL_FACTORIES: readonly PoolFactory[] = [
  ...CLIENT_LIST.flatMap((client) => client.pools ?? []),
  ...CLIENT_LIST.flatMap((client) => (client.instances ? [instanceFactory(client.instances)] : [])),
];

/** The method names instance factories are called by (`create`, `extend`): a cheap gate. */
export const INSTANCE_FACTORY_NAMES: ReadonlySet<string> = new Set(
  POOL_FACTORIES.filter((factory) => factory.kind === 'instance').flatMap((factory) =>
    factory.callees.map((callee) => callee.path.at(-1)!),
  ),
);

/** Request options that carry the pool a request goes through (`dispatcher`, `agent`, `httpAgent`). */
export const POOL_OPTIONS: ReadonlySet<string> = new Set(
  REQUESTS.flatMap(({ request }) => request.timeouts?.carriers ?? []).map((carrier) => carrier.path[0]!),
);

/** Pool options that turn keep-alive off, by option name. */
export const POOL_KEEP_ALIVE_OPTION_NAMES: ReadonlySet<string> = new Set(
  POOL_FACTORIES.flatMap((factory) => factory.keepAliveOff ?? []).map((option) => option.option),
);

/** Request options that turn keep-alive off, by option name. */
export const REQUEST_KEEP_ALIVE_OPTION_NAMES: ReadonlySet<string> = new Set(
  CLIENT_LIST.flatMap((client) => client.requestKeepAliveOff ?? []).map((option: KeepAliveOffOption) => option.option),
);

export const WRAPPING_CONSTRUCTORS: readonly ImportPath[] = CLIENT_LIST.flatMap(
  (client) => client.wrappingConstructors ?? [],
);
export const GLOBAL_DISPATCHER_SETTERS = CLIENT_LIST.flatMap((client) => client.globalDispatcherSetters ?? []);
export const HEADERS_CONSTRUCTORS: readonly ImportPath[] = CLIENT_LIST.flatMap(
  (client) => client.headersConstructors ?? [],
);
export const REQUEST_CONSTRUCTORS: readonly ImportPath[] = CLIENT_LIST.flatMap(
  (client) => client.requestConstructors ?? [],
);
export const OUTBOUND_HEADER_TYPES: readonly TypeSpecifier[] = CLIENT_LIST.flatMap(
  (client) => client.outboundHeaderTypes ?? [],
);
