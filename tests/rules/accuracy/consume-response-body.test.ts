// Accuracy on shapes from published code (issue 13): false reports that must stay silent, and the
// leaks next to them that must still be reported. Each case is modelled on a real shape: the
// generated SDKs' `.catch(castToError)` retry loop (openai, anthropic, cloudflare), middleware that
// checks `bodyUsed`/`locked`, `defaultCallback`-style 204/content-length helpers, HEAD probes
// through a wrapper, `.then()` checks that hand the response on, node:http helpers.
import type { InvalidTestCase, ValidTestCase } from '@typescript-eslint/rule-tester';

import rule from '../../../src/rules/consume-response-body.js';
import { typedRuleTester, untypedRuleTester } from '../../rule-tester.js';

type Options = readonly [{ release?: 'auto' | 'cancel' | 'drain'; releaseFunctions?: string[] }];
type MessageId = 'leaks' | 'discarded' | 'insertRelease' | 'releaseDiscarded';

const cancel = 'await res.body?.cancel()';

/** A leak report at `line`, naming `where`, with `release` (the fix's text) for `subject`. */
function leak(
  line: number,
  where: string,
  subject = 'Response `res`',
  release = cancel,
): InvalidTestCase<MessageId, Options>['errors'][number] {
  return { messageId: 'leaks', line, data: { subject, where, release } };
}

// ---------------------------------------------------------------------------------------------
// A1. A union narrowed away from the response at the path's end.
// ---------------------------------------------------------------------------------------------
const narrowedValid: ValidTestCase<Options>[] = [
  // openai/anthropic `makeRequest`: `.catch(castToError)`, then the Error branch throws or retries.
  {
    code: `declare function castToError(err: unknown): Error;
declare function sleep(ms: number): Promise<void>;
export class APIUserAbortError extends Error {}
export class Client {
  async makeRequest(url: string, signal: AbortSignal | undefined, retries: number): Promise<unknown> {
    const response = await fetch(url, { signal }).catch(castToError);
    if (response instanceof globalThis.Error) {
      if (signal?.aborted) {
        throw new APIUserAbortError();
      }
      if (retries) {
        await sleep(100);
        return this.makeRequest(url, signal, retries - 1);
      }
      throw new Error('connection error', { cause: response });
    }
    if (!response.ok) {
      const text = await response.text();
      throw new Error(text);
    }
    return response.json();
  }
}`,
  },
  // A Result-style union from the user's wrapper, told apart with `in`.
  {
    code: `type Failure = { error: string; retryable: boolean };
declare function send(url: string): Promise<Response | Failure>;
export async function load(url: string): Promise<unknown> {
  const result = await send(url);
  if ('error' in result) {
    throw new Error(result.error);
  }
  return result.json();
}`,
  },
  // A type predicate (`isFailure(x): x is Failure`) and `typeof`.
  {
    code: `type Failure = { error: string };
declare function isFailure(value: unknown): value is Failure;
declare function send(url: string): Promise<Response | Failure | string>;
export async function load(url: string): Promise<unknown> {
  const res = await send(url);
  if (typeof res === 'string') return res;
  if (isFailure(res)) {
    throw new Error(res.error);
  }
  return res.json();
}`,
  },
  // `=== null` from a wrapper that answers null when offline.
  {
    code: `declare function tryFetch(url: string): Promise<Response | null>;
export async function load(url: string): Promise<unknown> {
  const res = await tryFetch(url);
  if (res === null) {
    return undefined;
  }
  return res.json();
}`,
  },
  // `Promise.allSettled`: a rejected result holds no response.
  {
    code: `export async function loadAll(urls: string[]): Promise<unknown[]> {
  const settled = await Promise.allSettled(urls.map((url) => fetch(url)));
  const out: unknown[] = [];
  for (const result of settled) {
    if (result.status === 'rejected') continue;
    out.push(await result.value.json());
  }
  return out;
}`,
  },
  // `.catch(() => null)`, then `if (!res) return`.
  {
    code: `export async function ping(url: string): Promise<boolean> {
  const res = await fetch(url).catch(() => null);
  if (!res) return false;
  await res.body?.cancel();
  return res.ok;
}`,
  },
];

