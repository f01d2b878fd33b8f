import type { ValidTestCase } from '@typescript-eslint/rule-tester';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

import rule from '../../src/rules/clear-abort-timer.js';
import { typedRuleTester, untypedRuleTester } from '../rule-tester.js';
import { describeOutputsTypeCheck } from '../type-check.js';
import { invalid, untypedInvalid } from './clear-abort-timer.cases.js';

const valid: (ValidTestCase<[]> | string)[] = [
  // try/finally
  `export async function fetchWithTimeout(url: string, init: RequestInit = {}, timeoutMs = 10_000): Promise<Response> {
  const controller = new AbortController();
  const timeoutId = setTimeout(() => controller.abort(), timeoutMs);
  try {
    return await fetch(url, { ...init, signal: controller.signal });
  } finally {
    clearTimeout(timeoutId);
  }
}`,
  // .finally on the request
  `export function fetchWithTimeout(url: string, options: RequestInit = {}, timeout = 5000): Promise<Response> {
  const controller = new AbortController();
  const id = setTimeout(() => controller.abort(), timeout);
  return fetch(url, { ...options, signal: controller.signal }).finally(() => clearTimeout(id));
}`,
  // response returned for the caller to stream: the timer covers the body on purpose
  `export async function openStream(url: string): Promise<Response> {
  const controller = new AbortController();
  setTimeout(() => controller.abort(), 60_000);
  return fetch(url, { signal: controller.signal });
}`,
  // response returned after a status check
  `export async function download(url: string): Promise<Response> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 60_000);
  const res = await fetch(url, { signal: controller.signal });
  if (!res.ok) {
    clearTimeout(timer);
    throw new Error(res.statusText);
  }
  return res;
}`,
  // body stream returned
  `export async function bodyOf(url: string): Promise<ReadableStream<Uint8Array> | null> {
  const controller = new AbortController();
  setTimeout(() => controller.abort(), 60_000);
  const res = await fetch(url, { signal: controller.signal });
  return res.body;
}`,
  // handle and controller returned
  `export function createTimeoutController(timeoutMs: number): { controller: AbortController; timeoutId: NodeJS.Timeout } {
  const controller = new AbortController();
  const timeoutId = setTimeout(() => controller.abort(), timeoutMs);
  return { controller, timeoutId };
}`,
  // handle stored on this
  `export class Job {
  private timer: NodeJS.Timeout | undefined;
  async run(url: string): Promise<void> {
    const controller = new AbortController();
    this.timer = setTimeout(() => controller.abort(), 5000);
    const res = await fetch(url, { signal: controller.signal });
    await res.body?.cancel();
  }
  stop(): void {
    clearTimeout(this.timer);
  }
}`,
  // controller on a class field
  `export class Client {
  private controller = new AbortController();
  async get(url: string): Promise<string> {
    setTimeout(() => this.controller.abort(), 5000);
    const res = await fetch(url, { signal: this.controller.signal });
    return res.text();
  }
}`,
  // controller passed on
  `declare function track(controller: AbortController): void;
export async function get(url: string): Promise<string> {
  const controller = new AbortController();
  track(controller);
  setTimeout(() => controller.abort(), 5000);
  const res = await fetch(url, { signal: controller.signal });
  return res.text();
}`,
  // a timer that does not abort
  `export async function get(url: string): Promise<string> {
  const timer = setTimeout(() => console.warn('slow request', url), 5000);
  const res = await fetch(url);
  const text = await res.text();
  clearTimeout(timer);
  return text;
}`,
  // timers/promises setTimeout
  `import { setTimeout as sleep } from 'node:timers/promises';
export async function get(url: string): Promise<string> {
  const controller = new AbortController();
  await sleep(100);
  const res = await fetch(url, { signal: controller.signal });
  return res.text();
}`,
  // race helper returning its promise
  `export function timeout(ms: number): Promise<never> {
  return new Promise((_, reject) => {
    setTimeout(() => reject(new Error('Timeout')), ms);
  });
}`,
  // race cleared in finally
  `export async function getJson(url: string): Promise<unknown> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timeout')), 5000);
  });
  try {
    const res = await Promise.race([fetch(url), timeout]);
    return await res.json();
  } finally {
    clearTimeout(timer);
  }
}`,
  // race with .finally, returned
  `export const withTimeout = (p: Promise<Response>, ms: number): Promise<Response> => {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    p,
    new Promise<never>((_r, reject) => (timer = setTimeout(() => reject(new Error('timed out')), ms))),
  ]).finally(() => clearTimeout(timer));
};`,
  // cleared on both branches
  `export async function getText(url: string): Promise<string> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 5000);
  try {
    const res = await fetch(url, { signal: controller.signal });
    const text = await res.text();
    clearTimeout(timer);
    return text;
  } catch (error) {
    clearTimeout(timer);
    throw error;
  }
}`,
  // process.exit on the failure path
  `export async function main(url: string): Promise<void> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 5000);
  try {
    const res = await fetch(url, { signal: controller.signal });
    if (!res.ok) process.exit(1);
    console.log(await res.text());
  } finally {
    clearTimeout(timer);
  }
}`,
  // the signal reaches nothing: no-unattached-abort-signal's report, not this rule's
  `export async function get(url: string): Promise<string> {
  const controller = new AbortController();
  setTimeout(() => controller.abort(), 5000);
  const res = await fetch(url);
  return res.text();
}`,
  // module level script
  `const controller = new AbortController();
setTimeout(() => controller.abort(), 5000);
const res = await fetch('https://example.com', { signal: controller.signal });
console.log(await res.text());`,
  // handle registered elsewhere
  `declare function registerCleanup(timer: NodeJS.Timeout): void;
export async function get(url: string): Promise<string> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 5000);
  registerCleanup(timer);
  const res = await fetch(url, { signal: controller.signal });
  return res.text();
}`,
  // setInterval is not this rule's
  `export async function poll(url: string): Promise<void> {
  const controller = new AbortController();
  setInterval(() => controller.abort(), 5000);
  const res = await fetch(url, { signal: controller.signal });
  await res.text();
}`,
  // sleep
  `export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));`,
  // controller from a parameter
  `export function arm(controller: AbortController, ms: number): void {
  setTimeout(() => controller.abort(), ms);
}`,
  // wrapper promise that clears on settle
  `export function fetchTimeout(ms: number, promise: Promise<Response>): Promise<Response> {
  return new Promise((resolve, reject) => {
    const timeoutId = setTimeout(() => {
      reject(new Error('Request timeout'));
    }, ms);
    promise
      .then((res) => {
        clearTimeout(timeoutId);
        resolve(res);
      })
      .catch((err) => {
        clearTimeout(timeoutId);
        reject(err);
      });
  });
}`,
  // response handed to a parser
  `declare function parse(res: Response): Promise<unknown>;
export async function get(url: string): Promise<unknown> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 5000);
  const res = await fetch(url, { signal: controller.signal });
  return parse(res);
}`,
  // Promise.all with per-item try/finally
  `export async function fetchAll(urls: string[]): Promise<string[]> {
  return Promise.all(
    urls.map(async (url) => {
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), 5000);
      try {
        const res = await fetch(url, { signal: controller.signal });
        return await res.text();
      } finally {
        clearTimeout(timer);
      }
    }),
  );
}`,
  // retry loop with finally and continue
  `export async function fetchWithRetry(url: string, attempts = 3): Promise<unknown> {
  for (let attempt = 0; attempt < attempts; attempt++) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), 1000);
    try {
      const res = await fetch(url, { signal: controller.signal });
      if (res.status >= 500) {
        await res.body?.cancel();
        continue;
      }
      return await res.json();
    } finally {
      clearTimeout(timer);
    }
  }
  throw new Error('retries exhausted');
}`,
  // handle closed
  `export async function getText(url: string): Promise<string> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 5000);
  try {
    const res = await fetch(url, { signal: controller.signal });
    return await res.text();
  } finally {
    timer.close();
  }
}`,
  // axios with try/finally
  `import axios from 'axios';
export async function loadUser(id: string) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 3000);
  try {
    const { data } = await axios.get(\`/users/\${id}\`, { signal: controller.signal });
    return data;
  } finally {
    clearTimeout(timer);
  }
}`,
  // undici.request with its body returned
  `import { request } from 'undici';
export async function stream(origin: string) {
  const controller = new AbortController();
  setTimeout(() => controller.abort(), 30_000);
  const { body } = await request(origin, { signal: controller.signal });
  return body;
}`,
  // AbortSignal.timeout instead of a timer
  `export async function getText(url: string): Promise<string> {
  const res = await fetch(url, { signal: AbortSignal.timeout(5000) });
  return res.text();
}`,
  // clear in .then and .catch of the request
  `export function getJson(url: string): Promise<unknown> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 5000);
  return fetch(url, { signal: controller.signal })
    .then((res) => {
      clearTimeout(timer);
      return res.json();
    })
    .catch((error: unknown) => {
      clearTimeout(timer);
      throw error;
    });
}`,
  // nested try: outer finally clears
  `export async function getText(url: string): Promise<string> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 5000);
  try {
    try {
      const res = await fetch(url, { signal: controller.signal });
      return await res.text();
    } catch (error) {
      console.error(error);
      throw error;
    }
  } finally {
    clearTimeout(timer);
  }
}`,
  // request promise kept and raced against an abort listener, cleared in finally
  `export async function getText(url: string): Promise<string> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 5000);
  const pending = fetch(url, { signal: controller.signal });
  try {
    const res = await pending;
    return await res.text();
  } finally {
    clearTimeout(timer);
  }
}`,
  // timer that resolves a fallback with no request in the race
  `export async function firstOf<T>(work: Promise<T>, fallback: T, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<T>((_, reject) => {
    timer = setTimeout(() => reject(new Error('late')), ms);
  });
  return Promise.race([work, late]).catch(() => fallback);
}`,
  // unref and clear in finally
  `export async function getText(url: string): Promise<string> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 5000).unref();
  try {
    const res = await fetch(url, { signal: controller.signal });
    return await res.text();
  } finally {
    clearTimeout(timer);
  }
}`,
  // clearing in a catch-all then rethrow, plus after
  `export async function getText(url: string): Promise<string> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 5000);
  let res: Response;
  try {
    res = await fetch(url, { signal: controller.signal });
  } catch (error) {
    clearTimeout(timer);
    throw error;
  }
  clearTimeout(timer);
  return res.text();
}`,
  // response stored for later reading
  `export class Cache {
  private last: Response | undefined;
  async refresh(url: string): Promise<void> {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 30_000);
    this.last = await fetch(url, { signal: controller.signal });
  }
}`,
  // ky with try/finally
  `import ky from 'ky';
export async function getConfig() {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 2000);
  try {
    return await ky('https://config.internal/v1', { signal: controller.signal }).json();
  } finally {
    clearTimeout(timer);
  }
}`,
  // events.once with finally
  `import { once, EventEmitter } from 'node:events';
export async function waitReady(emitter: EventEmitter): Promise<void> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 5000);
  try {
    await once(emitter, 'ready', { signal: controller.signal });
  } finally {
    clearTimeout(timer);
  }
}`,
  // a controller the timer aborts is reassigned: which one it aborts is not known
  `export async function get(url: string): Promise<string> {
  let controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 5000);
  controller = new AbortController();
  const res = await fetch(url, { signal: controller.signal });
  return res.text();
}`,
  // stream piped by the caller: response passed to a helper
  `import { Readable } from 'node:stream';
export async function toNodeStream(url: string): Promise<Readable> {
  const controller = new AbortController();
  setTimeout(() => controller.abort(), 60_000);
  const res = await fetch(url, { signal: controller.signal });
  return Readable.fromWeb(res.body as never);
}`,
  // timer cleared by a listener-based cleanup in finally through a helper
  `export async function getText(url: string): Promise<string> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 5000);
  const cleanup = () => clearTimeout(timer);
  try {
    const res = await fetch(url, { signal: controller.signal });
    return await res.text();
  } finally {
    cleanup();
  }
}`,
  // a test that aborts an SDK call on purpose: the signal goes to a function the model does not know
  `declare const client: { get(path: string, options: { signal: AbortSignal }): Promise<unknown> };
export async function abortsTheCall(): Promise<unknown> {
  const controller = new AbortController();
  setTimeout(() => controller.abort(), 200);
  return client.get('/foo', { signal: controller.signal }).catch((error: unknown) => error);
}`,
  // a job stopped by its deadline
  `declare const session: { exec(command: string, options: { signal: AbortSignal }): Promise<string> };
export async function runBounded(command: string): Promise<string> {
  const ctrl = new AbortController();
  setTimeout(() => ctrl.abort(), 100);
  const output = await session.exec(command, { signal: ctrl.signal }).catch(() => '');
  return output.trim();
}`,
  // try/finally, JSON read with a fallback
  `export async function callApi(base: string, endpoint: string, body: object): Promise<unknown> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 15_000);
  try {
    const response = await fetch(\`\${base}\${endpoint}\`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      signal: controller.signal,
    });
    return await response.json().catch(() => null);
  } finally {
    clearTimeout(timer);
  }
}`,
  // a conditional timer cleared in finally
  `export async function executeRequest(url: string, timeoutMs: number): Promise<string> {
  const controller = new AbortController();
  const timer = timeoutMs > 0 ? setTimeout(() => controller.abort(), timeoutMs) : undefined;
  try {
    const response = await fetch(url, { signal: controller.signal });
    return await response.text();
  } finally {
    if (timer) clearTimeout(timer);
  }
}`,
  // callback-style request: cleared when the response ends, after the function has returned
  `import https from 'node:https';
export function getStatus(url: string, done: (status: number | undefined) => void): void {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 5000);
  https
    .get(url, { signal: controller.signal }, (res) => {
      res.resume();
      res.on('end', () => {
        clearTimeout(timer);
        done(res.statusCode);
      });
    })
    .on('error', () => {
      clearTimeout(timer);
      done(undefined);
    });
}`,
  // fire-and-forget request cleared in its own .finally
  `export function ping(url: string): void {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 2000);
  void fetch(url, { method: 'HEAD', signal: controller.signal })
    .then((res) => res.body?.cancel())
    .catch(() => undefined)
    .finally(() => clearTimeout(timer));
}`,
];

