import type { InvalidTestCase } from '@typescript-eslint/rule-tester';

// The invalid cases of no-unattached-abort-signal, shared by its rule test and tests/fix-safety/.

export type MessageId = 'controllerUnattached' | 'signalUnattached' | 'attachSignal';

export const invalid: InvalidTestCase<MessageId, []>[] = [
  // the story: a two-second timeout made and never attached
  {
    code: `async function publish(url: string, event: object): Promise<boolean> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 2000);
  try {
    const res = await fetch(url, { method: 'POST', body: JSON.stringify(event) });
    await res.body?.cancel();
    return res.ok;
  } finally {
    clearTimeout(timer);
  }
}`,
    errors: [
      {
        messageId: 'controllerUnattached',
        data: { name: 'controller' },
        line: 2,
        column: 22,
        suggestions: [
          {
            messageId: 'attachSignal',
            output: `async function publish(url: string, event: object): Promise<boolean> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 2000);
  try {
    const res = await fetch(url, { method: 'POST', body: JSON.stringify(event), signal: controller.signal });
    await res.body?.cancel();
    return res.ok;
  } finally {
    clearTimeout(timer);
  }
}`,
          },
        ],
      },
    ],
    output: null,
  },
  // AbortSignal.timeout discarded
  {
    code: `async function getJson(url: string): Promise<unknown> {
  AbortSignal.timeout(2000);
  const res = await fetch(url);
  return res.json();
}`,
    errors: [
      {
        messageId: 'signalUnattached',
        data: { text: 'AbortSignal.timeout(2000)' },
        line: 2,
        column: 3,
        suggestions: [
          {
            messageId: 'attachSignal',
            output: `async function getJson(url: string): Promise<unknown> {
  const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
  return res.json();
}`,
          },
        ],
      },
    ],
    output: null,
  },
  // timeout signal in a variable never read
  {
    code: `async function getJson(url: string): Promise<unknown> {
  const signal = AbortSignal.timeout(5000);
  const res = await fetch(url);
  return res.json();
}`,
    errors: [
      {
        messageId: 'signalUnattached',
        data: { text: 'signal' },
        line: 2,
        column: 18,
        suggestions: [
          {
            messageId: 'attachSignal',
            output: `async function getJson(url: string): Promise<unknown> {
  const signal = AbortSignal.timeout(5000);
  const res = await fetch(url, { signal });
  return res.json();
}`,
          },
        ],
      },
    ],
    output: null,
  },
  // differently named signal, request with options
  {
    code: `export async function postEvent(url: string, body: string): Promise<number> {
  const timeoutSignal = AbortSignal.timeout(10_000);
  const res = await fetch(url, { method: 'POST', body, headers: { 'content-type': 'application/json' } });
  await res.arrayBuffer();
  return res.status;
}`,
    errors: [
      {
        messageId: 'signalUnattached',
        data: { text: 'timeoutSignal' },
        line: 2,
        column: 25,
        suggestions: [
          {
            messageId: 'attachSignal',
            output: `export async function postEvent(url: string, body: string): Promise<number> {
  const timeoutSignal = AbortSignal.timeout(10_000);
  const res = await fetch(url, { method: 'POST', body, headers: { 'content-type': 'application/json' }, signal: timeoutSignal });
  await res.arrayBuffer();
  return res.status;
}`,
          },
        ],
      },
    ],
    output: null,
  },
  // axios.get without config
  {
    code: `import axios from 'axios';
export async function loadUser(id: string) {
  const controller = new AbortController();
  const timeout = setTimeout(() => controller.abort(), 3000);
  try {
    const { data } = await axios.get(\`/users/\${id}\`);
    return data;
  } finally {
    clearTimeout(timeout);
  }
}`,
    errors: [
      {
        messageId: 'controllerUnattached',
        data: { name: 'controller' },
        line: 3,
        column: 22,
        suggestions: [
          {
            messageId: 'attachSignal',
            output: `import axios from 'axios';
export async function loadUser(id: string) {
  const controller = new AbortController();
  const timeout = setTimeout(() => controller.abort(), 3000);
  try {
    const { data } = await axios.get(\`/users/\${id}\`, { signal: controller.signal });
    return data;
  } finally {
    clearTimeout(timeout);
  }
}`,
          },
        ],
      },
    ],
    output: null,
  },
  // axios.post(url, data)
  {
    code: `import axios from 'axios';
export async function track(event: { name: string }) {
  const controller = new AbortController();
  const timeout = setTimeout(() => controller.abort(), 1500);
  try {
    await axios.post('https://events.example.com/track', event);
  } finally {
    clearTimeout(timeout);
  }
}`,
    errors: [
      {
        messageId: 'controllerUnattached',
        data: { name: 'controller' },
        line: 3,
        column: 22,
        suggestions: [
          {
            messageId: 'attachSignal',
            output: `import axios from 'axios';
export async function track(event: { name: string }) {
  const controller = new AbortController();
  const timeout = setTimeout(() => controller.abort(), 1500);
  try {
    await axios.post('https://events.example.com/track', event, { signal: controller.signal });
  } finally {
    clearTimeout(timeout);
  }
}`,
          },
        ],
      },
    ],
    output: null,
  },
  // got
  {
    code: `import got from 'got';
export async function fetchInventory(sku: string) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 4000);
  try {
    return await got(\`https://inventory.internal/items/\${sku}\`).json();
  } finally {
    clearTimeout(timer);
  }
}`,
    errors: [
      {
        messageId: 'controllerUnattached',
        data: { name: 'controller' },
        line: 3,
        column: 22,
        suggestions: [
          {
            messageId: 'attachSignal',
            output: `import got from 'got';
export async function fetchInventory(sku: string) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 4000);
  try {
    return await got(\`https://inventory.internal/items/\${sku}\`, { signal: controller.signal }).json();
  } finally {
    clearTimeout(timer);
  }
}`,
          },
        ],
      },
    ],
    output: null,
  },
  // ky with options
  {
    code: `import ky from 'ky';
export async function createOrder(order: object) {
  const signal = AbortSignal.timeout(8000);
  return ky.post('https://orders.internal/orders', { json: order }).json();
}`,
    errors: [
      {
        messageId: 'signalUnattached',
        data: { text: 'signal' },
        line: 3,
        column: 18,
        suggestions: [
          {
            messageId: 'attachSignal',
            output: `import ky from 'ky';
export async function createOrder(order: object) {
  const signal = AbortSignal.timeout(8000);
  return ky.post('https://orders.internal/orders', { json: order, signal }).json();
}`,
          },
        ],
      },
    ],
    output: null,
  },
  // undici.request
  {
    code: `import { request } from 'undici';
export async function ping(origin: string) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 1000);
  try {
    const { statusCode, body } = await request(origin, { method: 'HEAD' });
    await body.dump();
    return statusCode;
  } finally {
    clearTimeout(timer);
  }
}`,
    errors: [
      {
        messageId: 'controllerUnattached',
        data: { name: 'controller' },
        line: 3,
        column: 22,
        suggestions: [
          {
            messageId: 'attachSignal',
            output: `import { request } from 'undici';
export async function ping(origin: string) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 1000);
  try {
    const { statusCode, body } = await request(origin, { method: 'HEAD', signal: controller.signal });
    await body.dump();
    return statusCode;
  } finally {
    clearTimeout(timer);
  }
}`,
          },
        ],
      },
    ],
    output: null,
  },
  // abort on SIGTERM, signal never passed
  {
    code: `export async function poll(url: string): Promise<void> {
  const controller = new AbortController();
  process.once('SIGTERM', () => controller.abort());
  const res = await fetch(url);
  await res.text();
}`,
    errors: [
      {
        messageId: 'controllerUnattached',
        data: { name: 'controller' },
        line: 2,
        column: 22,
        suggestions: [
          {
            messageId: 'attachSignal',
            output: `export async function poll(url: string): Promise<void> {
  const controller = new AbortController();
  process.once('SIGTERM', () => controller.abort());
  const res = await fetch(url, { signal: controller.signal });
  await res.text();
}`,
          },
        ],
      },
    ],
    output: null,
  },
  // options object built with the signal, then another object passed
  {
    code: `async function send(url: string, payload: string): Promise<Response> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 5000);
  const init: RequestInit = { method: 'PUT', body: payload, signal: controller.signal };
  try {
    return await fetch(url, { method: 'PUT', body: payload });
  } finally {
    clearTimeout(timer);
  }
}`,
    errors: [
      {
        messageId: 'controllerUnattached',
        data: { name: 'controller' },
        line: 2,
        column: 22,
        suggestions: [
          {
            messageId: 'attachSignal',
            output: `async function send(url: string, payload: string): Promise<Response> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 5000);
  const init: RequestInit = { method: 'PUT', body: payload, signal: controller.signal };
  try {
    return await fetch(url, { method: 'PUT', body: payload, signal: controller.signal });
  } finally {
    clearTimeout(timer);
  }
}`,
          },
        ],
      },
    ],
    output: null,
  },
  // inline timeout in an options object that is never used
  {
    code: `async function getStatus(url: string): Promise<number> {
  const options = { signal: AbortSignal.timeout(3000) };
  const res = await fetch(url);
  await res.body?.cancel();
  return res.status;
}`,
    errors: [
      {
        messageId: 'signalUnattached',
        data: { text: 'AbortSignal.timeout(3000)' },
        line: 2,
        column: 29,
        suggestions: [],
      },
    ],
    output: null,
  },
  // AbortSignal.any discarded
  {
    code: `async function search(url: string, userSignal: AbortSignal): Promise<unknown> {
  AbortSignal.any([userSignal, AbortSignal.timeout(5000)]);
  const res = await fetch(url);
  return res.json();
}`,
    errors: [
      {
        messageId: 'signalUnattached',
        data: { text: 'AbortSignal.any([userSignal, AbortSignal.timeout(5000)])' },
        line: 2,
        column: 3,
        suggestions: [
          {
            messageId: 'attachSignal',
            output: `async function search(url: string, userSignal: AbortSignal): Promise<unknown> {
  const res = await fetch(url, { signal: AbortSignal.any([userSignal, AbortSignal.timeout(5000)]) });
  return res.json();
}`,
          },
        ],
      },
    ],
    output: null,
  },
  // combined signal never read, request with a spread
  {
    code: `export async function fetchWithTimeout(url: string, init: RequestInit & { signal: AbortSignal }, ms: number): Promise<Response> {
  const signal = AbortSignal.any([init.signal, AbortSignal.timeout(ms)]);
  return fetch(url, { ...init });
}`,
    errors: [
      {
        messageId: 'signalUnattached',
        data: { text: 'signal' },
        line: 2,
        column: 18,
        suggestions: [
          {
            messageId: 'attachSignal',
            output: `export async function fetchWithTimeout(url: string, init: RequestInit & { signal: AbortSignal }, ms: number): Promise<Response> {
  const signal = AbortSignal.any([init.signal, AbortSignal.timeout(ms)]);
  return fetch(url, { ...init, signal });
}`,
          },
        ],
      },
    ],
    output: null,
  },
  // destructured signal never used
  {
    code: `export async function download(url: string): Promise<ArrayBuffer> {
  const controller = new AbortController();
  const { signal } = controller;
  const timer = setTimeout(() => controller.abort(), 30_000);
  try {
    const res = await fetch(url);
    return await res.arrayBuffer();
  } finally {
    clearTimeout(timer);
  }
}`,
    errors: [
      {
        messageId: 'controllerUnattached',
        data: { name: 'controller' },
        line: 2,
        column: 22,
        suggestions: [
          {
            messageId: 'attachSignal',
            output: `export async function download(url: string): Promise<ArrayBuffer> {
  const controller = new AbortController();
  const { signal } = controller;
  const timer = setTimeout(() => controller.abort(), 30_000);
  try {
    const res = await fetch(url, { signal: controller.signal });
    return await res.arrayBuffer();
  } finally {
    clearTimeout(timer);
  }
}`,
          },
        ],
      },
    ],
    output: null,
  },
  // retry loop with a controller per attempt
  {
    code: `export async function fetchWithRetry(url: string, attempts = 3): Promise<unknown> {
  for (let attempt = 0; attempt < attempts; attempt++) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), 1000 * (attempt + 1));
    try {
      const res = await fetch(url);
      if (res.ok) return await res.json();
      await res.body?.cancel();
    } catch (error) {
      if (attempt === attempts - 1) throw error;
    } finally {
      clearTimeout(timer);
    }
  }
  throw new Error('unreachable');
}`,
    errors: [
      {
        messageId: 'controllerUnattached',
        data: { name: 'controller' },
        line: 3,
        column: 24,
        suggestions: [
          {
            messageId: 'attachSignal',
            output: `export async function fetchWithRetry(url: string, attempts = 3): Promise<unknown> {
  for (let attempt = 0; attempt < attempts; attempt++) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), 1000 * (attempt + 1));
    try {
      const res = await fetch(url, { signal: controller.signal });
      if (res.ok) return await res.json();
      await res.body?.cancel();
    } catch (error) {
      if (attempt === attempts - 1) throw error;
    } finally {
      clearTimeout(timer);
    }
  }
  throw new Error('unreachable');
}`,
          },
        ],
      },
    ],
    output: null,
  },
  // class-based API client
  {
    code: `export class BillingClient {
  constructor(private readonly baseUrl: string, private readonly timeoutMs = 5000) {}

  async getInvoice(id: string): Promise<unknown> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.timeoutMs);
    try {
      const res = await fetch(\`\${this.baseUrl}/invoices/\${id}\`, { headers: { accept: 'application/json' } });
      return await res.json();
    } finally {
      clearTimeout(timer);
    }
  }
}`,
    errors: [
      {
        messageId: 'controllerUnattached',
        data: { name: 'controller' },
        line: 5,
        column: 24,
        suggestions: [
          {
            messageId: 'attachSignal',
            output: `export class BillingClient {
  constructor(private readonly baseUrl: string, private readonly timeoutMs = 5000) {}

  async getInvoice(id: string): Promise<unknown> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.timeoutMs);
    try {
      const res = await fetch(\`\${this.baseUrl}/invoices/\${id}\`, { headers: { accept: 'application/json' }, signal: controller.signal });
      return await res.json();
    } finally {
      clearTimeout(timer);
    }
  }
}`,
          },
        ],
      },
    ],
    output: null,
  },
  // Lambda-style handler
  {
    code: `export const handler = async (event: { url: string }) => {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 2500);
  try {
    const res = await fetch(event.url);
    return { statusCode: res.status, body: await res.text() };
  } finally {
    clearTimeout(timer);
  }
};`,
    errors: [
      {
        messageId: 'controllerUnattached',
        data: { name: 'controller' },
        line: 2,
        column: 22,
        suggestions: [
          {
            messageId: 'attachSignal',
            output: `export const handler = async (event: { url: string }) => {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 2500);
  try {
    const res = await fetch(event.url, { signal: controller.signal });
    return { statusCode: res.status, body: await res.text() };
  } finally {
    clearTimeout(timer);
  }
};`,
          },
        ],
      },
    ],
    output: null,
  },
  // abort bound and scheduled
  {
    code: `export async function head(url: string): Promise<boolean> {
  const controller = new AbortController();
  const timer = setTimeout(controller.abort.bind(controller), 2000);
  try {
    const res = await fetch(url, { method: 'HEAD' });
    return res.ok;
  } finally {
    clearTimeout(timer);
  }
}`,
    errors: [
      {
        messageId: 'controllerUnattached',
        data: { name: 'controller' },
        line: 2,
        column: 22,
        suggestions: [
          {
            messageId: 'attachSignal',
            output: `export async function head(url: string): Promise<boolean> {
  const controller = new AbortController();
  const timer = setTimeout(controller.abort.bind(controller), 2000);
  try {
    const res = await fetch(url, { method: 'HEAD', signal: controller.signal });
    return res.ok;
  } finally {
    clearTimeout(timer);
  }
}`,
          },
        ],
      },
    ],
    output: null,
  },
  // two requests: no suggestion
  {
    code: `export async function sync(a: string, b: string): Promise<void> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 5000);
  try {
    const first = await fetch(a);
    await first.text();
    const second = await fetch(b);
    await second.text();
  } finally {
    clearTimeout(timer);
  }
}`,
    errors: [{ messageId: 'controllerUnattached', data: { name: 'controller' }, line: 2, column: 22, suggestions: [] }],
    output: null,
  },
  // request before the controller: no suggestion
  {
    code: `export async function refresh(url: string): Promise<string> {
  const pending = fetch(url);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 5000);
  try {
    const res = await pending;
    return await res.text();
  } finally {
    clearTimeout(timer);
  }
}`,
    errors: [{ messageId: 'controllerUnattached', data: { name: 'controller' }, line: 3, column: 22, suggestions: [] }],
    output: null,
  },
  // options passed as a variable: no suggestion
  {
    code: `export async function put(url: string, init: RequestInit): Promise<number> {
  const timeoutSignal = AbortSignal.timeout(5000);
  const res = await fetch(url, init);
  await res.body?.cancel();
  return res.status;
}`,
    errors: [{ messageId: 'signalUnattached', data: { text: 'timeoutSignal' }, line: 2, column: 25, suggestions: [] }],
    output: null,
  },
  // request already has another signal: no suggestion
  {
    code: `export async function proxy(url: string, incoming: { signal: AbortSignal }): Promise<Response> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 10_000);
  try {
    const res = await fetch(url, { signal: incoming.signal });
    return new Response(await res.arrayBuffer(), { status: res.status });
  } finally {
    clearTimeout(timer);
  }
}`,
    errors: [{ messageId: 'controllerUnattached', data: { name: 'controller' }, line: 2, column: 22, suggestions: [] }],
    output: null,
  },
  // no request at all: no suggestion
  {
    code: `export function armWatchdog(ms: number): void {
  const controller = new AbortController();
  setTimeout(() => controller.abort(), ms);
}`,
    errors: [{ messageId: 'controllerUnattached', data: { name: 'controller' }, line: 2, column: 22, suggestions: [] }],
    output: null,
  },
  // abort in an event listener
  {
    code: `import { EventEmitter } from 'node:events';
export async function forward(url: string, connection: EventEmitter): Promise<void> {
  const controller = new AbortController();
  connection.on('close', () => controller.abort());
  const res = await fetch(url, { method: 'POST' });
  await res.body?.cancel();
}`,
    errors: [
      {
        messageId: 'controllerUnattached',
        data: { name: 'controller' },
        line: 3,
        column: 22,
        suggestions: [
          {
            messageId: 'attachSignal',
            output: `import { EventEmitter } from 'node:events';
export async function forward(url: string, connection: EventEmitter): Promise<void> {
  const controller = new AbortController();
  connection.on('close', () => controller.abort());
  const res = await fetch(url, { method: 'POST', signal: controller.signal });
  await res.body?.cancel();
}`,
          },
        ],
      },
    ],
    output: null,
  },
  // node-fetch default import
  {
    code: `import fetch from 'node-fetch';
export async function getText(url: string): Promise<string> {
  const controller = new AbortController();
  const timeout = setTimeout(() => { controller.abort(); }, 7000);
  try {
    const res = await fetch(url);
    return await res.text();
  } finally {
    clearTimeout(timeout);
  }
}`,
    errors: [
      {
        messageId: 'controllerUnattached',
        data: { name: 'controller' },
        line: 3,
        column: 22,
        suggestions: [
          {
            messageId: 'attachSignal',
            output: `import fetch from 'node-fetch';
export async function getText(url: string): Promise<string> {
  const controller = new AbortController();
  const timeout = setTimeout(() => { controller.abort(); }, 7000);
  try {
    const res = await fetch(url, { signal: controller.signal });
    return await res.text();
  } finally {
    clearTimeout(timeout);
  }
}`,
          },
        ],
      },
    ],
    output: null,
  },
  // options object: only another key is read
  {
    code: `export async function call(url: string): Promise<number> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 5000);
  const init = { headers: { authorization: 'Bearer x' }, signal: controller.signal };
  try {
    const res = await fetch(url, { headers: init.headers });
    await res.body?.cancel();
    return res.status;
  } finally {
    clearTimeout(timer);
  }
}`,
    errors: [
      {
        messageId: 'controllerUnattached',
        data: { name: 'controller' },
        line: 2,
        column: 22,
        suggestions: [
          {
            messageId: 'attachSignal',
            output: `export async function call(url: string): Promise<number> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 5000);
  const init = { headers: { authorization: 'Bearer x' }, signal: controller.signal };
  try {
    const res = await fetch(url, { headers: init.headers, signal: controller.signal });
    await res.body?.cancel();
    return res.status;
  } finally {
    clearTimeout(timer);
  }
}`,
          },
        ],
      },
    ],
    output: null,
  },
  // options object destructured for another key
  {
    code: `export async function call(url: string): Promise<number> {
  const opts = { method: 'DELETE', signal: AbortSignal.timeout(4000) };
  const { method } = opts;
  const res = await fetch(url, { method });
  await res.body?.cancel();
  return res.status;
}`,
    errors: [
      {
        messageId: 'signalUnattached',
        data: { text: 'AbortSignal.timeout(4000)' },
        line: 2,
        column: 44,
        suggestions: [],
      },
    ],
    output: null,
  },
  // options object only logged
  {
    code: `export async function call(url: string): Promise<number> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 5000);
  const init = { method: 'GET', signal: controller.signal };
  console.debug('request', url, init);
  try {
    const res = await fetch(url, { method: 'GET' });
    await res.body?.cancel();
    return res.status;
  } finally {
    clearTimeout(timer);
  }
}`,
    errors: [
      {
        messageId: 'controllerUnattached',
        data: { name: 'controller' },
        line: 2,
        column: 22,
        suggestions: [
          {
            messageId: 'attachSignal',
            output: `export async function call(url: string): Promise<number> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 5000);
  const init = { method: 'GET', signal: controller.signal };
  console.debug('request', url, init);
  try {
    const res = await fetch(url, { method: 'GET', signal: controller.signal });
    await res.body?.cancel();
    return res.status;
  } finally {
    clearTimeout(timer);
  }
}`,
          },
        ],
      },
    ],
    output: null,
  },
  // signal only logged
  {
    code: `export async function call(url: string): Promise<number> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 5000);
  console.log(controller.signal);
  try {
    const res = await fetch(url);
    await res.body?.cancel();
    return res.status;
  } finally {
    clearTimeout(timer);
  }
}`,
    errors: [
      {
        messageId: 'controllerUnattached',
        data: { name: 'controller' },
        line: 2,
        column: 22,
        suggestions: [
          {
            messageId: 'attachSignal',
            output: `export async function call(url: string): Promise<number> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 5000);
  console.log(controller.signal);
  try {
    const res = await fetch(url, { signal: controller.signal });
    await res.body?.cancel();
    return res.status;
  } finally {
    clearTimeout(timer);
  }
}`,
          },
        ],
      },
    ],
    output: null,
  },
  // void-ed timeout: no suggestion
  {
    code: `export async function getJson(url: string): Promise<unknown> {
  void AbortSignal.timeout(1000);
  const res = await fetch(url);
  return res.json();
}`,
    errors: [
      {
        messageId: 'signalUnattached',
        data: { text: 'AbortSignal.timeout(1000)' },
        line: 2,
        column: 8,
        suggestions: [],
      },
    ],
    output: null,
  },
  // arrow helper
  {
    code: `export const getJson = async (url: string): Promise<unknown> => {
  const deadline = AbortSignal.timeout(8000);
  const res = await fetch(url, {});
  return res.json();
};`,
    errors: [
      {
        messageId: 'signalUnattached',
        data: { text: 'deadline' },
        line: 2,
        column: 20,
        suggestions: [
          {
            messageId: 'attachSignal',
            output: `export const getJson = async (url: string): Promise<unknown> => {
  const deadline = AbortSignal.timeout(8000);
  const res = await fetch(url, { signal: deadline });
  return res.json();
};`,
          },
        ],
      },
    ],
    output: null,
  },
  // abort on error only
  {
    code: `export async function upload(url: string, body: Uint8Array): Promise<void> {
  const controller = new AbortController();
  try {
    const res = await fetch(url, { method: 'PUT', body });
    await res.body?.cancel();
  } catch (error) {
    controller.abort();
    throw error;
  }
}`,
    errors: [
      {
        messageId: 'controllerUnattached',
        data: { name: 'controller' },
        line: 2,
        column: 22,
        suggestions: [
          {
            messageId: 'attachSignal',
            output: `export async function upload(url: string, body: Uint8Array): Promise<void> {
  const controller = new AbortController();
  try {
    const res = await fetch(url, { method: 'PUT', body, signal: controller.signal });
    await res.body?.cancel();
  } catch (error) {
    controller.abort();
    throw error;
  }
}`,
          },
        ],
      },
    ],
    output: null,
  },
  // options spread into another object that is never used
  {
    code: `export async function call(url: string): Promise<number> {
  const base = { signal: AbortSignal.timeout(2000) };
  const merged = { ...base, method: 'GET' };
  const res = await fetch(url);
  await res.body?.cancel();
  return res.status;
}`,
    errors: [
      {
        messageId: 'signalUnattached',
        data: { text: 'AbortSignal.timeout(2000)' },
        line: 2,
        column: 26,
        suggestions: [],
      },
    ],
    output: null,
  },
  // class field timeout
  {
    code: `export class Health {
  private readonly timeoutMs = 1000;
  async check(url: string): Promise<boolean> {
    AbortSignal.timeout(this.timeoutMs);
    const res = await fetch(url, { method: 'HEAD' });
    return res.ok;
  }
}`,
    errors: [
      {
        messageId: 'signalUnattached',
        data: { text: 'AbortSignal.timeout(this.timeoutMs)' },
        line: 4,
        column: 5,
        suggestions: [
          {
            messageId: 'attachSignal',
            output: `export class Health {
  private readonly timeoutMs = 1000;
  async check(url: string): Promise<boolean> {
    const res = await fetch(url, { method: 'HEAD', signal: AbortSignal.timeout(this.timeoutMs) });
    return res.ok;
  }
}`,
          },
        ],
      },
    ],
    output: null,
  },
  // got.post with options
  {
    code: `import got from 'got';
export async function notify(webhook: string, text: string) {
  const signal = AbortSignal.timeout(3000);
  await got.post(webhook, { json: { text } });
}`,
    errors: [
      {
        messageId: 'signalUnattached',
        data: { text: 'signal' },
        line: 3,
        column: 18,
        suggestions: [
          {
            messageId: 'attachSignal',
            output: `import got from 'got';
export async function notify(webhook: string, text: string) {
  const signal = AbortSignal.timeout(3000);
  await got.post(webhook, { json: { text }, signal });
}`,
          },
        ],
      },
    ],
    output: null,
  },
  // undici fetch
  {
    code: `import { fetch } from 'undici';
export async function metrics(url: string): Promise<string> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 2000);
  try {
    const res = await fetch(url);
    return await res.text();
  } finally {
    clearTimeout(timer);
  }
}`,
    errors: [
      {
        messageId: 'controllerUnattached',
        data: { name: 'controller' },
        line: 3,
        column: 22,
        suggestions: [
          {
            messageId: 'attachSignal',
            output: `import { fetch } from 'undici';
export async function metrics(url: string): Promise<string> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 2000);
  try {
    const res = await fetch(url, { signal: controller.signal });
    return await res.text();
  } finally {
    clearTimeout(timer);
  }
}`,
          },
        ],
      },
    ],
    output: null,
  },
  // node:http request: no options argument in the model, no suggestion
  {
    code: `import http from 'node:http';
export function probe(url: string): void {
  const controller = new AbortController();
  setTimeout(() => controller.abort(), 1000);
  http.get(url, (res) => res.resume());
}`,
    errors: [
      {
        messageId: 'controllerUnattached',
        data: { name: 'controller' },
        line: 3,
        column: 22,
        suggestions: [
          {
            messageId: 'attachSignal',
            output: `import http from 'node:http';
export function probe(url: string): void {
  const controller = new AbortController();
  setTimeout(() => controller.abort(), 1000);
  http.get(url, { signal: controller.signal }, (res) => res.resume());
}`,
          },
        ],
      },
    ],
    output: null,
  },
  // module-level timeout discarded
  {
    code: `AbortSignal.timeout(1000);
export async function getJson(url: string): Promise<unknown> {
  const res = await fetch(url);
  return res.json();
}`,
    errors: [
      {
        messageId: 'signalUnattached',
        data: { text: 'AbortSignal.timeout(1000)' },
        line: 1,
        column: 1,
        suggestions: [],
      },
    ],
    output: null,
  },
  // aborted when a deadline promise settles
  {
    code: `export async function getText(url: string, deadline: Promise<void>): Promise<string> {
  const controller = new AbortController();
  void deadline.then(() => controller.abort());
  const res = await fetch(url);
  return res.text();
}`,
    errors: [
      {
        messageId: 'controllerUnattached',
        data: { name: 'controller' },
        line: 2,
        column: 22,
        suggestions: [
          {
            messageId: 'attachSignal',
            output: `export async function getText(url: string, deadline: Promise<void>): Promise<string> {
  const controller = new AbortController();
  void deadline.then(() => controller.abort());
  const res = await fetch(url, { signal: controller.signal });
  return res.text();
}`,
          },
        ],
      },
    ],
    output: null,
  },
  // .then chain
  {
    code: `export function getJson(url: string): Promise<unknown> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 5000);
  return fetch(url)
    .then((res) => res.json())
    .finally(() => clearTimeout(timer));
}`,
    errors: [
      {
        messageId: 'controllerUnattached',
        data: { name: 'controller' },
        line: 2,
        column: 22,
        suggestions: [
          {
            messageId: 'attachSignal',
            output: `export function getJson(url: string): Promise<unknown> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 5000);
  return fetch(url, { signal: controller.signal })
    .then((res) => res.json())
    .finally(() => clearTimeout(timer));
}`,
          },
        ],
      },
    ],
    output: null,
  },
  // axios request config
  {
    code: `import axios from 'axios';
export async function rpc(method: string, params: unknown[]) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 5000);
  try {
    const { data } = await axios({ url: '/rpc', method: 'post', data: { method, params } });
    return data;
  } finally {
    clearTimeout(timer);
  }
}`,
    errors: [
      {
        messageId: 'controllerUnattached',
        data: { name: 'controller' },
        line: 3,
        column: 22,
        suggestions: [
          {
            messageId: 'attachSignal',
            output: `import axios from 'axios';
export async function rpc(method: string, params: unknown[]) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 5000);
  try {
    const { data } = await axios({ url: '/rpc', method: 'post', data: { method, params }, signal: controller.signal });
    return data;
  } finally {
    clearTimeout(timer);
  }
}`,
          },
        ],
      },
    ],
    output: null,
  },
  // signal read into a local that is never used
  {
    code: `export async function getText(url: string): Promise<string> {
  const controller = new AbortController();
  const signal = controller.signal;
  const timer = setTimeout(() => controller.abort(), 5000);
  try {
    const res = await fetch(url);
    return await res.text();
  } finally {
    clearTimeout(timer);
  }
}`,
    errors: [
      {
        messageId: 'controllerUnattached',
        data: { name: 'controller' },
        line: 2,
        column: 22,
        suggestions: [
          {
            messageId: 'attachSignal',
            output: `export async function getText(url: string): Promise<string> {
  const controller = new AbortController();
  const signal = controller.signal;
  const timer = setTimeout(() => controller.abort(), 5000);
  try {
    const res = await fetch(url, { signal: controller.signal });
    return await res.text();
  } finally {
    clearTimeout(timer);
  }
}`,
          },
        ],
      },
    ],
    output: null,
  },
  // ky default call without options
  {
    code: `import ky from 'ky';
export async function getConfig() {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 2000);
  try {
    return await ky('https://config.internal/v1').json();
  } finally {
    clearTimeout(timer);
  }
}`,
    errors: [
      {
        messageId: 'controllerUnattached',
        data: { name: 'controller' },
        line: 3,
        column: 22,
        suggestions: [
          {
            messageId: 'attachSignal',
            output: `import ky from 'ky';
export async function getConfig() {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 2000);
  try {
    return await ky('https://config.internal/v1', { signal: controller.signal }).json();
  } finally {
    clearTimeout(timer);
  }
}`,
          },
        ],
      },
    ],
    output: null,
  },
  // multi-line options with a trailing comma
  {
    code: `export async function publish(event: unknown): Promise<void> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 2_000);
  try {
    const res = await fetch('https://bus.internal/events', {
      method: 'POST',
      body: JSON.stringify(event),
    });
    await res.body?.cancel();
  } finally {
    clearTimeout(timer);
  }
}`,
    errors: [
      {
        messageId: 'controllerUnattached',
        data: { name: 'controller' },
        line: 2,
        column: 22,
        suggestions: [
          {
            messageId: 'attachSignal',
            output: `export async function publish(event: unknown): Promise<void> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 2_000);
  try {
    const res = await fetch('https://bus.internal/events', {
      method: 'POST',
      body: JSON.stringify(event),
      signal: controller.signal,
    });
    await res.body?.cancel();
  } finally {
    clearTimeout(timer);
  }
}`,
          },
        ],
      },
    ],
    output: null,
  },
  // multi-line options without a trailing comma
  {
    code: `export async function publish(event: unknown): Promise<void> {
  const signal = AbortSignal.timeout(2_000);
  const res = await fetch('https://bus.internal/events', {
    method: 'POST',
    body: JSON.stringify(event)
  });
  await res.body?.cancel();
}`,
    errors: [
      {
        messageId: 'signalUnattached',
        data: { text: 'signal' },
        line: 2,
        column: 18,
        suggestions: [
          {
            messageId: 'attachSignal',
            output: `export async function publish(event: unknown): Promise<void> {
  const signal = AbortSignal.timeout(2_000);
  const res = await fetch('https://bus.internal/events', {
    method: 'POST',
    body: JSON.stringify(event),
    signal
  });
  await res.body?.cancel();
}`,
          },
        ],
      },
    ],
    output: null,
  },
];