const narrowedInvalid: InvalidTestCase<MessageId, Options>[] = [
  // The Error branch is fine; the `!response.ok` throw after it still leaks.
  {
    code: `declare function castToError(err: unknown): Error;
export async function send(url: string): Promise<unknown> {
  const res = await fetch(url).catch(castToError);
  if (res instanceof Error) {
    throw new Error('connection error', { cause: res });
  }
  if (!res.ok) {
    throw new Error(\`status \${res.status}\`);
  }
  return res.json();
}`,
    errors: [leak(3, 'the `throw` on line 8')],
    output: `declare function castToError(err: unknown): Error;
export async function send(url: string): Promise<unknown> {
  const res = await fetch(url).catch(castToError);
  if (res instanceof Error) {
    throw new Error('connection error', { cause: res });
  }
  if (!res.ok) {
    await res.body?.cancel();
    throw new Error(\`status \${res.status}\`);
  }
  return res.json();
}`,
  },
  // `in` narrows to the failure on one side only; the other side leaks on `!ok`.
  {
    code: `type Failure = { error: string };
declare function send(url: string): Promise<Response | Failure>;
export async function load(url: string): Promise<boolean> {
  const res = await send(url);
  if ('error' in res) return false;
  return res.ok;
}`,
    errors: [leak(4, 'the `return` on line 6')],
    output: `type Failure = { error: string };
declare function send(url: string): Promise<Response | Failure>;
export async function load(url: string): Promise<boolean> {
  const res = await send(url);
  if ('error' in res) return false;
  await res.body?.cancel();
  return res.ok;
}`,
  },
  // `instanceof Response` keeps the response on its true side: that side leaks.
  {
    code: `declare function send(url: string): Promise<Response | Error>;
export async function status(url: string): Promise<number> {
  const res = await send(url);
  if (res instanceof Response) {
    return res.status;
  }
  throw res;
}`,
    errors: [leak(3, 'the `return` on line 5')],
    output: `declare function send(url: string): Promise<Response | Error>;
export async function status(url: string): Promise<number> {
  const res = await send(url);
  if (res instanceof Response) {
    await res.body?.cancel();
    return res.status;
  }
  throw res;
}`,
  },
  // A null check does not excuse the non-null side.
  {
    code: `declare function tryFetch(url: string): Promise<Response | null>;
export async function ok(url: string): Promise<boolean> {
  const res = await tryFetch(url);
  if (res !== null && res.ok) return true;
  return false;
}`,
    // Typed `Response | null`: the release is optional-chained, and only suggested.
    errors: [
      {
        ...leak(3, 'the `return` on line 4', 'Response `res`', 'await res?.body?.cancel()'),
        suggestions: [
          {
            messageId: 'insertRelease',
            output: `declare function tryFetch(url: string): Promise<Response | null>;
export async function ok(url: string): Promise<boolean> {
  const res = await tryFetch(url);
  if (res !== null && res.ok) { await res?.body?.cancel(); return true; }
  return false;
}`,
          },
        ],
      },
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// A2. Guards that show the body is gone or empty.
// ---------------------------------------------------------------------------------------------
const guardsValid: ValidTestCase<Options>[] = [
  // minio's `makeRequestAsync`: a client response always has a status, so that throw cannot leak one.
  {
    code: `import type { IncomingMessage } from 'node:http';
declare function makeRequest(path: string): Promise<IncomingMessage>;
export async function bucketPolicy(path: string): Promise<string> {
  const response = await makeRequest(path);
  if (!response.statusCode) {
    throw new Error('BUG: response.statusCode is missing');
  }
  let body = '';
  for await (const chunk of response) body += String(chunk);
  return body;
}`,
  },
  // An opaque or error response (status 0) has no body.
  {
    code: `export async function probe(url: string): Promise<unknown> {
  const res = await fetch(url, { mode: 'no-cors' });
  if (!res.status) return null;
  return res.json();
}`,
  },
  // A middleware chain (anthropic's `core/middleware.ts`): a consumed or locked body is not ours.
  {
    code: `export async function afterMiddleware(response: Promise<Response>): Promise<Response> {
  const res = await response;
  if (res.bodyUsed || res.body?.locked) {
    throw new Error('middleware consumed the response body');
  }
  return res;
}
export async function run(url: string): Promise<Response> {
  const res = await fetch(url);
  if (res.bodyUsed || res.body?.locked) {
    throw new Error('middleware consumed the response body');
  }
  return res;
}`,
  },
  // `defaultCallback`: 204 or `content-length: 0` in one `||`.
  {
    code: `export async function request<T>(url: string): Promise<T | undefined> {
  const response = await fetch(url);
  if (response.status === 204 || response.headers.get('content-length') === '0') {
    return undefined;
  }
  return (await response.json()) as T;
}`,
  },
  // A 204 ternary after the body was released on the error path.
  {
    code: `export async function del(url: string): Promise<unknown> {
  const res = await fetch(url, { method: 'DELETE' });
  if (!res.ok) {
    throw new Error(await res.text());
  }
  return res.status === 204 ? null : res.json();
}`,
  },
  // undici's headers are a plain object.
  {
    code: `import { request } from 'undici';
export async function get(url: string): Promise<unknown> {
  const { statusCode, headers, body } = await request(url);
  if (statusCode === 204) return null;
  return body.json();
}
export async function size(url: string): Promise<unknown> {
  const res = await fetch(url);
  if (res.headers.get('Content-Length') !== '0') return res.json();
  return null;
}`,
  },
];

const guardsInvalid: InvalidTestCase<MessageId, Options>[] = [
  // The 204 ternary no longer silences the rule: the `!ok` throw before it leaks.
  {
    code: `export async function del(url: string): Promise<unknown> {
  const res = await fetch(url, { method: 'DELETE' });
  if (!res.ok) {
    throw new Error(\`delete failed: \${res.status}\`);
  }
  return res.status === 204 ? null : res.json();
}`,
    errors: [leak(2, 'the `throw` on line 4')],
    output: `export async function del(url: string): Promise<unknown> {
  const res = await fetch(url, { method: 'DELETE' });
  if (!res.ok) {
    await res.body?.cancel();
    throw new Error(\`delete failed: \${res.status}\`);
  }
  return res.status === 204 ? null : res.json();
}`,
  },
  // `bodyUsed` alone guards its branch only.
  {
    code: `export async function run(url: string): Promise<number> {
  const res = await fetch(url);
  if (res.bodyUsed) {
    throw new Error('already read');
  }
  return res.status;
}`,
    errors: [leak(2, 'the `return` on line 6')],
    output: `export async function run(url: string): Promise<number> {
  const res = await fetch(url);
  if (res.bodyUsed) {
    throw new Error('already read');
  }
  await res.body?.cancel();
  return res.status;
}`,
  },
  // A 204 test joined with `|| !res.ok` is no guard for the `!ok` case.
  {
    code: `export async function send(url: string): Promise<void> {
  const res = await fetch(url, { method: 'POST' });
  if (res.status === 204 || !res.ok) {
    throw new Error('no content');
  }
  await res.json();
}`,
    errors: [leak(2, 'the `throw` on line 4')],
    output: `export async function send(url: string): Promise<void> {
  const res = await fetch(url, { method: 'POST' });
  if (res.status === 204 || !res.ok) {
    await res.body?.cancel();
    throw new Error('no content');
  }
  await res.json();
}`,
  },
];

// ---------------------------------------------------------------------------------------------
// A3. HEAD through a user's wrapper typed `Promise<Response>`.
// ---------------------------------------------------------------------------------------------
const headValid: ValidTestCase<Options>[] = [
  {
    code: `declare function request(url: string, init?: RequestInit): Promise<Response>;
export async function exists(url: string): Promise<boolean> {
  const res = await request(url, { method: 'HEAD' });
  return res.ok;
}`,
  },
  {
    code: `export class Http {
  constructor(private readonly base: string) {}
  send(method: string, path: string): Promise<Response> {
    return fetch(this.base + path, { method });
  }
  async size(path: string): Promise<number> {
    const res = await this.send('HEAD', path);
    if (!res.ok) throw new Error(\`HEAD \${path}: \${res.status}\`);
    return Number(res.headers.get('content-length'));
  }
}`,
  },
  {
    code: `declare const api: { fetch(url: string, init: RequestInit & { retries?: number }): Promise<Response> };
export async function lastModified(url: string): Promise<string | null> {
  const res = await api.fetch(url, { method: 'head', retries: 2 });
  return res.headers.get('last-modified');
}`,
  },
];

const headInvalid: InvalidTestCase<MessageId, Options>[] = [
  // Any other method through the same wrapper still has a body.
  {
    code: `declare function request(url: string, init?: RequestInit): Promise<Response>;
export async function exists(url: string): Promise<boolean> {
  const res = await request(url, { method: 'GET' });
  return res.ok;
}`,
    errors: [leak(3, 'the `return` on line 4')],
    output: `declare function request(url: string, init?: RequestInit): Promise<Response>;
export async function exists(url: string): Promise<boolean> {
  const res = await request(url, { method: 'GET' });
  await res.body?.cancel();
  return res.ok;
}`,
  },
];

// ---------------------------------------------------------------------------------------------
// A4. The message names the first leaking end in the source, past the guards that rule paths out.
// ---------------------------------------------------------------------------------------------
const earliestInvalid: InvalidTestCase<MessageId, Options>[] = [
  {
    code: `declare function castToError(err: unknown): Error;
export async function call(url: string, strict: boolean): Promise<number> {
  const res = await fetch(url).catch(castToError);
  if (res instanceof Error) throw res;
  if (strict) {
    if (res.status >= 500) {
      throw new Error(\`server error \${res.status}\`);
    }
  }
  return res.status;
}`,
    errors: [leak(3, 'the `throw` on line 7')],
    output: [
      `declare function castToError(err: unknown): Error;
export async function call(url: string, strict: boolean): Promise<number> {
  const res = await fetch(url).catch(castToError);
  if (res instanceof Error) throw res;
  if (strict) {
    if (res.status >= 500) {
      await res.body?.cancel();
      throw new Error(\`server error \${res.status}\`);
    }
  }
  return res.status;
}`,
      `declare function castToError(err: unknown): Error;
export async function call(url: string, strict: boolean): Promise<number> {
  const res = await fetch(url).catch(castToError);
  if (res instanceof Error) throw res;
  if (strict) {
    if (res.status >= 500) {
      await res.body?.cancel();
      throw new Error(\`server error \${res.status}\`);
    }
  }
  await res.body?.cancel();
  return res.status;
}`,
    ],
  },
  {
    code: `export async function post(url: string, body: string): Promise<void> {
  const res = await fetch(url, { method: 'POST', body });
  if (res.bodyUsed) return;
  if (res.status === 429) {
    if (res.headers.has('retry-after')) {
      throw new Error('rate limited');
    }
  }
  if (!res.ok) throw new Error(String(res.status));
}`,
    errors: [leak(2, 'the `throw` on line 6')],
    output: [
      `export async function post(url: string, body: string): Promise<void> {
  const res = await fetch(url, { method: 'POST', body });
  if (res.bodyUsed) return;
  if (res.status === 429) {
    if (res.headers.has('retry-after')) {
      await res.body?.cancel();
      throw new Error('rate limited');
    }
  }
  if (!res.ok) throw new Error(String(res.status));
}`,
      `export async function post(url: string, body: string): Promise<void> {
  const res = await fetch(url, { method: 'POST', body });
  if (res.bodyUsed) return;
  if (res.status === 429) {
    if (res.headers.has('retry-after')) {
      await res.body?.cancel();
      throw new Error('rate limited');
    }
  }
  if (!res.ok) { await res.body?.cancel(); throw new Error(String(res.status)); }
}`,
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// A5. A `.then()` that returns the response hands it on; its `throw` path still leaks.
// ---------------------------------------------------------------------------------------------
const thenValid: ValidTestCase<Options>[] = [
  {
    code: `const pending = new Map<string, Promise<Response>>();
export function prefetch(key: string, url: string): void {
  const p = fetch(url).then((r) => {
    if (!r.ok && r.status !== 409) {
      void r.body?.cancel();
      throw new Error(\`prefetch \${r.status}\`);
    }
    return r;
  });
  pending.set(key, p);
}`,
  },
  {
    code: `declare function send(url: string): Promise<Response>;
export function queued(urls: string[]): Promise<Response[]> {
  const queue: Promise<Response>[] = [];
  for (const url of urls) {
    queue.push(send(url).then((res) => res));
  }
  return Promise.all(queue);
}`,
  },
  {
    code: `export async function checked(url: string): Promise<unknown> {
  const res = await fetch(url).then(async (r) => {
    if (!r.ok) throw new Error(await r.text());
    return r;
  });
  return res.json();
}`,
  },
];

const thenInvalid: InvalidTestCase<MessageId, Options>[] = [
  {
    code: `const pending = new Map<string, Promise<Response>>();
export class Conflict extends Error {}
export function prefetch(key: string, url: string): void {
  const p = fetch(url).then((r) => {
    if (!r.ok && r.status !== 409) throw new Conflict(String(r.status));
    return r;
  });
  pending.set(key, p);
}`,
    errors: [leak(4, 'the `throw` on line 5', 'Response `r`', 'await r.body?.cancel()')],
    output: `const pending = new Map<string, Promise<Response>>();
export class Conflict extends Error {}
export function prefetch(key: string, url: string): void {
  const p = fetch(url).then((r) => {
    if (!r.ok && r.status !== 409) { void r.body?.cancel(); throw new Conflict(String(r.status)); }
    return r;
  });
  pending.set(key, p);
}`,
  },
  {
    code: `declare function send(url: string): Promise<Response>;
export function queued(urls: string[]): Promise<Response[]> {
  const queue: Promise<Response>[] = [];
  for (const url of urls) {
    queue.push(
      send(url).then((res) => {
        if (!res.ok) throw new Error(String(res.status));
        return res;
      }),
    );
  }
  return Promise.all(queue);
}`,
    errors: [leak(6, 'the `throw` on line 7', 'Response `res`')],
    output: `declare function send(url: string): Promise<Response>;
export function queued(urls: string[]): Promise<Response[]> {
  const queue: Promise<Response>[] = [];
  for (const url of urls) {
    queue.push(
      send(url).then((res) => {
        if (!res.ok) { void res.body?.cancel(); throw new Error(String(res.status)); }
        return res;
      }),
    );
  }
  return Promise.all(queue);
}`,
  },
  {
    code: `export async function checked(url: string): Promise<unknown> {
  const res = await fetch(url).then((r) => {
    if (r.status >= 400) throw new Error('failed');
    return r;
  });
  return res.json();
}`,
    errors: [leak(2, 'the `throw` on line 3', 'Response `r`', 'await r.body?.cancel()')],
    output: `export async function checked(url: string): Promise<unknown> {
  const res = await fetch(url).then((r) => {
    if (r.status >= 400) { void r.body?.cancel(); throw new Error('failed'); }
    return r;
  });
  return res.json();
}`,
  },
];

// ---------------------------------------------------------------------------------------------
// B5. A node:http response reached through a helper.
// ---------------------------------------------------------------------------------------------
const drain = 'res.resume()';
const nodeHelperValid: ValidTestCase<Options>[] = [
  // A promisified `get()` whose caller reads the body.
  {
    code: `import http from 'node:http';
function get(url: string): Promise<http.IncomingMessage> {
  return new Promise((resolve, reject) => http.get(url, resolve).on('error', reject));
}
export async function text(url: string): Promise<string> {
  const res = await get(url);
  res.setEncoding('utf8');
  let out = '';
  for await (const chunk of res) out += chunk;
  return out;
}`,
  },
  // The callback through `once()` and `.bind()`, each draining.
  {
    code: `import http from 'node:http';
declare function once<T extends (...args: never[]) => void>(fn: T): T;
export function ping(url: string, self: { seen: number }): void {
  http.get(url, once((res: http.IncomingMessage) => { res.resume(); }));
  http.get(url, function (this: { seen: number }, res: http.IncomingMessage) { this.seen++; res.resume(); }.bind(self));
}`,
  },
  // Forwarded to a function of this file that drains it.
  {
    code: `import https from 'node:https';
function onResponse(res: import('node:http').IncomingMessage, done: (status?: number) => void): void {
  res.on('end', () => done(res.statusCode));
  res.resume();
}
export function probe(url: string, done: (status?: number) => void): void {
  https.get(url, (res) => onResponse(res, done));
}`,
  },
  // A server's handler: its IncomingMessage is a request, and a sync getter hands one over.
  {
    code: `import http from 'node:http';
declare function currentRequest(): http.IncomingMessage;
export const server = http.createServer((req, res) => {
  res.end(String(req.headers.host));
});
export function host(): string | undefined {
  const req = currentRequest();
  return req.headers.host;
}`,
  },
];

const nodeHelperInvalid: InvalidTestCase<MessageId, Options>[] = [
  {
    code: `import http from 'node:http';
function get(url: string): Promise<http.IncomingMessage> {
  return new Promise((resolve, reject) => http.get(url, resolve).on('error', reject));
}
export async function status(url: string): Promise<number | undefined> {
  const res = await get(url);
  return res.statusCode;
}`,
    errors: [leak(6, 'the `return` on line 7', 'IncomingMessage `res`', drain)],
    output: `import http from 'node:http';
function get(url: string): Promise<http.IncomingMessage> {
  return new Promise((resolve, reject) => http.get(url, resolve).on('error', reject));
}
export async function status(url: string): Promise<number | undefined> {
  const res = await get(url);
  res.resume();
  return res.statusCode;
}`,
  },
  {
    code: `import http from 'node:http';
declare function once<T extends (...args: never[]) => void>(fn: T): T;
export function ping(url: string, done: (code?: number) => void): void {
  http.get(url, once((res: http.IncomingMessage) => { done(res.statusCode); }));
}`,
    errors: [
      {
        ...leak(4, 'the end of the function on line 4', 'IncomingMessage `res`', drain),
        suggestions: [
          {
            messageId: 'insertRelease',
            output: `import http from 'node:http';
declare function once<T extends (...args: never[]) => void>(fn: T): T;
export function ping(url: string, done: (code?: number) => void): void {
  http.get(url, once((res: http.IncomingMessage) => { done(res.statusCode);
  res.resume(); }));
}`,
          },
        ],
      },
    ],
  },
  {
    code: `import http from 'node:http';
function onResponse(res: http.IncomingMessage): void {
  console.log('status', res.statusCode);
}
export function ping(url: string): void {
  http.get(url, (res) => onResponse(res));
}`,
    errors: [leak(6, 'the end of the function on line 6', 'IncomingMessage `res`', drain)],
  },
];

// ---------------------------------------------------------------------------------------------
// B10. A reader handed on without being called.
// ---------------------------------------------------------------------------------------------
const readerValid: ValidTestCase<Options>[] = [
  {
    code: `async function check(status: number, read: () => Promise<string>): Promise<string> {
  const text = await read();
  if (status >= 400) throw new Error(text);
  return text;
}
export async function send(url: string): Promise<string> {
  const res = await fetch(url, { method: 'POST' });
  return check(res.status, res.text.bind(res));
}`,
  },
  {
    code: `declare function check(status: number, read: () => Promise<string>): Promise<void>;
export async function send(url: string): Promise<void> {
  const res = await fetch(url, { method: 'POST' });
  await check(res.status, res.text.bind(res));
}`,
  },
  {
    code: `const readers: Array<() => Promise<unknown>> = [];
function later(read: () => Promise<unknown>): void {
  readers.push(read);
}
export async function send(url: string): Promise<void> {
  const res = await fetch(url);
  later(res.json.bind(res));
}`,
  },
];

const readerInvalid: InvalidTestCase<MessageId, Options>[] = [
  {
    code: `async function check(status: number, read: () => Promise<string>): Promise<void> {
  if (status >= 400) throw new Error(await read());
}
export async function send(url: string): Promise<void> {
  const res = await fetch(url, { method: 'POST' });
  await check(res.status, res.text.bind(res));
}`,
    errors: [
      {
        ...leak(5, 'the end of the function on line 7'),
        suggestions: [
          {
            messageId: 'insertRelease',
            output: `async function check(status: number, read: () => Promise<string>): Promise<void> {
  if (status >= 400) throw new Error(await read());
}
export async function send(url: string): Promise<void> {
  const res = await fetch(url, { method: 'POST' });
  await check(res.status, res.text.bind(res));
  await res.body?.cancel();
}`,
          },
        ],
      },
    ],
  },
  {
    code: `function ensureOk(ok: boolean, body: () => Promise<unknown>): void {
  if (!ok) void body().then((detail) => console.error(detail));
}
export async function send(url: string): Promise<number> {
  const res = await fetch(url);
  ensureOk(res.ok, res.json.bind(res));
  return res.status;
}`,
    errors: [leak(5, 'the `return` on line 7')],
    output: `function ensureOk(ok: boolean, body: () => Promise<unknown>): void {
  if (!ok) void body().then((detail) => console.error(detail));
}
export async function send(url: string): Promise<number> {
  const res = await fetch(url);
  ensureOk(res.ok, res.json.bind(res));
  await res.body?.cancel();
  return res.status;
}`,
  },
  {
    code: `const raise = async (status: number, text: () => Promise<string>): Promise<void> => {
  if (status >= 400) throw new Error(await text());
};
export async function etag(url: string): Promise<string | null> {
  const res = await fetch(url);
  await raise(res.status, res.text.bind(res));
  return res.headers.get('etag');
}`,
    errors: [leak(5, 'the `return` on line 7')],
    output: `const raise = async (status: number, text: () => Promise<string>): Promise<void> => {
  if (status >= 400) throw new Error(await text());
};
export async function etag(url: string): Promise<string | null> {
  const res = await fetch(url);
  await raise(res.status, res.text.bind(res));
  await res.body?.cancel();
  return res.headers.get('etag');
}`,
  },
];

// ---------------------------------------------------------------------------------------------
// B11. Request functions taken out of an object: the type says what they are.
// ---------------------------------------------------------------------------------------------
const takenOutValid: ValidTestCase<Options>[] = [
  {
    code: `export class Client {
  constructor(private readonly fetch: typeof globalThis.fetch) {}
  async post(url: string): Promise<void> {
    const { fetch } = this;
    const res = await fetch(url, { method: 'POST' });
    await res.body?.cancel();
  }
}`,
  },
  {
    code: `import * as undici from 'undici';
export async function post(url: string): Promise<unknown> {
  const { body } = await undici.request(url, { method: 'POST' });
  return body.json();
}`,
  },
  {
    code: `export class Client {
  private readonly fetchImpl: typeof fetch;
  constructor(options: { fetch?: typeof fetch }) {
    this.fetchImpl = options.fetch ?? fetch;
  }
  async post(url: string): Promise<unknown> {
    const res = await this.fetchImpl(url, { method: 'POST' });
    return res.json();
  }
}`,
  },
];

const discardedError = (
  callee: string,
  column: number,
  line = 5,
): InvalidTestCase<MessageId, Options>['errors'][number] => ({
  messageId: 'discarded',
  line,
  column,
  data: { callee, release: 'await res.body?.cancel()' },
});

const takenOutInvalid: InvalidTestCase<MessageId, Options>[] = [
  {
    code: `export class Client {
  constructor(private readonly fetch: typeof globalThis.fetch) {}
  async post(url: string): Promise<void> {
    const { fetch } = this;
    await fetch(url, { method: 'POST' });
  }
}`,
    errors: [
      {
        ...discardedError('fetch()', 11),
        suggestions: [
          {
            messageId: 'releaseDiscarded',
            output: `export class Client {
  constructor(private readonly fetch: typeof globalThis.fetch) {}
  async post(url: string): Promise<void> {
    const { fetch } = this;
    await (await fetch(url, { method: 'POST' })).body?.cancel();
  }
}`,
          },
        ],
      },
    ],
  },
  {
    code: `import * as undici from 'undici';
export async function post(url: string): Promise<void> {
  await undici.fetch(url, { method: 'POST' });
}`,
    errors: [
      {
        ...discardedError('undici.fetch()', 9, 3),
        suggestions: [
          {
            messageId: 'releaseDiscarded',
            output: `import * as undici from 'undici';
export async function post(url: string): Promise<void> {
  await (await undici.fetch(url, { method: 'POST' })).body?.cancel();
}`,
          },
        ],
      },
    ],
  },
  {
    code: `export class Client {
  private readonly fetchImpl: typeof fetch;
  constructor(options: { fetch?: typeof fetch }) {
    this.fetchImpl = options.fetch ?? fetch;
  }
  async post(url: string): Promise<void> {
    await this.fetchImpl(url, { method: 'POST' });
  }
}`,
    errors: [
      {
        ...discardedError('this.fetchImpl()', 11, 7),
        suggestions: [
          {
            messageId: 'releaseDiscarded',
            output: `export class Client {
  private readonly fetchImpl: typeof fetch;
  constructor(options: { fetch?: typeof fetch }) {
    this.fetchImpl = options.fetch ?? fetch;
  }
  async post(url: string): Promise<void> {
    await (await this.fetchImpl(url, { method: 'POST' })).body?.cancel();
  }
}`,
          },
        ],
      },
    ],
  },
];

typedRuleTester().run('consume-response-body accuracy (typed)', rule, {
  valid: [
    ...narrowedValid,
    ...guardsValid,
    ...headValid,
    ...thenValid,
    ...nodeHelperValid,
    ...readerValid,
    ...takenOutValid,
  ],
  invalid: [
    ...narrowedInvalid,
    ...guardsInvalid,
    ...headInvalid,
    ...earliestInvalid,
    ...thenInvalid,
    ...nodeHelperInvalid,
    ...readerInvalid,
    ...takenOutInvalid,
  ],
});

// Without types: `instanceof ...Error`, null checks and the body guards work by syntax.
untypedRuleTester().run('consume-response-body accuracy (no type information)', rule, {
  valid: [
    // Without types a destructured `fetch` is not known to be one; a reader called on every path releases.
    {
      code: `export class Client {
  async post(url) {
    const { fetch } = this;
    await fetch(url, { method: 'POST' });
  }
}`,
    },
    {
      code: `async function check(status, read) {
  const text = await read();
  if (status >= 400) throw new Error(text);
}
export async function send(url) {
  const res = await fetch(url, { method: 'POST' });
  await check(res.status, res.text.bind(res));
}`,
    },
    {
      code: `import http from 'node:http';
export function ping(url, once) {
  http.get(url, once((res) => res.resume()));
}`,
    },
    {
      code: `export async function send(url, castToError) {
  const res = await fetch(url).catch(castToError);
  if (res instanceof Error) throw new Error('connection error');
  if (!res.ok) throw new Error(await res.text());
  return res.json();
}`,
    },
    {
      code: `export async function run(url) {
  const res = await fetch(url);
  if (res.bodyUsed || res.body?.locked) throw new Error('consumed');
  return res;
}`,
    },
    {
      code: `export async function del(url) {
  const res = await fetch(url);
  if (!res.ok) throw new Error(await res.text());
  return res.status === 204 || res.headers.get('content-length') === '0' ? null : res.json();
}`,
    },
  ],
  invalid: [
    // B5, B10, B11 by syntax: an import namespace, `once()`/`.bind()` callbacks, a same-file reader check.
    {
      code: `import * as undici from 'undici';
export async function post(url) {
  const { statusCode } = await undici.request(url, { method: 'POST' });
  return statusCode;
}`,
      errors: [leak(3, 'the `return` on line 4', 'The undici response of `undici.request()`', 'await body.dump()')],
    },
    {
      code: `import http from 'node:http';
export function ping(url, self) {
  http.get(url, function (res) { this.status = res.statusCode; }.bind(self));
}`,
      errors: [
        {
          ...leak(3, 'the end of the function on line 3', 'IncomingMessage `res`', drain),
          suggestions: [
            {
              messageId: 'insertRelease',
              output: `import http from 'node:http';
export function ping(url, self) {
  http.get(url, function (res) { this.status = res.statusCode;
  res.resume(); }.bind(self));
}`,
            },
          ],
        },
      ],
    },
    {
      code: `async function check(status, read) {
  if (status >= 400) throw new Error(await read());
}
export async function send(url) {
  const res = await fetch(url, { method: 'POST' });
  await check(res.status, res.text.bind(res));
  return res.headers.get('location');
}`,
      errors: [leak(5, 'the `return` on line 7')],
      output: `async function check(status, read) {
  if (status >= 400) throw new Error(await read());
}
export async function send(url) {
  const res = await fetch(url, { method: 'POST' });
  await check(res.status, res.text.bind(res));
  await res.body?.cancel();
  return res.headers.get('location');
}`,
    },
    {
      code: `export async function send(url, castToError) {
  const res = await fetch(url).catch(castToError);
  if (res instanceof Error) throw new Error('connection error');
  if (!res.ok) throw new Error('status');
  return res.json();
}`,
      errors: [leak(2, 'the `throw` on line 4')],
      output: `export async function send(url, castToError) {
  const res = await fetch(url).catch(castToError);
  if (res instanceof Error) throw new Error('connection error');
  if (!res.ok) { await res.body?.cancel(); throw new Error('status'); }
  return res.json();
}`,
    },
    {
      code: `export async function del(url) {
  const res = await fetch(url);
  if (!res.ok) throw new Error('failed');
  return res.status === 204 ? null : res.json();
}`,
      errors: [leak(2, 'the `throw` on line 3')],
      output: `export async function del(url) {
  const res = await fetch(url);
  if (!res.ok) { await res.body?.cancel(); throw new Error('failed'); }
  return res.status === 204 ? null : res.json();
}`,
    },
    {
      code: `export async function run(url) {
  const res = await fetch(url);
  if (res.body?.locked) throw new Error('locked');
  if (res.status >= 500) throw new Error('server');
  return res.text();
}`,
      errors: [leak(2, 'the `throw` on line 4')],
      output: `export async function run(url) {
  const res = await fetch(url);
  if (res.body?.locked) throw new Error('locked');
  if (res.status >= 500) { await res.body?.cancel(); throw new Error('server'); }
  return res.text();
}`,
    },
  ],
});
