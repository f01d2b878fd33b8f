import type { TypeSpecifier } from '../analysis/types.js';

/**
 * The types every client file fills in. A client file holds all of one client's facts as data; the
 * machinery in `src/http/` reads them through these types and never names a client.
 */

/** An import path a function, constructor or factory is reached by (`new https.Agent`, `axios.create`). */
export interface ImportPath {
  /** Module specifiers without `node:`; `null` for a global. */
  readonly modules: readonly (string | null)[];
  /** The names below the module; a leading `default` of the import is ignored. */
  readonly path: readonly string[];
}

/**
 * How a callee is recognised. `import`: by what it is imported or global as. `instance-method`: a
 * method called on a value typed as one of `receiverTypes`, or without types on a `const` made by
 * `new` of one of `constructors`.
 */
export type CalleeMatcher =
  | ({ readonly kind: 'import' } & ImportPath)
  | {
      readonly kind: 'instance-method';
      readonly method: string;
      readonly receiverTypes: readonly TypeSpecifier[];
      readonly constructors: readonly ImportPath[];
    }
  /**
   * A configured client instance (`axios.create()`, `got.extend()`): `method` called on it, or the
   * instance itself called when `method` is null. Recognised with types by `instances.types`,
   * without by a binding made by one of `instances.factories`.
   */
  | { readonly kind: 'instance-call'; readonly method: string | null; readonly instances: InstanceModel }
  /**
   * A function passed around as a value, recognised with type information only: the callee's type
   * is the declared function (`f: typeof fetch`).
   */
  | { readonly kind: 'function-type'; readonly types: readonly TypeSpecifier[] };

/** What makes a configured instance of a client, and how to recognise one. */
export interface InstanceModel {
  /** How messages name one: `axios instance`. */
  readonly label: string;
  /** Types of an instance, for type-driven recognition wherever the instance was made. */
  readonly types: readonly TypeSpecifier[];
  /** Imported functions that make an instance from the config at `configArgument` (`axios.create`). */
  readonly factories: readonly (ImportPath & { readonly configArgument: number })[];
  /** Methods of an instance that make a derived instance with more config (`got.extend`, `api.create`). */
  readonly deriveMethods: ReadonlySet<string>;
  /** Methods of an instance that send a request through it, for the pool rules. */
  readonly requestMethods: ReadonlySet<string>;
  /** A property of an instance whose own properties set its defaults (`axios.defaults.timeout = 5000`). */
  readonly defaultsProperty?: string;
  /** Options the factory's config accepts and ignores, like its requests do. */
  readonly ignoredOptions?: readonly IgnoredOption[];
}

/** A stream API and what, done to it, reads it to its end or tears it down. */
export interface StreamModel {
  readonly id: string;
  /** Methods that consume, drain, pipe or cancel the whole stream. */
  readonly releaseMethods: ReadonlySet<string>;
  /** Methods among `releaseMethods` that tear the stream down rather than read it. */
  readonly cancelMethods: ReadonlySet<string>;
  /** Events whose listener puts the stream in flowing mode (`on('data')`). */
  readonly flowingEvents: ReadonlySet<string>;
  /** The method that takes a reader, which must then be read to `done` or cancelled. */
  readonly readerMethod?: string;
  /** Reader methods that release the stream outright. */
  readonly readerReleaseMethods: ReadonlySet<string>;
  /** A flag that is true once a reader holds the stream (`locked`): its holder releases it. */
  readonly lockedFlag?: string;
}

/**
 * How the fix names what it releases: the response's variable (or any expression that evaluates to
 * the response, parenthesised), or the body's own variable when the body was destructured
 * (`const { body } = await request(url)`).
 */
export type ReleaseTarget = { readonly response: string } | { readonly body: string };

/** Statements that release a response, written for the fix. */
export interface ReleaseStatements {
  /** Bounded: tears the body down (closes a connection whose body has not fully arrived). */
  readonly cancel: (target: ReleaseTarget) => ReleaseStatement;
  /** Reads and discards the rest, so a keep-alive connection can be reused. */
  readonly drain: (target: ReleaseTarget) => ReleaseStatement;
  /** Which of the two this client's fix uses unless the user chose. */
  readonly preferred: 'cancel' | 'drain';
}

/** Where the body is reached from a release target: `res.body`, or `body` itself. */
export function bodyOf(target: ReleaseTarget, property: string, optional = false): string {
  return 'body' in target ? target.body : `${target.response}.${property}${optional ? '?' : ''}`;
}

/** A response that is itself the stream. */
export function streamOf(target: ReleaseTarget): string {
  return 'body' in target ? target.body : target.response;
}