export const untypedInvalid: InvalidTestCase<MessageId, []>[] = [
  // the story: a two-second timeout made and never attached
  {
    code: `async function publish(url: string, event: object): Promise<boolean> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 2000);
  try {
    const res = await fetch(url, { method: 'POST', body: JSON.stringify(event) });
    await res.body?.cancel();
    return res.ok;
  } finally {
    clearTimeout(timer);
  }
}`,
    errors: [
      {
        messageId: 'controllerUnattached',
        data: { name: 'controller' },
        line: 2,
        column: 22,
        suggestions: [
          {
            messageId: 'attachSignal',
            output: `async function publish(url: string, event: object): Promise<boolean> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 2000);
  try {
    const res = await fetch(url, { method: 'POST', body: JSON.stringify(event), signal: controller.signal });
    await res.body?.cancel();
    return res.ok;
  } finally {
    clearTimeout(timer);
  }
}`,
          },
        ],
      },
    ],
    output: null,
  },
  // AbortSignal.timeout discarded
  {
    code: `async function getJson(url: string): Promise<unknown> {
  AbortSignal.timeout(2000);
  const res = await fetch(url);
  return res.json();
}`,
    errors: [
      {
        messageId: 'signalUnattached',
        data: { text: 'AbortSignal.timeout(2000)' },
        line: 2,
        column: 3,
        suggestions: [
          {
            messageId: 'attachSignal',
            output: `async function getJson(url: string): Promise<unknown> {
  const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
  return res.json();
}`,
          },
        ],
      },
    ],
    output: null,
  },
  // timeout signal in a variable never read
  {
    code: `async function getJson(url: string): Promise<unknown> {
  const signal = AbortSignal.timeout(5000);
  const res = await fetch(url);
  return res.json();
}`,
    errors: [
      {
        messageId: 'signalUnattached',
        data: { text: 'signal' },
        line: 2,
        column: 18,
        suggestions: [
          {
            messageId: 'attachSignal',
            output: `async function getJson(url: string): Promise<unknown> {
  const signal = AbortSignal.timeout(5000);
  const res = await fetch(url, { signal });
  return res.json();
}`,
          },
        ],
      },
    ],
    output: null,
  },
  // axios.get without config
  {
    code: `import axios from 'axios';
export async function loadUser(id: string) {
  const controller = new AbortController();
  const timeout = setTimeout(() => controller.abort(), 3000);
  try {
    const { data } = await axios.get(\`/users/\${id}\`);
    return data;
  } finally {
    clearTimeout(timeout);
  }
}`,
    errors: [
      {
        messageId: 'controllerUnattached',
        data: { name: 'controller' },
        line: 3,
        column: 22,
        suggestions: [
          {
            messageId: 'attachSignal',
            output: `import axios from 'axios';
export async function loadUser(id: string) {
  const controller = new AbortController();
  const timeout = setTimeout(() => controller.abort(), 3000);
  try {
    const { data } = await axios.get(\`/users/\${id}\`, { signal: controller.signal });
    return data;
  } finally {
    clearTimeout(timeout);
  }
}`,
          },
        ],
      },
    ],
    output: null,
  },
  // got
  {
    code: `import got from 'got';
export async function fetchInventory(sku: string) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 4000);
  try {
    return await got(\`https://inventory.internal/items/\${sku}\`).json();
  } finally {
    clearTimeout(timer);
  }
}`,
    errors: [
      {
        messageId: 'controllerUnattached',
        data: { name: 'controller' },
        line: 3,
        column: 22,
        suggestions: [
          {
            messageId: 'attachSignal',
            output: `import got from 'got';
export async function fetchInventory(sku: string) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 4000);
  try {
    return await got(\`https://inventory.internal/items/\${sku}\`, { signal: controller.signal }).json();
  } finally {
    clearTimeout(timer);
  }
}`,
          },
        ],
      },
    ],
    output: null,
  },
  // undici.request
  {
    code: `import { request } from 'undici';
export async function ping(origin: string) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 1000);
  try {
    const { statusCode, body } = await request(origin, { method: 'HEAD' });
    await body.dump();
    return statusCode;
  } finally {
    clearTimeout(timer);
  }
}`,
    errors: [
      {
        messageId: 'controllerUnattached',
        data: { name: 'controller' },
        line: 3,
        column: 22,
        suggestions: [
          {
            messageId: 'attachSignal',
            output: `import { request } from 'undici';
export async function ping(origin: string) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 1000);
  try {
    const { statusCode, body } = await request(origin, { method: 'HEAD', signal: controller.signal });
    await body.dump();
    return statusCode;
  } finally {
    clearTimeout(timer);
  }
}`,
          },
        ],
      },
    ],
    output: null,
  },
  // AbortSignal.any discarded
  {
    code: `async function search(url: string, userSignal: AbortSignal): Promise<unknown> {
  AbortSignal.any([userSignal, AbortSignal.timeout(5000)]);
  const res = await fetch(url);
  return res.json();
}`,
    errors: [
      {
        messageId: 'signalUnattached',
        data: { text: 'AbortSignal.any([userSignal, AbortSignal.timeout(5000)])' },
        line: 2,
        column: 3,
        suggestions: [
          {
            messageId: 'attachSignal',
            output: `async function search(url: string, userSignal: AbortSignal): Promise<unknown> {
  const res = await fetch(url, { signal: AbortSignal.any([userSignal, AbortSignal.timeout(5000)]) });
  return res.json();
}`,
          },
        ],
      },
    ],
    output: null,
  },
  // retry loop with a controller per attempt
  {
    code: `export async function fetchWithRetry(url: string, attempts = 3): Promise<unknown> {
  for (let attempt = 0; attempt < attempts; attempt++) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), 1000 * (attempt + 1));
    try {
      const res = await fetch(url);
      if (res.ok) return await res.json();
      await res.body?.cancel();
    } catch (error) {
      if (attempt === attempts - 1) throw error;
    } finally {
      clearTimeout(timer);
    }
  }
  throw new Error('unreachable');
}`,
    errors: [
      {
        messageId: 'controllerUnattached',
        data: { name: 'controller' },
        line: 3,
        column: 24,
        suggestions: [
          {
            messageId: 'attachSignal',
            output: `export async function fetchWithRetry(url: string, attempts = 3): Promise<unknown> {
  for (let attempt = 0; attempt < attempts; attempt++) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), 1000 * (attempt + 1));
    try {
      const res = await fetch(url, { signal: controller.signal });
      if (res.ok) return await res.json();
      await res.body?.cancel();
    } catch (error) {
      if (attempt === attempts - 1) throw error;
    } finally {
      clearTimeout(timer);
    }
  }
  throw new Error('unreachable');
}`,
          },
        ],
      },
    ],
    output: null,
  },
  // no request at all: no suggestion
  {
    code: `export function armWatchdog(ms: number): void {
  const controller = new AbortController();
  setTimeout(() => controller.abort(), ms);
}`,
    errors: [{ messageId: 'controllerUnattached', data: { name: 'controller' }, line: 2, column: 22, suggestions: [] }],
    output: null,
  },
  // abort on error only
  {
    code: `export async function upload(url: string, body: Uint8Array): Promise<void> {
  const controller = new AbortController();
  try {
    const res = await fetch(url, { method: 'PUT', body });
    await res.body?.cancel();
  } catch (error) {
    controller.abort();
    throw error;
  }
}`,
    errors: [
      {
        messageId: 'controllerUnattached',
        data: { name: 'controller' },
        line: 2,
        column: 22,
        suggestions: [
          {
            messageId: 'attachSignal',
            output: `export async function upload(url: string, body: Uint8Array): Promise<void> {
  const controller = new AbortController();
  try {
    const res = await fetch(url, { method: 'PUT', body, signal: controller.signal });
    await res.body?.cancel();
  } catch (error) {
    controller.abort();
    throw error;
  }
}`,
          },
        ],
      },
    ],
    output: null,
  },
  // .then chain
  {
    code: `export function getJson(url: string): Promise<unknown> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 5000);
  return fetch(url)
    .then((res) => res.json())
    .finally(() => clearTimeout(timer));
}`,
    errors: [
      {
        messageId: 'controllerUnattached',
        data: { name: 'controller' },
        line: 2,
        column: 22,
        suggestions: [
          {
            messageId: 'attachSignal',
            output: `export function getJson(url: string): Promise<unknown> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 5000);
  return fetch(url, { signal: controller.signal })
    .then((res) => res.json())
    .finally(() => clearTimeout(timer));
}`,
          },
        ],
      },
    ],
    output: null,
  },
];
