import type { InvalidTestCase } from '@typescript-eslint/rule-tester';

// The invalid cases of no-ignored-request-options, shared by its rule test and tests/fix-safety/.

export type MessageId = 'ignored' | 'useSignal' | 'mergeSignal' | 'useIdleTimeouts' | 'moveTimeout' | 'useMilliseconds';

export const invalid: InvalidTestCase<MessageId, []>[] = [
  {
    // fetch() has no timeout option.
    code: `export async function getUser(id: string): Promise<unknown> {
  const res = await fetch(\`https://users.internal/users/\${id}\`, { timeout: 5000 });
  return res.json();
}`,
    errors: [
      {
        messageId: 'ignored',
        line: 2,
        column: 67,
        data: {
          name: 'timeout',
          reason:
            'is a node-fetch 2 option: WHATWG `fetch` drops options it does not know without a word, so nothing times out',
          where: '',
        },
        suggestions: [
          {
            messageId: 'useSignal',
            data: { value: '5000' },
            output: `export async function getUser(id: string): Promise<unknown> {
  const res = await fetch(\`https://users.internal/users/\${id}\`, { signal: AbortSignal.timeout(5000) });
  return res.json();
}`,
          },
        ],
      },
    ],
  },
  {
    // Multi-line options.
    code: `export async function publish(event: unknown): Promise<void> {
  const res = await fetch('https://bus.internal/events', {
    method: 'POST',
    timeout: 2000,
    body: JSON.stringify(event),
  });
  await res.body?.cancel();
}`,
    errors: [
      {
        messageId: 'ignored',
        line: 4,
        column: 5,
        data: {
          name: 'timeout',
          reason:
            'is a node-fetch 2 option: WHATWG `fetch` drops options it does not know without a word, so nothing times out',
          where: '',
        },
        suggestions: [
          {
            messageId: 'useSignal',
            data: { value: '2000' },
            output: `export async function publish(event: unknown): Promise<void> {
  const res = await fetch('https://bus.internal/events', {
    method: 'POST',
    signal: AbortSignal.timeout(2000),
    body: JSON.stringify(event),
  });
  await res.body?.cancel();
}`,
          },
        ],
      },
    ],
  },
  {
    // A timeout from a constant.
    code: `const TIMEOUT_MS = 5000;
export function load(url: string): Promise<Response> {
  return fetch(url, { timeout: TIMEOUT_MS });
}`,
    errors: [
      {
        messageId: 'ignored',
        line: 3,
        column: 23,
        data: {
          name: 'timeout',
          reason:
            'is a node-fetch 2 option: WHATWG `fetch` drops options it does not know without a word, so nothing times out',
          where: '',
        },
        suggestions: [
          {
            messageId: 'useSignal',
            data: { value: 'TIMEOUT_MS' },
            output: `const TIMEOUT_MS = 5000;
export function load(url: string): Promise<Response> {
  return fetch(url, { signal: AbortSignal.timeout(TIMEOUT_MS) });
}`,
          },
        ],
      },
    ],
  },
  {
    // A timeout next to a signal: the suggestion combines them.
    code: `export function load(url: string, controller: AbortController): Promise<Response> {
  return fetch(url, { signal: controller.signal, timeout: 5000 });
}`,
    errors: [
      {
        messageId: 'ignored',
        line: 2,
        column: 50,
        data: {
          name: 'timeout',
          reason:
            'is a node-fetch 2 option: WHATWG `fetch` drops options it does not know without a word, so nothing times out',
          where: '',
        },
        suggestions: [
          {
            messageId: 'mergeSignal',
            data: { signal: 'controller.signal', value: '5000' },
            output: `export function load(url: string, controller: AbortController): Promise<Response> {
  return fetch(url, { signal: AbortSignal.any([controller.signal, AbortSignal.timeout(5000)]) });
}`,
          },
        ],
      },
    ],
  },
  {
    // A shorthand signal next to a timeout.
    code: `export function load(url: string, signal: AbortSignal): Promise<Response> {
  return fetch(url, { signal, timeout: 5000 });
}`,
    errors: [
      {
        messageId: 'ignored',
        line: 2,
        column: 31,
        data: {
          name: 'timeout',
          reason:
            'is a node-fetch 2 option: WHATWG `fetch` drops options it does not know without a word, so nothing times out',
          where: '',
        },
        suggestions: [
          {
            messageId: 'mergeSignal',
            data: { signal: 'signal', value: '5000' },
            output: `export function load(url: string, signal: AbortSignal): Promise<Response> {
  return fetch(url, { signal: AbortSignal.any([signal, AbortSignal.timeout(5000)]) });
}`,
          },
        ],
      },
    ],
  },
  {
    // agent is a node-fetch option.
    code: `import https from 'node:https';
export function load(url: string, agent: https.Agent): Promise<Response> {
  return fetch(url, { agent });
}`,
    errors: [
      {
        messageId: 'ignored',
        line: 3,
        column: 23,
        data: {
          name: 'agent',
          reason:
            "is a node-fetch option: WHATWG `fetch` drops options it does not know without a word; undici's `fetch` takes an undici `Agent` as `dispatcher`",
          where: '',
        },
        suggestions: [],
      },
    ],
  },
  {
    // An agent made inline.
    code: `import https from 'node:https';
export function load(url: string): Promise<Response> {
  return fetch(url, { agent: new https.Agent({ keepAlive: true }), signal: AbortSignal.timeout(5000) });
}`,
    errors: [
      {
        messageId: 'ignored',
        line: 3,
        column: 23,
        data: {
          name: 'agent',
          reason:
            "is a node-fetch option: WHATWG `fetch` drops options it does not know without a word; undici's `fetch` takes an undici `Agent` as `dispatcher`",
          where: '',
        },
        suggestions: [],
      },
    ],
  },
  {
    // compress is a node-fetch option.
    code: `export function load(url: string): Promise<Response> {
  return fetch(url, { compress: false, signal: AbortSignal.timeout(5000) });
}`,
    errors: [
      {
        messageId: 'ignored',
        line: 2,
        column: 23,
        data: {
          name: 'compress',
          reason:
            'is a node-fetch option: WHATWG `fetch` drops options it does not know without a word (it always decompresses)',
          where: '',
        },
        suggestions: [],
      },
    ],
  },
  {
    // size is node-fetch's body size limit.
    code: `export function load(url: string): Promise<Response> {
  return fetch(url, { size: 1_000_000, signal: AbortSignal.timeout(5000) });
}`,
    errors: [
      {
        messageId: 'ignored',
        line: 2,
        column: 23,
        data: {
          name: 'size',
          reason:
            "is node-fetch's body size limit: WHATWG `fetch` drops options it does not know without a word, so the body is not limited",
          where: '',
        },
        suggestions: [],
      },
    ],
  },
  {
    // follow is node-fetch's redirect limit.
    code: `export function load(url: string): Promise<Response> {
  return fetch(url, { follow: 0, signal: AbortSignal.timeout(5000) });
}`,
    errors: [
      {
        messageId: 'ignored',
        line: 2,
        column: 23,
        data: {
          name: 'follow',
          reason:
            "is node-fetch's redirect limit: WHATWG `fetch` drops options it does not know without a word (it follows up to 20; `redirect: 'manual'` or `'error'` stop it)",
          where: '',
        },
        suggestions: [],
      },
    ],
  },
  {
    // highWaterMark is a node-fetch stream option.
    code: `export function load(url: string): Promise<Response> {
  return fetch(url, { highWaterMark: 1024 * 1024, signal: AbortSignal.timeout(5000) });
}`,
    errors: [
      {
        messageId: 'ignored',
        line: 2,
        column: 23,
        data: {
          name: 'highWaterMark',
          reason: 'is a node-fetch stream option: WHATWG `fetch` drops options it does not know without a word',
          where: '',
        },
        suggestions: [],
      },
    ],
  },
  {
    // insecureHTTPParser is a node-fetch option.
    code: `export function load(url: string): Promise<Response> {
  return fetch(url, { insecureHTTPParser: true, signal: AbortSignal.timeout(5000) });
}`,
    errors: [
      {
        messageId: 'ignored',
        line: 2,
        column: 23,
        data: {
          name: 'insecureHTTPParser',
          reason: 'is a node-fetch option: WHATWG `fetch` drops options it does not know without a word',
          where: '',
        },
        suggestions: [],
      },
    ],
  },
  {
    // Several node-fetch habits at once, cast past the compiler.
    code: `export function load(url: string): Promise<Response> {
  return fetch(url, { timeout: 5000, follow: 3, compress: true } as RequestInit);
}`,
    errors: [
      {
        messageId: 'ignored',
        line: 2,
        column: 23,
        data: {
          name: 'timeout',
          reason:
            'is a node-fetch 2 option: WHATWG `fetch` drops options it does not know without a word, so nothing times out',
          where: '',
        },
        suggestions: [
          {
            messageId: 'useSignal',
            data: { value: '5000' },
            output: `export function load(url: string): Promise<Response> {
  return fetch(url, { signal: AbortSignal.timeout(5000), follow: 3, compress: true } as RequestInit);
}`,
          },
        ],
      },
      {
        messageId: 'ignored',
        line: 2,
        column: 38,
        data: {
          name: 'follow',
          reason:
            "is node-fetch's redirect limit: WHATWG `fetch` drops options it does not know without a word (it follows up to 20; `redirect: 'manual'` or `'error'` stop it)",
          where: '',
        },
        suggestions: [],
      },
      {
        messageId: 'ignored',
        line: 2,
        column: 49,
        data: {
          name: 'compress',
          reason:
            'is a node-fetch option: WHATWG `fetch` drops options it does not know without a word (it always decompresses)',
          where: '',
        },
        suggestions: [],
      },
    ],
  },
  {
    // Options built in a variable: the report is at the property.
    code: `export function load(url: string): Promise<Response> {
  const init = { method: 'GET', timeout: 5000 };
  return fetch(url, init);
}`,
    errors: [
      {
        messageId: 'ignored',
        line: 2,
        column: 33,
        data: {
          name: 'timeout',
          reason:
            'is a node-fetch 2 option: WHATWG `fetch` drops options it does not know without a word, so nothing times out',
          where: ' (it reaches `fetch()` on line 3)',
        },
        suggestions: [],
      },
    ],
  },
  {
    // Shared defaults reach two calls: reported once.
    code: `const defaults = { headers: { accept: 'application/json' }, timeout: 5000 };
export function users(): Promise<Response> {
  return fetch('https://api.internal/users', defaults);
}
export function groups(): Promise<Response> {
  return fetch('https://api.internal/groups', defaults);
}`,
    errors: [
      {
        messageId: 'ignored',
        line: 1,
        column: 61,
        data: {
          name: 'timeout',
          reason:
            'is a node-fetch 2 option: WHATWG `fetch` drops options it does not know without a word, so nothing times out',
          where: ' (it reaches `fetch()` on line 3)',
        },
        suggestions: [],
      },
    ],
  },
  {
    // A spread of defaults that hold a timeout.
    code: `const defaults = { timeout: 5000 };
export function post(url: string, body: string): Promise<Response> {
  return fetch(url, { ...defaults, method: 'POST', body });
}`,
    errors: [
      {
        messageId: 'ignored',
        line: 1,
        column: 20,
        data: {
          name: 'timeout',
          reason:
            'is a node-fetch 2 option: WHATWG `fetch` drops options it does not know without a word, so nothing times out',
          where: ' (it reaches `fetch()` on line 3)',
        },
        suggestions: [],
      },
    ],
  },
  {
    // A timeout assigned on the options object.
    code: `export function load(url: string): Promise<Response> {
  const init: RequestInit & { timeout?: number } = { method: 'GET' };
  init.timeout = 5000;
  return fetch(url, init);
}`,
    errors: [
      {
        messageId: 'ignored',
        line: 3,
        column: 3,
        data: {
          name: 'timeout',
          reason:
            'is a node-fetch 2 option: WHATWG `fetch` drops options it does not know without a word, so nothing times out',
          where: ' (it reaches `fetch()` on line 4)',
        },
        suggestions: [],
      },
    ],
  },
  {
    // Object.assign() brings the timeout.
    code: `const base: RequestInit = { headers: { accept: 'application/json' } };
export function load(url: string): Promise<Response> {
  return fetch(url, Object.assign({}, base, { timeout: 3000 }));
}`,
    errors: [
      {
        messageId: 'ignored',
        line: 3,
        column: 47,
        data: {
          name: 'timeout',
          reason:
            'is a node-fetch 2 option: WHATWG `fetch` drops options it does not know without a word, so nothing times out',
          where: '',
        },
        suggestions: [
          {
            messageId: 'useSignal',
            data: { value: '3000' },
            output: `const base: RequestInit = { headers: { accept: 'application/json' } };
export function load(url: string): Promise<Response> {
  return fetch(url, Object.assign({}, base, { signal: AbortSignal.timeout(3000) }));
}`,
          },
        ],
      },
    ],
  },
  {
    // undici's fetch.
    code: `import { fetch } from 'undici';
export function load(url: string) {
  return fetch(url, { timeout: 5000 });
}`,
    errors: [
      {
        messageId: 'ignored',
        line: 3,
        column: 23,
        data: {
          name: 'timeout',
          reason:
            'is a node-fetch 2 option: WHATWG `fetch` drops options it does not know without a word, so nothing times out',
          where: '',
        },
        suggestions: [
          {
            messageId: 'useSignal',
            data: { value: '5000' },
            output: `import { fetch } from 'undici';
export function load(url: string) {
  return fetch(url, { signal: AbortSignal.timeout(5000) });
}`,
          },
        ],
      },
    ],
  },
  {
    // globalThis.fetch.
    code: `export function load(url: string): Promise<Response> {
  return globalThis.fetch(url, { timeout: 5000 });
}`,
    errors: [
      {
        messageId: 'ignored',
        line: 2,
        column: 34,
        data: {
          name: 'timeout',
          reason:
            'is a node-fetch 2 option: WHATWG `fetch` drops options it does not know without a word, so nothing times out',
          where: '',
        },
        suggestions: [
          {
            messageId: 'useSignal',
            data: { value: '5000' },
            output: `export function load(url: string): Promise<Response> {
  return globalThis.fetch(url, { signal: AbortSignal.timeout(5000) });
}`,
          },
        ],
      },
    ],
  },
  {
    // fetch passed around as a value (type information).
    code: `export function load(f: typeof fetch, url: string) {
  return f(url, { timeout: 5000 });
}`,
    errors: [
      {
        messageId: 'ignored',
        line: 2,
        column: 19,
        data: {
          name: 'timeout',
          reason:
            'is a node-fetch 2 option: WHATWG `fetch` drops options it does not know without a word, so nothing times out',
          where: '',
        },
        suggestions: [
          {
            messageId: 'useSignal',
            data: { value: '5000' },
            output: `export function load(f: typeof fetch, url: string) {
  return f(url, { signal: AbortSignal.timeout(5000) });
}`,
          },
        ],
      },
    ],
  },
  {
    // fetch under another name.
    code: `const doFetch = fetch;
export function load(url: string): Promise<Response> {
  return doFetch(url, { timeout: 5000 });
}`,
    errors: [
      {
        messageId: 'ignored',
        line: 3,
        column: 25,
        data: {
          name: 'timeout',
          reason:
            'is a node-fetch 2 option: WHATWG `fetch` drops options it does not know without a word, so nothing times out',
          where: '',
        },
        suggestions: [
          {
            messageId: 'useSignal',
            data: { value: '5000' },
            output: `const doFetch = fetch;
export function load(url: string): Promise<Response> {
  return doFetch(url, { signal: AbortSignal.timeout(5000) });
}`,
          },
        ],
      },
    ],
  },
  {
    // A timeout written next to a spread of unknown options.
    code: `export function load(url: string, init: RequestInit): Promise<Response> {
  return fetch(url, { ...init, timeout: 5000 });
}`,
    errors: [
      {
        messageId: 'ignored',
        line: 2,
        column: 32,
        data: {
          name: 'timeout',
          reason:
            'is a node-fetch 2 option: WHATWG `fetch` drops options it does not know without a word, so nothing times out',
          where: '',
        },
        suggestions: [
          {
            messageId: 'useSignal',
            data: { value: '5000' },
            output: `export function load(url: string, init: RequestInit): Promise<Response> {
  return fetch(url, { ...init, signal: AbortSignal.timeout(5000) });
}`,
          },
        ],
      },
    ],
  },
  {
    // timeout: 0: reported, with no suggestion (AbortSignal.timeout(0) aborts at once).
    code: `export function load(url: string): Promise<Response> {
  return fetch(url, { timeout: 0 });
}`,
    errors: [
      {
        messageId: 'ignored',
        line: 2,
        column: 23,
        data: {
          name: 'timeout',
          reason:
            'is a node-fetch 2 option: WHATWG `fetch` drops options it does not know without a word, so nothing times out',
          where: '',
        },
        suggestions: [],
      },
    ],
  },
  {
    // A timeout that may be undefined: no suggestion.
    code: `export function load(url: string, timeoutMs?: number): Promise<Response> {
  return fetch(url, { timeout: timeoutMs });
}`,
    errors: [
      {
        messageId: 'ignored',
        line: 2,
        column: 23,
        data: {
          name: 'timeout',
          reason:
            'is a node-fetch 2 option: WHATWG `fetch` drops options it does not know without a word, so nothing times out',
          where: '',
        },
        suggestions: [],
      },
    ],
  },
  {
    // undici.request() has no timeout option.
    code: `import { request } from 'undici';
export async function status(url: string): Promise<number> {
  const { statusCode, body } = await request(url, { timeout: 5000 });
  await body.dump();
  return statusCode;
}`,
    errors: [
      {
        messageId: 'ignored',
        line: 3,
        column: 53,
        data: {
          name: 'timeout',
          reason:
            'is not an undici option and is ignored: undici bounds a request with `headersTimeout` and `bodyTimeout`, or a `signal`',
          where: '',
        },
        suggestions: [
          {
            messageId: 'useIdleTimeouts',
            data: { replacement: '`headersTimeout: 5000` and `bodyTimeout: 5000`' },
            output: `import { request } from 'undici';
export async function status(url: string): Promise<number> {
  const { statusCode, body } = await request(url, { headersTimeout: 5000, bodyTimeout: 5000 });
  await body.dump();
  return statusCode;
}`,
          },
          {
            messageId: 'useSignal',
            data: { value: '5000' },
            output: `import { request } from 'undici';
export async function status(url: string): Promise<number> {
  const { statusCode, body } = await request(url, { signal: AbortSignal.timeout(5000) });
  await body.dump();
  return statusCode;
}`,
          },
        ],
      },
    ],
  },
  {
    // pool.request() has no timeout option.
    code: `import { Pool } from 'undici';
const pool = new Pool('https://api.internal');
export async function health(): Promise<number> {
  const { statusCode, body } = await pool.request({ path: '/health', method: 'GET', timeout: 2000 });
  await body.dump();
  return statusCode;
}`,
    errors: [
      {
        messageId: 'ignored',
        line: 4,
        column: 85,
        data: {
          name: 'timeout',
          reason:
            'is not an undici option and is ignored: undici bounds a request with `headersTimeout` and `bodyTimeout`, or a `signal`',
          where: '',
        },
        suggestions: [
          {
            messageId: 'useIdleTimeouts',
            data: { replacement: '`headersTimeout: 2000` and `bodyTimeout: 2000`' },
            output: `import { Pool } from 'undici';
const pool = new Pool('https://api.internal');
export async function health(): Promise<number> {
  const { statusCode, body } = await pool.request({ path: '/health', method: 'GET', headersTimeout: 2000, bodyTimeout: 2000 });
  await body.dump();
  return statusCode;
}`,
          },
          {
            messageId: 'useSignal',
            data: { value: '2000' },
            output: `import { Pool } from 'undici';
const pool = new Pool('https://api.internal');
export async function health(): Promise<number> {
  const { statusCode, body } = await pool.request({ path: '/health', method: 'GET', signal: AbortSignal.timeout(2000) });
  await body.dump();
  return statusCode;
}`,
          },
        ],
      },
    ],
  },
  {
    // undici.stream() has no timeout option.
    code: `import { stream } from 'undici';
import { Writable } from 'node:stream';
export function download(url: string, sink: Writable) {
  return stream(url, { method: 'GET', timeout: 30_000 }, () => sink);
}`,
    errors: [
      {
        messageId: 'ignored',
        line: 4,
        column: 39,
        data: {
          name: 'timeout',
          reason:
            'is not an undici option and is ignored: undici bounds a request with `headersTimeout` and `bodyTimeout`, or a `signal`',
          where: '',
        },
        suggestions: [
          {
            messageId: 'useIdleTimeouts',
            data: { replacement: '`headersTimeout: 30_000` and `bodyTimeout: 30_000`' },
            output: `import { stream } from 'undici';
import { Writable } from 'node:stream';
export function download(url: string, sink: Writable) {
  return stream(url, { method: 'GET', headersTimeout: 30_000, bodyTimeout: 30_000 }, () => sink);
}`,
          },
          {
            messageId: 'useSignal',
            data: { value: '30_000' },
            output: `import { stream } from 'undici';
import { Writable } from 'node:stream';
export function download(url: string, sink: Writable) {
  return stream(url, { method: 'GET', signal: AbortSignal.timeout(30_000) }, () => sink);
}`,
          },
        ],
      },
    ],
  },
  {
    // node:http timeout with no listener.
    code: `import http from 'node:http';
export function ping(url: string): void {
  http.get(url, { timeout: 5000 }, (res) => res.resume());
}`,
    errors: [
      {
        messageId: 'ignored',
        line: 3,
        column: 19,
        data: {
          name: 'timeout',
          reason:
            "only emits `'timeout'` on the request, and no `'timeout'` listener destroys it, so nothing is aborted",
          where: '',
        },
        suggestions: [
          {
            messageId: 'useSignal',
            data: { value: '5000' },
            output: `import http from 'node:http';
export function ping(url: string): void {
  http.get(url, { signal: AbortSignal.timeout(5000) }, (res) => res.resume());
}`,
          },
        ],
      },
    ],
  },
  {
    // https.request(options) with a timeout and no listener.
    code: `import https from 'node:https';
export function post(body: string): void {
  const req = https.request({ host: 'api.internal', path: '/events', method: 'POST', timeout: 5000 }, (res) => res.resume());
  req.on('error', () => undefined);
  req.end(body);
}`,
    errors: [
      {
        messageId: 'ignored',
        line: 3,
        column: 86,
        data: {
          name: 'timeout',
          reason:
            "only emits `'timeout'` on the request, and no `'timeout'` listener destroys it, so nothing is aborted",
          where: '',
        },
        suggestions: [
          {
            messageId: 'useSignal',
            data: { value: '5000' },
            output: `import https from 'node:https';
export function post(body: string): void {
  const req = https.request({ host: 'api.internal', path: '/events', method: 'POST', signal: AbortSignal.timeout(5000) }, (res) => res.resume());
  req.on('error', () => undefined);
  req.end(body);
}`,
          },
        ],
      },
    ],
  },
  {
    // A listener that only logs.
    code: `import https from 'node:https';
export function ping(url: string): void {
  const req = https.get(url, { timeout: 5000 }, (res) => res.resume());
  req.on('timeout', () => console.warn('slow upstream', url));
}`,
    errors: [
      {
        messageId: 'ignored',
        line: 3,
        column: 32,
        data: {
          name: 'timeout',
          reason:
            "only emits `'timeout'` on the request, and no `'timeout'` listener destroys it, so nothing is aborted",
          where: '',
        },
        suggestions: [
          {
            messageId: 'useSignal',
            data: { value: '5000' },
            output: `import https from 'node:https';
export function ping(url: string): void {
  const req = https.get(url, { signal: AbortSignal.timeout(5000) }, (res) => res.resume());
  req.on('timeout', () => console.warn('slow upstream', url));
}`,
          },
        ],
      },
    ],
  },
  {
    // A listener that rejects but leaves the request running.
    code: `import http from 'node:http';
export function ping(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { timeout: 5000 }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('timeout', () => reject(new Error('timed out')));
    req.on('error', reject);
  });
}`,
    errors: [
      {
        messageId: 'ignored',
        line: 4,
        column: 33,
        data: {
          name: 'timeout',
          reason:
            "only emits `'timeout'` on the request, and no `'timeout'` listener destroys it, so nothing is aborted",
          where: '',
        },
        suggestions: [
          {
            messageId: 'useSignal',
            data: { value: '5000' },
            output: `import http from 'node:http';
export function ping(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { signal: AbortSignal.timeout(5000) }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('timeout', () => reject(new Error('timed out')));
    req.on('error', reject);
  });
}`,
          },
        ],
      },
    ],
  },
  {
    // node:http options in a variable.
    code: `import http from 'node:http';
export function ping(host: string): void {
  const options = { host, path: '/health', timeout: 2000 };
  http.get(options, (res) => res.resume());
}`,
    errors: [
      {
        messageId: 'ignored',
        line: 3,
        column: 44,
        data: {
          name: 'timeout',
          reason:
            "only emits `'timeout'` on the request, and no `'timeout'` listener destroys it, so nothing is aborted",
          where: ' (it reaches `http.get()` on line 4)',
        },
        suggestions: [],
      },
    ],
  },
  {
    // axios timeout inside headers.
    code: `import axios from 'axios';
export function users() {
  return axios.get('/users', { headers: { timeout: 5000 } });
}`,
    errors: [
      {
        messageId: 'ignored',
        line: 3,
        column: 43,
        data: {
          name: 'timeout',
          reason: 'is sent to the server as an HTTP header: axios reads `timeout` from the config, not from `headers`',
          where: '',
        },
        suggestions: [
          {
            messageId: 'moveTimeout',
            data: { value: '5000' },
            output: `import axios from 'axios';
export function users() {
  return axios.get('/users', { timeout: 5000 });
}`,
          },
        ],
      },
    ],
  },
  {
    // A Timeout header with a number, multi-line.
    code: `import axios from 'axios';
export function create(user: { name: string }) {
  return axios.post('/users', user, {
    headers: {
      Accept: 'application/json',
      Timeout: '5000',
    },
  });
}`,
    errors: [
      {
        messageId: 'ignored',
        line: 6,
        column: 7,
        data: {
          name: 'Timeout',
          reason: 'is sent to the server as an HTTP header: axios reads `timeout` from the config, not from `headers`',
          where: '',
        },
        suggestions: [
          {
            messageId: 'moveTimeout',
            data: { value: '5000' },
            output: `import axios from 'axios';
export function create(user: { name: string }) {
  return axios.post('/users', user, {
    headers: {
      Accept: 'application/json',
    },
    timeout: 5000,
  });
}`,
          },
        ],
      },
    ],
  },
  {
    // axios.create() with the timeout in headers.
    code: `import axios from 'axios';
export const api = axios.create({ baseURL: 'https://api.internal', headers: { timeout: 10_000 } });`,
    errors: [
      {
        messageId: 'ignored',
        line: 2,
        column: 79,
        data: {
          name: 'timeout',
          reason: 'is sent to the server as an HTTP header: axios reads `timeout` from the config, not from `headers`',
          where: '',
        },
        suggestions: [
          {
            messageId: 'moveTimeout',
            data: { value: '10_000' },
            output: `import axios from 'axios';
export const api = axios.create({ baseURL: 'https://api.internal', timeout: 10_000 });`,
          },
        ],
      },
    ],
  },
  {
    // A string with a unit: axios reads 5 ms.
    code: `import axios from 'axios';
export function users() {
  return axios.get('/users', { timeout: '5s' });
}`,
    errors: [
      {
        messageId: 'ignored',
        line: 3,
        column: 32,
        data: {
          name: 'timeout',
          reason:
            "is a string that is not a number of milliseconds: axios reads it with `parseInt`, so `'5s'` means 5 ms",
          where: '',
        },
        suggestions: [
          {
            messageId: 'useMilliseconds',
            data: { value: '5000' },
            output: `import axios from 'axios';
export function users() {
  return axios.get('/users', { timeout: 5000 });
}`,
          },
        ],
      },
    ],
  },
  {
    // A string in words.
    code: `import axios from 'axios';
export function users() {
  return axios({ url: '/users', timeout: '30 seconds' });
}`,
    errors: [
      {
        messageId: 'ignored',
        line: 3,
        column: 33,
        data: {
          name: 'timeout',
          reason:
            "is a string that is not a number of milliseconds: axios reads it with `parseInt`, so `'30 seconds'` means 30 ms",
          where: '',
        },
        suggestions: [
          {
            messageId: 'useMilliseconds',
            data: { value: '30_000' },
            output: `import axios from 'axios';
export function users() {
  return axios({ url: '/users', timeout: 30_000 });
}`,
          },
        ],
      },
    ],
  },
  {
    // An empty string in axios.create().
    code: `import axios from 'axios';
export const api = axios.create({ timeout: '' });`,
    errors: [
      {
        messageId: 'ignored',
        line: 2,
        column: 35,
        data: {
          name: 'timeout',
          reason:
            'is a string that is not a number of milliseconds: axios reads it with `parseInt`, so an empty string means no timeout',
          where: '',
        },
        suggestions: [],
      },
    ],
  },
  {
    // A string that is not a number on an instance call.
    code: `import axios from 'axios';
const api = axios.create({ baseURL: 'https://api.internal' });
export function users() {
  return api.get('/users', { timeout: 'abc' });
}`,
    errors: [
      {
        messageId: 'ignored',
        line: 4,
        column: 30,
        data: {
          name: 'timeout',
          reason:
            "is a string that is not a number of milliseconds: axios reads it with `parseInt`, so `'abc'` fails every request",
          where: '',
        },
        suggestions: [],
      },
    ],
  },
  {
    // node-fetch 3 dropped timeout (its types say so).
    code: `import fetch from 'node-fetch';
export function load(url: string) {
  return fetch(url, { timeout: 5000 } as never);
}`,
    errors: [
      {
        messageId: 'ignored',
        line: 3,
        column: 23,
        data: {
          name: 'timeout',
          reason: 'was removed in node-fetch 3, which ignores it, so nothing times out',
          where: '',
        },
        suggestions: [
          {
            messageId: 'useSignal',
            data: { value: '5000' },
            output: `import fetch from 'node-fetch';
export function load(url: string) {
  return fetch(url, { signal: AbortSignal.timeout(5000) } as never);
}`,
          },
        ],
      },
    ],
  },
];

