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
    };

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
  readonly id: 'whatwg-response' | 'undici-response-data' | 'node-incoming-message' | 'axios-stream-response' | 'node-stream';
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
}
