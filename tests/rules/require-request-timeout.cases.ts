import type { InvalidTestCase } from '@typescript-eslint/rule-tester';

// The invalid cases of require-request-timeout, shared by its rule test and tests/fix-safety/.

export type Options = [
  {
    timeoutMs?: number;
    assumeGlobalDispatcher?: boolean;
    allowLibraryDefaults?: boolean;
    requireDeadline?: boolean;
    wrappers?: (
      | string
      | {
          name: string | string[];
          from?: 'file' | 'lib' | 'package';
          package?: string;
          optionsArgument?: number;
          timeoutOptions?: string[];
        }
    )[];
  },
];

export type MessageId = 'missing' | 'partial' | 'idleOnly' | 'disabled' | 'addSignal' | 'addOption';

export const invalid: InvalidTestCase<MessageId, Options>[] = [
  {
    // fetch() with no options.
    code: `export async function getUser(id: string): Promise<unknown> {
  const res = await fetch(\`https://users.internal/users/\${id}\`);
  return res.json();
}`,
    errors: [
      {
        messageId: 'missing',
        line: 2,
        column: 21,
        data: {
          callee: 'fetch()',
          unbounded:
            'WHATWG `fetch` has no overall timeout, and undici waits up to 300 s for the headers and 300 s between body chunks',
          remedy: 'Pass `signal: AbortSignal.timeout(ms)` in its options',
        },
        suggestions: [
          {
            messageId: 'addSignal',
            data: { ms: '10_000' },
            output: `export async function getUser(id: string): Promise<unknown> {
  const res = await fetch(\`https://users.internal/users/\${id}\`, { signal: AbortSignal.timeout(10_000) });
  return res.json();
}`,
          },
        ],
      },
    ],
  },
  {
    // fetch() with options but no signal.
    code: `export async function publish(event: unknown): Promise<void> {
  const res = await fetch('https://bus.internal/events', { method: 'POST', body: JSON.stringify(event) });
  await res.body?.cancel();
}`,
    errors: [
      {
        messageId: 'missing',
        line: 2,
        column: 21,
        data: {
          callee: 'fetch()',
          unbounded:
            'WHATWG `fetch` has no overall timeout, and undici waits up to 300 s for the headers and 300 s between body chunks',
          remedy: 'Pass `signal: AbortSignal.timeout(ms)` in its options',
        },
        suggestions: [
          {
            messageId: 'addSignal',
            data: { ms: '10_000' },
            output: `export async function publish(event: unknown): Promise<void> {
  const res = await fetch('https://bus.internal/events', { method: 'POST', body: JSON.stringify(event), signal: AbortSignal.timeout(10_000) });
  await res.body?.cancel();
}`,
          },
        ],
      },
    ],
  },
  {
    // Multi-line options: the signal goes on a line of its own.
    code: `export async function publish(event: unknown): Promise<void> {
  const res = await fetch('https://bus.internal/events', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(event),
  });
  await res.body?.cancel();
}`,
    errors: [
      {
        messageId: 'missing',
        line: 2,
        column: 21,
        data: {
          callee: 'fetch()',
          unbounded:
            'WHATWG `fetch` has no overall timeout, and undici waits up to 300 s for the headers and 300 s between body chunks',
          remedy: 'Pass `signal: AbortSignal.timeout(ms)` in its options',
        },
        suggestions: [
          {
            messageId: 'addSignal',
            data: { ms: '10_000' },
            output: `export async function publish(event: unknown): Promise<void> {
  const res = await fetch('https://bus.internal/events', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(event),
    signal: AbortSignal.timeout(10_000),
  });
  await res.body?.cancel();
}`,
          },
        ],
      },
    ],
  },
  {
    // Options in a variable without a signal.
    code: `export async function getJson(url: string): Promise<unknown> {
  const options: RequestInit = { headers: { accept: 'application/json' } };
  const res = await fetch(url, options);
  return res.json();
}`,
    errors: [
      {
        messageId: 'missing',
        line: 3,
        column: 21,
        data: {
          callee: 'fetch()',
          unbounded:
            'WHATWG `fetch` has no overall timeout, and undici waits up to 300 s for the headers and 300 s between body chunks',
          remedy: 'Pass `signal: AbortSignal.timeout(ms)` in its options',
        },
        suggestions: [
          {
            messageId: 'addSignal',
            data: { ms: '10_000' },
            output: `export async function getJson(url: string): Promise<unknown> {
  const options: RequestInit = { headers: { accept: 'application/json' } };
  const res = await fetch(url, { ...options, signal: AbortSignal.timeout(10_000) });
  return res.json();
}`,
          },
        ],
      },
    ],
  },
  {
    // A spread of visible defaults.
    code: `const defaults: RequestInit = { headers: { accept: 'application/json' } };
export function post(url: string, body: string): Promise<Response> {
  return fetch(url, { ...defaults, method: 'POST', body });
}`,
    errors: [
      {
        messageId: 'missing',
        line: 3,
        column: 10,
        data: {
          callee: 'fetch()',
          unbounded:
            'WHATWG `fetch` has no overall timeout, and undici waits up to 300 s for the headers and 300 s between body chunks',
          remedy: 'Pass `signal: AbortSignal.timeout(ms)` in its options',
        },
        suggestions: [
          {
            messageId: 'addSignal',
            data: { ms: '10_000' },
            output: `const defaults: RequestInit = { headers: { accept: 'application/json' } };
export function post(url: string, body: string): Promise<Response> {
  return fetch(url, { ...defaults, method: 'POST', body, signal: AbortSignal.timeout(10_000) });
}`,
          },
        ],
      },
    ],
  },
  {
    // signal: undefined is no signal.
    code: `export function load(url: string): Promise<Response> {
  return fetch(url, { method: 'GET', signal: undefined });
}`,
    errors: [
      {
        messageId: 'missing',
        line: 2,
        column: 10,
        data: {
          callee: 'fetch()',
          unbounded:
            'WHATWG `fetch` has no overall timeout, and undici waits up to 300 s for the headers and 300 s between body chunks',
          remedy: 'Pass `signal: AbortSignal.timeout(ms)` in its options',
        },
        suggestions: [
          {
            messageId: 'addSignal',
            data: { ms: '10_000' },
            output: `export function load(url: string): Promise<Response> {
  return fetch(url, { method: 'GET', signal: AbortSignal.timeout(10_000) });
}`,
          },
        ],
      },
    ],
  },
  {
    // Options built with Object.assign(), none with a signal.
    code: `const base: RequestInit = { headers: { accept: 'application/json' } };
export function load(url: string): Promise<Response> {
  return fetch(url, Object.assign({}, base, { method: 'GET' }));
}`,
    errors: [
      {
        messageId: 'missing',
        line: 3,
        column: 10,
        data: {
          callee: 'fetch()',
          unbounded:
            'WHATWG `fetch` has no overall timeout, and undici waits up to 300 s for the headers and 300 s between body chunks',
          remedy: 'Pass `signal: AbortSignal.timeout(ms)` in its options',
        },
        suggestions: [
          {
            messageId: 'addSignal',
            data: { ms: '10_000' },
            output: `const base: RequestInit = { headers: { accept: 'application/json' } };
export function load(url: string): Promise<Response> {
  return fetch(url, { ...Object.assign({}, base, { method: 'GET' }), signal: AbortSignal.timeout(10_000) });
}`,
          },
        ],
      },
    ],
  },
  {
    // Neither branch of a conditional has a signal.
    code: `export function load(url: string, body?: string): Promise<Response> {
  return fetch(url, body ? { method: 'POST', body } : { method: 'GET' });
}`,
    errors: [
      {
        messageId: 'missing',
        line: 2,
        column: 10,
        data: {
          callee: 'fetch()',
          unbounded:
            'WHATWG `fetch` has no overall timeout, and undici waits up to 300 s for the headers and 300 s between body chunks',
          remedy: 'Pass `signal: AbortSignal.timeout(ms)` in its options',
        },
        suggestions: [
          {
            messageId: 'addSignal',
            data: { ms: '10_000' },
            output: `export function load(url: string, body?: string): Promise<Response> {
  return fetch(url, { ...(body ? { method: 'POST', body } : { method: 'GET' }), signal: AbortSignal.timeout(10_000) });
}`,
          },
        ],
      },
    ],
  },
  {
    // A let reassigned on one branch, no signal either way.
    code: `export function load(url: string, body?: string): Promise<Response> {
  let init: RequestInit = { method: 'GET' };
  if (body) init = { method: 'POST', body };
  return fetch(url, init);
}`,
    errors: [
      {
        messageId: 'missing',
        line: 4,
        column: 10,
        data: {
          callee: 'fetch()',
          unbounded:
            'WHATWG `fetch` has no overall timeout, and undici waits up to 300 s for the headers and 300 s between body chunks',
          remedy: 'Pass `signal: AbortSignal.timeout(ms)` in its options',
        },
        suggestions: [
          {
            messageId: 'addSignal',
            data: { ms: '10_000' },
            output: `export function load(url: string, body?: string): Promise<Response> {
  let init: RequestInit = { method: 'GET' };
  if (body) init = { method: 'POST', body };
  return fetch(url, { ...init, signal: AbortSignal.timeout(10_000) });
}`,
          },
        ],
      },
    ],
  },
  {
    // A dispatcher with no timeouts of its own.
    code: `import { Agent, fetch } from 'undici';
const agent = new Agent({ connections: 10 });
export function load(url: string) {
  return fetch(url, { dispatcher: agent });
}`,
    errors: [
      {
        messageId: 'missing',
        line: 4,
        column: 10,
        data: {
          callee: 'fetch()',
          unbounded:
            'WHATWG `fetch` has no overall timeout, and undici waits up to 300 s for the headers and 300 s between body chunks',
          remedy: 'Pass `signal: AbortSignal.timeout(ms)` in its options',
        },
        suggestions: [
          {
            messageId: 'addSignal',
            data: { ms: '10_000' },
            output: `import { Agent, fetch } from 'undici';
const agent = new Agent({ connections: 10 });
export function load(url: string) {
  return fetch(url, { dispatcher: agent, signal: AbortSignal.timeout(10_000) });
}`,
          },
        ],
      },
    ],
  },
  {
    // A dispatcher that bounds only the headers.
    code: `import { Agent, fetch } from 'undici';
const agent = new Agent({ headersTimeout: 5000 });
export function load(url: string) {
  return fetch(url, { dispatcher: agent });
}`,
    errors: [
      {
        messageId: 'partial',
        line: 4,
        column: 10,
        data: {
          callee: 'fetch()',
          names: '`dispatcher` with `headersTimeout`',
          bounded: 'the wait for the response headers',
          unbounded: 'the body',
          remedy: 'Pass `signal: AbortSignal.timeout(ms)` in its options',
        },
        suggestions: [
          {
            messageId: 'addSignal',
            data: { ms: '10_000' },
            output: `import { Agent, fetch } from 'undici';
const agent = new Agent({ headersTimeout: 5000 });
export function load(url: string) {
  return fetch(url, { dispatcher: agent, signal: AbortSignal.timeout(10_000) });
}`,
          },
        ],
      },
    ],
  },
  {
    // requireDeadline: idle timeouts on the dispatcher are not a deadline.
    code: `import { Agent, fetch } from 'undici';
const agent = new Agent({ headersTimeout: 5000, bodyTimeout: 5000 });
export function load(url: string) {
  return fetch(url, { dispatcher: agent });
}`,
    options: [{ requireDeadline: true }],
    errors: [
      {
        messageId: 'idleOnly',
        line: 4,
        column: 10,
        data: {
          callee: 'fetch()',
          names: '`dispatcher` with `headersTimeout` and `bodyTimeout`',
          remedy: 'Pass `signal: AbortSignal.timeout(ms)` in its options',
        },
        suggestions: [
          {
            messageId: 'addSignal',
            data: { ms: '10_000' },
            output: `import { Agent, fetch } from 'undici';
const agent = new Agent({ headersTimeout: 5000, bodyTimeout: 5000 });
export function load(url: string) {
  return fetch(url, { dispatcher: agent, signal: AbortSignal.timeout(10_000) });
}`,
          },
        ],
      },
    ],
  },
  {
    // requireDeadline with allowLibraryDefaults: undici's defaults are idle timeouts.
    code: `export function load(url: string): Promise<Response> {
  return fetch(url);
}`,
    options: [{ requireDeadline: true, allowLibraryDefaults: true }],
    errors: [
      {
        messageId: 'idleOnly',
        line: 2,
        column: 10,
        data: {
          callee: 'fetch()',
          names: "undici's 300 s `headersTimeout` and `bodyTimeout`",
          remedy: 'Pass `signal: AbortSignal.timeout(ms)` in its options',
        },
        suggestions: [
          {
            messageId: 'addSignal',
            data: { ms: '10_000' },
            output: `export function load(url: string): Promise<Response> {
  return fetch(url, { signal: AbortSignal.timeout(10_000) });
}`,
          },
        ],
      },
    ],
  },
  {
    // undici.request() with nothing.
    code: `import { request } from 'undici';
export async function status(url: string): Promise<number> {
  const { statusCode, body } = await request(url);
  await body.dump();
  return statusCode;
}`,
    errors: [
      {
        messageId: 'missing',
        line: 3,
        column: 38,
        data: {
          callee: 'request()',
          unbounded: 'undici waits up to 300 s for the headers and 300 s between body chunks',
          remedy: 'Pass `signal: AbortSignal.timeout(ms)` in its options',
        },
        suggestions: [
          {
            messageId: 'addSignal',
            data: { ms: '10_000' },
            output: `import { request } from 'undici';
export async function status(url: string): Promise<number> {
  const { statusCode, body } = await request(url, { signal: AbortSignal.timeout(10_000) });
  await body.dump();
  return statusCode;
}`,
          },
        ],
      },
    ],
  },
  {
    // undici.request() with headersTimeout only.
    code: `import { request } from 'undici';
export async function status(url: string): Promise<number> {
  const { statusCode, body } = await request(url, { method: 'GET', headersTimeout: 5000 });
  await body.dump();
  return statusCode;
}`,
    errors: [
      {
        messageId: 'partial',
        line: 3,
        column: 38,
        data: {
          callee: 'request()',
          names: '`headersTimeout`',
          bounded: 'the wait for the response headers',
          unbounded: 'the body',
          remedy: 'Pass `signal: AbortSignal.timeout(ms)` in its options',
        },
        suggestions: [
          {
            messageId: 'addSignal',
            data: { ms: '10_000' },
            output: `import { request } from 'undici';
export async function status(url: string): Promise<number> {
  const { statusCode, body } = await request(url, { method: 'GET', headersTimeout: 5000, signal: AbortSignal.timeout(10_000) });
  await body.dump();
  return statusCode;
}`,
          },
        ],
      },
    ],
  },
  {
    // pool.request() on a Pool made without timeouts.
    code: `import { Pool } from 'undici';
const pool = new Pool('https://search.internal', { connections: 20 });
export async function search(q: string): Promise<unknown> {
  const { body } = await pool.request({ path: \`/search?q=\${encodeURIComponent(q)}\`, method: 'GET' });
  return body.json();
}`,
    errors: [
      {
        messageId: 'missing',
        line: 4,
        column: 26,
        data: {
          callee: 'pool.request()',
          unbounded: 'undici waits up to 300 s for the headers and 300 s between body chunks',
          remedy: 'Pass `signal: AbortSignal.timeout(ms)` in its options',
        },
        suggestions: [
          {
            messageId: 'addSignal',
            data: { ms: '10_000' },
            output: `import { Pool } from 'undici';
const pool = new Pool('https://search.internal', { connections: 20 });
export async function search(q: string): Promise<unknown> {
  const { body } = await pool.request({ path: \`/search?q=\${encodeURIComponent(q)}\`, method: 'GET', signal: AbortSignal.timeout(10_000) });
  return body.json();
}`,
          },
        ],
      },
    ],
  },
  {
    // A Client that bounds only the body.
    code: `import { Client } from 'undici';
const client = new Client('https://search.internal', { bodyTimeout: 30_000 });
export async function search(): Promise<unknown> {
  const { body } = await client.request({ path: '/search', method: 'GET' });
  return body.json();
}`,
    errors: [
      {
        messageId: 'partial',
        line: 4,
        column: 26,
        data: {
          callee: 'client.request()',
          names: "its dispatcher's `bodyTimeout`",
          bounded: 'the body',
          unbounded: 'the wait for the response headers',
          remedy: 'Pass `signal: AbortSignal.timeout(ms)` in its options',
        },
        suggestions: [
          {
            messageId: 'addSignal',
            data: { ms: '10_000' },
            output: `import { Client } from 'undici';
const client = new Client('https://search.internal', { bodyTimeout: 30_000 });
export async function search(): Promise<unknown> {
  const { body } = await client.request({ path: '/search', method: 'GET', signal: AbortSignal.timeout(10_000) });
  return body.json();
}`,
          },
        ],
      },
    ],
  },
  {
    // undici.stream() with nothing.
    code: `import { stream } from 'undici';
import { Writable } from 'node:stream';
export function download(url: string, sink: Writable) {
  return stream(url, { method: 'GET' }, () => sink);
}`,
    errors: [
      {
        messageId: 'missing',
        line: 4,
        column: 10,
        data: {
          callee: 'stream()',
          unbounded: 'undici waits up to 300 s for the headers and 300 s between body chunks',
          remedy: 'Pass `signal: AbortSignal.timeout(ms)` in its options',
        },
        suggestions: [
          {
            messageId: 'addSignal',
            data: { ms: '10_000' },
            output: `import { stream } from 'undici';
import { Writable } from 'node:stream';
export function download(url: string, sink: Writable) {
  return stream(url, { method: 'GET', signal: AbortSignal.timeout(10_000) }, () => sink);
}`,
          },
        ],
      },
    ],
  },
  {
    // The global dispatcher this file installs has no timeouts.
    code: `import { Agent, setGlobalDispatcher } from 'undici';
setGlobalDispatcher(new Agent({ connections: 100 }));
export function load(url: string): Promise<Response> {
  return fetch(url);
}`,
    errors: [
      {
        messageId: 'missing',
        line: 4,
        column: 10,
        data: {
          callee: 'fetch()',
          unbounded:
            'WHATWG `fetch` has no overall timeout, and undici waits up to 300 s for the headers and 300 s between body chunks',
          remedy: 'Pass `signal: AbortSignal.timeout(ms)` in its options',
        },
        suggestions: [
          {
            messageId: 'addSignal',
            data: { ms: '10_000' },
            output: `import { Agent, setGlobalDispatcher } from 'undici';
setGlobalDispatcher(new Agent({ connections: 100 }));
export function load(url: string): Promise<Response> {
  return fetch(url, { signal: AbortSignal.timeout(10_000) });
}`,
          },
        ],
      },
    ],
  },
  {
    // axios.get() with no config.
    code: `import axios from 'axios';
export async function getUser(id: string): Promise<unknown> {
  const { data } = await axios.get(\`/users/\${id}\`);
  return data;
}`,
    errors: [
      {
        messageId: 'missing',
        line: 3,
        column: 26,
        data: {
          callee: 'axios.get()',
          unbounded: "axios's `timeout` defaults to 0, which is none",
          remedy: 'Set `timeout: ms` or pass a `signal`',
        },
        suggestions: [
          {
            messageId: 'addOption',
            data: { option: 'timeout: 10_000' },
            output: `import axios from 'axios';
export async function getUser(id: string): Promise<unknown> {
  const { data } = await axios.get(\`/users/\${id}\`, { timeout: 10_000 });
  return data;
}`,
          },
        ],
      },
    ],
  },
  {
    // axios.post() with data: the config goes third.
    code: `import axios from 'axios';
export function create(user: { name: string }) {
  return axios.post('/users', user);
}`,
    errors: [
      {
        messageId: 'missing',
        line: 3,
        column: 10,
        data: {
          callee: 'axios.post()',
          unbounded: "axios's `timeout` defaults to 0, which is none",
          remedy: 'Set `timeout: ms` or pass a `signal`',
        },
        suggestions: [
          {
            messageId: 'addOption',
            data: { option: 'timeout: 10_000' },
            output: `import axios from 'axios';
export function create(user: { name: string }) {
  return axios.post('/users', user, { timeout: 10_000 });
}`,
          },
        ],
      },
    ],
  },
  {
    // axios.post() with no data: undefined fills the gap.
    code: `import axios from 'axios';
export function touch() {
  return axios.post('/touch');
}`,
    errors: [
      {
        messageId: 'missing',
        line: 3,
        column: 10,
        data: {
          callee: 'axios.post()',
          unbounded: "axios's `timeout` defaults to 0, which is none",
          remedy: 'Set `timeout: ms` or pass a `signal`',
        },
        suggestions: [
          {
            messageId: 'addOption',
            data: { option: 'timeout: 10_000' },
            output: `import axios from 'axios';
export function touch() {
  return axios.post('/touch', undefined, { timeout: 10_000 });
}`,
          },
        ],
      },
    ],
  },
  {
    // axios(config) without a timeout.
    code: `import axios from 'axios';
export function remove(id: string) {
  return axios({ url: \`/users/\${id}\`, method: 'DELETE' });
}`,
    errors: [
      {
        messageId: 'missing',
        line: 3,
        column: 10,
        data: {
          callee: 'axios()',
          unbounded: "axios's `timeout` defaults to 0, which is none",
          remedy: 'Set `timeout: ms` or pass a `signal`',
        },
        suggestions: [
          {
            messageId: 'addOption',
            data: { option: 'timeout: 10_000' },
            output: `import axios from 'axios';
export function remove(id: string) {
  return axios({ url: \`/users/\${id}\`, method: 'DELETE', timeout: 10_000 });
}`,
          },
        ],
      },
    ],
  },
  {
    // axios(url): the config goes second.
    code: `import axios from 'axios';
export function users() {
  return axios('/users');
}`,
    errors: [
      {
        messageId: 'missing',
        line: 3,
        column: 10,
        data: {
          callee: 'axios()',
          unbounded: "axios's `timeout` defaults to 0, which is none",
          remedy: 'Set `timeout: ms` or pass a `signal`',
        },
        suggestions: [
          {
            messageId: 'addOption',
            data: { option: 'timeout: 10_000' },
            output: `import axios from 'axios';
export function users() {
  return axios('/users', { timeout: 10_000 });
}`,
          },
        ],
      },
    ],
  },
  {
    // timeout: 0 is axios's none.
    code: `import axios from 'axios';
export function users() {
  return axios.get('/users', { timeout: 0 });
}`,
    errors: [
      {
        messageId: 'missing',
        line: 3,
        column: 10,
        data: {
          callee: 'axios.get()',
          unbounded: "axios's `timeout` defaults to 0, which is none",
          remedy: 'Set `timeout: ms` or pass a `signal`',
        },
        suggestions: [
          {
            messageId: 'addOption',
            data: { option: 'timeout: 10_000' },
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
    // An instance from axios.create() without a timeout.
    code: `import axios from 'axios';
const api = axios.create({ baseURL: 'https://api.internal' });
export async function users(): Promise<unknown> {
  const { data } = await api.get('/users');
  return data;
}`,
    errors: [
      {
        messageId: 'missing',
        line: 4,
        column: 26,
        data: {
          callee: 'api.get()',
          unbounded: "axios's `timeout` defaults to 0, which is none",
          remedy: 'Set `timeout: ms` or pass a `signal`',
        },
        suggestions: [
          {
            messageId: 'addOption',
            data: { option: 'timeout: 10_000' },
            output: `import axios from 'axios';
const api = axios.create({ baseURL: 'https://api.internal' });
export async function users(): Promise<unknown> {
  const { data } = await api.get('/users', { timeout: 10_000 });
  return data;
}`,
          },
        ],
      },
    ],
  },
  {
    // Calling the instance itself.
    code: `import axios from 'axios';
const api = axios.create({ baseURL: 'https://api.internal', headers: { accept: 'application/json' } });
export function remove(id: string) {
  return api({ url: \`/users/\${id}\`, method: 'DELETE' });
}`,
    errors: [
      {
        messageId: 'missing',
        line: 4,
        column: 10,
        data: {
          callee: 'api()',
          unbounded: "axios's `timeout` defaults to 0, which is none",
          remedy: 'Set `timeout: ms` or pass a `signal`',
        },
        suggestions: [
          {
            messageId: 'addOption',
            data: { option: 'timeout: 10_000' },
            output: `import axios from 'axios';
const api = axios.create({ baseURL: 'https://api.internal', headers: { accept: 'application/json' } });
export function remove(id: string) {
  return api({ url: \`/users/\${id}\`, method: 'DELETE', timeout: 10_000 });
}`,
          },
        ],
      },
    ],
  },
  {
    // axios.request() with a config and no timeout.
    code: `import axios from 'axios';
export function users() {
  return axios.request({ url: '/users', method: 'GET' });
}`,
    errors: [
      {
        messageId: 'missing',
        line: 3,
        column: 10,
        data: {
          callee: 'axios.request()',
          unbounded: "axios's `timeout` defaults to 0, which is none",
          remedy: 'Set `timeout: ms` or pass a `signal`',
        },
        suggestions: [
          {
            messageId: 'addOption',
            data: { option: 'timeout: 10_000' },
            output: `import axios from 'axios';
export function users() {
  return axios.request({ url: '/users', method: 'GET', timeout: 10_000 });
}`,
          },
        ],
      },
    ],
  },
  {
    // axios.defaults.timeout = 0 in this file is still none.
    code: `import axios from 'axios';
axios.defaults.timeout = 0;
export function users() {
  return axios.get('/users');
}`,
    errors: [
      {
        messageId: 'missing',
        line: 4,
        column: 10,
        data: {
          callee: 'axios.get()',
          unbounded: "axios's `timeout` defaults to 0, which is none",
          remedy: 'Set `timeout: ms` or pass a `signal`',
        },
        suggestions: [
          {
            messageId: 'addOption',
            data: { option: 'timeout: 10_000' },
            output: `import axios from 'axios';
axios.defaults.timeout = 0;
export function users() {
  return axios.get('/users', { timeout: 10_000 });
}`,
          },
        ],
      },
    ],
  },
  {
    // An axios instance whose agent carries no timeout.
    code: `import axios from 'axios';
import https from 'node:https';
const api = axios.create({ baseURL: 'https://api.internal', httpsAgent: new https.Agent({ keepAlive: true }) });
export function users() {
  return api.get('/users');
}`,
    errors: [
      {
        messageId: 'missing',
        line: 5,
        column: 10,
        data: {
          callee: 'api.get()',
          unbounded: "axios's `timeout` defaults to 0, which is none",
          remedy: 'Set `timeout: ms` or pass a `signal`',
        },
        suggestions: [
          {
            messageId: 'addOption',
            data: { option: 'timeout: 10_000' },
            output: `import axios from 'axios';
import https from 'node:https';
const api = axios.create({ baseURL: 'https://api.internal', httpsAgent: new https.Agent({ keepAlive: true }) });
export function users() {
  return api.get('/users', { timeout: 10_000 });
}`,
          },
        ],
      },
    ],
  },
  {
    // got() with no options.
    code: `import got from 'got';
export function users() {
  return got('https://api.internal/users').json();
}`,
    errors: [
      {
        messageId: 'missing',
        line: 3,
        column: 10,
        data: {
          callee: 'got()',
          unbounded: 'got has no timeout by default',
          remedy: 'Set `timeout: { request: ms }` or pass a `signal`',
        },
        suggestions: [
          {
            messageId: 'addOption',
            data: { option: 'timeout: { request: 10_000 }' },
            output: `import got from 'got';
export function users() {
  return got('https://api.internal/users', { timeout: { request: 10_000 } }).json();
}`,
          },
        ],
      },
    ],
  },
  {
    // got.post() with options but no timeout.
    code: `import got from 'got';
export function create(user: { name: string }) {
  return got.post('https://api.internal/users', { json: user }).json();
}`,
    errors: [
      {
        messageId: 'missing',
        line: 3,
        column: 10,
        data: {
          callee: 'got.post()',
          unbounded: 'got has no timeout by default',
          remedy: 'Set `timeout: { request: ms }` or pass a `signal`',
        },
        suggestions: [
          {
            messageId: 'addOption',
            data: { option: 'timeout: { request: 10_000 }' },
            output: `import got from 'got';
export function create(user: { name: string }) {
  return got.post('https://api.internal/users', { json: user, timeout: { request: 10_000 } }).json();
}`,
          },
        ],
      },
    ],
  },
  {
    // got with a connect timeout only.
    code: `import got from 'got';
export function users() {
  return got.get('https://api.internal/users', { timeout: { connect: 1000 } }).json();
}`,
    errors: [
      {
        messageId: 'missing',
        line: 3,
        column: 10,
        data: {
          callee: 'got.get()',
          unbounded: 'got has no timeout by default',
          remedy: 'Set `timeout: { request: ms }` or pass a `signal`',
        },
        suggestions: [
          {
            messageId: 'addOption',
            data: { option: 'timeout: { request: 10_000 }' },
            output: `import got from 'got';
export function users() {
  return got.get('https://api.internal/users', { timeout: { connect: 1000, request: 10_000 } }).json();
}`,
          },
        ],
      },
    ],
  },
  {
    // got with a response timeout only: the body is unbounded.
    code: `import got from 'got';
export function users() {
  return got.get('https://api.internal/users', { timeout: { response: 5000 } }).json();
}`,
    errors: [
      {
        messageId: 'partial',
        line: 3,
        column: 10,
        data: {
          callee: 'got.get()',
          names: '`timeout.response`',
          bounded: 'the wait for the response headers',
          unbounded: 'the body',
          remedy: 'Set `timeout: { request: ms }` or pass a `signal`',
        },
        suggestions: [
          {
            messageId: 'addOption',
            data: { option: 'timeout: { request: 10_000 }' },
            output: `import got from 'got';
export function users() {
  return got.get('https://api.internal/users', { timeout: { response: 5000, request: 10_000 } }).json();
}`,
          },
        ],
      },
    ],
  },
  {
    // An instance from got.extend() without a timeout.
    code: `import got from 'got';
const client = got.extend({ prefixUrl: 'https://api.internal' });
export function users() {
  return client.get('users').json();
}`,
    errors: [
      {
        messageId: 'missing',
        line: 4,
        column: 10,
        data: {
          callee: 'client.get()',
          unbounded: 'got has no timeout by default',
          remedy: 'Set `timeout: { request: ms }` or pass a `signal`',
        },
        suggestions: [
          {
            messageId: 'addOption',
            data: { option: 'timeout: { request: 10_000 }' },
            output: `import got from 'got';
const client = got.extend({ prefixUrl: 'https://api.internal' });
export function users() {
  return client.get('users', { timeout: { request: 10_000 } }).json();
}`,
          },
        ],
      },
    ],
  },
  {
    // got options in a variable with a partial timeout: the suggestion adds a signal.
    code: `import got from 'got';
const options = { timeout: { connect: 500 } };
export function users() {
  return got('https://api.internal/users', options).json();
}`,
    errors: [
      {
        messageId: 'missing',
        line: 4,
        column: 10,
        data: {
          callee: 'got()',
          unbounded: 'got has no timeout by default',
          remedy: 'Set `timeout: { request: ms }` or pass a `signal`',
        },
        suggestions: [
          {
            messageId: 'addSignal',
            data: { ms: '10_000' },
            output: `import got from 'got';
const options = { timeout: { connect: 500 } };
export function users() {
  return got('https://api.internal/users', { ...options, signal: AbortSignal.timeout(10_000) }).json();
}`,
          },
        ],
      },
    ],
  },
  {
    // got with agents that carry no timeout.
    code: `import got from 'got';
import https from 'node:https';
const agent = { https: new https.Agent({ keepAlive: true }) };
export function users() {
  return got('https://api.internal/users', { agent }).json();
}`,
    errors: [
      {
        messageId: 'missing',
        line: 5,
        column: 10,
        data: {
          callee: 'got()',
          unbounded: 'got has no timeout by default',
          remedy: 'Set `timeout: { request: ms }` or pass a `signal`',
        },
        suggestions: [
          {
            messageId: 'addOption',
            data: { option: 'timeout: { request: 10_000 }' },
            output: `import got from 'got';
import https from 'node:https';
const agent = { https: new https.Agent({ keepAlive: true }) };
export function users() {
  return got('https://api.internal/users', { agent, timeout: { request: 10_000 } }).json();
}`,
          },
        ],
      },
    ],
  },
  {
    // ky with timeout: false.
    code: `import ky from 'ky';
export function report() {
  return ky.post('https://api.internal/reports', { json: {}, timeout: false }).json();
}`,
    errors: [
      {
        messageId: 'disabled',
        line: 3,
        column: 10,
        data: {
          callee: 'ky.post()',
          unbounded: "`timeout: false` turns off ky's 10 s timeout",
          remedy: 'Set `timeout: ms` or pass a `signal`',
        },
        suggestions: [
          {
            messageId: 'addOption',
            data: { option: 'timeout: 10_000' },
            output: `import ky from 'ky';
export function report() {
  return ky.post('https://api.internal/reports', { json: {}, timeout: 10_000 }).json();
}`,
          },
        ],
      },
    ],
  },
  {
    // A ky instance with timeout: false.
    code: `import ky from 'ky';
const api = ky.create({ prefixUrl: 'https://api.internal', timeout: false });
export function users() {
  return api.get('users').json();
}`,
    errors: [
      {
        messageId: 'disabled',
        line: 4,
        column: 10,
        data: {
          callee: 'api.get()',
          unbounded: "`timeout: false` turns off ky's 10 s timeout",
          remedy: 'Set `timeout: ms` or pass a `signal`',
        },
        suggestions: [
          {
            messageId: 'addOption',
            data: { option: 'timeout: 10_000' },
            output: `import ky from 'ky';
const api = ky.create({ prefixUrl: 'https://api.internal', timeout: false });
export function users() {
  return api.get('users', { timeout: 10_000 }).json();
}`,
          },
        ],
      },
    ],
  },
  {
    // http.get(url, callback): the options go before the callback.
    code: `import http from 'node:http';
export function ping(url: string): void {
  http.get(url, (res) => res.resume());
}`,
    errors: [
      {
        messageId: 'missing',
        line: 3,
        column: 3,
        data: {
          callee: 'http.get()',
          unbounded: '`node:http` requests have no timeout',
          remedy: 'Pass `signal: AbortSignal.timeout(ms)` in its options',
        },
        suggestions: [
          {
            messageId: 'addSignal',
            data: { ms: '10_000' },
            output: `import http from 'node:http';
export function ping(url: string): void {
  http.get(url, { signal: AbortSignal.timeout(10_000) }, (res) => res.resume());
}`,
          },
        ],
      },
    ],
  },
  {
    // https.request(options, callback) without a signal.
    code: `import https from 'node:https';
export function post(body: string): void {
  const req = https.request({ host: 'api.internal', path: '/events', method: 'POST' }, (res) => res.resume());
  req.end(body);
}`,
    errors: [
      {
        messageId: 'missing',
        line: 3,
        column: 15,
        data: {
          callee: 'https.request()',
          unbounded: '`node:http` requests have no timeout',
          remedy: 'Pass `signal: AbortSignal.timeout(ms)` in its options',
        },
        suggestions: [
          {
            messageId: 'addSignal',
            data: { ms: '10_000' },
            output: `import https from 'node:https';
export function post(body: string): void {
  const req = https.request({ host: 'api.internal', path: '/events', method: 'POST', signal: AbortSignal.timeout(10_000) }, (res) => res.resume());
  req.end(body);
}`,
          },
        ],
      },
    ],
  },
  {
    // http.request(url, options, callback).
    code: `import http from 'node:http';
export function post(url: string, body: string): void {
  const req = http.request(url, { method: 'POST' }, (res) => res.resume());
  req.end(body);
}`,
    errors: [
      {
        messageId: 'missing',
        line: 3,
        column: 15,
        data: {
          callee: 'http.request()',
          unbounded: '`node:http` requests have no timeout',
          remedy: 'Pass `signal: AbortSignal.timeout(ms)` in its options',
        },
        suggestions: [
          {
            messageId: 'addSignal',
            data: { ms: '10_000' },
            output: `import http from 'node:http';
export function post(url: string, body: string): void {
  const req = http.request(url, { method: 'POST', signal: AbortSignal.timeout(10_000) }, (res) => res.resume());
  req.end(body);
}`,
          },
        ],
      },
    ],
  },
  {
    // An http.Agent carries no timeout that aborts.
    code: `import http from 'node:http';
const agent = new http.Agent({ keepAlive: true, timeout: 5000 });
export function ping(url: string): void {
  http.get(url, { agent }, (res) => res.resume());
}`,
    errors: [
      {
        messageId: 'missing',
        line: 4,
        column: 3,
        data: {
          callee: 'http.get()',
          unbounded: '`node:http` requests have no timeout',
          remedy: 'Pass `signal: AbortSignal.timeout(ms)` in its options',
        },
        suggestions: [
          {
            messageId: 'addSignal',
            data: { ms: '10_000' },
            output: `import http from 'node:http';
const agent = new http.Agent({ keepAlive: true, timeout: 5000 });
export function ping(url: string): void {
  http.get(url, { agent, signal: AbortSignal.timeout(10_000) }, (res) => res.resume());
}`,
          },
        ],
      },
    ],
  },
  {
    // requireDeadline: a timeout listener bounds inactivity, not the whole request.
    code: `import http from 'node:http';
export function ping(url: string): void {
  const req = http.get(url, { timeout: 5000 }, (res) => res.resume());
  req.on('timeout', () => req.destroy());
}`,
    options: [{ requireDeadline: true }],
    errors: [
      {
        messageId: 'idleOnly',
        line: 3,
        column: 15,
        data: {
          callee: 'http.get()',
          names: '`timeout`',
          remedy: 'Pass `signal: AbortSignal.timeout(ms)` in its options',
        },
        suggestions: [
          {
            messageId: 'addSignal',
            data: { ms: '10_000' },
            output: `import http from 'node:http';
export function ping(url: string): void {
  const req = http.get(url, { timeout: 5000, signal: AbortSignal.timeout(10_000) }, (res) => res.resume());
  req.on('timeout', () => req.destroy());
}`,
          },
        ],
      },
    ],
  },
  {
    // fetch passed as a value (type information).
    code: `export function load(f: typeof fetch, url: string) {
  return f(url);
}`,
    errors: [
      {
        messageId: 'missing',
        line: 2,
        column: 10,
        data: {
          callee: 'f()',
          unbounded:
            'WHATWG `fetch` has no overall timeout, and undici waits up to 300 s for the headers and 300 s between body chunks',
          remedy: 'Pass `signal: AbortSignal.timeout(ms)` in its options',
        },
        suggestions: [
          {
            messageId: 'addSignal',
            data: { ms: '10_000' },
            output: `export function load(f: typeof fetch, url: string) {
  return f(url, { signal: AbortSignal.timeout(10_000) });
}`,
          },
        ],
      },
    ],
  },
  {
    // A wrapper named in wrappers.
    code: `declare function apiFetch(path: string, init?: RequestInit): Promise<Response>;
export function users() {
  return apiFetch('/users');
}`,
    options: [{ wrappers: ['apiFetch'] }],
    errors: [
      {
        messageId: 'missing',
        line: 3,
        column: 10,
        data: {
          callee: 'apiFetch()',
          unbounded: 'its options carry no `signal`',
          remedy: 'Pass `signal: AbortSignal.timeout(ms)` in its options',
        },
        suggestions: [
          {
            messageId: 'addSignal',
            data: { ms: '10_000' },
            output: `declare function apiFetch(path: string, init?: RequestInit): Promise<Response>;
export function users() {
  return apiFetch('/users', { signal: AbortSignal.timeout(10_000) });
}`,
          },
        ],
      },
    ],
  },
  {
    // A wrapper with its options third.
    code: `declare function callApi(method: string, path: string, options?: { signal?: AbortSignal }): Promise<unknown>;
export function users() {
  return callApi('GET', '/users');
}`,
    options: [{ wrappers: [{ name: 'callApi', from: 'file', optionsArgument: 2 }] }],
    errors: [
      {
        messageId: 'missing',
        line: 3,
        column: 10,
        data: {
          callee: 'callApi()',
          unbounded: 'its options carry no `signal`',
          remedy: 'Pass `signal: AbortSignal.timeout(ms)` in its options',
        },
        suggestions: [
          {
            messageId: 'addSignal',
            data: { ms: '10_000' },
            output: `declare function callApi(method: string, path: string, options?: { signal?: AbortSignal }): Promise<unknown>;
export function users() {
  return callApi('GET', '/users', { signal: AbortSignal.timeout(10_000) });
}`,
          },
        ],
      },
    ],
  },
  {
    // node-fetch without a signal.
    code: `import fetch from 'node-fetch';
export async function load(url: string): Promise<unknown> {
  const res = await fetch(url);
  return res.json();
}`,
    errors: [
      {
        messageId: 'missing',
        line: 3,
        column: 21,
        data: {
          callee: 'fetch()',
          unbounded: 'node-fetch has no timeout by default',
          remedy: 'Pass `signal: AbortSignal.timeout(ms)` in its options',
        },
        suggestions: [
          {
            messageId: 'addSignal',
            data: { ms: '10_000' },
            output: `import fetch from 'node-fetch';
export async function load(url: string): Promise<unknown> {
  const res = await fetch(url, { signal: AbortSignal.timeout(10_000) });
  return res.json();
}`,
          },
        ],
      },
    ],
  },
  {
    // undici's fetch under another name.
    code: `import { fetch as undiciFetch } from 'undici';
export function load(url: string) {
  return undiciFetch(url, { method: 'GET' });
}`,
    errors: [
      {
        messageId: 'missing',
        line: 3,
        column: 10,
        data: {
          callee: 'undiciFetch()',
          unbounded:
            'WHATWG `fetch` has no overall timeout, and undici waits up to 300 s for the headers and 300 s between body chunks',
          remedy: 'Pass `signal: AbortSignal.timeout(ms)` in its options',
        },
        suggestions: [
          {
            messageId: 'addSignal',
            data: { ms: '10_000' },
            output: `import { fetch as undiciFetch } from 'undici';
export function load(url: string) {
  return undiciFetch(url, { method: 'GET', signal: AbortSignal.timeout(10_000) });
}`,
          },
        ],
      },
    ],
  },
  {
    // globalThis.fetch.
    code: `export function load(url: string): Promise<Response> {
  return globalThis.fetch(url);
}`,
    errors: [
      {
        messageId: 'missing',
        line: 2,
        column: 10,
        data: {
          callee: 'globalThis.fetch()',
          unbounded:
            'WHATWG `fetch` has no overall timeout, and undici waits up to 300 s for the headers and 300 s between body chunks',
          remedy: 'Pass `signal: AbortSignal.timeout(ms)` in its options',
        },
        suggestions: [
          {
            messageId: 'addSignal',
            data: { ms: '10_000' },
            output: `export function load(url: string): Promise<Response> {
  return globalThis.fetch(url, { signal: AbortSignal.timeout(10_000) });
}`,
          },
        ],
      },
    ],
  },
  {
    // timeoutMs sets the suggestion's value.
    code: `export function load(url: string): Promise<Response> {
  return fetch(url);
}`,
    options: [{ timeoutMs: 2500 }],
    errors: [
      {
        messageId: 'missing',
        line: 2,
        column: 10,
        data: {
          callee: 'fetch()',
          unbounded:
            'WHATWG `fetch` has no overall timeout, and undici waits up to 300 s for the headers and 300 s between body chunks',
          remedy: 'Pass `signal: AbortSignal.timeout(ms)` in its options',
        },
        suggestions: [
          {
            messageId: 'addSignal',
            data: { ms: '2500' },
            output: `export function load(url: string): Promise<Response> {
  return fetch(url, { signal: AbortSignal.timeout(2500) });
}`,
          },
        ],
      },
    ],
  },
  {
    // A promise chain.
    code: `export function status(url: string): Promise<number> {
  return fetch(url).then((res) => res.status);
}`,
    errors: [
      {
        messageId: 'missing',
        line: 2,
        column: 10,
        data: {
          callee: 'fetch()',
          unbounded:
            'WHATWG `fetch` has no overall timeout, and undici waits up to 300 s for the headers and 300 s between body chunks',
          remedy: 'Pass `signal: AbortSignal.timeout(ms)` in its options',
        },
        suggestions: [
          {
            messageId: 'addSignal',
            data: { ms: '10_000' },
            output: `export function status(url: string): Promise<number> {
  return fetch(url, { signal: AbortSignal.timeout(10_000) }).then((res) => res.status);
}`,
          },
        ],
      },
    ],
  },
  {
    // Several requests in one function: each one is reported.
    code: `import axios from 'axios';
export async function sync(id: string): Promise<void> {
  const { data } = await axios.get(\`/users/\${id}\`);
  await fetch('https://audit.internal/events', { method: 'POST', body: JSON.stringify(data) });
}`,
    errors: [
      {
        messageId: 'missing',
        line: 3,
        column: 26,
        data: {
          callee: 'axios.get()',
          unbounded: "axios's `timeout` defaults to 0, which is none",
          remedy: 'Set `timeout: ms` or pass a `signal`',
        },
        suggestions: [
          {
            messageId: 'addOption',
            data: { option: 'timeout: 10_000' },
            output: `import axios from 'axios';
export async function sync(id: string): Promise<void> {
  const { data } = await axios.get(\`/users/\${id}\`, { timeout: 10_000 });
  await fetch('https://audit.internal/events', { method: 'POST', body: JSON.stringify(data) });
}`,
          },
        ],
      },
      {
        messageId: 'missing',
        line: 4,
        column: 9,
        data: {
          callee: 'fetch()',
          unbounded:
            'WHATWG `fetch` has no overall timeout, and undici waits up to 300 s for the headers and 300 s between body chunks',
          remedy: 'Pass `signal: AbortSignal.timeout(ms)` in its options',
        },
        suggestions: [
          {
            messageId: 'addSignal',
            data: { ms: '10_000' },
            output: `import axios from 'axios';
export async function sync(id: string): Promise<void> {
  const { data } = await axios.get(\`/users/\${id}\`);
  await fetch('https://audit.internal/events', { method: 'POST', body: JSON.stringify(data), signal: AbortSignal.timeout(10_000) });
}`,
          },
        ],
      },
    ],
  },
];

export const invalidWithoutTypes: InvalidTestCase<MessageId, Options>[] = [
  {
    // fetch() with nothing.
    code: `export async function load(url) {
  const res = await fetch(url);
  return res.json();
}`,
    errors: [
      {
        messageId: 'missing',
        line: 2,
        column: 21,
        data: {
          callee: 'fetch()',
          unbounded:
            'WHATWG `fetch` has no overall timeout, and undici waits up to 300 s for the headers and 300 s between body chunks',
          remedy: 'Pass `signal: AbortSignal.timeout(ms)` in its options',
        },
        suggestions: [
          {
            messageId: 'addSignal',
            data: { ms: '10_000' },
            output: `export async function load(url) {
  const res = await fetch(url, { signal: AbortSignal.timeout(10_000) });
  return res.json();
}`,
          },
        ],
      },
    ],
  },
  {
    // axios.get() with nothing.
    code: `import axios from 'axios';
export function users() {
  return axios.get('/users');
}`,
    errors: [
      {
        messageId: 'missing',
        line: 3,
        column: 10,
        data: {
          callee: 'axios.get()',
          unbounded: "axios's `timeout` defaults to 0, which is none",
          remedy: 'Set `timeout: ms` or pass a `signal`',
        },
        suggestions: [
          {
            messageId: 'addOption',
            data: { option: 'timeout: 10_000' },
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
    // got(url): a parameter named like a URL is one.
    code: `import got from 'got';
export function users(url) {
  return got(url).json();
}`,
    errors: [
      {
        messageId: 'missing',
        line: 3,
        column: 10,
        data: {
          callee: 'got()',
          unbounded: 'got has no timeout by default',
          remedy: 'Set `timeout: { request: ms }` or pass a `signal`',
        },
        suggestions: [
          {
            messageId: 'addOption',
            data: { option: 'timeout: { request: 10_000 }' },
            output: `import got from 'got';
export function users(url) {
  return got(url, { timeout: { request: 10_000 } }).json();
}`,
          },
        ],
      },
    ],
  },
  {
    // got() with a template literal.
    code: `import got from 'got';
export function user(id) {
  return got(\`https://api.internal/users/\${id}\`).json();
}`,
    errors: [
      {
        messageId: 'missing',
        line: 3,
        column: 10,
        data: {
          callee: 'got()',
          unbounded: 'got has no timeout by default',
          remedy: 'Set `timeout: { request: ms }` or pass a `signal`',
        },
        suggestions: [
          {
            messageId: 'addOption',
            data: { option: 'timeout: { request: 10_000 }' },
            output: `import got from 'got';
export function user(id) {
  return got(\`https://api.internal/users/\${id}\`, { timeout: { request: 10_000 } }).json();
}`,
          },
        ],
      },
    ],
  },
  {
    // http.get(url, callback).
    code: `import http from 'node:http';
export function ping(url) {
  http.get(url, (res) => res.resume());
}`,
    errors: [
      {
        messageId: 'missing',
        line: 3,
        column: 3,
        data: {
          callee: 'http.get()',
          unbounded: '`node:http` requests have no timeout',
          remedy: 'Pass `signal: AbortSignal.timeout(ms)` in its options',
        },
        suggestions: [
          {
            messageId: 'addSignal',
            data: { ms: '10_000' },
            output: `import http from 'node:http';
export function ping(url) {
  http.get(url, { signal: AbortSignal.timeout(10_000) }, (res) => res.resume());
}`,
          },
        ],
      },
    ],
  },
  {
    // https.get() with a concatenated URL.
    code: `import https from 'node:https';
export function ping(base) {
  https.get(base + '/health', (res) => res.resume());
}`,
    errors: [
      {
        messageId: 'missing',
        line: 3,
        column: 3,
        data: {
          callee: 'https.get()',
          unbounded: '`node:http` requests have no timeout',
          remedy: 'Pass `signal: AbortSignal.timeout(ms)` in its options',
        },
        suggestions: [
          {
            messageId: 'addSignal',
            data: { ms: '10_000' },
            output: `import https from 'node:https';
export function ping(base) {
  https.get(base + '/health', { signal: AbortSignal.timeout(10_000) }, (res) => res.resume());
}`,
          },
        ],
      },
    ],
  },
  {
    // An instance from axios.create() without a timeout.
    code: `import axios from 'axios';
const api = axios.create({ baseURL: 'https://api.internal' });
export function users() {
  return api.get('/users');
}`,
    errors: [
      {
        messageId: 'missing',
        line: 4,
        column: 10,
        data: {
          callee: 'api.get()',
          unbounded: "axios's `timeout` defaults to 0, which is none",
          remedy: 'Set `timeout: ms` or pass a `signal`',
        },
        suggestions: [
          {
            messageId: 'addOption',
            data: { option: 'timeout: 10_000' },
            output: `import axios from 'axios';
const api = axios.create({ baseURL: 'https://api.internal' });
export function users() {
  return api.get('/users', { timeout: 10_000 });
}`,
          },
        ],
      },
    ],
  },
  {
    // An instance from got.extend() without a timeout.
    code: `import got from 'got';
const client = got.extend({ prefixUrl: 'https://api.internal' });
export function users() {
  return client('users').json();
}`,
    errors: [
      {
        messageId: 'missing',
        line: 4,
        column: 10,
        data: {
          callee: 'client()',
          unbounded: 'got has no timeout by default',
          remedy: 'Set `timeout: { request: ms }` or pass a `signal`',
        },
        suggestions: [
          {
            messageId: 'addOption',
            data: { option: 'timeout: { request: 10_000 }' },
            output: `import got from 'got';
const client = got.extend({ prefixUrl: 'https://api.internal' });
export function users() {
  return client('users', { timeout: { request: 10_000 } }).json();
}`,
          },
        ],
      },
    ],
  },
  {
    // ky with timeout: false.
    code: `import ky from 'ky';
export function users() {
  return ky.get('https://api.internal/users', { timeout: false }).json();
}`,
    errors: [
      {
        messageId: 'disabled',
        line: 3,
        column: 10,
        data: {
          callee: 'ky.get()',
          unbounded: "`timeout: false` turns off ky's 10 s timeout",
          remedy: 'Set `timeout: ms` or pass a `signal`',
        },
        suggestions: [
          {
            messageId: 'addOption',
            data: { option: 'timeout: 10_000' },
            output: `import ky from 'ky';
export function users() {
  return ky.get('https://api.internal/users', { timeout: 10_000 }).json();
}`,
          },
        ],
      },
    ],
  },
  {
    // A Pool made without timeouts.
    code: `import { Pool } from 'undici';
const pool = new Pool('https://search.internal');
export function search() {
  return pool.request({ path: '/search', method: 'GET' });
}`,
    errors: [
      {
        messageId: 'missing',
        line: 4,
        column: 10,
        data: {
          callee: 'pool.request()',
          unbounded: 'undici waits up to 300 s for the headers and 300 s between body chunks',
          remedy: 'Pass `signal: AbortSignal.timeout(ms)` in its options',
        },
        suggestions: [
          {
            messageId: 'addSignal',
            data: { ms: '10_000' },
            output: `import { Pool } from 'undici';
const pool = new Pool('https://search.internal');
export function search() {
  return pool.request({ path: '/search', method: 'GET', signal: AbortSignal.timeout(10_000) });
}`,
          },
        ],
      },
    ],
  },
  {
    // CommonJS require().
    code: `const axios = require('axios');
async function users() {
  const { data } = await axios.get('/users');
  return data;
}
module.exports = { users };`,
    errors: [
      {
        messageId: 'missing',
        line: 3,
        column: 26,
        data: {
          callee: 'axios.get()',
          unbounded: "axios's `timeout` defaults to 0, which is none",
          remedy: 'Set `timeout: ms` or pass a `signal`',
        },
        suggestions: [
          {
            messageId: 'addOption',
            data: { option: 'timeout: 10_000' },
            output: `const axios = require('axios');
async function users() {
  const { data } = await axios.get('/users', { timeout: 10_000 });
  return data;
}
module.exports = { users };`,
          },
        ],
      },
    ],
  },
  {
    // undici.request() with nothing.
    code: `const { request } = require('undici');
async function status(url) {
  const { statusCode, body } = await request(url);
  await body.dump();
  return statusCode;
}
module.exports = { status };`,
    errors: [
      {
        messageId: 'missing',
        line: 3,
        column: 38,
        data: {
          callee: 'request()',
          unbounded: 'undici waits up to 300 s for the headers and 300 s between body chunks',
          remedy: 'Pass `signal: AbortSignal.timeout(ms)` in its options',
        },
        suggestions: [
          {
            messageId: 'addSignal',
            data: { ms: '10_000' },
            output: `const { request } = require('undici');
async function status(url) {
  const { statusCode, body } = await request(url, { signal: AbortSignal.timeout(10_000) });
  await body.dump();
  return statusCode;
}
module.exports = { status };`,
          },
        ],
      },
    ],
  },
  {
    // Without types, a const options object is the options (the Node.js docs' shape).
    code: `const https = require('node:https');
function post(body) {
  const options = { hostname: 'api.internal', path: '/events', method: 'POST' };
  const req = https.request(options, (res) => res.resume());
  req.end(body);
}
module.exports = { post };`,
    errors: [
      {
        messageId: 'missing',
        line: 4,
        column: 15,
        data: {
          callee: 'https.request()',
          unbounded: '`node:http` requests have no timeout',
          remedy: 'Pass `signal: AbortSignal.timeout(ms)` in its options',
        },
        suggestions: [
          {
            messageId: 'addSignal',
            data: { ms: '10_000' },
            output: `const https = require('node:https');
function post(body) {
  const options = { hostname: 'api.internal', path: '/events', method: 'POST' };
  const req = https.request({ ...options, signal: AbortSignal.timeout(10_000) }, (res) => res.resume());
  req.end(body);
}
module.exports = { post };`,
          },
        ],
      },
    ],
  },
];

export const axiosDefaultsInvalid: InvalidTestCase<MessageId, Options>[] = [
  {
    // Other clients are not covered by axios's defaults.
    code: `export function load(url: string): Promise<Response> {
  return fetch(url);
}`,
    errors: [
      {
        messageId: 'missing',
        line: 2,
        column: 10,
        suggestions: [
          {
            messageId: 'addSignal',
            data: { ms: '10_000' },
            output: `export function load(url: string): Promise<Response> {
  return fetch(url, { signal: AbortSignal.timeout(10_000) });
}`,
          },
        ],
      },
    ],
  },
];