export const invalidWithoutTypes: InvalidTestCase<MessageId, []>[] = [
  {
    // fetch() with a timeout.
    code: `export function load(url) {
  return fetch(url, { timeout: 5000 });
}`,
    errors: [
      {
        messageId: 'ignored',
        line: 2,
        column: 23,
        data: {
          name: 'timeout',
          reason:
            'is a node-fetch 2 option: WHATWG `fetch` drops options it does not know without a word, so nothing times out',
          where: '',
        },
        suggestions: [
          {
            messageId: 'useSignal',
            data: { value: '5000' },
            output: `export function load(url) {
  return fetch(url, { signal: AbortSignal.timeout(5000) });
}`,
          },
        ],
      },
    ],
  },
  {
    // fetch() with an agent.
    code: `export function load(url, agent) {
  return fetch(url, { agent });
}`,
    errors: [
      {
        messageId: 'ignored',
        line: 2,
        column: 23,
        data: {
          name: 'agent',
          reason:
            "is a node-fetch option: WHATWG `fetch` drops options it does not know without a word; undici's `fetch` takes an undici `Agent` as `dispatcher`",
          where: '',
        },
        suggestions: [],
      },
    ],
  },
  {
    // Options in a variable.
    code: `export function load(url) {
  const options = { timeout: 5000 };
  return fetch(url, options);
}`,
    errors: [
      {
        messageId: 'ignored',
        line: 2,
        column: 21,
        data: {
          name: 'timeout',
          reason:
            'is a node-fetch 2 option: WHATWG `fetch` drops options it does not know without a word, so nothing times out',
          where: ' (it reaches `fetch()` on line 3)',
        },
        suggestions: [],
      },
    ],
  },
  {
    // undici.request() with a timeout.
    code: `const { request } = require('undici');
module.exports = (url) => request(url, { timeout: 5000 });`,
    errors: [
      {
        messageId: 'ignored',
        line: 2,
        column: 42,
        data: {
          name: 'timeout',
          reason:
            'is not an undici option and is ignored: undici bounds a request with `headersTimeout` and `bodyTimeout`, or a `signal`',
          where: '',
        },
        suggestions: [
          {
            messageId: 'useIdleTimeouts',
            data: { replacement: '`headersTimeout: 5000` and `bodyTimeout: 5000`' },
            output: `const { request } = require('undici');
module.exports = (url) => request(url, { headersTimeout: 5000, bodyTimeout: 5000 });`,
          },
          {
            messageId: 'useSignal',
            data: { value: '5000' },
            output: `const { request } = require('undici');
module.exports = (url) => request(url, { signal: AbortSignal.timeout(5000) });`,
          },
        ],
      },
    ],
  },
  {
    // node:http timeout with no listener.
    code: `const http = require('node:http');
module.exports = (url) => {
  http.get(url, { timeout: 5000 }, (res) => res.resume());
};`,
    errors: [
      {
        messageId: 'ignored',
        line: 3,
        column: 19,
        data: {
          name: 'timeout',
          reason:
            "only emits `'timeout'` on the request, and no `'timeout'` listener destroys it, so nothing is aborted",
          where: '',
        },
        suggestions: [
          {
            messageId: 'useSignal',
            data: { value: '5000' },
            output: `const http = require('node:http');
module.exports = (url) => {
  http.get(url, { signal: AbortSignal.timeout(5000) }, (res) => res.resume());
};`,
          },
        ],
      },
    ],
  },
  {
    // axios timeout in headers.
    code: `const axios = require('axios');
module.exports = () => axios.get('/users', { headers: { timeout: 5000 } });`,
    errors: [
      {
        messageId: 'ignored',
        line: 2,
        column: 57,
        data: {
          name: 'timeout',
          reason: 'is sent to the server as an HTTP header: axios reads `timeout` from the config, not from `headers`',
          where: '',
        },
        suggestions: [
          {
            messageId: 'moveTimeout',
            data: { value: '5000' },
            output: `const axios = require('axios');
module.exports = () => axios.get('/users', { timeout: 5000 });`,
          },
        ],
      },
    ],
  },
  {
    // axios timeout as a string with a unit.
    code: `import axios from 'axios';
export function users() {
  return axios.get('/users', { timeout: '10s' });
}`,
    errors: [
      {
        messageId: 'ignored',
        line: 3,
        column: 32,
        data: {
          name: 'timeout',
          reason:
            "is a string that is not a number of milliseconds: axios reads it with `parseInt`, so `'10s'` means 10 ms",
          where: '',
        },
        suggestions: [
          {
            messageId: 'useMilliseconds',
            data: { value: '10_000' },
            output: `import axios from 'axios';
export function users() {
  return axios.get('/users', { timeout: 10_000 });
}`,
          },
        ],
      },
    ],
  },
  {
    // axios.create() with the timeout in headers.
    code: `import axios from 'axios';
export const api = axios.create({ headers: { Accept: 'application/json', timeout: 5000 } });`,
    errors: [
      {
        messageId: 'ignored',
        line: 2,
        column: 74,
        data: {
          name: 'timeout',
          reason: 'is sent to the server as an HTTP header: axios reads `timeout` from the config, not from `headers`',
          where: '',
        },
        suggestions: [
          {
            messageId: 'moveTimeout',
            data: { value: '5000' },
            output: `import axios from 'axios';
export const api = axios.create({ headers: { Accept: 'application/json' }, timeout: 5000 });`,
          },
        ],
      },
    ],
  },
  {
    // Without types, a const options object with a timeout and no listener.
    code: `const https = require('node:https');
function post(body) {
  const options = { hostname: 'api.internal', path: '/events', method: 'POST', timeout: 5000 };
  const req = https.request(options, (res) => res.resume());
  req.end(body);
}
module.exports = { post };`,
    errors: [
      {
        messageId: 'ignored',
        line: 3,
        column: 80,
        data: {
          name: 'timeout',
          reason:
            "only emits `'timeout'` on the request, and no `'timeout'` listener destroys it, so nothing is aborted",
          where: ' (it reaches `https.request()` on line 4)',
        },
        suggestions: [],
      },
    ],
  },
];
