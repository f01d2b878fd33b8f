import type { InvalidTestCase, ValidTestCase } from '@typescript-eslint/rule-tester';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

import rule from '../../src/rules/no-unattached-abort-signal.js';
import { typedRuleTester, untypedRuleTester } from '../rule-tester.js';
import { describeOutputsTypeCheck } from '../type-check.js';

type MessageId = 'controllerUnattached' | 'signalUnattached' | 'attachSignal';

const valid: (ValidTestCase<[]> | string)[] = [
  // undici's own test of util.addAbortListener: a signal handed to a helper is attached (not a logging call).
  `
declare const util: { addAbortListener(signal: AbortSignal, listener: () => void): () => void };
export function listens(): number {
  const ac = new AbortController();
  let calls = 0;
  util.addAbortListener(ac.signal, () => {
    calls++;
  });
  ac.abort();
  return calls;
}`,
  // fetchWithTimeout, try/finally
  `export async function fetchWithTimeout(url: string, init: RequestInit = {}, timeoutMs = 10_000): Promise<Response> {
  const controller = new AbortController();
  const timeoutId = setTimeout(() => controller.abort(), timeoutMs);
  try {
    return await fetch(url, { ...init, signal: controller.signal });
  } finally {
    clearTimeout(timeoutId);
  }
}`,
  // .finally
  `export function fetchTimeout(url: string, ms: number): Promise<Response> {
  const controller = new AbortController();
  const promise = fetch(url, { signal: controller.signal });
  const timeout = setTimeout(() => controller.abort(), ms);
  return promise.finally(() => clearTimeout(timeout));
}`,
  // AbortSignal.timeout inline
  `export async function getJson(url: string): Promise<unknown> {
  const res = await fetch(url, { signal: AbortSignal.timeout(5000) });
  return res.json();
}`,
  // timeout signal in a variable, shorthand
  `export async function getJson(url: string): Promise<unknown> {
  const signal = AbortSignal.timeout(5000);
  const res = await fetch(url, { signal });
  return res.json();
}`,
  // AbortSignal.any with a caller's signal
  `export function createFetchWithTimeout(timeoutMs: number): typeof fetch {
  return async (input, init) => {
    const timeoutSignal = AbortSignal.timeout(timeoutMs);
    const signal = init?.signal ? AbortSignal.any([init.signal, timeoutSignal]) : timeoutSignal;
    return await fetch(input, { ...init, signal });
  };
}`,
  // controller handed back with its timer
  `export function createTimeoutController(timeoutMs: number): { controller: AbortController; timeoutId: NodeJS.Timeout } {
  const controller = new AbortController();
  const timeoutId = setTimeout(() => {
    controller.abort();
  }, timeoutMs);
  return { controller, timeoutId };
}`,
  // controller stored on this
  `export class Poller {
  private controller: AbortController | undefined;
  start(url: string): void {
    this.controller = new AbortController();
    setTimeout(() => this.controller?.abort(), 60_000);
    void fetch(url, { signal: this.controller.signal }).then((res) => res.body?.cancel());
  }
}`,
  // class field controller with cancel method
  `export class CancellableRequest<T> {
  private abortController = new AbortController();
  constructor(private input: string) {}
  fetch = async (): Promise<T> => {
    const resp = await fetch(this.input, { signal: this.abortController.signal });
    return (await resp.json()) as T;
  };
  cancel = () => {
    this.abortController.abort();
  };
}`,
  // a signal returned (polyfill of AbortSignal.timeout)
  `export function timeoutSignal(ms: number): AbortSignal {
  const controller = new AbortController();
  setTimeout(() => controller.abort(), ms);
  return controller.signal;
}`,
  // signal passed to a helper
  `declare function runJob(signal: AbortSignal): Promise<void>;
export async function runWithDeadline(ms: number): Promise<void> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), ms);
  try {
    await runJob(controller.signal);
  } finally {
    clearTimeout(timer);
  }
}`,
  // options object passed to a helper
  `declare function request(url: string, init: RequestInit): Promise<Response>;
export async function call(url: string): Promise<number> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 5000);
  const init: RequestInit = { method: 'GET', signal: controller.signal };
  try {
    const res = await request(url, init);
    return res.status;
  } finally {
    clearTimeout(timer);
  }
}`,
  // addEventListener with a signal
  `export function listen(target: EventTarget): () => void {
  const controller = new AbortController();
  target.addEventListener('message', () => {}, { signal: controller.signal });
  return () => controller.abort();
}`,
  // events.once with a timeout signal
  `import { once, EventEmitter } from 'node:events';
export async function ready(emitter: EventEmitter): Promise<void> {
  await once(emitter, 'ready', { signal: AbortSignal.timeout(5000) });
}`,
  // stream.pipeline with a signal
  `import { pipeline } from 'node:stream/promises';
import type { Readable, Writable } from 'node:stream';
export async function copy(source: Readable, sink: Writable): Promise<void> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 30_000);
  try {
    await pipeline(source, sink, { signal: controller.signal });
  } finally {
    clearTimeout(timer);
  }
}`,
  // timers/promises setTimeout
  `import { setTimeout as sleep } from 'node:timers/promises';
export async function backoff(ms: number, signal: AbortSignal): Promise<void> {
  const controller = new AbortController();
  signal.addEventListener('abort', () => controller.abort(), { once: true });
  await sleep(ms, undefined, { signal: controller.signal });
}`,
  // fs.readFile with a signal
  `import { readFile } from 'node:fs/promises';
export async function readConfig(path: string): Promise<string> {
  return readFile(path, { encoding: 'utf8', signal: AbortSignal.timeout(1000) });
}`,
  // child_process.exec
  `import { exec } from 'node:child_process';
export function run(command: string): void {
  const controller = new AbortController();
  exec(command, { signal: controller.signal }, () => {});
  setTimeout(() => controller.abort(), 10_000).unref();
}`,
  // manual abort wiring on node:http
  `import http from 'node:http';
export function get(url: string): void {
  const controller = new AbortController();
  const req = http.get(url, (res) => res.resume());
  controller.signal.addEventListener('abort', () => req.destroy());
  setTimeout(() => controller.abort(), 5000).unref();
}`,
  // cooperative cancellation
  `export async function drain(queue: { next(): Promise<string | undefined> }): Promise<void> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 10_000);
  try {
    while (!controller.signal.aborted) {
      const item = await queue.next();
      if (item === undefined) break;
    }
  } finally {
    clearTimeout(timer);
  }
}`,
  // a controller never aborted: nothing to say here
  `export async function getJson(url: string): Promise<unknown> {
  const controller = new AbortController();
  const res = await fetch(url);
  return res.json();
}`,
  // exported controller
  `export let apiController = new AbortController();
export function resetApiController(): void {
  apiController.abort();
  apiController = new AbortController();
}`,
  // signal assigned onto an options object
  `export async function send(url: string, options: RequestInit = {}): Promise<unknown> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 5000);
  options.signal = controller.signal;
  try {
    const res = await fetch(url, options);
    return await res.json();
  } finally {
    clearTimeout(timer);
  }
}`,
  // options object spread into the request
  `export async function send(url: string): Promise<number> {
  const base = { signal: AbortSignal.timeout(2000) };
  const res = await fetch(url, { ...base, method: 'POST' });
  await res.body?.cancel();
  return res.status;
}`,
  // destructured signal passed
  `export async function getText(url: string): Promise<string> {
  const controller = new AbortController();
  const { signal } = controller;
  const timer = setTimeout(() => controller.abort(), 20);
  try {
    const res = await fetch(url, { signal });
    return await res.text();
  } finally {
    clearTimeout(timer);
  }
}`,
  // options object's signal read into the request
  `export async function getText(url: string): Promise<string> {
  const init = { signal: AbortSignal.timeout(3000) };
  const res = await fetch(url, { signal: init.signal });
  return res.text();
}`,
  // controller passed to a helper
  `declare function withDeadline(controller: AbortController, ms: number): void;
export async function getText(url: string): Promise<string> {
  const controller = new AbortController();
  withDeadline(controller, 1000);
  controller.abort();
  return '';
}`,
  // axios with a signal
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
  // got with a signal
  `import got from 'got';
export async function notify(webhook: string, text: string) {
  const signal = AbortSignal.timeout(3000);
  await got.post(webhook, { json: { text }, signal });
}`,
  // undici.request with a signal
  `import { request } from 'undici';
export async function ping(origin: string) {
  const { statusCode, body } = await request(origin, { method: 'HEAD', signal: AbortSignal.timeout(1000) });
  await body.dump();
  return statusCode;
}`,
  // ky with a signal
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
  // signals combined by a user's helper
  `declare function anySignal(signals: AbortSignal[]): AbortSignal;
export async function getText(url: string, userSignal: AbortSignal): Promise<string> {
  const timeout = AbortSignal.timeout(5000);
  const res = await fetch(url, { signal: anySignal([userSignal, timeout]) });
  return res.text();
}`,
  // a timeout signal returned
  `export const timeoutSignal = (ms: number): AbortSignal => AbortSignal.timeout(ms);`,
  // a user's own AbortController class
  `class AbortController {
  abort(): void {}
}
export function stop(): void {
  const controller = new AbortController();
  setTimeout(() => controller.abort(), 10);
}`,
  // cleanup returned
  `declare function load(signal: AbortSignal): Promise<void>;
export function subscribe(): () => void {
  const controller = new AbortController();
  void load(controller.signal);
  return () => controller.abort();
}`,
  // stream.addAbortSignal
  `import { addAbortSignal, Readable } from 'node:stream';
export function guarded(stream: Readable, ms: number): Readable {
  const controller = new AbortController();
  setTimeout(() => controller.abort(), ms).unref();
  return addAbortSignal(controller.signal, stream);
}`,
  // readline with a signal
  `import readline from 'node:readline/promises';
export async function ask(question: string): Promise<string> {
  const signal = AbortSignal.timeout(30_000);
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  try {
    return await rl.question(question, { signal });
  } finally {
    rl.close();
  }
}`,
  // Object.assign onto options
  `export async function getText(url: string, init: RequestInit): Promise<string> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 5000);
  try {
    const res = await fetch(url, Object.assign({}, init, { signal: controller.signal }));
    return await res.text();
  } finally {
    clearTimeout(timer);
  }
}`,
  // module-level controller, signal used in a function
  `const controller = new AbortController();
const signal = controller.signal;
export function fetchWithTimeout(url: string, timeout = 1000): Promise<Response> {
  setTimeout(() => controller.abort(), timeout);
  return fetch(url, { signal });
}`,
  // new Request with a signal
  `export async function getText(url: string): Promise<string> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 5000);
  try {
    const res = await fetch(new Request(url, { signal: controller.signal }));
    return await res.text();
  } finally {
    clearTimeout(timer);
  }
}`,
  // signal wired into a promise
  `export function delay(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(signal.reason);
    });
  });
}`,
  // retry loop with a signal per attempt
  `export async function fetchWithRetry(url: string, attempts = 3): Promise<unknown> {
  let lastError: unknown;
  for (let attempt = 0; attempt < attempts; attempt++) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), 1000);
    try {
      const res = await fetch(url, { signal: controller.signal });
      return await res.json();
    } catch (error) {
      lastError = error;
    } finally {
      clearTimeout(timer);
    }
  }
  throw lastError;
}`,
  // signal in a class field options object
  `export class Client {
  private readonly defaults = { signal: AbortSignal.timeout(60_000) };
  get(url: string): Promise<Response> {
    return fetch(url, this.defaults);
  }
}`,
  // combined signal passed through a variable of options
  `export async function getText(url: string, userSignal: AbortSignal): Promise<string> {
  const init: RequestInit = { signal: AbortSignal.any([userSignal, AbortSignal.timeout(5000)]) };
  const res = await fetch(url, init);
  return res.text();
}`,
  // signal reason checked in a catch
  `export async function getText(url: string): Promise<string | undefined> {
  const signal = AbortSignal.timeout(1000);
  try {
    const res = await fetch(url, { signal });
    return await res.text();
  } catch (error) {
    if (signal.aborted) return undefined;
    throw error;
  }
}`,
  // a default deadline assigned with ??=
  `export async function getText(url: string, signal?: AbortSignal): Promise<string> {
  signal ??= AbortSignal.timeout(5000);
  const res = await fetch(url, { signal });
  return res.text();
}`,
  // a default parameter
  `export async function getText(url: string, signal: AbortSignal = AbortSignal.timeout(5000)): Promise<string> {
  const res = await fetch(url, { signal });
  return res.text();
}`,
  // the caller's signal or a default
  `export async function getText(url: string, options: { signal?: AbortSignal } = {}): Promise<string> {
  const signal = options.signal ?? AbortSignal.timeout(5000);
  const res = await fetch(url, { signal });
  return res.text();
}`,
  // controller on an options object with ||=
  `export async function getText(url: string, init: RequestInit = {}): Promise<string> {
  const controller = new AbortController();
  init.signal ||= controller.signal;
  setTimeout(() => controller.abort(), 5000).unref();
  const res = await fetch(url, init);
  return res.text();
}`,
];

