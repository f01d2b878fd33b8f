import type { InvalidTestCase } from '@typescript-eslint/rule-tester';

// The invalid cases of consume-response-body, shared by its rule test and tests/fix-safety/.

export type Options = readonly [{ release?: 'auto' | 'cancel' | 'drain'; releaseFunctions?: string[] }];

export type MessageId = 'leaks' | 'discarded' | 'insertRelease' | 'releaseDiscarded';

export const invalid: InvalidTestCase<MessageId, Options>[] = [
  {
    code: `export async function get<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) {
    throw new Error(\`HTTP \${response.status}: \${response.statusText}\`);
  }
  return response.json() as Promise<T>;
}`,
    errors: [
      {
        messageId: 'leaks',
        line: 2,
        column: 26,
        data: {
          subject: 'Response `response`',
          where: 'the `throw` on line 4',
          release: 'await response.body?.cancel()',
        },
      },
    ],
    output: `export async function get<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) {
    await response.body?.cancel();
    throw new Error(\`HTTP \${response.status}: \${response.statusText}\`);
  }
  return response.json() as Promise<T>;
}`,
  },
  {
    code: `async function check(url: string) {
  const res = await fetch(url);
  if (!res.ok) throw new Error('bad ' + res.status);
  return res.json();
}`,
    errors: [
      {
        messageId: 'leaks',
        line: 2,
        column: 21,
        data: { subject: 'Response `res`', where: 'the `throw` on line 3', release: 'await res.body?.cancel()' },
      },
    ],
    output: `async function check(url: string) {
  const res = await fetch(url);
  if (!res.ok) { await res.body?.cancel(); throw new Error('bad ' + res.status); }
  return res.json();
}`,
  },
  {
    code: `export async function isHealthy(base: string): Promise<boolean> {
  const res = await fetch(\`\${base}/healthz\`);
  return res.ok;
}`,
    errors: [
      {
        messageId: 'leaks',
        line: 2,
        column: 21,
        data: { subject: 'Response `res`', where: 'the `return` on line 3', release: 'await res.body?.cancel()' },
      },
    ],
    output: `export async function isHealthy(base: string): Promise<boolean> {
  const res = await fetch(\`\${base}/healthz\`);
  await res.body?.cancel();
  return res.ok;
}`,
  },
  {
    code: `export async function publish(event: object): Promise<void> {
  await fetch('https://bus.internal/events', { method: 'POST', body: JSON.stringify(event) });
}`,
    errors: [
      {
        messageId: 'discarded',
        line: 2,
        column: 9,
        data: { callee: 'fetch()', release: 'await res.body?.cancel()' },
        suggestions: [
          {
            messageId: 'releaseDiscarded',
            output: `export async function publish(event: object): Promise<void> {
  await (await fetch('https://bus.internal/events', { method: 'POST', body: JSON.stringify(event) })).body?.cancel();
}`,
          },
        ],
      },
    ],
  },
  {
    code: `export function track(name: string): void {
  void fetch('https://metrics.internal/track?e=' + name, { method: 'POST' });
}`,
    errors: [
      { messageId: 'discarded', line: 2, column: 8, data: { callee: 'fetch()', release: 'await res.body?.cancel()' } },
    ],
  },
  {
    code: `export function statusOf(url: string): Promise<number> {
  return fetch(url).then((r) => r.status);
}`,
    errors: [
      {
        messageId: 'leaks',
        line: 2,
        column: 10,
        data: {
          subject: 'Response `r`',
          where: 'the end of the function on line 2',
          release: 'await r.body?.cancel()',
        },
      },
    ],
  },
  {
    code: `import { request } from 'undici';
export async function ping(url: string): Promise<boolean> {
  const { statusCode } = await request(url);
  return statusCode === 200;
}`,
    errors: [
      {
        messageId: 'leaks',
        line: 3,
        column: 32,
        data: {
          subject: 'The undici response of `request()`',
          where: 'the `return` on line 4',
          release: 'await body.dump()',
        },
      },
    ],
  },
  {
    code: `import { request } from 'undici';
export async function getUser(id: string): Promise<unknown> {
  const { statusCode, body } = await request(\`https://users.internal/\${id}\`);
  if (statusCode >= 400) {
    throw new Error(\`users answered \${statusCode}\`);
  }
  return body.json();
}`,
    errors: [
      {
        messageId: 'leaks',
        line: 3,
        column: 38,
        data: {
          subject: 'The body `body` of the `request()` response',
          where: 'the `throw` on line 5',
          release: 'await body.dump()',
        },
      },
    ],
    output: `import { request } from 'undici';
export async function getUser(id: string): Promise<unknown> {
  const { statusCode, body } = await request(\`https://users.internal/\${id}\`);
  if (statusCode >= 400) {
    await body.dump();
    throw new Error(\`users answered \${statusCode}\`);
  }
  return body.json();
}`,
  },
  {
    code: `export async function withRetry(url: string): Promise<string> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const res = await fetch(url);
    if (res.status >= 500) continue;
    return res.text();
  }
  throw new Error('gave up');
}`,
    errors: [
      {
        messageId: 'leaks',
        line: 3,
        column: 23,
        data: { subject: 'Response `res`', where: 'the `continue` on line 4', release: 'await res.body?.cancel()' },
        suggestions: [
          {
            messageId: 'insertRelease',
            output: `export async function withRetry(url: string): Promise<string> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const res = await fetch(url);
    if (res.status >= 500) { await res.body?.cancel(); continue; }
    return res.text();
  }
  throw new Error('gave up');
}`,
          },
        ],
      },
    ],
  },
  {
    code: `const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
export async function poll(url: string): Promise<unknown> {
  while (true) {
    const res = await fetch(url);
    if (res.status === 202) {
      await sleep(1000);
      continue;
    }
    return res.json();
  }
}`,
    errors: [
      {
        messageId: 'leaks',
        line: 4,
        column: 23,
        data: { subject: 'Response `res`', where: 'the `continue` on line 7', release: 'await res.body?.cancel()' },
        suggestions: [
          {
            messageId: 'insertRelease',
            output: `const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
export async function poll(url: string): Promise<unknown> {
  while (true) {
    const res = await fetch(url);
    if (res.status === 202) {
      await sleep(1000);
      await res.body?.cancel();
      continue;
    }
    return res.json();
  }
}`,
          },
        ],
      },
    ],
  },
  {
    code: `export async function firstAlive(urls: string[]): Promise<string | undefined> {
  let found: string | undefined;
  for (const url of urls) {
    const res = await fetch(url, { method: 'GET' });
    if (res.ok) {
      found = url;
      break;
    }
    await res.body?.cancel();
  }
  return found;
}`,
    errors: [
      {
        messageId: 'leaks',
        line: 4,
        column: 23,
        data: { subject: 'Response `res`', where: 'the `break` on line 7', release: 'await res.body?.cancel()' },
        suggestions: [
          {
            messageId: 'insertRelease',
            output: `export async function firstAlive(urls: string[]): Promise<string | undefined> {
  let found: string | undefined;
  for (const url of urls) {
    const res = await fetch(url, { method: 'GET' });
    if (res.ok) {
      found = url;
      await res.body?.cancel();
      break;
    }
    await res.body?.cancel();
  }
  return found;
}`,
          },
        ],
      },
    ],
  },
  {
    code: `export async function notify(hook: string, text: string): Promise<void> {
  const res = await fetch(hook, { method: 'POST', body: JSON.stringify({ text }) });
  console.log('webhook answered', res.status);
}`,
    errors: [
      {
        messageId: 'leaks',
        line: 2,
        column: 21,
        data: {
          subject: 'Response `res`',
          where: 'the end of the function on line 4',
          release: 'await res.body?.cancel()',
        },
        suggestions: [
          {
            messageId: 'insertRelease',
            output: `export async function notify(hook: string, text: string): Promise<void> {
  const res = await fetch(hook, { method: 'POST', body: JSON.stringify({ text }) });
  console.log('webhook answered', res.status);
  await res.body?.cancel();
}`,
          },
        ],
      },
    ],
  },
  {
    code: `import http from 'node:http';
export function download(url: string, onData: (chunk: Buffer) => void): void {
  http.get(url, (res) => {
    if (res.statusCode !== 200) {
      console.error('download failed', res.statusCode);
      return;
    }
    res.on('data', onData);
  });
}`,
    errors: [
      {
        messageId: 'leaks',
        line: 3,
        column: 3,
        data: { subject: 'IncomingMessage `res`', where: 'the `return` on line 6', release: 'res.resume()' },
      },
    ],
    output: `import http from 'node:http';
export function download(url: string, onData: (chunk: Buffer) => void): void {
  http.get(url, (res) => {
    if (res.statusCode !== 200) {
      console.error('download failed', res.statusCode);
      res.resume();
      return;
    }
    res.on('data', onData);
  });
}`,
  },
  {
    code: `import https from 'node:https';
export function statusOf(url: string): Promise<number | undefined> {
  return new Promise((resolve, reject) => {
    https.get(url, (res) => {
      resolve(res.statusCode);
    }).on('error', reject);
  });
}`,
    errors: [
      {
        messageId: 'leaks',
        line: 4,
        column: 5,
        data: { subject: 'IncomingMessage `res`', where: 'the end of the function on line 6', release: 'res.resume()' },
        suggestions: [
          {
            messageId: 'insertRelease',
            output: `import https from 'node:https';
export function statusOf(url: string): Promise<number | undefined> {
  return new Promise((resolve, reject) => {
    https.get(url, (res) => {
      resolve(res.statusCode);
      res.resume();
    }).on('error', reject);
  });
}`,
          },
        ],
      },
    ],
  },
  {
    code: `import { request } from 'node:http';
export function post(path: string, payload: string): void {
  const req = request({ host: 'api.internal', path, method: 'POST' });
  req.on('response', (res) => {
    if (res.statusCode === 500) return;
    res.pipe(process.stdout);
  });
  req.end(payload);
}`,
    errors: [
      {
        messageId: 'leaks',
        line: 3,
        column: 15,
        data: { subject: 'IncomingMessage `res`', where: 'the `return` on line 5', release: 'res.resume()' },
      },
    ],
    output: `import { request } from 'node:http';
export function post(path: string, payload: string): void {
  const req = request({ host: 'api.internal', path, method: 'POST' });
  req.on('response', (res) => {
    if (res.statusCode === 500) { res.resume(); return; }
    res.pipe(process.stdout);
  });
  req.end(payload);
}`,
  },
  {
    code: `export async function firstChunk(url: string): Promise<Uint8Array | undefined> {
  const res = await fetch(url);
  const reader = res.body!.getReader();
  const { value } = await reader.read();
  return value;
}`,
    errors: [
      {
        messageId: 'leaks',
        line: 2,
        column: 21,
        data: { subject: 'Response `res`', where: 'the `return` on line 5', release: 'await res.body?.cancel()' },
      },
    ],
  },
  {
    code: `class ApiClient {
  constructor(private readonly base: string) {}
  async get(path: string): Promise<Response> {
    return fetch(this.base + path);
  }
}
export async function exists(api: ApiClient, id: string): Promise<boolean> {
  const res = await api.get(\`/items/\${id}\`);
  return res.ok;
}`,
    errors: [
      {
        messageId: 'leaks',
        line: 8,
        column: 21,
        data: { subject: 'Response `res`', where: 'the `return` on line 9', release: 'await res.body?.cancel()' },
      },
    ],
    output: `class ApiClient {
  constructor(private readonly base: string) {}
  async get(path: string): Promise<Response> {
    return fetch(this.base + path);
  }
}
export async function exists(api: ApiClient, id: string): Promise<boolean> {
  const res = await api.get(\`/items/\${id}\`);
  await res.body?.cancel();
  return res.ok;
}`,
  },
  {
    code: `import type { Dispatcher } from 'undici';
declare function sendGetRequest(url: URL): Promise<Dispatcher.ResponseData>;
export async function up(url: URL): Promise<boolean> {
  const { statusCode } = await sendGetRequest(url);
  return statusCode < 400;
}`,
    errors: [
      {
        messageId: 'leaks',
        line: 4,
        column: 32,
        data: {
          subject: 'The undici response of `sendGetRequest()`',
          where: 'the `return` on line 5',
          release: 'await body.dump()',
        },
      },
    ],
  },
  {
    code: `export async function load(url: string, config: { fetch?: typeof fetch }): Promise<unknown> {
  const res = await (config.fetch ?? globalThis.fetch)(url);
  if (!res.ok) return undefined;
  return res.json();
}`,
    errors: [
      {
        messageId: 'leaks',
        line: 2,
        column: 21,
        data: { subject: 'Response `res`', where: 'the `return` on line 3', release: 'await res.body?.cancel()' },
      },
    ],
    output: `export async function load(url: string, config: { fetch?: typeof fetch }): Promise<unknown> {
  const res = await (config.fetch ?? globalThis.fetch)(url);
  if (!res.ok) { await res.body?.cancel(); return undefined; }
  return res.json();
}`,
  },
  {
    code: `import fetch from 'node-fetch';
export async function getJson(url: string): Promise<unknown> {
  const res = await fetch(url);
  if (res.status !== 200) {
    throw new Error(\`unexpected status \${res.status}\`);
  }
  return res.json();
}`,
    errors: [
      {
        messageId: 'leaks',
        line: 3,
        column: 21,
        data: { subject: 'Response `res`', where: 'the `throw` on line 5', release: 'res.body?.resume()' },
      },
    ],
    output: `import fetch from 'node-fetch';
export async function getJson(url: string): Promise<unknown> {
  const res = await fetch(url);
  if (res.status !== 200) {
    res.body?.resume();
    throw new Error(\`unexpected status \${res.status}\`);
  }
  return res.json();
}`,
  },
  {
    code: `import fetch from 'cross-fetch';
export async function lookup(url: string): Promise<string | null> {
  const res = await fetch(url);
  if (res.status === 404) return null;
  return res.text();
}`,
    errors: [
      {
        messageId: 'leaks',
        line: 3,
        column: 21,
        data: { subject: 'Response `res`', where: 'the `return` on line 4', release: 'await res.body?.cancel()' },
      },
    ],
    output: `import fetch from 'cross-fetch';
export async function lookup(url: string): Promise<string | null> {
  const res = await fetch(url);
  if (res.status === 404) { await res.body?.cancel(); return null; }
  return res.text();
}`,
  },
  {
    code: `import { fetch } from 'undici';
export async function version(url: string): Promise<string | null> {
  const res = await fetch(url);
  return res.headers.get('x-version');
}`,
    errors: [
      {
        messageId: 'leaks',
        line: 3,
        column: 21,
        data: { subject: 'Response `res`', where: 'the `return` on line 4', release: 'await res.body?.cancel()' },
      },
    ],
    output: `import { fetch } from 'undici';
export async function version(url: string): Promise<string | null> {
  const res = await fetch(url);
  await res.body?.cancel();
  return res.headers.get('x-version');
}`,
  },
  {
    code: `declare const logger: { error(message: string, ...args: unknown[]): void };
export async function fetchProfile(url: string): Promise<unknown> {
  const res = await fetch(url);
  if (!res.ok) {
    logger.error('profile fetch failed', res.status, res.url);
    return undefined;
  }
  return res.json();
}`,
    errors: [
      {
        messageId: 'leaks',
        line: 3,
        column: 21,
        data: { subject: 'Response `res`', where: 'the `return` on line 6', release: 'await res.body?.cancel()' },
      },
    ],
    output: `declare const logger: { error(message: string, ...args: unknown[]): void };
export async function fetchProfile(url: string): Promise<unknown> {
  const res = await fetch(url);
  if (!res.ok) {
    logger.error('profile fetch failed', res.status, res.url);
    await res.body?.cancel();
    return undefined;
  }
  return res.json();
}`,
  },
  {
    code: `export async function debug(url: string): Promise<void> {
  const res = await fetch(url);
  console.log(res);
}`,
    errors: [
      {
        messageId: 'leaks',
        line: 2,
        column: 21,
        data: {
          subject: 'Response `res`',
          where: 'the end of the function on line 4',
          release: 'await res.body?.cancel()',
        },
        suggestions: [
          {
            messageId: 'insertRelease',
            output: `export async function debug(url: string): Promise<void> {
  const res = await fetch(url);
  console.log(res);
  await res.body?.cancel();
}`,
          },
        ],
      },
    ],
  },
  {
    code: `function logStatus(r: Response): void {
  console.log(r.status, r.statusText);
}
export async function ping(url: string): Promise<void> {
  const res = await fetch(url);
  logStatus(res);
}`,
    errors: [
      {
        messageId: 'leaks',
        line: 5,
        column: 21,
        data: {
          subject: 'Response `res`',
          where: 'the end of the function on line 7',
          release: 'await res.body?.cancel()',
        },
        suggestions: [
          {
            messageId: 'insertRelease',
            output: `function logStatus(r: Response): void {
  console.log(r.status, r.statusText);
}
export async function ping(url: string): Promise<void> {
  const res = await fetch(url);
  logStatus(res);
  await res.body?.cancel();
}`,
          },
        ],
      },
    ],
  },
  {
    code: `function fail(message: string): never {
  throw new Error(message);
}
export async function mustGet(url: string): Promise<unknown> {
  const res = await fetch(url);
  if (!res.ok) fail(\`GET \${url} failed\`);
  return res.json();
}`,
    errors: [
      {
        messageId: 'leaks',
        line: 5,
        column: 21,
        data: {
          subject: 'Response `res`',
          where: 'the call on line 6 that never returns',
          release: 'await res.body?.cancel()',
        },
        suggestions: [
          {
            messageId: 'insertRelease',
            output: `function fail(message: string): never {
  throw new Error(message);
}
export async function mustGet(url: string): Promise<unknown> {
  const res = await fetch(url);
  if (!res.ok) { await res.body?.cancel(); fail(\`GET \${url} failed\`); }
  return res.json();
}`,
          },
        ],
      },
    ],
  },
  {
    code: `export const handler = async (event: { url: string }) => {
  const upstream = await fetch(event.url);
  return { statusCode: upstream.status };
};`,
    errors: [
      {
        messageId: 'leaks',
        line: 2,
        column: 26,
        data: {
          subject: 'Response `upstream`',
          where: 'the `return` on line 3',
          release: 'await upstream.body?.cancel()',
        },
      },
    ],
    output: `export const handler = async (event: { url: string }) => {
  const upstream = await fetch(event.url);
  await upstream.body?.cancel();
  return { statusCode: upstream.status };
};`,
  },
  {
    code: `declare const app: { post(path: string, handler: (req: unknown, res: { sendStatus(code: number): void }) => Promise<void>): void };
app.post('/hook', async (_req, res) => {
  const upstream = await fetch('https://upstream.internal/hook', { method: 'POST' });
  res.sendStatus(upstream.status);
});`,
    errors: [
      {
        messageId: 'leaks',
        line: 3,
        column: 26,
        data: {
          subject: 'Response `upstream`',
          where: 'the end of the function on line 5',
          release: 'await upstream.body?.cancel()',
        },
        suggestions: [
          {
            messageId: 'insertRelease',
            output: `declare const app: { post(path: string, handler: (req: unknown, res: { sendStatus(code: number): void }) => Promise<void>): void };
app.post('/hook', async (_req, res) => {
  const upstream = await fetch('https://upstream.internal/hook', { method: 'POST' });
  res.sendStatus(upstream.status);
  await upstream.body?.cancel();
});`,
          },
        ],
      },
    ],
  },
  {
    code: `export function getJson(url: string): Promise<unknown> {
  return fetch(url).then((res) => {
    if (!res.ok) throw new Error(String(res.status));
    return res.json();
  });
}`,
    errors: [
      {
        messageId: 'leaks',
        line: 2,
        column: 10,
        data: { subject: 'Response `res`', where: 'the `throw` on line 3', release: 'await res.body?.cancel()' },
      },
    ],
    output: `export function getJson(url: string): Promise<unknown> {
  return fetch(url).then((res) => {
    if (!res.ok) { void res.body?.cancel(); throw new Error(String(res.status)); }
    return res.json();
  });
}`,
  },
  {
    code: `export function getText(url: string): Promise<string | null> {
  return fetch(url).then(async (res) => {
    if (res.status === 404) return null;
    return res.text();
  });
}`,
    errors: [
      {
        messageId: 'leaks',
        line: 2,
        column: 10,
        data: { subject: 'Response `res`', where: 'the `return` on line 3', release: 'await res.body?.cancel()' },
      },
    ],
    output: `export function getText(url: string): Promise<string | null> {
  return fetch(url).then(async (res) => {
    if (res.status === 404) { await res.body?.cancel(); return null; }
    return res.text();
  });
}`,
  },
  {
    code: `import axios from 'axios';
export async function downloadTo(url: string, write: (stream: NodeJS.ReadableStream) => Promise<void>): Promise<boolean> {
  const res = await axios.get(url, { responseType: 'stream' });
  if (res.status !== 200) return false;
  await write(res.data);
  return true;
}`,
    errors: [
      {
        messageId: 'leaks',
        line: 3,
        column: 21,
        data: {
          subject: 'Axios stream response `res`',
          where: 'the `return` on line 4',
          release: 'res.data.destroy()',
        },
      },
    ],
    output: `import axios from 'axios';
export async function downloadTo(url: string, write: (stream: NodeJS.ReadableStream) => Promise<void>): Promise<boolean> {
  const res = await axios.get(url, { responseType: 'stream' });
  if (res.status !== 200) { res.data.destroy(); return false; }
  await write(res.data);
  return true;
}`,
  },
  {
    code: `import got from 'got';
export function tail(url: string, enabled: boolean): void {
  const stream = got.stream(url);
  if (!enabled) return;
  stream.pipe(process.stdout);
}`,
    errors: [
      {
        messageId: 'leaks',
        line: 3,
        column: 18,
        data: { subject: 'Got stream `stream`', where: 'the `return` on line 4', release: 'stream.destroy()' },
      },
    ],
    output: `import got from 'got';
export function tail(url: string, enabled: boolean): void {
  const stream = got.stream(url);
  if (!enabled) { stream.destroy(); return; }
  stream.pipe(process.stdout);
}`,
  },
  {
    code: `export async function readConfig(url: string): Promise<unknown> {
  const res = await fetch(url);
  if (res.headers.get('content-type') !== 'application/json') {
    throw new TypeError('config is not JSON');
  }
  return res.json();
}`,
    errors: [
      {
        messageId: 'leaks',
        line: 2,
        column: 21,
        data: { subject: 'Response `res`', where: 'the `throw` on line 4', release: 'await res.body?.cancel()' },
      },
    ],
    output: `export async function readConfig(url: string): Promise<unknown> {
  const res = await fetch(url);
  if (res.headers.get('content-type') !== 'application/json') {
    await res.body?.cancel();
    throw new TypeError('config is not JSON');
  }
  return res.json();
}`,
  },
  {
    code: `export async function tryGet(url: string): Promise<unknown> {
  try {
    const res = await fetch(url);
    if (!res.ok) return null;
    return await res.json();
  } catch {
    return null;
  }
}`,
    errors: [
      {
        messageId: 'leaks',
        line: 3,
        column: 23,
        data: { subject: 'Response `res`', where: 'the `return` on line 4', release: 'await res.body?.cancel()' },
      },
    ],
    output: `export async function tryGet(url: string): Promise<unknown> {
  try {
    const res = await fetch(url);
    if (!res.ok) { await res.body?.cancel(); return null; }
    return await res.json();
  } catch {
    return null;
  }
}`,
  },
  {
    code: `export async function collect(urls: string[]): Promise<unknown[]> {
  const results: unknown[] = [];
  for (const url of urls) {
    const res = await fetch(url);
    if (!res.ok) continue;
    results.push(await res.json());
  }
  return results;
}`,
    errors: [
      {
        messageId: 'leaks',
        line: 4,
        column: 23,
        data: { subject: 'Response `res`', where: 'the `continue` on line 5', release: 'await res.body?.cancel()' },
        suggestions: [
          {
            messageId: 'insertRelease',
            output: `export async function collect(urls: string[]): Promise<unknown[]> {
  const results: unknown[] = [];
  for (const url of urls) {
    const res = await fetch(url);
    if (!res.ok) { await res.body?.cancel(); continue; }
    results.push(await res.json());
  }
  return results;
}`,
          },
        ],
      },
    ],
  },
  {
    code: `import { Pool } from 'undici';
const pool = new Pool('https://search.internal');
export async function hasResults(q: string): Promise<boolean> {
  const { statusCode, body } = await pool.request({ path: '/search?q=' + q, method: 'GET' });
  if (statusCode === 204) return false;
  if (statusCode !== 200) return false;
  const data = (await body.json()) as { total: number };
  return data.total > 0;
}`,
    errors: [
      {
        messageId: 'leaks',
        line: 4,
        column: 38,
        data: {
          subject: 'The body `body` of the `pool.request()` response',
          where: 'the `return` on line 6',
          release: 'await body.dump()',
        },
      },
    ],
    output: `import { Pool } from 'undici';
const pool = new Pool('https://search.internal');
export async function hasResults(q: string): Promise<boolean> {
  const { statusCode, body } = await pool.request({ path: '/search?q=' + q, method: 'GET' });
  if (statusCode === 204) return false;
  if (statusCode !== 200) { await body.dump(); return false; }
  const data = (await body.json()) as { total: number };
  return data.total > 0;
}`,
  },
  {
    code: `import http from 'node:http';
export function head(host: string): Promise<number> {
  return new Promise((resolve) => {
    const req = http.request({ host, method: 'GET' }, (res) => {
      resolve(res.statusCode ?? 0);
    });
    req.end();
  });
}`,
    errors: [
      {
        messageId: 'leaks',
        line: 4,
        column: 17,
        data: { subject: 'IncomingMessage `res`', where: 'the end of the function on line 6', release: 'res.resume()' },
        suggestions: [
          {
            messageId: 'insertRelease',
            output: `import http from 'node:http';
export function head(host: string): Promise<number> {
  return new Promise((resolve) => {
    const req = http.request({ host, method: 'GET' }, (res) => {
      resolve(res.statusCode ?? 0);
      res.resume();
    });
    req.end();
  });
}`,
          },
        ],
      },
    ],
  },
  {
    code: `export async function peek(url: string): Promise<boolean> {
  const res = await fetch(url);
  const reader = res.body?.getReader();
  const first = await reader?.read();
  reader?.releaseLock();
  return Boolean(first?.value);
}`,
    errors: [
      {
        messageId: 'leaks',
        line: 2,
        column: 21,
        data: { subject: 'Response `res`', where: 'the `return` on line 6', release: 'await res.body?.cancel()' },
      },
    ],
  },
  {
    code: `export async function alive(url: string): Promise<boolean> {
  const ok = (await fetch(url)).ok;
  return ok;
}`,
    errors: [
      {
        messageId: 'leaks',
        line: 2,
        column: 21,
        data: {
          subject: 'The Response of `fetch()`',
          where: 'the `return` on line 3',
          release: 'await res.body?.cancel()',
        },
      },
    ],
  },
  {
    code: `export async function isOk(url: string): Promise<boolean> {
  return (await fetch(url)).status === 200;
}`,
    errors: [
      {
        messageId: 'leaks',
        line: 2,
        column: 17,
        data: {
          subject: 'The Response of `fetch()`',
          where: 'the end of the function on line 3',
          release: 'await res.body?.cancel()',
        },
      },
    ],
  },
  {
    code: `export async function warmUp(url: string): Promise<void> {
  if (!(await fetch(url)).ok) {
    console.warn('warm-up failed');
  }
}`,
    errors: [
      {
        messageId: 'leaks',
        line: 2,
        column: 15,
        data: {
          subject: 'The Response of `fetch()`',
          where: 'the end of the function on line 5',
          release: 'await res.body?.cancel()',
        },
      },
    ],
  },
  {
    code: `import { request } from 'undici';
export async function fetchToken(url: string): Promise<string> {
  const res = await request(url, { method: 'POST' });
  if (res.statusCode !== 200) throw new Error('token endpoint failed');
  const { token } = (await res.body.json()) as { token: string };
  return token;
}`,
    errors: [
      {
        messageId: 'leaks',
        line: 3,
        column: 21,
        data: { subject: 'Undici response `res`', where: 'the `throw` on line 4', release: 'await res.body.dump()' },
      },
    ],
    output: `import { request } from 'undici';
export async function fetchToken(url: string): Promise<string> {
  const res = await request(url, { method: 'POST' });
  if (res.statusCode !== 200) { await res.body.dump(); throw new Error('token endpoint failed'); }
  const { token } = (await res.body.json()) as { token: string };
  return token;
}`,
  },
  {
    code: `export async function send(url: string): Promise<number> {
  const res = await fetch(url, { method: 'PUT' });
  return res.status;
}`,
    options: [{ release: 'drain' }],
    errors: [
      {
        messageId: 'leaks',
        line: 2,
        column: 21,
        data: { subject: 'Response `res`', where: 'the `return` on line 3', release: 'await res.arrayBuffer()' },
      },
    ],
    output: `export async function send(url: string): Promise<number> {
  const res = await fetch(url, { method: 'PUT' });
  await res.arrayBuffer();
  return res.status;
}`,
  },
  {
    code: `import { request } from 'undici';
export async function put(url: string): Promise<number> {
  const { statusCode, body } = await request(url, { method: 'PUT' });
  if (statusCode >= 300) return statusCode;
  await body.text();
  return statusCode;
}`,
    options: [{ release: 'cancel' }],
    errors: [
      {
        messageId: 'leaks',
        line: 3,
        column: 38,
        data: {
          subject: 'The body `body` of the `request()` response',
          where: 'the `return` on line 4',
          release: 'body.destroy()',
        },
      },
    ],
    output: `import { request } from 'undici';
export async function put(url: string): Promise<number> {
  const { statusCode, body } = await request(url, { method: 'PUT' });
  if (statusCode >= 300) { body.destroy(); return statusCode; }
  await body.text();
  return statusCode;
}`,
  },
  {
    code: `export function fetchUser(id: string): Promise<unknown> {
  return fetch('https://users.internal/' + id).then((res) => {
    if (!res.ok) return null;
    return res.json();
  });
}`,
    errors: [
      {
        messageId: 'leaks',
        line: 2,
        column: 10,
        data: { subject: 'Response `res`', where: 'the `return` on line 3', release: 'await res.body?.cancel()' },
      },
    ],
    output: `export function fetchUser(id: string): Promise<unknown> {
  return fetch('https://users.internal/' + id).then((res) => {
    if (!res.ok) { void res.body?.cancel(); return null; }
    return res.json();
  });
}`,
  },
  {
    code: `export const isUp = (url: string) => fetch(url).then((r) => r.ok);`,
    errors: [
      {
        messageId: 'leaks',
        line: 1,
        column: 38,
        data: {
          subject: 'Response `r`',
          where: 'the end of the function on line 1',
          release: 'await r.body?.cancel()',
        },
      },
    ],
  },
  {
    code: `declare function log(message: string): void;
export async function deliver(hook: string, body: string): Promise<void> {
  const r = await fetch(hook, { method: 'POST', body });
  if (r.status >= 400) log(\`webhook failed: \${r.status}\`);
}`,
    errors: [
      {
        messageId: 'leaks',
        line: 3,
        column: 19,
        data: {
          subject: 'Response `r`',
          where: 'the end of the function on line 5',
          release: 'await r.body?.cancel()',
        },
        suggestions: [
          {
            messageId: 'insertRelease',
            output: `declare function log(message: string): void;
export async function deliver(hook: string, body: string): Promise<void> {
  const r = await fetch(hook, { method: 'POST', body });
  if (r.status >= 400) log(\`webhook failed: \${r.status}\`);
  await r.body?.cancel();
}`,
          },
        ],
      },
    ],
  },
  {
    code: `export async function page(url: string): Promise<unknown[]> {
  const res = await fetch(url);
  const link = res.headers.get('link');
  if (!link) return [];
  return (await res.json()) as unknown[];
}`,
    errors: [
      {
        messageId: 'leaks',
        line: 2,
        column: 21,
        data: { subject: 'Response `res`', where: 'the `return` on line 4', release: 'await res.body?.cancel()' },
      },
    ],
    output: `export async function page(url: string): Promise<unknown[]> {
  const res = await fetch(url);
  const link = res.headers.get('link');
  if (!link) { await res.body?.cancel(); return []; }
  return (await res.json()) as unknown[];
}`,
  },
  {
    code: `export async function used(url: string): Promise<boolean> {
  const res = await fetch(url);
  if (res.status > 299) return res.bodyUsed;
  await res.arrayBuffer();
  return true;
}`,
    errors: [
      {
        messageId: 'leaks',
        line: 2,
        column: 21,
        data: { subject: 'Response `res`', where: 'the `return` on line 3', release: 'await res.body?.cancel()' },
        suggestions: [
          {
            messageId: 'insertRelease',
            output: `export async function used(url: string): Promise<boolean> {
  const res = await fetch(url);
  if (res.status > 299) { await res.body?.cancel(); return res.bodyUsed; }
  await res.arrayBuffer();
  return true;
}`,
          },
        ],
      },
    ],
  },
  {
    code: `export async function headersOf(url: string): Promise<Headers> {
  const res = await fetch(url, { method: 'GET' });
  return res.headers;
}`,
    errors: [
      {
        messageId: 'leaks',
        line: 2,
        column: 21,
        data: { subject: 'Response `res`', where: 'the `return` on line 3', release: 'await res.body?.cancel()' },
      },
    ],
    output: `export async function headersOf(url: string): Promise<Headers> {
  const res = await fetch(url, { method: 'GET' });
  await res.body?.cancel();
  return res.headers;
}`,
  },
  {
    code: `export async function del(url: string): Promise<void> {
  const res = await fetch(url, { method: 'DELETE' });
  if (!res.ok) throw new Error(res.statusText);
  await res.body?.cancel();
}`,
    errors: [
      {
        messageId: 'leaks',
        line: 2,
        column: 21,
        data: { subject: 'Response `res`', where: 'the `throw` on line 3', release: 'await res.body?.cancel()' },
      },
    ],
    output: `export async function del(url: string): Promise<void> {
  const res = await fetch(url, { method: 'DELETE' });
  if (!res.ok) { await res.body?.cancel(); throw new Error(res.statusText); }
  await res.body?.cancel();
}`,
  },
  {
    code: `export async function fetchOrDefault(url: string, fallback: string): Promise<string> {
  const res = await fetch(url);
  if (res.ok) {
    return res.text();
  } else {
    return fallback;
  }
}`,
    errors: [
      {
        messageId: 'leaks',
        line: 2,
        column: 21,
        data: { subject: 'Response `res`', where: 'the `return` on line 6', release: 'await res.body?.cancel()' },
      },
    ],
    output: `export async function fetchOrDefault(url: string, fallback: string): Promise<string> {
  const res = await fetch(url);
  if (res.ok) {
    return res.text();
  } else {
    await res.body?.cancel();
    return fallback;
  }
}`,
  },
  {
    code: `export async function stream(url: string, sink: (chunk: Uint8Array) => void, enabled: boolean): Promise<void> {
  const res = await fetch(url);
  if (!enabled) return;
  for await (const chunk of res.body!) sink(chunk);
}`,
    errors: [
      {
        messageId: 'leaks',
        line: 2,
        column: 21,
        data: { subject: 'Response `res`', where: 'the `return` on line 3', release: 'await res.body?.cancel()' },
      },
    ],
    output: `export async function stream(url: string, sink: (chunk: Uint8Array) => void, enabled: boolean): Promise<void> {
  const res = await fetch(url);
  if (!enabled) { await res.body?.cancel(); return; }
  for await (const chunk of res.body!) sink(chunk);
}`,
  },
  {
    code: `export function beacon(url: string): void {
  fetch(url, { method: 'POST', keepalive: true }).catch(() => undefined);
}`,
    errors: [
      { messageId: 'discarded', line: 2, column: 3, data: { callee: 'fetch()', release: 'await res.body?.cancel()' } },
    ],
  },
  {
    code: `export class Client {
  private fail(status: number): never {
    throw new Error(\`request failed with \${status}\`);
  }
  async remove(id: string): Promise<void> {
    const res = await fetch(\`https://api.internal/items/\${id}\`, { method: 'DELETE' });
    if (!res.ok) this.fail(res.status);
    await res.body?.cancel();
  }
}`,
    errors: [
      {
        messageId: 'leaks',
        line: 6,
        column: 23,
        data: {
          subject: 'Response `res`',
          where: 'the call on line 7 that never returns',
          release: 'await res.body?.cancel()',
        },
        suggestions: [
          {
            messageId: 'insertRelease',
            output: `export class Client {
  private fail(status: number): never {
    throw new Error(\`request failed with \${status}\`);
  }
  async remove(id: string): Promise<void> {
    const res = await fetch(\`https://api.internal/items/\${id}\`, { method: 'DELETE' });
    if (!res.ok) { await res.body?.cancel(); this.fail(res.status); }
    await res.body?.cancel();
  }
}`,
          },
        ],
      },
    ],
  },
  {
    code: `import { Client } from 'undici';
const client = new Client('http://localhost:3000');
export async function ready(): Promise<boolean> {
  const { statusCode } = await client.request({ path: '/ready', method: 'GET' });
  return statusCode === 200;
}`,
    errors: [
      {
        messageId: 'leaks',
        line: 4,
        column: 32,
        data: {
          subject: 'The undici response of `client.request()`',
          where: 'the `return` on line 5',
          release: 'await body.dump()',
        },
      },
    ],
  },
  {
    code: `export const onMessage = async (msg: { callbackUrl: string }): Promise<void> => {
  const ack = await fetch(msg.callbackUrl, { method: 'POST' });
  if (!ack.ok) console.warn('ack failed', ack.status);
};`,
    errors: [
      {
        messageId: 'leaks',
        line: 2,
        column: 21,
        data: {
          subject: 'Response `ack`',
          where: 'the end of the function on line 4',
          release: 'await ack.body?.cancel()',
        },
        suggestions: [
          {
            messageId: 'insertRelease',
            output: `export const onMessage = async (msg: { callbackUrl: string }): Promise<void> => {
  const ack = await fetch(msg.callbackUrl, { method: 'POST' });
  if (!ack.ok) console.warn('ack failed', ack.status);
  await ack.body?.cancel();
};`,
          },
        ],
      },
    ],
  },
  {
    code: `export async function classify(url: string): Promise<string> {
  const res = await fetch(url);
  if (res.status === 401) return 'unauthorized';
  if (res.status === 403) return 'forbidden';
  const data = (await res.json()) as { kind: string };
  return data.kind;
}`,
    errors: [
      {
        messageId: 'leaks',
        line: 2,
        column: 21,
        data: { subject: 'Response `res`', where: 'the `return` on line 3', release: 'await res.body?.cancel()' },
      },
    ],
    output: [
      `export async function classify(url: string): Promise<string> {
  const res = await fetch(url);
  if (res.status === 401) { await res.body?.cancel(); return 'unauthorized'; }
  if (res.status === 403) return 'forbidden';
  const data = (await res.json()) as { kind: string };
  return data.kind;
}`,
      `export async function classify(url: string): Promise<string> {
  const res = await fetch(url);
  if (res.status === 401) { await res.body?.cancel(); return 'unauthorized'; }
  if (res.status === 403) { await res.body?.cancel(); return 'forbidden'; }
  const data = (await res.json()) as { kind: string };
  return data.kind;
}`,
    ],
  },
  {
    code: `import { request } from 'undici';
export async function sendWithRetry(url: string): Promise<unknown> {
  for (let i = 0; i < 5; i++) {
    const { statusCode, body } = await request(url);
    if (statusCode === 429 || statusCode >= 500) {
      continue;
    }
    return body.json();
  }
  return undefined;
}`,
    errors: [
      {
        messageId: 'leaks',
        line: 4,
        column: 40,
        data: {
          subject: 'The body `body` of the `request()` response',
          where: 'the `continue` on line 6',
          release: 'await body.dump()',
        },
        suggestions: [
          {
            messageId: 'insertRelease',
            output: `import { request } from 'undici';
export async function sendWithRetry(url: string): Promise<unknown> {
  for (let i = 0; i < 5; i++) {
    const { statusCode, body } = await request(url);
    if (statusCode === 429 || statusCode >= 500) {
      await body.dump();
      continue;
    }
    return body.json();
  }
  return undefined;
}`,
          },
        ],
      },
    ],
  },
  {
    code: `export async function getWithCopy(url: string): Promise<string> {
  const res = await fetch(url);
  if (!res.ok) {
    throw new Error('failed: ' + res.status);
  }
  const copy = res.clone();
  await copy.body?.cancel();
  return res.text();
}`,
    errors: [
      {
        messageId: 'leaks',
        line: 2,
        column: 21,
        data: { subject: 'Response `res`', where: 'the `throw` on line 4', release: 'await res.body?.cancel()' },
      },
    ],
    output: `export async function getWithCopy(url: string): Promise<string> {
  const res = await fetch(url);
  if (!res.ok) {
    await res.body?.cancel();
    throw new Error('failed: ' + res.status);
  }
  const copy = res.clone();
  await copy.body?.cancel();
  return res.text();
}`,
  },
  {
    code: `import https from 'node:https';
export function getJson(url: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    https.get(url, (res) => {
      if (res.statusCode !== 200) {
        reject(new Error(\`status \${res.statusCode}\`));
        return;
      }
      let raw = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (raw += chunk));
      res.on('end', () => resolve(JSON.parse(raw)));
    });
  });
}`,
    errors: [
      {
        messageId: 'leaks',
        line: 4,
        column: 5,
        data: { subject: 'IncomingMessage `res`', where: 'the `return` on line 7', release: 'res.resume()' },
      },
    ],
    output: `import https from 'node:https';
export function getJson(url: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    https.get(url, (res) => {
      if (res.statusCode !== 200) {
        reject(new Error(\`status \${res.statusCode}\`));
        res.resume();
        return;
      }
      let raw = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (raw += chunk));
      res.on('end', () => resolve(JSON.parse(raw)));
    });
  });
}`,
  },
  {
    code: `export async function requireOk(url: string, strict: boolean): Promise<Blob> {
  const res = await fetch(url);
  if (strict) {
    if (!res.ok) {
      throw new Error('not ok');
    }
  }
  return res.blob();
}`,
    errors: [
      {
        messageId: 'leaks',
        line: 2,
        column: 21,
        data: { subject: 'Response `res`', where: 'the `throw` on line 5', release: 'await res.body?.cancel()' },
      },
    ],
    output: `export async function requireOk(url: string, strict: boolean): Promise<Blob> {
  const res = await fetch(url);
  if (strict) {
    if (!res.ok) {
      await res.body?.cancel();
      throw new Error('not ok');
    }
  }
  return res.blob();
}`,
  },
  {
    code: `export async function save(url: string, sink: WritableStream<Uint8Array>): Promise<void> {
  const res = await fetch(url);
  if (!res.ok || !res.body) throw new Error(\`download failed: \${res.status}\`);
  await res.body.pipeTo(sink);
}`,
    errors: [
      {
        messageId: 'leaks',
        line: 2,
        column: 21,
        data: { subject: 'Response `res`', where: 'the `throw` on line 3', release: 'await res.body?.cancel()' },
      },
    ],
    output: `export async function save(url: string, sink: WritableStream<Uint8Array>): Promise<void> {
  const res = await fetch(url);
  if (!res.ok || !res.body) { await res.body?.cancel(); throw new Error(\`download failed: \${res.status}\`); }
  await res.body.pipeTo(sink);
}`,
  },
];

