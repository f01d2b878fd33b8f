import type { InvalidTestCase, ValidTestCase } from '@typescript-eslint/rule-tester';

import rule from '../../../src/rules/no-unattached-abort-signal.js';
import { typedRuleTester, untypedRuleTester } from '../../rule-tester.js';
import { describeOutputsTypeCheck } from '../../type-check.js';

// Accuracy on real shapes (issue 13): signals the client ignores (class 7), a controller replaced
// while an old signal is still used (class 8), destructured constructors (class 9), and signals
// written onto an options object after it is built.

type MessageId = 'controllerUnattached' | 'signalUnattached' | 'attachSignal';

const unattached = (name: string, line: number, column: number) => ({
  messageId: 'controllerUnattached' as const,
  data: { name },
  line,
  column,
  suggestions: [],
});

const withSuggestion = (name: string, line: number, column: number, output: string) => ({
  ...unattached(name, line, column),
  suggestions: [{ messageId: 'attachSignal' as const, output }],
});

const valid: (ValidTestCase<[]> | string)[] = [
  // Class 7. axios(config) with the signal spread into the config it reads.
  `import axios, { type AxiosRequestConfig } from 'axios';
export async function send(config: AxiosRequestConfig, ms: number): Promise<unknown> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), ms);
  try {
    return (await axios({ ...config, signal: controller.signal })).data;
  } finally {
    clearTimeout(timer);
  }
}`,
  // Class 7. axios(url, config): the second argument is the config.
  `import axios from 'axios';
export async function getJson(url: string): Promise<unknown> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 5000);
  try {
    return (await axios(url, { signal: controller.signal })).data;
  } finally {
    clearTimeout(timer);
  }
}`,
  // Class 7. axios.post(url, data, config): the third argument is the config.
  `import axios from 'axios';
export async function publish(url: string, event: object): Promise<number> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 2000);
  try {
    const res = await axios.post(url, event, { signal: controller.signal });
    return res.status;
  } finally {
    clearTimeout(timer);
  }
}`,
  // Class 7. https.get(url, options, callback): the options are where node:http reads them.
  `import https from 'node:https';
export function ping(url: string): void {
  const ac = new AbortController();
  setTimeout(() => ac.abort(), 3000).unref();
  https.get(url, { signal: ac.signal }, (res) => res.resume());
}`,
  // Class 8. The replaced controller's signal is read where the request is made.
  `let ctl = new AbortController();
export function reload(url: string): Promise<Response> {
  ctl.abort();
  ctl = new AbortController();
  return fetch(url, { signal: ctl.signal });
}`,
  // Class 8. A retry loop: the read at the top of the next attempt sees the new controller.
  `export async function poll(url: string, attempts: number): Promise<string> {
  let ctl = new AbortController();
  for (let attempt = 0; attempt < attempts; attempt++) {
    const res = await fetch(url, { signal: ctl.signal });
    if (res.ok) return res.text();
    await res.body?.cancel();
    ctl = new AbortController();
    setTimeout(() => ctl.abort(), 1000);
  }
  throw new Error('gave up');
}`,
  // Class 8. Something runs between the declaration and the read: it may have replaced it.
  `let ctl = new AbortController();
declare function boot(): void;
boot();
const sig = ctl.signal;
export function reset(): void {
  ctl.abort();
  ctl = new AbortController();
}
export const load = (url: string) => fetch(url, { signal: sig });`,
  // Class 8. A controller kept in a variable read from a listener registered later.
  `let current: AbortController | undefined;
export function start(url: string): void {
  current?.abort();
  current = new AbortController();
  setTimeout(() => current?.abort(), 5000);
  void fetch(url, { signal: current.signal }).then((res) => res.body?.cancel());
}`,
  // Class 9. A destructured constructor whose signal reaches the request.
  `export async function get(url: string, env: { AbortController?: typeof AbortController }): Promise<string> {
  const { AbortController: Ctl = globalThis.AbortController } = env;
  const controller = new Ctl();
  const timer = setTimeout(() => controller.abort(), 5000);
  try {
    return await (await fetch(url, { signal: controller.signal })).text();
  } finally {
    clearTimeout(timer);
  }
}`,
  // Class 9. A constructor taken from the options, or the global.
  `export function makeFetch(options: { AbortController?: typeof AbortController; timeout: number }) {
  const Ctl = options.AbortController ?? AbortController;
  return async (url: string): Promise<Response> => {
    const controller = new Ctl();
    setTimeout(() => controller.abort(), options.timeout);
    return fetch(url, { signal: controller.signal });
  };
}`,
  // Class 9. \`const { AbortController } = globalThis\`, handed back to the caller.
  `const { AbortController } = globalThis;
export function deadline(ms: number): AbortSignal {
  const controller = new AbortController();
  setTimeout(() => controller.abort(), ms).unref();
  return controller.signal;
}`,
  // Writes. A fresh init object given the signal after it is built, then passed to fetch.
  `export async function request(url: string, method: string, data?: unknown): Promise<Response> {
  const requestInit: RequestInit = { method, headers: { 'Content-Type': 'application/json' }, mode: 'cors' };
  const controller = new AbortController();
  const timeoutId = setTimeout(() => controller.abort(), 10_000);
  requestInit.signal = controller.signal;
  try {
    if (data && method !== 'GET') requestInit.body = JSON.stringify(data);
    return await fetch(url, requestInit);
  } finally {
    clearTimeout(timeoutId);
  }
}`,
  // Writes. The signal written under a condition, onto an object a user's fetch function gets.
  `export async function healthy(
  url: string,
  fetchFn: (url: string, init: RequestInit) => Promise<Response>,
): Promise<boolean> {
  const controller = typeof AbortController === 'function' ? new AbortController() : null;
  const timeout = controller ? setTimeout(() => controller.abort(), 3000) : null;
  try {
    const init: RequestInit = { method: 'GET' };
    if (controller) init.signal = controller.signal;
    const response = await fetchFn(url, init);
    await response.body?.cancel();
    return response.status === 200;
  } catch {
    return false;
  } finally {
    if (timeout) clearTimeout(timeout);
  }
}`,
  // Writes. A nested options object, written by its path and passed on by it.
  `export async function run(url: string): Promise<string> {
  const ctx = { options: { method: 'GET' } as RequestInit, retries: 2 };
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 5000);
  ctx.options.signal = controller.signal;
  try {
    return await (await fetch(url, ctx.options)).text();
  } finally {
    clearTimeout(timer);
  }
}`,
  // Writes. A closure made before the write sends the object after it.
  `export async function send(url: string): Promise<number> {
  const init: RequestInit = { method: 'POST' };
  const attempt = () => fetch(url, init);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 5000);
  init.signal = controller.signal;
  try {
    const res = await attempt();
    await res.body?.cancel();
    return res.status;
  } finally {
    clearTimeout(timer);
  }
}`,
  // Writes. A retry loop: the next attempt sends the object the previous one wrote.
  `export async function retry(url: string): Promise<string> {
  const init: RequestInit = {};
  for (let attempt = 0; attempt < 3; attempt++) {
    const res = await fetch(url, init);
    if (res.ok) return res.text();
    await res.body?.cancel();
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 1000 * (attempt + 1));
    init.signal = controller.signal;
  }
  throw new Error('gave up');
}`,
  // Writes. Onto a parameter's object: the caller's code reads it, not this function.
  `export function withDeadline(init: RequestInit, ms: number): void {
  const controller = new AbortController();
  setTimeout(() => controller.abort(), ms);
  init.signal = controller.signal;
}`,
  // Regression (7c8a755): a race member whose initialiser refers to itself is read once.
  `export async function poll(url: string): Promise<void> {
  const controller = new AbortController();
  const again = async (): Promise<void> => {
    await fetch(url, { signal: controller.signal });
    await again();
  };
  setTimeout(() => controller.abort(), 1000);
  await Promise.race([again(), new Promise((resolve) => setTimeout(resolve, 50))]);
}`,
];