typedRuleTester().run('clear-abort-timer', rule, { valid, invalid });
describeOutputsTypeCheck('clear-abort-timer', invalid);

/** Without type information the rule runs on imports and globals alone: a race against a user's own wrapper is not known to be a request. */
const untypedValid: (ValidTestCase<[]> | string)[] = [
  // try/finally
  `export async function fetchWithTimeout(url: string, init: RequestInit = {}, timeoutMs = 10_000): Promise<Response> {
  const controller = new AbortController();
  const timeoutId = setTimeout(() => controller.abort(), timeoutMs);
  try {
    return await fetch(url, { ...init, signal: controller.signal });
  } finally {
    clearTimeout(timeoutId);
  }
}`,
  // .finally on the request
  `export function fetchWithTimeout(url: string, options: RequestInit = {}, timeout = 5000): Promise<Response> {
  const controller = new AbortController();
  const id = setTimeout(() => controller.abort(), timeout);
  return fetch(url, { ...options, signal: controller.signal }).finally(() => clearTimeout(id));
}`,
  // response returned for the caller to stream: the timer covers the body on purpose
  `export async function openStream(url: string): Promise<Response> {
  const controller = new AbortController();
  setTimeout(() => controller.abort(), 60_000);
  return fetch(url, { signal: controller.signal });
}`,
  // race cleared in finally
  `export async function getJson(url: string): Promise<unknown> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timeout')), 5000);
  });
  try {
    const res = await Promise.race([fetch(url), timeout]);
    return await res.json();
  } finally {
    clearTimeout(timer);
  }
}`,
  // the signal reaches nothing: no-unattached-abort-signal's report, not this rule's
  `export async function get(url: string): Promise<string> {
  const controller = new AbortController();
  setTimeout(() => controller.abort(), 5000);
  const res = await fetch(url);
  return res.text();
}`,
  // retry loop with finally and continue
  `export async function fetchWithRetry(url: string, attempts = 3): Promise<unknown> {
  for (let attempt = 0; attempt < attempts; attempt++) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), 1000);
    try {
      const res = await fetch(url, { signal: controller.signal });
      if (res.status >= 500) {
        await res.body?.cancel();
        continue;
      }
      return await res.json();
    } finally {
      clearTimeout(timer);
    }
  }
  throw new Error('retries exhausted');
}`,
  // race against a user's own wrapper typed as returning a Response
  `declare function getUser(id: string): Promise<Response>;
export async function userWithin(id: string, ms: number): Promise<Response> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timeout')), ms);
  });
  const res = await Promise.race([getUser(id), timeout]);
  return res;
}`,
];

untypedRuleTester().run('clear-abort-timer (without type information)', rule, {
  valid: untypedValid,
  invalid: untypedInvalid,
});

describe('clear-abort-timer options', () => {
  it('rejects an option: the rule takes none', () => {
    const linter = new Linter({ configType: 'flat' });
    const config = [
      {
        plugins: { 'http-hygiene': { rules: { 'clear-abort-timer': rule } } },
        rules: { 'http-hygiene/clear-abort-timer': ['error', { timeoutMs: 1 }] },
      },
    ] as unknown as Linter.Config[];
    expect(() => linter.verify('AbortSignal.timeout(1);', config)).toThrow(/http-hygiene\/clear-abort-timer/);
  });
});