export const invalidWithoutTypes: InvalidTestCase<MessageId, Options>[] = [
  {
    code: `export async function publish(event) {
  const res = await fetch('https://bus.internal/events', { method: 'POST', body: JSON.stringify(event) });
  if (!res.ok) throw new Error('event bus answered ' + res.status);
}`,
    errors: [
      {
        messageId: 'leaks',
        line: 2,
        column: 21,
        data: { subject: 'Response `res`', where: 'the `throw` on line 3', release: 'await res.body?.cancel()' },
      },
    ],
    output: `export async function publish(event) {
  const res = await fetch('https://bus.internal/events', { method: 'POST', body: JSON.stringify(event) });
  if (!res.ok) { await res.body?.cancel(); throw new Error('event bus answered ' + res.status); }
}`,
  },
  {
    code: `export async function send(url) {
  await fetch(url, { method: 'POST' });
}`,
    errors: [
      {
        messageId: 'discarded',
        line: 2,
        column: 9,
        data: { callee: 'fetch()', release: 'await res.body?.cancel()' },
        suggestions: [
          {
            messageId: 'releaseDiscarded',
            output: `export async function send(url) {
  await (await fetch(url, { method: 'POST' })).body?.cancel();
}`,
          },
        ],
      },
    ],
  },
  {
    code: `export async function alive(url) {
  const res = await globalThis.fetch(url);
  return res.ok;
}`,
    errors: [
      {
        messageId: 'leaks',
        line: 2,
        column: 21,
        data: { subject: 'Response `res`', where: 'the `return` on line 3', release: 'await res.body?.cancel()' },
      },
    ],
    output: `export async function alive(url) {
  const res = await globalThis.fetch(url);
  await res.body?.cancel();
  return res.ok;
}`,
  },
  {
    code: `const { request } = require('undici');
async function ping(url) {
  const { statusCode, body } = await request(url);
  if (statusCode !== 200) return false;
  await body.text();
  return true;
}
module.exports = { ping };`,
    errors: [
      {
        messageId: 'leaks',
        line: 3,
        column: 38,
        data: {
          subject: 'The body `body` of the `request()` response',
          where: 'the `return` on line 4',
          release: 'await body.dump()',
        },
      },
    ],
    output: `const { request } = require('undici');
async function ping(url) {
  const { statusCode, body } = await request(url);
  if (statusCode !== 200) { await body.dump(); return false; }
  await body.text();
  return true;
}
module.exports = { ping };`,
  },
  {
    code: `import * as undici from 'undici';
export async function code(url) {
  const res = await undici.request(url);
  return res.statusCode;
}`,
    errors: [
      {
        messageId: 'leaks',
        line: 3,
        column: 21,
        data: { subject: 'Undici response `res`', where: 'the `return` on line 4', release: 'await res.body.dump()' },
      },
    ],
    output: `import * as undici from 'undici';
export async function code(url) {
  const res = await undici.request(url);
  await res.body.dump();
  return res.statusCode;
}`,
  },
  {
    code: `import https from 'node:https';
export function check(url, done) {
  https.get(url, (res) => {
    done(res.statusCode === 200);
  });
}`,
    errors: [
      {
        messageId: 'leaks',
        line: 3,
        column: 3,
        data: { subject: 'IncomingMessage `res`', where: 'the end of the function on line 5', release: 'res.resume()' },
        suggestions: [
          {
            messageId: 'insertRelease',
            output: `import https from 'node:https';
export function check(url, done) {
  https.get(url, (res) => {
    done(res.statusCode === 200);
    res.resume();
  });
}`,
          },
        ],
      },
    ],
  },
  {
    code: `import fetch from 'node-fetch';
export async function getJson(url) {
  const res = await fetch(url);
  if (!res.ok) return null;
  return res.json();
}`,
    errors: [
      {
        messageId: 'leaks',
        line: 3,
        column: 21,
        data: { subject: 'Response `res`', where: 'the `return` on line 4', release: 'res.body?.resume()' },
      },
    ],
    output: `import fetch from 'node-fetch';
export async function getJson(url) {
  const res = await fetch(url);
  if (!res.ok) { res.body?.resume(); return null; }
  return res.json();
}`,
  },
  {
    code: `import axios from 'axios';
export async function open(url) {
  const res = await axios({ url, responseType: 'stream' });
  if (res.status !== 200) throw new Error('failed');
  return res.data;
}`,
    errors: [
      {
        messageId: 'leaks',
        line: 3,
        column: 21,
        data: { subject: 'Axios stream response `res`', where: 'the `throw` on line 4', release: 'res.data.destroy()' },
      },
    ],
    output: `import axios from 'axios';
export async function open(url) {
  const res = await axios({ url, responseType: 'stream' });
  if (res.status !== 200) { res.data.destroy(); throw new Error('failed'); }
  return res.data;
}`,
  },
  {
    code: `import { fetch as undiciFetch } from 'undici';
export async function retry(url) {
  for (let i = 0; i < 3; i++) {
    const res = await undiciFetch(url);
    if (res.status === 503) continue;
    return res.json();
  }
}`,
    errors: [
      {
        messageId: 'leaks',
        line: 4,
        column: 23,
        data: { subject: 'Response `res`', where: 'the `continue` on line 5', release: 'await res.body?.cancel()' },
        suggestions: [
          {
            messageId: 'insertRelease',
            output: `import { fetch as undiciFetch } from 'undici';
export async function retry(url) {
  for (let i = 0; i < 3; i++) {
    const res = await undiciFetch(url);
    if (res.status === 503) { await res.body?.cancel(); continue; }
    return res.json();
  }
}`,
          },
        ],
      },
    ],
  },
  {
    code: `export function statusOf(url) {
  return fetch(url).then((res) => res.status);
}`,
    errors: [
      {
        messageId: 'leaks',
        line: 2,
        column: 10,
        data: {
          subject: 'Response `res`',
          where: 'the end of the function on line 2',
          release: 'await res.body?.cancel()',
        },
      },
    ],
  },
];