const invalid: InvalidTestCase<MessageId, []>[] = [
  // Class 7. axios(config, { signal }): axios reads one config, the first argument.
  {
    code: `import axios, { type AxiosRequestConfig } from 'axios';
export async function send(config: AxiosRequestConfig, ms: number): Promise<unknown> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), ms);
  try {
    return (await axios(config, { signal: controller.signal })).data;
  } finally {
    clearTimeout(timer);
  }
}`,
    errors: [unattached('controller', 3, 22)],
  },
  // Class 7. axios.get(url, config) given the config third, as if it were axios.post (a
  // JavaScript mistake: the types reject it, so there is nothing here to type-check).
  {
    code: `import axios from 'axios';
export async function search(url: string, q: string): Promise<unknown> {
  const config = { params: { q } };
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 5000);
  try {
    // @ts-expect-error the third argument is not axios.get's
    const res = await axios.get(url, config, { signal: controller.signal });
    return res.data;
  } finally {
    clearTimeout(timer);
  }
}`,
    errors: [unattached('controller', 4, 22)],
  },
  // Class 7. https.request(options, { signal }): node:http wants the response callback there.
  {
    code: `import https from 'node:https';
export function post(host: string, body: string): void {
  const options: https.RequestOptions = { host, method: 'POST', path: '/events' };
  const ac = new AbortController();
  setTimeout(() => ac.abort(), 2000).unref();
  const req = https.request(options, { signal: ac.signal });
  req.on('response', (res) => res.resume());
  req.end(body);
}`,
    errors: [unattached('ac', 4, 14)],
  },
  // Class 8. The shape: the new controller reaches nothing, the old signal is sent.
  {
    code: `let ctl = new AbortController();
const sig = ctl.signal;
export function reload(u: string): Promise<Response> {
  ctl.abort();
  ctl = new AbortController();
  return fetch(u, { signal: sig });
}`,
    errors: [unattached('ctl', 5, 9)],
  },
  // Class 8. A cancel-and-renew helper; the module keeps sending the first signal.
  {
    code: `let controller = new AbortController();
let { signal } = controller;
export function cancelAll(): void {
  controller.abort();
  controller = new AbortController();
}
export async function getUser(id: string): Promise<unknown> {
  const res = await fetch(\`/api/users/\${id}\`, { signal });
  return res.json();
}`,
    errors: [unattached('controller', 5, 16)],
  },
  // Class 8. Replaced in the same function after the signal was taken.
  {
    code: `export async function download(url: string, slow: boolean): Promise<string> {
  let ctl = new AbortController();
  const signal = ctl.signal;
  if (slow) {
    ctl = new AbortController();
    setTimeout(() => ctl.abort(), 30_000);
  }
  const res = await fetch(url, { signal });
  return res.text();
}`,
    errors: [unattached('ctl', 5, 11)],
  },
  // Class 9. The shape.
  {
    code: `export async function get(url: string, env: { AbortController?: typeof AbortController }): Promise<string> {
  const { AbortController: Ctl = globalThis.AbortController } = env;
  const controller = new Ctl();
  const timer = setTimeout(() => controller.abort(), 5000);
  try {
    return await (await fetch(url)).text();
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
            output: `export async function get(url: string, env: { AbortController?: typeof AbortController }): Promise<string> {
  const { AbortController: Ctl = globalThis.AbortController } = env;
  const controller = new Ctl();
  const timer = setTimeout(() => controller.abort(), 5000);
  try {
    return await (await fetch(url, { signal: controller.signal })).text();
  } finally {
    clearTimeout(timer);
  }
}`,
          },
        ],
      },
    ],
  },
  // Class 9. A constructor taken from the options, or the global.
  {
    code: `export function makeFetch(options: { AbortController?: typeof AbortController; timeout: number }) {
  const Ctl = options.AbortController ?? AbortController;
  return async (url: string, init: RequestInit): Promise<Response> => {
    const controller = new Ctl();
    setTimeout(() => controller.abort(), options.timeout);
    return fetch(url, init);
  };
}`,
    errors: [unattached('controller', 4, 24)],
  },
  // Class 9. \`const { AbortController } = globalThis\`.
  {
    code: `const { AbortController } = globalThis;
export async function ping(url: string): Promise<number> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 1000);
  const res = await fetch(url, { method: 'HEAD' });
  clearTimeout(timer);
  return res.status;
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
            output: `const { AbortController } = globalThis;
export async function ping(url: string): Promise<number> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 1000);
  const res = await fetch(url, { method: 'HEAD', signal: controller.signal });
  clearTimeout(timer);
  return res.status;
}`,
          },
        ],
      },
    ],
  },
  // Writes. The signal written onto an init the request never gets.
  {
    code: `export async function post(url: string, body: string): Promise<number> {
  const init: RequestInit = { method: 'POST', body };
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 5000);
  init.signal = controller.signal;
  try {
    const res = await fetch(url, { method: 'POST', body });
    await res.body?.cancel();
    return res.status;
  } finally {
    clearTimeout(timer);
  }
}`,
    errors: [
      withSuggestion(
        'controller',
        3,
        22,
        `export async function post(url: string, body: string): Promise<number> {
  const init: RequestInit = { method: 'POST', body };
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 5000);
  init.signal = controller.signal;
  try {
    const res = await fetch(url, { method: 'POST', body, signal: controller.signal });
    await res.body?.cancel();
    return res.status;
  } finally {
    clearTimeout(timer);
  }
}`,
      ),
    ],
  },
  // Writes. Written after the request was sent with the object.
  {
    code: `export async function get(url: string): Promise<string> {
  const init: RequestInit = { headers: { accept: 'text/plain' } };
  const controller = new AbortController();
  const pending = fetch(url, init);
  init.signal = controller.signal;
  const timer = setTimeout(() => controller.abort(), 5000);
  try {
    return await (await pending).text();
  } finally {
    clearTimeout(timer);
  }
}`,
    errors: [unattached('controller', 3, 22)],
  },
  // Writes. A nested options object given the signal, while the request gets another one.
  {
    code: `export async function run(url: string): Promise<string> {
  const ctx = { options: { method: 'GET' } as RequestInit, retries: 2 };
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 5000);
  ctx.options.signal = controller.signal;
  try {
    return await (await fetch(url, { method: 'GET' })).text();
  } finally {
    clearTimeout(timer);
  }
}`,
    errors: [
      withSuggestion(
        'controller',
        3,
        22,
        `export async function run(url: string): Promise<string> {
  const ctx = { options: { method: 'GET' } as RequestInit, retries: 2 };
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 5000);
  ctx.options.signal = controller.signal;
  try {
    return await (await fetch(url, { method: 'GET', signal: controller.signal })).text();
  } finally {
    clearTimeout(timer);
  }
}`,
      ),
    ],
  },
];

