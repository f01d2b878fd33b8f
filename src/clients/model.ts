import type { TypeSpecifier } from '../analysis/types.js';

/** The client families the plugin knows. Adding one is adding a file in this folder. */
export type ClientId = 'fetch' | 'node-fetch' | 'undici' | 'node-http' | 'axios' | 'got' | 'ky';

/**
 * How a callee is recognised. `import`: by what it is imported or global as (`module: null` is a
 * global; a leading `default` of the import path is ignored). `instance-method`: a method called on
 * a value typed as one of `receiverTypes`, or without types on a `const` made by `new` of one of
 * `constructors`.
 */
export type CalleeMatcher =
  | { readonly kind: 'import'; readonly modules: readonly (string | null)[]; readonly path: readonly string[] }
  | {
      readonly kind: 'instance-method';
      readonly method: string;
      readonly receiverTypes: readonly TypeSpecifier[];
      readonly constructors: readonly { readonly modules: readonly string[]; readonly path: readonly string[] }[];
    }
  /**
   * A configured client instance (`axios.create()`, `got.extend()`, `ky.create()`): `method` called
   * on it, or the instance itself called when `method` is null. Recognised with types by
   * `instances.types`, without by a `const` made by one of `instances.factories`.
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
  readonly factories: readonly {
    readonly modules: readonly string[];
    readonly path: readonly string[];
    readonly configArgument: number;
  }[];
  /** Methods of an instance that make a derived instance with more config (`got.extend`, `api.create`). */
  readonly deriveMethods: ReadonlySet<string>;
  /** A property of an instance whose own properties set its defaults (`axios.defaults.timeout = 5000`). */
  readonly defaultsProperty?: string;
  /** Options the factory's config accepts and ignores, like its requests do. */
  readonly ignoredOptions?: readonly IgnoredOption[];
}

/** A stream API and what, done to it, reads it to its end or tears it down. */
export interface StreamModel {
  readonly id: 'web-stream' | 'node-readable';
  /** Methods that consume, drain, pipe or cancel the whole stream. */
  readonly releaseMethods: ReadonlySet<string>;
  /** Events whose listener puts the stream in flowing mode (`on('data')`). */
  readonly flowingEvents: ReadonlySet<string>;
  /** The method that takes a reader, which must then be read to `done` or cancelled. */
  readonly readerMethod?: string;
  /** Reader methods that release the stream outright. */
  readonly readerReleaseMethods: ReadonlySet<string>;
}

/**
 * How the fix names what it releases: the response's variable, or the body's own variable when
 * the body was destructured (`const { body } = await request(url)`).
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

/** The shape of a response whose body must be released. */
export interface ResponseModel {
  readonly id:
    | 'whatwg-response'
    | 'node-fetch-response'
    | 'undici-response-data'
    | 'node-incoming-message'
    | 'axios-stream-response'
    | 'node-stream';
  /** How messages name it. */
  readonly label: string;
  /** Types of the response value, matched with type information. */
  readonly types: readonly TypeSpecifier[];
  /** Methods on the response itself that read or cancel the whole body. */
  readonly releaseMethods: ReadonlySet<string>;
  /** The response itself is this kind of stream (`IncomingMessage`, `got.stream()`). */
  readonly selfStream?: StreamModel;
  /** The property that holds the body stream (`body`, `data`). */
  readonly bodyProperty?: { readonly name: string; readonly stream: StreamModel };
  /** The property holding the status code, for 204/304 guards. */
  readonly statusProperty: string;
  /** Properties that describe the response without touching its body: safe to read after a cancel. */
  readonly metadataProperties: ReadonlySet<string>;
  /** How messages name a response the code kept no variable for; `res` when left out. */
  readonly unnamedTarget?: ReleaseTarget;
  readonly release: ReleaseStatements;
}

/** How the response of a request reaches the code. */
export type ResponseDelivery =
  /** The call's value (or what its promise resolves to). */
  | { readonly kind: 'result' }
  /** The first parameter of the callback passed at `argument` (`'last'`: the last argument). */
  | { readonly kind: 'callback'; readonly argument: number | 'last' };

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
  };
  /**
   * The URL before the options may be left out, and a callback may follow:
   * `(url?, options?, callback?)` (`http.request(options, cb)`, `got({ url })`, `axios(url, config)`).
   * The options are the first argument that is neither a URL nor a function; `optionsArgument` is
   * then the index used where nothing can be told. Read it with `requestOptionsOf()`.
   */
  readonly optionsLayout?: 'url-optional';
  /** The option that carries an `AbortSignal`, when the client honours one. */
  readonly signalOption?: string;
  /** What bounds this request in time: the knowledge behind `require-request-timeout`. */
  readonly timeouts?: TimeoutModel;
  /** Options this function silently ignores: the knowledge behind `no-ignored-request-options`. */
  readonly ignoredOptions?: readonly IgnoredOption[];
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

/** What kind of dispatcher or agent an option takes, which decides what the rules can read in one. */
export type CarrierKind = 'undici-dispatcher' | 'node-agent' | 'got-agents';

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
  readonly carriers: readonly { readonly path: OptionPath; readonly kind: CarrierKind }[];
  /** The call's receiver is itself a dispatcher (`pool.request()`). */
  readonly receiverCarrier?: CarrierKind;
  /** The first argument may be a `Request` that carries its own signal (`fetch(request)`). */
  readonly requestInput?: boolean;
  /** Without a dispatcher option, the request goes through undici's global dispatcher. */
  readonly globalDispatcher?: boolean;
  /**
   * A timeout option that only emits an event (`node:http` `timeout`): it bounds `bounds` only
   * when a listener for `event` (or the `setter` method's callback) destroys the request.
   */
  readonly eventOnly?: {
    readonly path: OptionPath;
    readonly event: string;
    readonly setter: string;
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
  /** What the suggestion rewrites it to. */
  readonly replacement?: 'signal-timeout' | 'undici-timeouts' | 'top-level-timeout' | 'milliseconds';
}

/** One HTTP client family, as data. */
export interface ClientModel {
  readonly id: ClientId;
  readonly label: string;
  readonly requests: readonly RequestFunction[];
  /** Response types any call may return, for type-driven source detection (wrappers). */
  readonly responseModels: readonly ResponseModel[];
  /** Callees that return a response that did not come from the network (`caches.match`). */
  readonly nonNetworkCallees?: readonly CalleeMatcher[];
  /** Types that own calls returning non-network responses (`Cache`, `CacheStorage`). */
  readonly nonNetworkOwners?: readonly string[];
  /** Configured instances of the client (`axios.create()`), when it has them. */
  readonly instances?: InstanceModel;
}
