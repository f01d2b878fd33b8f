import type { ValidTestCase } from '@typescript-eslint/rule-tester';

import rule from '../../src/rules/consume-response-body.js';
import { typedRuleTester, untypedRuleTester } from '../rule-tester.js';
import { describeOutputsTypeCheck } from '../type-check.js';
import { invalid, invalidWithoutTypes, type Options } from './consume-response-body.cases.js';

// Shapes taken from SDK clients, route handlers, retry loops, streaming code and error paths.
const valid: ValidTestCase<Options>[] = [
  {
    code: `export async function get<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) {
    throw new Error(\`HTTP \${response.status}: \${await response.text()}\`);
  }
  return response.json() as Promise<T>;
}`,
  },
  {
    code: `export async function fetchClient(url: string, options: RequestInit = {}): Promise<Response> {
  const response = await fetch(url, options);
  if (!response.ok) {
    const error = new Error(\`Error \${response.status}: \${response.statusText}\`) as Error & { response?: Response };
    error.response = response;
    throw error;
  }
  return response;
}`,
  },
  {
    code: `export async function handleResponse(response: Response): Promise<unknown> {
  if (!response.ok) {
    throw new Error(\`HTTP \${response.status}\`);
  }
  return response.json();
}`,
  },
  {
    code: `export async function typedFetch<T>(url: string, options?: RequestInit): Promise<T> {
  const response = await fetch(url, options);
  if (!response.ok) {
    throw new Error(\`HTTP error! body: \${await response.json()}\`);
  }
  return response.json() as Promise<T>;
}`,
  },
  {
    code: `export const customFetch: typeof fetch = async (input, init) => {
  const response = await fetch(input, init);
  if (!response.ok) {
    const errorBody = await response.text();
    throw new Error(\`HTTP \${response.status}: \${errorBody}\`);
  }
  return response;
};`,
  },
  {
    code: `export function raw(url: string): Promise<Response> {
  return fetch(url);
}`,
  },
  {
    code: `export async function raw(url: string): Promise<Response> {
  return await fetch(url, { headers: { accept: 'application/json' } });
}`,
  },
  {
    code: `export const getJson = (url: string) => fetch(url).then((r) => r.json());`,
  },
  {
    code: `export async function exists(url: string): Promise<boolean> {
  const res = await fetch(url, { method: 'HEAD' });
  return res.ok;
}`,
  },
  {
    code: `export async function sizeOf(url: string): Promise<number> {
  const res = await fetch(url, { method: 'head' });
  return Number(res.headers.get('content-length'));
}`,
  },
  {
    code: `export function notFound(): Response {
  const res = new Response('not found', { status: 404 });
  return res;
}`,
  },
  {
    code: `export async function local(): Promise<number> {
  const res = Response.json({ ok: true });
  return res.status;
}`,
  },
  {
    code: `export async function both(url: string): Promise<[unknown, string]> {
  const res = await fetch(url);
  const copy = res.clone();
  return Promise.all([res.json(), copy.text()]);
}`,
  },
  {
    code: `export async function maybeJson(url: string): Promise<unknown> {
  const res = await fetch(url);
  if (res.status === 204) return undefined;
  return res.json();
}`,
  },
  {
    code: `export async function conditional(url: string, etag: string): Promise<unknown> {
  const res = await fetch(url, { headers: { 'if-none-match': etag } });
  if (res.status === 204 || res.status === 304) {
    return null;
  }
  return res.json();
}`,
  },
  {
    code: `export async function count(url: string): Promise<number> {
  const res = await fetch(url);
  let bytes = 0;
  for await (const chunk of res.body!) bytes += chunk.length;
  return bytes;
}`,
  },
  {
    code: `export async function readAll(url: string): Promise<number> {
  const res = await fetch(url);
  const reader = res.body!.getReader();
  let total = 0;
  while (true) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
  }
  return total;
}`,
  },
  {
    code: `export async function sniff(url: string): Promise<boolean> {
  const res = await fetch(url);
  const reader = res.body!.getReader();
  const { value } = await reader.read();
  await reader.cancel();
  return value?.[0] === 0x7b;
}`,
  },
  {
    code: `export async function save(url: string, sink: WritableStream<Uint8Array>): Promise<void> {
  const res = await fetch(url);
  if (!res.body) throw new Error('no body');
  await res.body.pipeTo(sink);
}`,
  },
  {
    code: `import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
export async function download(url: string, path: string): Promise<void> {
  const res = await fetch(url);
  if (!res.ok || !res.body) {
    await res.body?.cancel();
    throw new Error(\`download failed: \${res.status}\`);
  }
  await pipeline(Readable.fromWeb(res.body as NodeReadableStream<Uint8Array>), createWriteStream(path));
}`,
  },
  {
    code: `import { parseResponse } from './parse.js';
export async function load(url: string): Promise<unknown> {
  const res = await fetch(url);
  return parseResponse(res);
}`,
  },
  {
    code: `async function readJson(r: Response): Promise<unknown> {
  if (!r.ok) throw new Error(await r.text());
  return r.json();
}
export async function load(url: string): Promise<unknown> {
  const res = await fetch(url);
  return readJson(res);
}`,
  },
  {
    code: `declare function discardBody(res: { status: number }): void;
export async function ping(url: string): Promise<number> {
  const res = await fetch(url);
  discardBody(res);
  return res.status;
}`,
    options: [{ releaseFunctions: ['discardBody'] }],
  },
  {
    code: `export class Poller {
  last?: Response;
  async poll(url: string): Promise<void> {
    const res = await fetch(url);
    this.last = res;
  }
}`,
  },
  {
    code: `export async function gather(urls: string[]): Promise<Response[]> {
  const responses: Response[] = [];
  for (const url of urls) {
    const res = await fetch(url);
    responses.push(res);
  }
  return responses;
}`,
  },
  {
    code: `import { request } from 'undici';
export async function getUser(id: string): Promise<unknown> {
  const { statusCode, body } = await request(\`https://users.internal/\${id}\`);
  if (statusCode !== 200) {
    await body.dump();
    throw new Error(\`users answered \${statusCode}\`);
  }
  return body.json();
}`,
  },
  {
    code: `import { request } from 'undici';
export async function open(url: string) {
  const { body } = await request(url);
  return body;
}`,
  },
  {
    code: `import { request } from 'undici';
export async function lines(url: string): Promise<number> {
  const { body } = await request(url);
  let n = 0;
  for await (const chunk of body) n += String(chunk).split('\\n').length;
  return n;
}`,
  },
  {
    code: `import { Client } from 'undici';
const client = new Client('http://localhost:3000');
export async function text(): Promise<string> {
  const { body } = await client.request({ path: '/', method: 'GET' });
  return body.text();
}`,
  },
  {
    code: `import { stream } from 'undici';
import { Writable } from 'node:stream';
export async function pipeTo(url: string, sink: Writable): Promise<void> {
  await stream(url, { method: 'GET' }, () => sink);
}`,
  },
  {
    code: `import { request } from 'undici';
export async function maybe(url: string): Promise<unknown> {
  const { statusCode, body } = await request(url);
  if (statusCode === 204) return undefined;
  return body.json();
}`,
  },
  {
    code: `import { request } from 'undici';
export function data(url: string): Promise<unknown> {
  return request(url).then(({ body }) => body.json());
}`,
  },
  {
    code: `import { request } from 'undici';
export async function destroyOnError(url: string): Promise<string> {
  const res = await request(url);
  if (res.statusCode >= 400) {
    res.body.destroy();
    throw new Error('failed');
  }
  return res.body.text();
}`,
  },
  {
    code: `import http from 'node:http';
export function download(url: string, onData: (chunk: Buffer) => void): void {
  http.get(url, (res) => {
    if (res.statusCode !== 200) {
      res.resume();
      return;
    }
    res.on('data', onData);
  });
}`,
  },
  {
    code: `import https from 'node:https';
export function getJson(url: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    https.get(url, (res) => {
      let raw = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (raw += chunk));
      res.on('end', () => resolve(JSON.parse(raw)));
    }).on('error', reject);
  });
}`,
  },
  {
    code: `import { request } from 'node:http';
export function post(path: string, payload: string): void {
  const req = request({ host: 'api.internal', path, method: 'POST' });
  req.on('response', (res) => res.resume());
  req.end(payload);
}`,
  },
  {
    code: `import http from 'node:http';
import { createWriteStream } from 'node:fs';
export function save(url: string, file: string): void {
  http.get(url, (res) => {
    res.pipe(createWriteStream(file));
  });
}`,
  },
  {
    code: `import https from 'node:https';
export function lines(url: string, onLine: (line: string) => void): void {
  https.get(url, async (res) => {
    for await (const chunk of res) onLine(String(chunk));
  });
}`,
  },
  {
    code: `import http from 'node:http';
http.createServer((req, res) => {
  if (req.method !== 'GET') {
    res.statusCode = 405;
    res.end();
    return;
  }
  res.end('ok');
}).listen(8080);`,
  },
  {
    code: `import axios from 'axios';
import { createWriteStream } from 'node:fs';
export async function save(url: string, file: string): Promise<void> {
  const res = await axios.get(url, { responseType: 'stream' });
  res.data.pipe(createWriteStream(file));
}`,
  },
  {
    code: `import axios from 'axios';
export async function status(url: string): Promise<number> {
  const res = await axios.get(url);
  return res.status;
}`,
  },
  {
    code: `import got from 'got';
import { createWriteStream } from 'node:fs';
export function save(url: string, file: string): void {
  got.stream(url).pipe(createWriteStream(file));
}`,
  },
  {
    code: `import got from 'got';
export async function status(url: string): Promise<number> {
  const res = await got(url);
  return res.statusCode;
}`,
  },
  {
    code: `export async function main(url: string): Promise<void> {
  const res = await fetch(url);
  if (!res.ok) {
    console.error('failed', res.status);
    process.exit(1);
  }
  console.log(await res.text());
}`,
  },
  {
    code: `export async function streamTo(url: string, sink: WritableStream<Uint8Array>): Promise<void> {
  const res = await fetch(url);
  await new Promise<void>((resolve, reject) => {
    res.body!.pipeTo(sink).then(resolve, reject);
  });
}`,
  },
  {
    code: `const res = await fetch('https://example.com/config.json');
console.log(res.status);
export {};`,
  },
  {
    code: `export async function guarded(url: string): Promise<unknown> {
  const res = await fetch(url);
  try {
    if (!res.ok) throw new Error(String(res.status));
    return await res.clone().json();
  } finally {
    await res.body?.cancel();
  }
}`,
  },
  {
    code: `export async function withRetry(url: string): Promise<Response> {
  for (let attempt = 0; ; attempt++) {
    const res = await fetch(url);
    if (res.status >= 500 && attempt < 3) {
      await res.body?.cancel();
      continue;
    }
    return res;
  }
}`,
  },
  {
    code: `export async function all(urls: string[]): Promise<unknown[]> {
  const responses = await Promise.all(urls.map((url) => fetch(url)));
  return Promise.all(responses.map((r) => r.json()));
}`,
  },
  {
    code: `class Api {
  async get(path: string): Promise<Response> {
    return fetch('https://api.internal' + path);
  }
}
export async function item(api: Api, id: string): Promise<unknown> {
  const res = await api.get('/items/' + id);
  return res.json();
}`,
  },
  {
    code: `import ky from 'ky';
export async function user(id: string): Promise<unknown> {
  return ky.get(\`https://users.internal/\${id}\`).json();
}`,
  },
  {
    code: `import fetch from 'node-fetch';
export async function getText(url: string): Promise<string> {
  const res = await fetch(url);
  return res.text();
}`,
  },
  {
    code: `class HttpError extends Error {
  constructor(readonly response: Response) {
    super(\`HTTP \${response.status}\`);
  }
}
export async function strict(url: string): Promise<unknown> {
  const res = await fetch(url);
  if (!res.ok) throw new HttpError(res);
  return res.json();
}`,
  },
  {
    code: `export async function summary(url: string): Promise<{ status: number; body: string }> {
  const res = await fetch(url);
  return { status: res.status, body: await res.text() };
}`,
  },
  {
    code: `export async function textFirst(url: string): Promise<string> {
  const res = await fetch(url);
  const text = await res.text();
  if (!res.ok) throw new Error(text);
  return text;
}`,
  },
  {
    code: `export async function image(url: string): Promise<ArrayBuffer> {
  const res = await fetch(url);
  return res.ok ? res.arrayBuffer() : Promise.reject(new Error(await res.text()));
}`,
  },
  {
    code: `export async function okOrCancel(url: string): Promise<unknown> {
  const res = await fetch(url);
  if (res.ok) return res.json();
  await res.body?.cancel();
  throw new Error('failed');
}`,
  },
  {
    code: `declare const app: { get(path: string, handler: (req: unknown, res: { json(v: unknown): void }) => Promise<void>): void };
app.get('/proxy', async (_req, res) => {
  const upstream = await fetch('https://upstream.internal/data');
  res.json(await upstream.json());
});`,
  },
  {
    code: `const cache = new Map<string, Response>();
export async function cached(url: string): Promise<Response> {
  const res = await fetch(url);
  cache.set(url, res);
  return res;
}`,
  },
  {
    code: `export async function* pages(urls: string[]): AsyncGenerator<Response> {
  for (const url of urls) {
    const res = await fetch(url);
    yield res;
  }
}`,
  },
  {
    code: `export async function proxy(url: string): Promise<Response> {
  const upstream = await fetch(url);
  return new Response(upstream.body, { status: upstream.status, headers: upstream.headers });
}`,
  },
  {
    code: `export function fireAndForget(url: string): void {
  void fetch(url, { method: 'POST' }).then((r) => r.body?.cancel());
}`,
  },
  {
    code: `export async function revalidate(url: string): Promise<string | undefined> {
  const res = await fetch(url);
  switch (res.status) {
    case 304:
      return undefined;
    default:
      return res.text();
  }
}`,
  },
  {
    code: `declare const client: { send(): Promise<{ status: number }> };
export async function send(): Promise<number> {
  const res = await client.send();
  return res.status;
}`,
  },
  {
    code: `export async function form(url: string): Promise<FormData> {
  const res = await fetch(url, { method: 'POST' });
  return res.formData();
}`,
  },
  {
    code: `import { request } from 'undici';
export async function safe(url: string): Promise<unknown> {
  const { body, statusCode } = await request(url);
  try {
    if (statusCode !== 200) return undefined;
    return await body.json();
  } finally {
    await body.dump();
  }
}`,
  },
  {
    code: `export function outbound(request: Request, headers: Headers | undefined): Promise<Response> {
  return headers ? fetch(request, { headers }) : fetch(request);
}`,
  },
  {
    code: `export async function loadCf(url: string, fallback: unknown): Promise<unknown> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(3000) });
    const text = await res.text();
    return JSON.parse(text);
  } catch {
    return fallback;
  }
}`,
  },
  {
    code: `export async function waitReady(url: string, deadline: number): Promise<boolean> {
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(1000) });
      await response.arrayBuffer();
      if (response.ok) return true;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}`,
  },
];