typedRuleTester().run('no-unattached-abort-signal (accuracy)', rule, { valid, invalid });
describeOutputsTypeCheck('no-unattached-abort-signal (accuracy)', invalid);

// Without type information: the same shapes, where the syntax alone shows them.
const untypedValid: (ValidTestCase<[]> | string)[] = [
  // Class 7. Without types, \`config\` cannot be told from a URL: the second object may be the config.
  `import axios from 'axios';
export async function send(config, ms) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), ms);
  try {
    return (await axios(config, { signal: controller.signal })).data;
  } finally {
    clearTimeout(timer);
  }
}`,
  // Class 9 and writes, as in JavaScript.
  `export async function get(url, env) {
  const { AbortController: Ctl = globalThis.AbortController } = env;
  const controller = new Ctl();
  const init = { method: 'GET' };
  init.signal = controller.signal;
  const timer = setTimeout(() => controller.abort(), 5000);
  try {
    return await (await fetch(url, init)).text();
  } finally {
    clearTimeout(timer);
  }
}`,
];

const untypedInvalid: InvalidTestCase<MessageId, []>[] = [
  // Class 7. A method's fixed position needs no types.
  {
    code: `import axios from 'axios';
export async function search(url, q) {
  const controller = new AbortController();
  setTimeout(() => controller.abort(), 5000);
  return (await axios.get(url, { params: { q } }, { signal: controller.signal })).data;
}`,
    errors: [
      withSuggestion(
        'controller',
        3,
        22,
        `import axios from 'axios';
export async function search(url, q) {
  const controller = new AbortController();
  setTimeout(() => controller.abort(), 5000);
  return (await axios.get(url, { params: { q }, signal: controller.signal }, { signal: controller.signal })).data;
}`,
      ),
    ],
  },
  // Class 8.
  {
    code: `let ctl = new AbortController();
const sig = ctl.signal;
export function reload(u) {
  ctl.abort();
  ctl = new AbortController();
  return fetch(u, { signal: sig });
}`,
    errors: [unattached('ctl', 5, 9)],
  },
  // Class 9 and writes.
  {
    code: `export async function post(url, body, env) {
  const { AbortController: Ctl = globalThis.AbortController } = env;
  const controller = new Ctl();
  const init = { method: 'POST', body };
  init.signal = controller.signal;
  setTimeout(() => controller.abort(), 5000);
  const res = await fetch(url, { method: 'POST', body });
  return res.status;
}`,
    errors: [
      withSuggestion(
        'controller',
        3,
        22,
        `export async function post(url, body, env) {
  const { AbortController: Ctl = globalThis.AbortController } = env;
  const controller = new Ctl();
  const init = { method: 'POST', body };
  init.signal = controller.signal;
  setTimeout(() => controller.abort(), 5000);
  const res = await fetch(url, { method: 'POST', body, signal: controller.signal });
  return res.status;
}`,
      ),
    ],
  },
];

untypedRuleTester().run('no-unattached-abort-signal (accuracy, without type information)', rule, {
  valid: untypedValid,
  invalid: untypedInvalid,
});