/** `expression` is awaited in async code and prefixed with `void` elsewhere, unless `sync`. */
export interface ReleaseStatement {
  readonly expression: string;
  readonly sync: boolean;
}

/** The shape of a response whose body must be released. Its types are listed by each client. */
export interface ResponseModel {
  readonly id: string;
  /** How messages name it. */
  readonly label: string;
  /** Methods on the response itself that read or cancel the whole body. */
  readonly releaseMethods: ReadonlySet<string>;
  /** The response itself is this kind of stream (`IncomingMessage`, `got.stream()`). */
  readonly selfStream?: StreamModel;
  /** The property that holds the body stream (`body`, `data`). */
  readonly bodyProperty?: { readonly name: string; readonly stream: StreamModel };
  /** The property holding the status code, for 204/304 guards; a bare body stream has none. */
  readonly statusProperty?: string;
  /** Properties that describe the response without touching its body: safe to read after a cancel. */
  readonly metadataProperties: ReadonlySet<string>;
  /** A flag that is true once the body was read (`bodyUsed`): nothing is left to release. */
  readonly usedFlag?: string;
  /** How messages name a response the code kept no variable for; `res` when left out. */
  readonly unnamedTarget?: ReleaseTarget;
  readonly release: ReleaseStatements;
}

/** How the response of a request reaches the code. */
export type ResponseDelivery =
  /** The call's value (or what its promise resolves to). */
  | { readonly kind: 'result' }
  /**
   * The first parameter of the callback passed at `argument` (`'last'`: the last argument); with
   * `event`, also the listener of that event on the request the call returns
   * (`req.on('response', res => ...)`).
   */
  | { readonly kind: 'callback'; readonly argument: number | 'last'; readonly event?: string };

/** A function that sends a request. */
export interface RequestFunction {
  /** How messages name the call: `fetch()`, `undici.request()`. */
  readonly label: string;
  readonly callee: CalleeMatcher;
  /** Index of the options argument, when the function takes one. */
  readonly optionsArgument?: number;
  /** The response, when the caller must release its body. */
  readonly response?: {
    readonly model: ResponseModel;
    readonly delivery: ResponseDelivery;
    /** Only when this option has this value (axios `responseType: 'stream'`). */
    readonly onlyWithOption?: { readonly name: string; readonly value: string | boolean };
    /** Only when the call passes no callback: given one, the client buffers the body for it. */
    readonly onlyWithoutCallback?: boolean;
  };
  /**
   * The URL before the options may be left out, and a callback may follow:
   * `(url?, options?, callback?)` (`http.request(options, cb)`, `got({ url })`, `axios(url, config)`).
   * The options are the first argument that is neither a URL nor a function; `optionsArgument` is
   * then the index used where nothing can be told.
   */
  readonly optionsLayout?: 'url-optional' | MethodFirstLayout;
  /** The option that carries an `AbortSignal`, when the client honours one. */
  readonly signalOption?: string;
  /** What bounds this request in time: the knowledge behind `require-request-timeout`. */
  readonly timeouts?: TimeoutModel;
  /** Options this function silently ignores: the knowledge behind `no-ignored-request-options`. */
  readonly ignoredOptions?: readonly IgnoredOption[];
  /** The call returns a request builder whose chained methods set its options. */
  readonly builder?: RequestBuilder;
  /** The call returns the outgoing request, whose header setters set request headers (`ClientRequest`). */
  readonly returnsOutgoingRequest?: boolean;
}

/**
 * `(method?, url, data?, options?, callback?)`: a leading HTTP method name that may be left out (a
 * first argument that looks like a URL is the URL). The options follow the data, except that a
 * body-less method called with only a URL and one more argument takes that argument as its options.
 * Without a method name, a call with more than two arguments sends data.
 */
export interface MethodFirstLayout {
  readonly kind: 'method-first';
  /** Lower-case method names that take no data argument when only the URL and options are passed. */
  readonly bodylessMethods: ReadonlySet<string>;
}

/**
 * A request built by chained calls that return the builder (`superagent.get(url).timeout(5000)`):
 * calling an option method with a value is writing that value as the option. The request is sent
 * when the builder is awaited, returned from an async function, or one of `sendMethods` is called.
 */
export interface RequestBuilder {
  /** Methods that set a top-level option, by the option's name (`timeout()` sets `timeout`). */
  readonly optionMethods: readonly { readonly method: string; readonly option: string }[];
  readonly sendMethods: ReadonlySet<string>;
}

/** A property path inside an options object: `['timeout']`, got's `['timeout', 'request']`. */
export type OptionPath = readonly string[];

