import type { InvalidTestCase } from '@typescript-eslint/rule-tester';

// The invalid cases of clear-abort-timer, shared by its rule test and tests/fix-safety/.

export type MessageId = 'notCleared' | 'neverCleared' | 'neverClearedHandle' | 'useTimeoutSignal';

export const invalid: InvalidTestCase<MessageId, []>[] = [
  // cleared after the awaited request, outside any try: the rejection path keeps it
  {
    code: `export async function getJson(url: string): Promise<unknown> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 5000);
  const res = await fetch(url, { signal: controller.signal });
  clearTimeout(timer);
  return res.json();
}`,
    errors: [
      {
        messageId: 'notCleared',
        data: { timer: 'timer', what: 'aborts `controller`', where: 'when `fetch()` on line 4 rejects' },
        line: 3,
        column: 17,
        suggestions: [
          {
            messageId: 'useTimeoutSignal',
            output: `export async function getJson(url: string): Promise<unknown> {
  const res = await fetch(url, { signal: AbortSignal.timeout(5000) });
  return res.json();
}`,
          },
        ],
      },
    ],
    output: null,
  },
  // cleared only on the happy path inside try/catch: the throw on !ok keeps it; fix adds finally
  {
    code: `export async function getUser(id: string): Promise<unknown> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 3000);
  try {
    const res = await fetch(\`/users/\${id}\`, { signal: controller.signal });
    if (!res.ok) throw new Error(\`HTTP \${res.status}\`);
    const data = await res.json();
    clearTimeout(timer);
    return data;
  } catch (error) {
    console.error('getUser failed', error);
    throw error;
  }
}`,
    errors: [
      {
        messageId: 'notCleared',
        data: { timer: 'timer', what: 'aborts `controller`', where: 'before the `throw` on line 12' },
        line: 3,
        column: 17,
        suggestions: [
          {
            messageId: 'useTimeoutSignal',
            output: `export async function getUser(id: string): Promise<unknown> {
  try {
    const res = await fetch(\`/users/\${id}\`, { signal: AbortSignal.timeout(3000) });
    if (!res.ok) throw new Error(\`HTTP \${res.status}\`);
    const data = await res.json();
    return data;
  } catch (error) {
    console.error('getUser failed', error);
    throw error;
  }
}`,
          },
        ],
      },
    ],
    output: `export async function getUser(id: string): Promise<unknown> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 3000);
  try {
    const res = await fetch(\`/users/\${id}\`, { signal: controller.signal });
    if (!res.ok) throw new Error(\`HTTP \${res.status}\`);
    const data = await res.json();
    clearTimeout(timer);
    return data;
  } catch (error) {
    console.error('getUser failed', error);
    throw error;
  } finally {
    clearTimeout(timer);
  }
}`,
  },
  // never cleared, try/catch around the request: fix creates finally
  {
    code: `export async function publish(url: string, event: object): Promise<boolean> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 2000);
  try {
    const res = await fetch(url, { method: 'POST', body: JSON.stringify(event), signal: controller.signal });
    await res.body?.cancel();
    return res.ok;
  } catch {
    return false;
  }
}`,
    errors: [
      {
        messageId: 'notCleared',
        data: { timer: 'timer', what: 'aborts `controller`', where: 'before the `return` on line 9' },
        line: 3,
        column: 17,
        suggestions: [
          {
            messageId: 'useTimeoutSignal',
            output: `export async function publish(url: string, event: object): Promise<boolean> {
  try {
    const res = await fetch(url, { method: 'POST', body: JSON.stringify(event), signal: AbortSignal.timeout(2000) });
    await res.body?.cancel();
    return res.ok;
  } catch {
    return false;
  }
}`,
          },
        ],
      },
    ],
    output: `export async function publish(url: string, event: object): Promise<boolean> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 2000);
  try {
    const res = await fetch(url, { method: 'POST', body: JSON.stringify(event), signal: controller.signal });
    await res.body?.cancel();
    return res.ok;
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}`,
  },
  // handle discarded
  {
    code: `export async function getJson(url: string): Promise<unknown> {
  const controller = new AbortController();
  setTimeout(() => controller.abort(), 5000);
  const res = await fetch(url, { signal: controller.signal });
  return res.json();
}`,
    errors: [
      {
        messageId: 'neverCleared',
        data: { what: 'aborts `controller`' },
        line: 3,
        column: 3,
        suggestions: [
          {
            messageId: 'useTimeoutSignal',
            output: `export async function getJson(url: string): Promise<unknown> {
  const res = await fetch(url, { signal: AbortSignal.timeout(5000) });
  return res.json();
}`,
          },
        ],
      },
    ],
    output: null,
  },
  // retry loop: cleared only when the response is ok
  {
    code: `export async function fetchWithRetry(url: string, attempts = 3): Promise<unknown> {
  for (let attempt = 0; attempt < attempts; attempt++) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), 1000);
    const res = await fetch(url, { signal: controller.signal });
    if (res.ok) {
      clearTimeout(timer);
      return res.json();
    }
    await res.body?.cancel();
  }
  throw new Error('retries exhausted');
}`,
    errors: [
      {
        messageId: 'notCleared',
        data: { timer: 'timer', what: 'aborts `controller`', where: "before the loop's next iteration (line 2)" },
        line: 4,
        column: 19,
        suggestions: [
          {
            messageId: 'useTimeoutSignal',
            output: `export async function fetchWithRetry(url: string, attempts = 3): Promise<unknown> {
  for (let attempt = 0; attempt < attempts; attempt++) {
    const res = await fetch(url, { signal: AbortSignal.timeout(1000) });
    if (res.ok) {
      return res.json();
    }
    await res.body?.cancel();
  }
  throw new Error('retries exhausted');
}`,
          },
        ],
      },
    ],
    output: null,
  },
  // class method with an existing finally that does not clear
  {
    code: `export class BillingClient {
  constructor(private readonly baseUrl: string, private readonly timeoutMs = 5000) {}

  async getInvoice(id: string): Promise<unknown> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.timeoutMs);
    try {
      const res = await fetch(\`\${this.baseUrl}/invoices/\${id}\`, { signal: controller.signal });
      return await res.json();
    } finally {
      console.debug('invoice fetched', id);
    }
  }
}`,
    errors: [
      {
        messageId: 'notCleared',
        data: { timer: 'timer', what: 'aborts `controller`', where: 'before the end of the function on line 13' },
        line: 6,
        column: 19,
        suggestions: [
          {
            messageId: 'useTimeoutSignal',
            output: `export class BillingClient {
  constructor(private readonly baseUrl: string, private readonly timeoutMs = 5000) {}

  async getInvoice(id: string): Promise<unknown> {
    try {
      const res = await fetch(\`\${this.baseUrl}/invoices/\${id}\`, { signal: AbortSignal.timeout(this.timeoutMs) });
      return await res.json();
    } finally {
      console.debug('invoice fetched', id);
    }
  }
}`,
          },
        ],
      },
    ],
    output: `export class BillingClient {
  constructor(private readonly baseUrl: string, private readonly timeoutMs = 5000) {}

  async getInvoice(id: string): Promise<unknown> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.timeoutMs);
    try {
      const res = await fetch(\`\${this.baseUrl}/invoices/\${id}\`, { signal: controller.signal });
      return await res.json();
    } finally {
      clearTimeout(timer);
      console.debug('invoice fetched', id);
    }
  }
}`,
  },
  // race with an inline timeout promise
  {
    code: `export async function getJson(url: string): Promise<unknown> {
  const res = await Promise.race([
    fetch(url),
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error('request timeout')), 5000)),
  ]);
  return res.json();
}`,
    errors: [
      {
        messageId: 'neverCleared',
        data: { what: 'rejects the `Promise.race()` with the request' },
        line: 4,
        column: 39,
        suggestions: [],
      },
    ],
    output: null,
  },
  // race with a kept handle cleared only after the await
  {
    code: `export async function getJson(url: string): Promise<unknown> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timeout')), 5000);
  });
  const res = await Promise.race([fetch(url), timeout]);
  clearTimeout(timer);
  return res.json();
}`,
    errors: [
      {
        messageId: 'notCleared',
        data: {
          timer: 'timer',
          what: 'rejects the `Promise.race()` with the request',
          where: 'when `Promise.race()` on line 6 rejects',
        },
        line: 4,
        column: 13,
        suggestions: [],
      },
    ],
    output: null,
  },
  // race with a kept handle never cleared, try/catch around the race: fix
  {
    code: `export async function getStatus(url: string): Promise<number> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timeout')), 5000);
  });
  try {
    const res = await Promise.race([fetch(url), timeout]);
    await res.body?.cancel();
    return res.status;
  } catch {
    return 0;
  }
}`,
    errors: [
      {
        messageId: 'notCleared',
        data: {
          timer: 'timer',
          what: 'rejects the `Promise.race()` with the request',
          where: 'before the `return` on line 11',
        },
        line: 4,
        column: 13,
        suggestions: [],
      },
    ],
    output: `export async function getStatus(url: string): Promise<number> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timeout')), 5000);
  });
  try {
    const res = await Promise.race([fetch(url), timeout]);
    await res.body?.cancel();
    return res.status;
  } catch {
    return 0;
  } finally {
    clearTimeout(timer);
  }
}`,
  },
  // axios, cleared after the await
  {
    code: `import axios from 'axios';
export async function loadUser(id: string) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 3000);
  const { data } = await axios.get(\`/users/\${id}\`, { signal: controller.signal });
  clearTimeout(timer);
  return data;
}`,
    errors: [
      {
        messageId: 'notCleared',
        data: { timer: 'timer', what: 'aborts `controller`', where: 'when `axios.get()` on line 5 rejects' },
        line: 4,
        column: 17,
        suggestions: [
          {
            messageId: 'useTimeoutSignal',
            output: `import axios from 'axios';
export async function loadUser(id: string) {
  const { data } = await axios.get(\`/users/\${id}\`, { signal: AbortSignal.timeout(3000) });
  return data;
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
  const body = await got(\`https://inventory.internal/items/\${sku}\`, { signal: controller.signal }).json();
  clearTimeout(timer);
  return body;
}`,
    errors: [
      {
        messageId: 'notCleared',
        data: { timer: 'timer', what: 'aborts `controller`', where: 'when `got()` on line 5 rejects' },
        line: 4,
        column: 17,
        suggestions: [
          {
            messageId: 'useTimeoutSignal',
            output: `import got from 'got';
export async function fetchInventory(sku: string) {
  const body = await got(\`https://inventory.internal/items/\${sku}\`, { signal: AbortSignal.timeout(4000) }).json();
  return body;
}`,
          },
        ],
      },
    ],
    output: null,
  },
  // ky, never cleared
  {
    code: `import ky from 'ky';
export async function createOrder(order: object) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 8000);
  const created = await ky.post('https://orders.internal/orders', { json: order, signal: controller.signal }).json();
  return { created };
}`,
    errors: [
      {
        messageId: 'notCleared',
        data: { timer: 'timer', what: 'aborts `controller`', where: 'before the `return` on line 6' },
        line: 4,
        column: 17,
        suggestions: [
          {
            messageId: 'useTimeoutSignal',
            output: `import ky from 'ky';
export async function createOrder(order: object) {
  const created = await ky.post('https://orders.internal/orders', { json: order, signal: AbortSignal.timeout(8000) }).json();
  return { created };
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
  const { statusCode, body } = await request(origin, { method: 'HEAD', signal: controller.signal });
  await body.dump();
  clearTimeout(timer);
  return statusCode;
}`,
    errors: [
      {
        messageId: 'notCleared',
        data: { timer: 'timer', what: 'aborts `controller`', where: 'when `request()` on line 5 rejects' },
        line: 4,
        column: 17,
        suggestions: [
          {
            messageId: 'useTimeoutSignal',
            output: `import { request } from 'undici';
export async function ping(origin: string) {
  const { statusCode, body } = await request(origin, { method: 'HEAD', signal: AbortSignal.timeout(1000) });
  await body.dump();
  return statusCode;
}`,
          },
        ],
      },
    ],
    output: null,
  },
  // early return before the request
  {
    code: `const cache = new Map<string, unknown>();
export async function cached(url: string): Promise<unknown> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 5000);
  if (cache.has(url)) return cache.get(url);
  try {
    const res = await fetch(url, { signal: controller.signal });
    const value: unknown = await res.json();
    cache.set(url, value);
    return value;
  } finally {
    clearTimeout(timer);
  }
}`,
    errors: [
      {
        messageId: 'notCleared',
        data: { timer: 'timer', what: 'aborts `controller`', where: 'before the `return` on line 5' },
        line: 4,
        column: 17,
        suggestions: [
          {
            messageId: 'useTimeoutSignal',
            output: `const cache = new Map<string, unknown>();
export async function cached(url: string): Promise<unknown> {
  if (cache.has(url)) return cache.get(url);
  const res = await fetch(url, { signal: AbortSignal.timeout(5000) });
  const value: unknown = await res.json();
  cache.set(url, value);
  return value;
}`,
          },
        ],
      },
    ],
    output: null,
  },
  // unref is not clearing
  {
    code: `export async function getText(url: string): Promise<string> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 5000).unref();
  const res = await fetch(url, { signal: controller.signal });
  return res.text();
}`,
    errors: [
      {
        messageId: 'notCleared',
        data: { timer: 'timer', what: 'aborts `controller`', where: 'before the `return` on line 5' },
        line: 3,
        column: 17,
        suggestions: [],
      },
    ],
    output: null,
  },
  // unref on the handle is not clearing either
  {
    code: `export async function getText(url: string): Promise<string> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 5000);
  timer.unref();
  const res = await fetch(url, { signal: controller.signal });
  return res.text();
}`,
    errors: [
      {
        messageId: 'notCleared',
        data: { timer: 'timer', what: 'aborts `controller`', where: 'before the `return` on line 6' },
        line: 3,
        column: 17,
        suggestions: [],
      },
    ],
    output: null,
  },
  // cleared only in catch
  {
    code: `export async function getText(url: string): Promise<string> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 5000);
  try {
    const res = await fetch(url, { signal: controller.signal });
    return await res.text();
  } catch (error) {
    clearTimeout(timer);
    throw error;
  }
}`,
    errors: [
      {
        messageId: 'notCleared',
        data: { timer: 'timer', what: 'aborts `controller`', where: 'before the `return` on line 6' },
        line: 3,
        column: 17,
        suggestions: [
          {
            messageId: 'useTimeoutSignal',
            output: `export async function getText(url: string): Promise<string> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(5000) });
    return await res.text();
  } catch (error) {
    throw error;
  }
}`,
          },
        ],
      },
    ],
    output: `export async function getText(url: string): Promise<string> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 5000);
  try {
    const res = await fetch(url, { signal: controller.signal });
    return await res.text();
  } catch (error) {
    clearTimeout(timer);
    throw error;
  } finally {
    clearTimeout(timer);
  }
}`,
  },
  // abort with a reason, block body
  {
    code: `export async function getText(url: string): Promise<string> {
  const controller = new AbortController();
  const timer = setTimeout(() => {
    controller.abort(new Error('upstream timed out'));
  }, 5000);
  try {
    const res = await fetch(url, { signal: controller.signal });
    return await res.text();
  } catch (error) {
    throw new Error('upstream failed', { cause: error });
  }
}`,
    errors: [
      {
        messageId: 'notCleared',
        data: { timer: 'timer', what: 'aborts `controller`', where: 'before the `return` on line 8' },
        line: 3,
        column: 17,
        suggestions: [],
      },
    ],
    output: `export async function getText(url: string): Promise<string> {
  const controller = new AbortController();
  const timer = setTimeout(() => {
    controller.abort(new Error('upstream timed out'));
  }, 5000);
  try {
    const res = await fetch(url, { signal: controller.signal });
    return await res.text();
  } catch (error) {
    throw new Error('upstream failed', { cause: error });
  } finally {
    clearTimeout(timer);
  }
}`,
  },
  // function expression callback
  {
    code: `export async function getText(url: string): Promise<string> {
  const controller = new AbortController();
  const timer = setTimeout(function () {
    controller.abort();
  }, 5000);
  const res = await fetch(url, { signal: controller.signal });
  clearTimeout(timer);
  return res.text();
}`,
    errors: [
      {
        messageId: 'notCleared',
        data: { timer: 'timer', what: 'aborts `controller`', where: 'when `fetch()` on line 6 rejects' },
        line: 3,
        column: 17,
        suggestions: [
          {
            messageId: 'useTimeoutSignal',
            output: `export async function getText(url: string): Promise<string> {
  const res = await fetch(url, { signal: AbortSignal.timeout(5000) });
  return res.text();
}`,
          },
        ],
      },
    ],
    output: null,
  },
  // bound abort
  {
    code: `export async function head(url: string): Promise<boolean> {
  const controller = new AbortController();
  const timer = setTimeout(controller.abort.bind(controller), 2000);
  const res = await fetch(url, { method: 'HEAD', signal: controller.signal });
  clearTimeout(timer);
  return res.ok;
}`,
    errors: [
      {
        messageId: 'notCleared',
        data: { timer: 'timer', what: 'aborts `controller`', where: 'when `fetch()` on line 4 rejects' },
        line: 3,
        column: 17,
        suggestions: [
          {
            messageId: 'useTimeoutSignal',
            output: `export async function head(url: string): Promise<boolean> {
  const res = await fetch(url, { method: 'HEAD', signal: AbortSignal.timeout(2000) });
  return res.ok;
}`,
          },
        ],
      },
    ],
    output: null,
  },
  // lambda handler
  {
    code: `export const handler = async (event: { url: string }) => {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 2500);
  const res = await fetch(event.url, { signal: controller.signal });
  if (res.status >= 500) {
    await res.body?.cancel();
    return { statusCode: 502, body: 'upstream error' };
  }
  clearTimeout(timer);
  return { statusCode: res.status, body: await res.text() };
}`,
    errors: [
      {
        messageId: 'notCleared',
        data: { timer: 'timer', what: 'aborts `controller`', where: 'before the `return` on line 7' },
        line: 3,
        column: 17,
        suggestions: [
          {
            messageId: 'useTimeoutSignal',
            output: `export const handler = async (event: { url: string }) => {
  const res = await fetch(event.url, { signal: AbortSignal.timeout(2500) });
  if (res.status >= 500) {
    await res.body?.cancel();
    return { statusCode: 502, body: 'upstream error' };
  }
  return { statusCode: res.status, body: await res.text() };
}`,
          },
        ],
      },
    ],
    output: null,
  },
  // destructured signal
  {
    code: `export async function fetchWithoutDelay(url: string): Promise<unknown> {
  const controller = new AbortController();
  const { signal } = controller;
  const timer = setTimeout(() => {
    controller.abort();
  }, 20);
  const data = await fetch(url, { signal });
  clearTimeout(timer);
  return data.json();
}`,
    errors: [
      {
        messageId: 'notCleared',
        data: { timer: 'timer', what: 'aborts `controller`', where: 'when `fetch()` on line 7 rejects' },
        line: 4,
        column: 17,
        suggestions: [],
      },
    ],
    output: null,
  },
  // combined with the caller's signal
  {
    code: `export async function search(url: string, userSignal: AbortSignal): Promise<unknown> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 5000);
  const res = await fetch(url, { signal: AbortSignal.any([userSignal, controller.signal]) });
  clearTimeout(timer);
  return res.json();
}`,
    errors: [
      {
        messageId: 'notCleared',
        data: { timer: 'timer', what: 'aborts `controller`', where: 'when `fetch()` on line 4 rejects' },
        line: 3,
        column: 17,
        suggestions: [],
      },
    ],
    output: null,
  },
  // options object in a variable
  {
    code: `export async function post(url: string, body: string): Promise<number> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 5000);
  const init: RequestInit = { method: 'POST', body, signal: controller.signal };
  const res = await fetch(url, init);
  await res.body?.cancel();
  return res.status;
}`,
    errors: [
      {
        messageId: 'notCleared',
        data: { timer: 'timer', what: 'aborts `controller`', where: 'before the `return` on line 7' },
        line: 3,
        column: 17,
        suggestions: [],
      },
    ],
    output: null,
  },
  // continue in a loop over URLs
  {
    code: `export async function crawl(urls: string[]): Promise<string[]> {
  const pages: string[] = [];
  for (const url of urls) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), 5000);
    try {
      const res = await fetch(url, { signal: controller.signal });
      if (res.status === 404) {
        await res.body?.cancel();
        continue;
      }
      pages.push(await res.text());
      clearTimeout(timer);
    } catch (error) {
      console.warn('skipping', url, error);
    }
  }
  return pages;
}`,
    errors: [
      {
        messageId: 'notCleared',
        data: { timer: 'timer', what: 'aborts `controller`', where: "before the loop's next iteration (line 3)" },
        line: 5,
        column: 19,
        suggestions: [
          {
            messageId: 'useTimeoutSignal',
            output: `export async function crawl(urls: string[]): Promise<string[]> {
  const pages: string[] = [];
  for (const url of urls) {
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(5000) });
      if (res.status === 404) {
        await res.body?.cancel();
        continue;
      }
      pages.push(await res.text());
    } catch (error) {
      console.warn('skipping', url, error);
    }
  }
  return pages;
}`,
          },
        ],
      },
    ],
    output: `export async function crawl(urls: string[]): Promise<string[]> {
  const pages: string[] = [];
  for (const url of urls) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), 5000);
    try {
      const res = await fetch(url, { signal: controller.signal });
      if (res.status === 404) {
        await res.body?.cancel();
        continue;
      }
      pages.push(await res.text());
      clearTimeout(timer);
    } catch (error) {
      console.warn('skipping', url, error);
    } finally {
      clearTimeout(timer);
    }
  }
  return pages;
}`,
  },
  // node:timers default import
  {
    code: `import timers from 'node:timers';
export async function getText(url: string): Promise<string> {
  const controller = new AbortController();
  const timer = timers.setTimeout(() => controller.abort(), 5000);
  const res = await fetch(url, { signal: controller.signal });
  timers.clearTimeout(timer);
  return res.text();
}`,
    errors: [
      {
        messageId: 'notCleared',
        data: { timer: 'timer', what: 'aborts `controller`', where: 'when `fetch()` on line 5 rejects' },
        line: 4,
        column: 17,
        suggestions: [
          {
            messageId: 'useTimeoutSignal',
            output: `import timers from 'node:timers';
export async function getText(url: string): Promise<string> {
  const res = await fetch(url, { signal: AbortSignal.timeout(5000) });
  return res.text();
}`,
          },
        ],
      },
    ],
    output: null,
  },
  // globalThis.setTimeout
  {
    code: `export async function getText(url: string): Promise<string> {
  const controller = new AbortController();
  const timer = globalThis.setTimeout(() => controller.abort(), 5000);
  try {
    const res = await fetch(url, { signal: controller.signal });
    return await res.text();
  } catch {
    return '';
  }
}`,
    errors: [
      {
        messageId: 'notCleared',
        data: { timer: 'timer', what: 'aborts `controller`', where: 'before the `return` on line 6' },
        line: 3,
        column: 17,
        suggestions: [
          {
            messageId: 'useTimeoutSignal',
            output: `export async function getText(url: string): Promise<string> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(5000) });
    return await res.text();
  } catch {
    return '';
  }
}`,
          },
        ],
      },
    ],
    output: `export async function getText(url: string): Promise<string> {
  const controller = new AbortController();
  const timer = globalThis.setTimeout(() => controller.abort(), 5000);
  try {
    const res = await fetch(url, { signal: controller.signal });
    return await res.text();
  } catch {
    return '';
  } finally {
    clearTimeout(timer);
  }
}`,
  },
  // timer armed inside try, handle declared outside
  {
    code: `export async function getText(url: string): Promise<string> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  try {
    timer = setTimeout(() => controller.abort(), 5000);
    const res = await fetch(url, { signal: controller.signal });
    return await res.text();
  } catch {
    return '';
  }
}`,
    errors: [
      {
        messageId: 'notCleared',
        data: { timer: 'timer', what: 'aborts `controller`', where: 'before the `return` on line 7' },
        line: 5,
        column: 13,
        suggestions: [],
      },
    ],
    output: `export async function getText(url: string): Promise<string> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  try {
    timer = setTimeout(() => controller.abort(), 5000);
    const res = await fetch(url, { signal: controller.signal });
    return await res.text();
  } catch {
    return '';
  } finally {
    clearTimeout(timer);
  }
}`,
  },
  // class property arrow
  {
    code: `export class Api {
  constructor(private readonly base: string) {}
  getJson = async (path: string): Promise<unknown> => {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), 10_000);
    const res = await fetch(this.base + path, { signal: controller.signal });
    if (!res.ok) throw new Error(res.statusText);
    clearTimeout(timer);
    return res.json();
  };
}`,
    errors: [
      {
        messageId: 'notCleared',
        data: { timer: 'timer', what: 'aborts `controller`', where: 'before the `throw` on line 7' },
        line: 5,
        column: 19,
        suggestions: [
          {
            messageId: 'useTimeoutSignal',
            output: `export class Api {
  constructor(private readonly base: string) {}
  getJson = async (path: string): Promise<unknown> => {
    const res = await fetch(this.base + path, { signal: AbortSignal.timeout(10_000) });
    if (!res.ok) throw new Error(res.statusText);
    return res.json();
  };
}`,
          },
        ],
      },
    ],
    output: null,
  },
  // race against a request chain, kept in a const promise, inline discarded timer
  {
    code: `export async function getJson(url: string): Promise<unknown> {
  const timeout = new Promise<never>((_, reject) => {
    setTimeout(() => reject(new Error('timeout')), 3000);
  });
  return Promise.race([fetch(url).then((res) => res.json()), timeout]);
}`,
    errors: [
      {
        messageId: 'neverCleared',
        data: { what: 'rejects the `Promise.race()` with the request' },
        line: 3,
        column: 5,
        suggestions: [],
      },
    ],
    output: null,
  },
  // race, reject passed directly
  {
    code: `export async function getStatus(url: string): Promise<number> {
  const timeout = new Promise<never>((_, reject) => setTimeout(reject, 3000, new Error('timeout')));
  const res = await Promise.race([fetch(url), timeout]);
  await res.body?.cancel();
  return res.status;
}`,
    errors: [
      {
        messageId: 'neverCleared',
        data: { what: 'rejects the `Promise.race()` with the request' },
        line: 2,
        column: 53,
        suggestions: [],
      },
    ],
    output: null,
  },
  // return null on a bad status before the clear, try/catch: fix
  {
    code: `export async function findUser(id: string): Promise<unknown> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 3000);
  try {
    const res = await fetch(\`/users/\${id}\`, { signal: controller.signal });
    if (res.status === 404) {
      await res.body?.cancel();
      return null;
    }
    const user: unknown = await res.json();
    clearTimeout(timer);
    return user;
  } catch (error) {
    console.error(error);
    return null;
  }
}`,
    errors: [
      {
        messageId: 'notCleared',
        data: { timer: 'timer', what: 'aborts `controller`', where: 'before the `return` on line 15' },
        line: 3,
        column: 17,
        suggestions: [
          {
            messageId: 'useTimeoutSignal',
            output: `export async function findUser(id: string): Promise<unknown> {
  try {
    const res = await fetch(\`/users/\${id}\`, { signal: AbortSignal.timeout(3000) });
    if (res.status === 404) {
      await res.body?.cancel();
      return null;
    }
    const user: unknown = await res.json();
    return user;
  } catch (error) {
    console.error(error);
    return null;
  }
}`,
          },
        ],
      },
    ],
    output: `export async function findUser(id: string): Promise<unknown> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 3000);
  try {
    const res = await fetch(\`/users/\${id}\`, { signal: controller.signal });
    if (res.status === 404) {
      await res.body?.cancel();
      return null;
    }
    const user: unknown = await res.json();
    clearTimeout(timer);
    return user;
  } catch (error) {
    console.error(error);
    return null;
  } finally {
    clearTimeout(timer);
  }
}`,
  },
  // signal passed into events.once, never cleared
  {
    code: `import { once, EventEmitter } from 'node:events';
export async function waitReady(emitter: EventEmitter): Promise<void> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 5000);
  try {
    await once(emitter, 'ready', { signal: controller.signal });
  } catch (error) {
    console.error('not ready', error);
  }
}`,
    errors: [
      {
        messageId: 'notCleared',
        data: { timer: 'timer', what: 'aborts `controller`', where: 'before the end of the function on line 10' },
        line: 4,
        column: 17,
        suggestions: [
          {
            messageId: 'useTimeoutSignal',
            output: `import { once, EventEmitter } from 'node:events';
export async function waitReady(emitter: EventEmitter): Promise<void> {
  try {
    await once(emitter, 'ready', { signal: AbortSignal.timeout(5000) });
  } catch (error) {
    console.error('not ready', error);
  }
}`,
          },
        ],
      },
    ],
    output: `import { once, EventEmitter } from 'node:events';
export async function waitReady(emitter: EventEmitter): Promise<void> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 5000);
  try {
    await once(emitter, 'ready', { signal: controller.signal });
  } catch (error) {
    console.error('not ready', error);
  } finally {
    clearTimeout(timer);
  }
}`,
  },
  // several statements between timer and try; cleared in success only
  {
    code: `export async function sendEmail(to: string, subject: string): Promise<void> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 15_000);
  const body = JSON.stringify({ to, subject });
  try {
    const res = await fetch('https://mail.internal/send', { method: 'POST', body, signal: controller.signal });
    await res.body?.cancel();
    clearTimeout(timer);
  } catch (error) {
    console.error('mail failed', error);
  }
}`,
    errors: [
      {
        messageId: 'notCleared',
        data: { timer: 'timer', what: 'aborts `controller`', where: 'before the end of the function on line 12' },
        line: 3,
        column: 17,
        suggestions: [
          {
            messageId: 'useTimeoutSignal',
            output: `export async function sendEmail(to: string, subject: string): Promise<void> {
  const body = JSON.stringify({ to, subject });
  try {
    const res = await fetch('https://mail.internal/send', { method: 'POST', body, signal: AbortSignal.timeout(15_000) });
    await res.body?.cancel();
  } catch (error) {
    console.error('mail failed', error);
  }
}`,
          },
        ],
      },
    ],
    output: `export async function sendEmail(to: string, subject: string): Promise<void> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 15_000);
  const body = JSON.stringify({ to, subject });
  try {
    const res = await fetch('https://mail.internal/send', { method: 'POST', body, signal: controller.signal });
    await res.body?.cancel();
    clearTimeout(timer);
  } catch (error) {
    console.error('mail failed', error);
  } finally {
    clearTimeout(timer);
  }
}`,
  },
  // break out of a polling loop
  {
    code: `export async function waitForJob(url: string): Promise<void> {
  while (true) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), 2000);
    const res = await fetch(url, { signal: controller.signal });
    const job = (await res.json()) as { done: boolean };
    if (job.done) break;
    clearTimeout(timer);
  }
}`,
    errors: [
      {
        messageId: 'notCleared',
        data: { timer: 'timer', what: 'aborts `controller`', where: 'before the `break` on line 7' },
        line: 4,
        column: 19,
        suggestions: [
          {
            messageId: 'useTimeoutSignal',
            output: `export async function waitForJob(url: string): Promise<void> {
  while (true) {
    const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
    const job = (await res.json()) as { done: boolean };
    if (job.done) break;
  }
}`,
          },
        ],
      },
    ],
    output: null,
  },
  // promise .then without clearing
  {
    code: `export function getJson(url: string): Promise<unknown> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 5000);
  return fetch(url, { signal: controller.signal }).then((res) => res.json());
}`,
    errors: [
      {
        messageId: 'neverClearedHandle',
        data: { timer: 'timer', what: 'aborts `controller`' },
        line: 3,
        column: 17,
        suggestions: [
          {
            messageId: 'useTimeoutSignal',
            output: `export function getJson(url: string): Promise<unknown> {
  return fetch(url, { signal: AbortSignal.timeout(5000) }).then((res) => res.json());
}`,
          },
        ],
      },
    ],
    output: null,
  },
  // arrow with block body and a log, kept handle never cleared
  {
    code: `export async function getJson(url: string): Promise<unknown> {
  const controller = new AbortController();
  const timer = setTimeout(() => {
    console.warn('aborting', url);
    controller.abort();
  }, 5000);
  const res = await fetch(url, { signal: controller.signal });
  return res.json();
}`,
    errors: [
      {
        messageId: 'notCleared',
        data: { timer: 'timer', what: 'aborts `controller`', where: 'before the `return` on line 8' },
        line: 3,
        column: 17,
        suggestions: [],
      },
    ],
    output: null,
  },
  // node-fetch
  {
    code: `import fetch from 'node-fetch';
export async function getText(url: string): Promise<string> {
  const controller = new AbortController();
  const timeout = setTimeout(() => { controller.abort(); }, 7000);
  const res = await fetch(url, { signal: controller.signal });
  clearTimeout(timeout);
  return res.text();
}`,
    errors: [
      {
        messageId: 'notCleared',
        data: { timer: 'timeout', what: 'aborts `controller`', where: 'when `fetch()` on line 5 rejects' },
        line: 4,
        column: 19,
        suggestions: [
          {
            messageId: 'useTimeoutSignal',
            output: `import fetch from 'node-fetch';
export async function getText(url: string): Promise<string> {
  const res = await fetch(url, { signal: AbortSignal.timeout(7000) });
  return res.text();
}`,
          },
        ],
      },
    ],
    output: null,
  },
  // race in try with an empty-handed catch and existing finally without the clear
  {
    code: `export async function getText(url: string): Promise<string> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timeout')), 3000);
  });
  try {
    const res = await Promise.race([fetch(url), timeout]);
    return await res.text();
  } finally {
    console.debug('done', url);
  }
}`,
    errors: [
      {
        messageId: 'notCleared',
        data: {
          timer: 'timer',
          what: 'rejects the `Promise.race()` with the request',
          where: 'before the end of the function on line 12',
        },
        line: 4,
        column: 13,
        suggestions: [],
      },
    ],
    output: `export async function getText(url: string): Promise<string> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timeout')), 3000);
  });
  try {
    const res = await Promise.race([fetch(url), timeout]);
    return await res.text();
  } finally {
    clearTimeout(timer);
    console.debug('done', url);
  }
}`,
  },
  // switch on status with returns
  {
    code: `export async function classify(url: string): Promise<string> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 5000);
  try {
    const res = await fetch(url, { signal: controller.signal });
    await res.body?.cancel();
    switch (res.status) {
      case 200:
        clearTimeout(timer);
        return 'ok';
      case 404:
        return 'missing';
      default:
        clearTimeout(timer);
        return 'error';
    }
  } catch {
    return 'unreachable';
  }
}`,
    errors: [
      {
        messageId: 'notCleared',
        data: { timer: 'timer', what: 'aborts `controller`', where: 'before the `return` on line 18' },
        line: 3,
        column: 17,
        suggestions: [
          {
            messageId: 'useTimeoutSignal',
            output: `export async function classify(url: string): Promise<string> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(5000) });
    await res.body?.cancel();
    switch (res.status) {
      case 200:
        return 'ok';
      case 404:
        return 'missing';
      default:
        return 'error';
    }
  } catch {
    return 'unreachable';
  }
}`,
          },
        ],
      },
    ],
    output: `export async function classify(url: string): Promise<string> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 5000);
  try {
    const res = await fetch(url, { signal: controller.signal });
    await res.body?.cancel();
    switch (res.status) {
      case 200:
        clearTimeout(timer);
        return 'ok';
      case 404:
        return 'missing';
      default:
        clearTimeout(timer);
        return 'error';
    }
  } catch {
    return 'unreachable';
  } finally {
    clearTimeout(timer);
  }
}`,
  },
  // Promise.all over items, each with its own timer not cleared
  {
    code: `export async function fetchAll(urls: string[]): Promise<string[]> {
  return Promise.all(
    urls.map(async (url) => {
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), 5000);
      const res = await fetch(url, { signal: controller.signal });
      return res.text();
    }),
  );
}`,
    errors: [
      {
        messageId: 'notCleared',
        data: { timer: 'timer', what: 'aborts `controller`', where: 'before the `return` on line 7' },
        line: 5,
        column: 21,
        suggestions: [
          {
            messageId: 'useTimeoutSignal',
            output: `export async function fetchAll(urls: string[]): Promise<string[]> {
  return Promise.all(
    urls.map(async (url) => {
      const res = await fetch(url, { signal: AbortSignal.timeout(5000) });
      return res.text();
    }),
  );
}`,
          },
        ],
      },
    ],
    output: null,
  },
  // throw on a bad status, no try
  {
    code: `export async function mustGet(url: string): Promise<unknown> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 5000);
  const res = await fetch(url, { signal: controller.signal });
  if (!res.ok) {
    await res.body?.cancel();
    throw new Error(\`GET \${url} failed: \${res.status}\`);
  }
  clearTimeout(timer);
  return res.json();
}`,
    errors: [
      {
        messageId: 'notCleared',
        data: { timer: 'timer', what: 'aborts `controller`', where: 'before the `throw` on line 7' },
        line: 3,
        column: 17,
        suggestions: [
          {
            messageId: 'useTimeoutSignal',
            output: `export async function mustGet(url: string): Promise<unknown> {
  const res = await fetch(url, { signal: AbortSignal.timeout(5000) });
  if (!res.ok) {
    await res.body?.cancel();
    throw new Error(\`GET \${url} failed: \${res.status}\`);
  }
  return res.json();
}`,
          },
        ],
      },
    ],
    output: null,
  },
  // race against a user's own wrapper typed as returning a Response
  {
    code: `declare function getUser(id: string): Promise<Response>;
export async function userWithin(id: string, ms: number): Promise<Response> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timeout')), ms);
  });
  const res = await Promise.race([getUser(id), timeout]);
  return res;
}`,
    errors: [
      {
        messageId: 'notCleared',
        data: {
          timer: 'timer',
          what: 'rejects the `Promise.race()` with the request',
          where: 'before the `return` on line 8',
        },
        line: 5,
        column: 13,
        suggestions: [],
      },
    ],
    output: null,
  },
  // a timer only when a timeout is configured, cleared on the happy path only
  {
    code: `export async function executeRequest(url: string, timeoutMs: number): Promise<number> {
  const controller = new AbortController();
  const timer = timeoutMs > 0 ? setTimeout(() => controller.abort(), timeoutMs) : undefined;
  try {
    const response = await fetch(url, { signal: controller.signal });
    const body = await response.text();
    if (timer) clearTimeout(timer);
    return body.length;
  } catch (error) {
    throw new Error(\`request failed: \${String(error)}\`);
  }
}`,
    errors: [
      {
        messageId: 'notCleared',
        data: { timer: 'timer', what: 'aborts `controller`', where: 'before the `throw` on line 10' },
        line: 3,
        column: 33,
        suggestions: [],
      },
    ],
    output: `export async function executeRequest(url: string, timeoutMs: number): Promise<number> {
  const controller = new AbortController();
  const timer = timeoutMs > 0 ? setTimeout(() => controller.abort(), timeoutMs) : undefined;
  try {
    const response = await fetch(url, { signal: controller.signal });
    const body = await response.text();
    if (timer) clearTimeout(timer);
    return body.length;
  } catch (error) {
    throw new Error(\`request failed: \${String(error)}\`);
  } finally {
    clearTimeout(timer);
  }
}`,
  },
  // token check retried in a while loop: a failed attempt keeps its timer
  {
    code: `export async function validateToken(url: string, token: string): Promise<boolean> {
  let response: Response | undefined;
  let retryCount = 0;
  while (retryCount < 2) {
    try {
      const controller = new AbortController();
      const timeoutId = setTimeout(() => controller.abort(), 5000);
      response = await fetch(url, { headers: { authorization: \`Bearer \${token}\` }, signal: controller.signal });
      clearTimeout(timeoutId);
      break;
    } catch {
      retryCount++;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  return response?.ok === true;
}`,
    errors: [
      {
        messageId: 'notCleared',
        data: {
          timer: 'timeoutId',
          what: 'aborts `controller`',
          where: "before the loop's next iteration (line 4) when `fetch()` on line 8 rejects",
        },
        line: 7,
        column: 25,
        suggestions: [
          {
            messageId: 'useTimeoutSignal',
            output: `export async function validateToken(url: string, token: string): Promise<boolean> {
  let response: Response | undefined;
  let retryCount = 0;
  while (retryCount < 2) {
    try {
      response = await fetch(url, { headers: { authorization: \`Bearer \${token}\` }, signal: AbortSignal.timeout(5000) });
      break;
    } catch {
      retryCount++;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  return response?.ok === true;
}`,
          },
        ],
      },
    ],
    output: null,
  },
  // controller and timer in one declaration, probe that returns the status
  {
    code: `export async function probe(url: string): Promise<number> {
  const controller = new AbortController(), timer = setTimeout(() => controller.abort(), 3000);
  try {
    const res = await fetch(url, { method: 'GET', signal: controller.signal });
    await res.body?.cancel();
    return res.status;
  } catch {
    throw new Error(\`cannot reach \${url}\`);
  }
}`,
    errors: [
      {
        messageId: 'notCleared',
        data: { timer: 'timer', what: 'aborts `controller`', where: 'before the `throw` on line 8' },
        line: 2,
        column: 53,
        suggestions: [],
      },
    ],
    output: `export async function probe(url: string): Promise<number> {
  const controller = new AbortController(), timer = setTimeout(() => controller.abort(), 3000);
  try {
    const res = await fetch(url, { method: 'GET', signal: controller.signal });
    await res.body?.cancel();
    return res.status;
  } catch {
    throw new Error(\`cannot reach \${url}\`);
  } finally {
    clearTimeout(timer);
  }
}`,
  },
  // a CLI probe: on a DNS failure the catch answers and the timer keeps the process up
  {
    code: `const cache = new Map<string, boolean>();
export async function usesAccess(domain: string): Promise<boolean> {
  try {
    const controller = new AbortController();
    const cancel = setTimeout(() => {
      controller.abort();
    }, 1000);
    const output = await fetch(\`https://\${domain}\`, { redirect: 'manual', signal: controller.signal });
    clearTimeout(cancel);
    const result = output.status === 302 && (output.headers.get('location') ?? '').includes('cloudflareaccess.com');
    cache.set(domain, result);
    return result;
  } catch {
    cache.set(domain, false);
    return false;
  }
}`,
    errors: [
      {
        messageId: 'notCleared',
        data: {
          timer: 'cancel',
          what: 'aborts `controller`',
          where: 'before the `return` on line 15 when `fetch()` on line 8 rejects',
        },
        line: 5,
        column: 20,
        suggestions: [
          {
            messageId: 'useTimeoutSignal',
            output: `const cache = new Map<string, boolean>();
export async function usesAccess(domain: string): Promise<boolean> {
  try {
    const output = await fetch(\`https://\${domain}\`, { redirect: 'manual', signal: AbortSignal.timeout(1000) });
    const result = output.status === 302 && (output.headers.get('location') ?? '').includes('cloudflareaccess.com');
    cache.set(domain, result);
    return result;
  } catch {
    cache.set(domain, false);
    return false;
  }
}`,
          },
        ],
      },
    ],
    output: null,
  },
  // tab-indented code keeps its tabs in the fix
  {
    code: `export async function probe(url: string): Promise<boolean> {
	const controller = new AbortController();
	const timer = setTimeout(() => controller.abort(), 1000);
	try {
		const res = await fetch(url, { signal: controller.signal });
		await res.body?.cancel();
		return res.ok;
	} catch {
		return false;
	}
}`,
    errors: [
      {
        messageId: 'notCleared',
        data: { timer: 'timer', what: 'aborts `controller`', where: 'before the `return` on line 9' },
        line: 3,
        column: 16,
        suggestions: [
          {
            messageId: 'useTimeoutSignal',
            output: `export async function probe(url: string): Promise<boolean> {
	try {
		const res = await fetch(url, { signal: AbortSignal.timeout(1000) });
		await res.body?.cancel();
		return res.ok;
	} catch {
		return false;
	}
}`,
          },
        ],
      },
    ],
    output: `export async function probe(url: string): Promise<boolean> {
	const controller = new AbortController();
	const timer = setTimeout(() => controller.abort(), 1000);
	try {
		const res = await fetch(url, { signal: controller.signal });
		await res.body?.cancel();
		return res.ok;
	} catch {
		return false;
	} finally {
		clearTimeout(timer);
	}
}`,
  },
  // early return before a try/finally on one line: the suggestion unwraps the try
  {
    code: `export async function getCached(url: string, cache: Map<string, string>): Promise<string> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 5000);
  const hit = cache.get(url);
  if (hit !== undefined) return hit;
  try {
    const res = await fetch(url, { signal: controller.signal });
    const text = await res.text();
    cache.set(url, text);
    return text;
  } finally { clearTimeout(timer); }
}`,
    errors: [
      {
        messageId: 'notCleared',
        data: { timer: 'timer', what: 'aborts `controller`', where: 'before the `return` on line 5' },
        line: 3,
        column: 17,
        suggestions: [
          {
            messageId: 'useTimeoutSignal',
            output: `export async function getCached(url: string, cache: Map<string, string>): Promise<string> {
  const hit = cache.get(url);
  if (hit !== undefined) return hit;
  const res = await fetch(url, { signal: AbortSignal.timeout(5000) });
  const text = await res.text();
  cache.set(url, text);
  return text;
}`,
          },
        ],
      },
    ],
    output: null,
  },
  // the try block declares a name used after it: no unwrapping, no suggestion
  {
    code: `export async function getCached(url: string, cache: Map<string, string>): Promise<string> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 5000);
  if (cache.has(url)) return cache.get(url) ?? '';
  {
    const text = 'outer';
    try {
      const res = await fetch(url, { signal: controller.signal });
      const text = await res.text();
      return text;
    } finally {
      clearTimeout(timer);
    }
  }
}`,
    errors: [
      {
        messageId: 'notCleared',
        data: { timer: 'timer', what: 'aborts `controller`', where: 'before the `return` on line 4' },
        line: 3,
        column: 17,
        suggestions: [],
      },
    ],
    output: null,
  },
  // callback-style request whose timer nothing ever clears
  {
    code: `import https from 'node:https';
export function getStatus(url: string, done: (status: number | undefined) => void): void {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 5000);
  https
    .get(url, { signal: controller.signal }, (res) => {
      res.resume();
      done(res.statusCode);
    })
    .on('error', () => done(undefined));
}`,
    errors: [
      {
        messageId: 'neverClearedHandle',
        data: { timer: 'timer', what: 'aborts `controller`' },
        line: 4,
        column: 17,
        suggestions: [
          {
            messageId: 'useTimeoutSignal',
            output: `import https from 'node:https';
export function getStatus(url: string, done: (status: number | undefined) => void): void {
  https
    .get(url, { signal: AbortSignal.timeout(5000) }, (res) => {
      res.resume();
      done(res.statusCode);
    })
    .on('error', () => done(undefined));
}`,
          },
        ],
      },
    ],
    output: null,
  },
];

export const untypedInvalid: InvalidTestCase<MessageId, []>[] = [
  // cleared after the awaited request, outside any try: the rejection path keeps it
  {
    code: `export async function getJson(url: string): Promise<unknown> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 5000);
  const res = await fetch(url, { signal: controller.signal });
  clearTimeout(timer);
  return res.json();
}`,
    errors: [
      {
        messageId: 'notCleared',
        data: { timer: 'timer', what: 'aborts `controller`', where: 'when `fetch()` on line 4 rejects' },
        line: 3,
        column: 17,
        suggestions: [
          {
            messageId: 'useTimeoutSignal',
            output: `export async function getJson(url: string): Promise<unknown> {
  const res = await fetch(url, { signal: AbortSignal.timeout(5000) });
  return res.json();
}`,
          },
        ],
      },
    ],
    output: null,
  },
  // cleared only on the happy path inside try/catch: the throw on !ok keeps it; fix adds finally
  {
    code: `export async function getUser(id: string): Promise<unknown> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 3000);
  try {
    const res = await fetch(\`/users/\${id}\`, { signal: controller.signal });
    if (!res.ok) throw new Error(\`HTTP \${res.status}\`);
    const data = await res.json();
    clearTimeout(timer);
    return data;
  } catch (error) {
    console.error('getUser failed', error);
    throw error;
  }
}`,
    errors: [
      {
        messageId: 'notCleared',
        data: { timer: 'timer', what: 'aborts `controller`', where: 'before the `throw` on line 12' },
        line: 3,
        column: 17,
        suggestions: [
          {
            messageId: 'useTimeoutSignal',
            output: `export async function getUser(id: string): Promise<unknown> {
  try {
    const res = await fetch(\`/users/\${id}\`, { signal: AbortSignal.timeout(3000) });
    if (!res.ok) throw new Error(\`HTTP \${res.status}\`);
    const data = await res.json();
    return data;
  } catch (error) {
    console.error('getUser failed', error);
    throw error;
  }
}`,
          },
        ],
      },
    ],
    output: `export async function getUser(id: string): Promise<unknown> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 3000);
  try {
    const res = await fetch(\`/users/\${id}\`, { signal: controller.signal });
    if (!res.ok) throw new Error(\`HTTP \${res.status}\`);
    const data = await res.json();
    clearTimeout(timer);
    return data;
  } catch (error) {
    console.error('getUser failed', error);
    throw error;
  } finally {
    clearTimeout(timer);
  }
}`,
  },
  // never cleared, try/catch around the request: fix creates finally
  {
    code: `export async function publish(url: string, event: object): Promise<boolean> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 2000);
  try {
    const res = await fetch(url, { method: 'POST', body: JSON.stringify(event), signal: controller.signal });
    await res.body?.cancel();
    return res.ok;
  } catch {
    return false;
  }
}`,
    errors: [
      {
        messageId: 'notCleared',
        data: { timer: 'timer', what: 'aborts `controller`', where: 'before the `return` on line 9' },
        line: 3,
        column: 17,
        suggestions: [
          {
            messageId: 'useTimeoutSignal',
            output: `export async function publish(url: string, event: object): Promise<boolean> {
  try {
    const res = await fetch(url, { method: 'POST', body: JSON.stringify(event), signal: AbortSignal.timeout(2000) });
    await res.body?.cancel();
    return res.ok;
  } catch {
    return false;
  }
}`,
          },
        ],
      },
    ],
    output: `export async function publish(url: string, event: object): Promise<boolean> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 2000);
  try {
    const res = await fetch(url, { method: 'POST', body: JSON.stringify(event), signal: controller.signal });
    await res.body?.cancel();
    return res.ok;
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}`,
  },
  // handle discarded
  {
    code: `export async function getJson(url: string): Promise<unknown> {
  const controller = new AbortController();
  setTimeout(() => controller.abort(), 5000);
  const res = await fetch(url, { signal: controller.signal });
  return res.json();
}`,
    errors: [
      {
        messageId: 'neverCleared',
        data: { what: 'aborts `controller`' },
        line: 3,
        column: 3,
        suggestions: [
          {
            messageId: 'useTimeoutSignal',
            output: `export async function getJson(url: string): Promise<unknown> {
  const res = await fetch(url, { signal: AbortSignal.timeout(5000) });
  return res.json();
}`,
          },
        ],
      },
    ],
    output: null,
  },
  // race with an inline timeout promise
  {
    code: `export async function getJson(url: string): Promise<unknown> {
  const res = await Promise.race([
    fetch(url),
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error('request timeout')), 5000)),
  ]);
  return res.json();
}`,
    errors: [
      {
        messageId: 'neverCleared',
        data: { what: 'rejects the `Promise.race()` with the request' },
        line: 4,
        column: 39,
        suggestions: [],
      },
    ],
    output: null,
  },
  // race with a kept handle cleared only after the await
  {
    code: `export async function getJson(url: string): Promise<unknown> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timeout')), 5000);
  });
  const res = await Promise.race([fetch(url), timeout]);
  clearTimeout(timer);
  return res.json();
}`,
    errors: [
      {
        messageId: 'notCleared',
        data: {
          timer: 'timer',
          what: 'rejects the `Promise.race()` with the request',
          where: 'when `Promise.race()` on line 6 rejects',
        },
        line: 4,
        column: 13,
        suggestions: [],
      },
    ],
    output: null,
  },
  // axios, cleared after the await
  {
    code: `import axios from 'axios';
export async function loadUser(id: string) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 3000);
  const { data } = await axios.get(\`/users/\${id}\`, { signal: controller.signal });
  clearTimeout(timer);
  return data;
}`,
    errors: [
      {
        messageId: 'notCleared',
        data: { timer: 'timer', what: 'aborts `controller`', where: 'when `axios.get()` on line 5 rejects' },
        line: 4,
        column: 17,
        suggestions: [
          {
            messageId: 'useTimeoutSignal',
            output: `import axios from 'axios';
export async function loadUser(id: string) {
  const { data } = await axios.get(\`/users/\${id}\`, { signal: AbortSignal.timeout(3000) });
  return data;
}`,
          },
        ],
      },
    ],
    output: null,
  },
  // continue in a loop over URLs
  {
    code: `export async function crawl(urls: string[]): Promise<string[]> {
  const pages: string[] = [];
  for (const url of urls) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), 5000);
    try {
      const res = await fetch(url, { signal: controller.signal });
      if (res.status === 404) {
        await res.body?.cancel();
        continue;
      }
      pages.push(await res.text());
      clearTimeout(timer);
    } catch (error) {
      console.warn('skipping', url, error);
    }
  }
  return pages;
}`,
    errors: [
      {
        messageId: 'notCleared',
        data: { timer: 'timer', what: 'aborts `controller`', where: "before the loop's next iteration (line 3)" },
        line: 5,
        column: 19,
        suggestions: [
          {
            messageId: 'useTimeoutSignal',
            output: `export async function crawl(urls: string[]): Promise<string[]> {
  const pages: string[] = [];
  for (const url of urls) {
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(5000) });
      if (res.status === 404) {
        await res.body?.cancel();
        continue;
      }
      pages.push(await res.text());
    } catch (error) {
      console.warn('skipping', url, error);
    }
  }
  return pages;
}`,
          },
        ],
      },
    ],
    output: `export async function crawl(urls: string[]): Promise<string[]> {
  const pages: string[] = [];
  for (const url of urls) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), 5000);
    try {
      const res = await fetch(url, { signal: controller.signal });
      if (res.status === 404) {
        await res.body?.cancel();
        continue;
      }
      pages.push(await res.text());
      clearTimeout(timer);
    } catch (error) {
      console.warn('skipping', url, error);
    } finally {
      clearTimeout(timer);
    }
  }
  return pages;
}`,
  },
  // break out of a polling loop
  {
    code: `export async function waitForJob(url: string): Promise<void> {
  while (true) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), 2000);
    const res = await fetch(url, { signal: controller.signal });
    const job = (await res.json()) as { done: boolean };
    if (job.done) break;
    clearTimeout(timer);
  }
}`,
    errors: [
      {
        messageId: 'notCleared',
        data: { timer: 'timer', what: 'aborts `controller`', where: 'before the `break` on line 7' },
        line: 4,
        column: 19,
        suggestions: [
          {
            messageId: 'useTimeoutSignal',
            output: `export async function waitForJob(url: string): Promise<void> {
  while (true) {
    const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
    const job = (await res.json()) as { done: boolean };
    if (job.done) break;
  }
}`,
          },
        ],
      },
    ],
    output: null,
  },
];
