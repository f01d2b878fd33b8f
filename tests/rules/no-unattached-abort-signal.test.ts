import type { ValidTestCase } from '@typescript-eslint/rule-tester';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

import rule from '../../src/rules/no-unattached-abort-signal.js';
import { typedRuleTester, untypedRuleTester } from '../rule-tester.js';
import { describeOutputsTypeCheck } from '../type-check.js';
import { invalid, untypedInvalid } from './no-unattached-abort-signal.cases.js';

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