/**
 * The part of a request an idle timeout bounds. `headers`: the wait for the response head.
 * `body`: every gap while the body streams (a slow trickle never trips it).
 */
export type TimeoutPhase = 'headers' | 'body';

/** An option whose positive value bounds a request: the whole of it (`total`), or some phases. */
export interface TimeoutOption {
  readonly path: OptionPath;
  readonly bounds: 'total' | readonly TimeoutPhase[];
}

/**
 * A kind of dispatcher or agent (`undici-dispatcher`, `node-agent`): an option takes one kind, and
 * the pools that make one say which kind they are and which timeouts they carry.
 */
export type CarrierKind = string;

/** A request option that names a dispatcher or agent. */
export interface CarrierOption {
  readonly path: OptionPath;
  readonly kind: CarrierKind;
  /** The option holds one carrier per key (got's `agent: { http, https, http2 }`). */
  readonly byKey?: readonly string[];
}

/** What bounds one client's requests in time, as data. */
export interface TimeoutModel {
  /** Finishes "... has no timeout: ___": what the client does when nothing is configured. */
  readonly unbounded: string;
  /** Options whose positive value bounds the request or a phase of it. */
  readonly options: readonly TimeoutOption[];
  /**
   * What the client bounds when nothing is set; `none`: it waits forever. `counts`: whether the
   * default protects on its own (ky's 10 s) or only with `allowLibraryDefaults` (undici's 300 s).
   */
  readonly defaults:
    | 'none'
    | {
        readonly bounds: 'total' | readonly TimeoutPhase[];
        readonly label: string;
        readonly counts: 'always' | 'when-allowed';
      };
  /** Option values that turn the default off (ky's `timeout: false`). */
  readonly disabledBy?: { readonly path: OptionPath; readonly value: boolean | number };
  /** Options naming a dispatcher or agent. One the rule cannot see into counts as configured. */
  readonly carriers: readonly CarrierOption[];
  /** The call's receiver is itself a dispatcher (`pool.request()`). */
  readonly receiverCarrier?: CarrierKind;
  /** The first argument may be a `Request` that carries its own signal (`fetch(request)`). */
  readonly requestInput?: boolean;
  /** Without a carrier option, the request goes through the process-wide dispatcher. */
  readonly globalDispatcher?: boolean;
  /**
   * A timeout option that only emits an event (`node:http` `timeout`): it bounds `bounds` only
   * when a listener for `event` (or the `setter` method's callback) calls one of `destroyMethods`.
   */
  readonly eventOnly?: {
    readonly path: OptionPath;
    readonly event: string;
    readonly setter: string;
    readonly destroyMethods: ReadonlySet<string>;
    readonly bounds: readonly TimeoutPhase[];
  };
  /** What the suggestion adds: the signal, or the client's own option with this many milliseconds. */
  readonly suggest: { readonly kind: 'signal' } | { readonly kind: 'option'; readonly path: OptionPath };
}

/** An option a client accepts without a word and then ignores. */
export interface IgnoredOption {
  readonly path: OptionPath;
  /** Finishes "`timeout` ___": why it does nothing here. */
  readonly reason: string;
  /**
   * Which writes are ignored. `always`; `non-numeric-string`: a string that is not a plain number;
   * `numeric-or-unknown`: a number, a numeric string, or a value not known (a header `Timeout:
   * Second-3600` is WebDAV's, not a mistake); `without-destroying-listener`: unless a listener
   * destroys the request; `undeclared-in-types`: only where the call's declared options type lacks
   * the option (the installed version dropped it).
   */
  readonly when?:
    'always' | 'non-numeric-string' | 'numeric-or-unknown' | 'without-destroying-listener' | 'undeclared-in-types';
  /** Keys match case-insensitively (header names). */
  readonly caseInsensitive?: boolean;
  /** The author meant a timeout: `require-request-timeout` leaves the call to this report. */
  readonly meantAsTimeout: boolean;
  /**
   * What the suggestion rewrites it to: a signal, the client's own idle timeouts (each set to the
   * value), the config's top-level `timeout`, or the value in milliseconds.
   */
  readonly replacement?:
    | 'signal-timeout'
    | { readonly kind: 'idle-timeouts'; readonly options: readonly string[] }
    | 'top-level-timeout'
    | 'milliseconds';
}

/** Whether an unclosed pool keeps idle sockets open after its requests are done. */
export type IdleSockets =
  | { readonly kind: 'always' }
  | { readonly kind: 'never' }
  /**
   * Only with this option `true`; `defaultOn` says what an absent option means. With
   * `defaultOffReason`, an absent option is worth a report: why the default closes sockets.
   */
  | {
      readonly kind: 'option';
      readonly option: string;
      readonly defaultOn: boolean;
      readonly defaultOffReason?: string;
    };

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