typedRuleTester().run('consume-response-body', rule, { valid, invalid });
describeOutputsTypeCheck('consume-response-body', invalid);

// Without type information (plain JavaScript, no tsconfig): clients are recognised by import and
// global name; wrappers and parameters are not sources.
const validWithoutTypes: ValidTestCase<Options>[] = [
  {
    code: `export async function load(api, id) {
  const res = await api.get('/items/' + id);
  return res.ok;
}`,
  },
  {
    code: `export async function handle(res) {
  if (!res.ok) throw new Error('failed');
  return res.json();
}`,
  },
  {
    code: `export async function getJson(url) {
  const res = await fetch(url);
  if (!res.ok) throw new Error(await res.text());
  return res.json();
}`,
  },
  {
    code: `import { request } from 'undici';
export async function ping(url) {
  const { statusCode, body } = await request(url);
  await body.dump();
  return statusCode === 200;
}`,
  },
  {
    code: `import http from 'node:http';
export function check(url, done) {
  http.get(url, (res) => {
    res.resume();
    done(res.statusCode === 200);
  });
}`,
  },
  {
    code: `export async function exists(url) {
  const res = await fetch(url, { method: 'HEAD' });
  return res.ok;
}`,
  },
  {
    code: `function fetch(url) { return { ok: true, url }; }
export async function local() {
  const res = await fetch('x');
  return res.ok;
}`,
  },
  {
    code: `import axios from 'axios';
export async function get(url) {
  const res = await axios.get(url);
  return res.status;
}`,
  },
  {
    code: `export const raw = (url) => fetch(url);`,
  },
  {
    code: `export async function weird(url) {
  const res = await fetch(url);
  const key = 'json';
  return res[key]();
}`,
  },
];

untypedRuleTester().run('consume-response-body (no type information)', rule, {
  valid: validWithoutTypes,
  invalid: invalidWithoutTypes,
});