const invalid: InvalidTestCase<MessageId, []>[] = [
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

typedRuleTester().run('no-unattached-abort-signal', rule, { valid, invalid });
describeOutputsTypeCheck('no-unattached-abort-signal', invalid);

/** Without type information the rule runs on imports and globals alone: the same findings, the same suggestions. */
const untypedValid: (ValidTestCase<[]> | string)[] = [
  // fetchWithTimeout, try/finally
  `export async function fetchWithTimeout(url: string, init: RequestInit = {}, timeoutMs = 10_000): Promise<Response> {
  const controller = new AbortController();
  const timeoutId = setTimeout(() => controller.abort(), timeoutMs);
  try {
    return await fetch(url, { ...init, signal: controller.signal });
  } finally {
    clearTimeout(timeoutId);
  }
}`,
  // AbortSignal.timeout inline
  `export async function getJson(url: string): Promise<unknown> {
  const res = await fetch(url, { signal: AbortSignal.timeout(5000) });
  return res.json();
}`,
  // AbortSignal.any with a caller's signal
  `export function createFetchWithTimeout(timeoutMs: number): typeof fetch {
  return async (input, init) => {
    const timeoutSignal = AbortSignal.timeout(timeoutMs);
    const signal = init?.signal ? AbortSignal.any([init.signal, timeoutSignal]) : timeoutSignal;
    return await fetch(input, { ...init, signal });
  };
}`,
  // controller stored on this
  `export class Poller {
  private controller: AbortController | undefined;
  start(url: string): void {
    this.controller = new AbortController();
    setTimeout(() => this.controller?.abort(), 60_000);
    void fetch(url, { signal: this.controller.signal }).then((res) => res.body?.cancel());
  }
}`,
  // signal passed to a helper
  `declare function runJob(signal: AbortSignal): Promise<void>;
export async function runWithDeadline(ms: number): Promise<void> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), ms);
  try {
    await runJob(controller.signal);
  } finally {
    clearTimeout(timer);
  }
}`,
  // events.once with a timeout signal
  `import { once, EventEmitter } from 'node:events';
export async function ready(emitter: EventEmitter): Promise<void> {
  await once(emitter, 'ready', { signal: AbortSignal.timeout(5000) });
}`,
  // exported controller
  `export let apiController = new AbortController();
export function resetApiController(): void {
  apiController.abort();
  apiController = new AbortController();
}`,
  // destructured signal passed
  `export async function getText(url: string): Promise<string> {
  const controller = new AbortController();
  const { signal } = controller;
  const timer = setTimeout(() => controller.abort(), 20);
  try {
    const res = await fetch(url, { signal });
    return await res.text();
  } finally {
    clearTimeout(timer);
  }
}`,
  // axios with a signal
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
];

const untypedInvalid: InvalidTestCase<MessageId, []>[] = [
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

untypedRuleTester().run('no-unattached-abort-signal (without type information)', rule, {
  valid: untypedValid,
  invalid: untypedInvalid,
});

describe('no-unattached-abort-signal options', () => {
  it('rejects an option: the rule takes none', () => {
    const linter = new Linter({ configType: 'flat' });
    const config = [
      {
        plugins: { 'http-hygiene': { rules: { 'no-unattached-abort-signal': rule } } },
        rules: { 'http-hygiene/no-unattached-abort-signal': ['error', { timeoutMs: 1 }] },
      },
    ] as unknown as Linter.Config[];
    expect(() => linter.verify('AbortSignal.timeout(1);', config)).toThrow(/http-hygiene\/no-unattached-abort-signal/);
  });
});