/**
 * A constructor of a connection pool (`new Agent()`, `new http.Agent()`), or, derived from a
 * client's `InstanceModel`, a factory of client instances (`axios.create()`).
 * `pool`: owns sockets (a new one per call means new connections per call). `instance`: a client
 * object that sends through the pool it is given, or the process-wide default pool.
 */
export interface PoolFactory {
  /** How messages name what it makes: `undici Agent`, `https.Agent`, `axios instance`. */
  readonly label: string;
  readonly kind: 'pool' | 'instance';
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
  /** Options that turn its keep-alive off. */
  readonly keepAliveOff?: readonly KeepAliveOffOption[];
  /** What it is as a request's dispatcher or agent, and the timeouts its config carries to requests. */
  readonly carries?: { readonly kind: CarrierKind; readonly timeouts: readonly TimeoutOption[] };
}

/** One HTTP client family, as data. */
export interface ClientModel {
  readonly id: string;
  readonly label: string;
  readonly requests: readonly RequestFunction[];
  /** Types of responses any call may return, for type-driven source detection (wrappers). */
  readonly responseTypes?: readonly {
    readonly model: ResponseModel;
    readonly types: readonly TypeSpecifier[];
    /**
     * Only a call typed as a promise of it is a source: a type that servers also hand over, at
     * once, to their handlers (`IncomingMessage`), is a response only when it is awaited.
     */
    readonly onlyPromised?: boolean;
  }[];
  /** Responses that did not come from the network (`caches.match()`, `Response.json()`, `res.clone()`). */
  readonly nonNetworkResponses?: {
    /** Types that own calls returning them (`Cache`, `CacheStorage`). */
    readonly owners?: readonly string[];
    /** Globals whose methods return them (`caches`, `Response`). */
    readonly globals?: readonly string[];
    /** Methods of a response that return another (`clone`). */
    readonly methods?: readonly string[];
  };
  /**
   * Functions that set the defaults of every later request of the client from the config at
   * `configArgument` (`x.defaults({ ... })`): read like an instance's config.
   */
  readonly defaultsSetters?: readonly (ImportPath & { readonly configArgument: number })[];
  /** Configured instances of the client (`axios.create()`), when it has them. */
  readonly instances?: InstanceModel;
  /** Connection pools the client (or package) constructs. */
  readonly pools?: readonly PoolFactory[];
  /** Constructors that wrap the dispatcher passed as their first argument (no pool of their own). */
  readonly wrappingConstructors?: readonly ImportPath[];
  /** Functions that install a process-wide dispatcher of kind `carrier` (`setGlobalDispatcher`). */
  readonly globalDispatcherSetters?: readonly (ImportPath & { readonly carrier: CarrierKind })[];
  /** Request options that turn keep-alive off for that request (`agent: false`). */
  readonly requestKeepAliveOff?: readonly KeepAliveOffOption[];
  /** Constructors whose first argument is a headers init: `new Headers({ Connection: 'close' })`. */
  readonly headersConstructors?: readonly ImportPath[];
  /** Constructors of a request object whose options carry headers and a pool: `new Request(url, init)`. */
  readonly requestConstructors?: readonly ImportPath[];
  /** Types whose header setters always set an outbound request header (`ClientRequest`). */
  readonly outboundHeaderTypes?: readonly TypeSpecifier[];
  /** Rules that do not apply to this client, and why: said here so nobody adds them by mistake. */
  readonly doesNotApply?: readonly { readonly rule: string; readonly reason: string }[];
}

/** An operation other than an HTTP request that takes a signal, and where its options are. */
export interface SignalConsumer {
  readonly label: string;
  /** A `listener` only reacts to some event (`addEventListener`); an `operation` is work the signal can cancel. */
  readonly kind: 'operation' | 'listener';
  readonly callee: ({ readonly kind: 'import' } & ImportPath) | { readonly kind: 'method'; readonly method: string };
  /** The options argument's index, or the last object literal argument. */
  readonly optionsArgument: number | 'last-object';
}

/** What creates a cancellation, and what consumes a signal besides HTTP requests. */
export interface CancellationModel {
  /** Constructors of an `AbortController`: the global and polyfills. */
  readonly controllerConstructors: readonly ImportPath[];
  /** Static factories of a new signal the caller must attach (`AbortSignal.timeout`). */
  readonly signalFactories: readonly (ImportPath & { readonly kind: 'timeout' | 'any' })[];
  /** The option name requests and operations take a signal by. */
  readonly signalOption: string;
  readonly consumers: readonly SignalConsumer[];
}
