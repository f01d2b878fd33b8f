import type { InvalidTestCase, ValidTestCase } from '@typescript-eslint/rule-tester';

import rule from '../../../src/rules/clear-abort-timer.js';
import { typedRuleTester, untypedRuleTester } from '../../rule-tester.js';
import { describeOutputsTypeCheck } from '../../type-check.js';

// Accuracy on real shapes (issue 13): a timer cleared on the success path only while the response
// is handed on (class 2), races written by hand and timeout helpers raced by their callers
// (class 6), and timers whose controller reaches the request through an options object written
// after it was built or a destructured constructor.

type MessageId = 'notCleared' | 'neverCleared' | 'neverClearedHandle' | 'helperTimerNeverCleared' | 'useTimeoutSignal';

const FETCH_RETRY_FIXED = `export async function fetchRetry(url: string, attempts = 3): Promise<Response> {
  let lastError: unknown;
  for (let i = 0; i < attempts; i++) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), 5000);
    try {
      const res = await fetch(url, { signal: controller.signal });
      clearTimeout(timer);
      if (res.ok) return res;
      await res.body?.cancel();
    } catch (error) {
      lastError = error;
    } finally {
      clearTimeout(timer);
    }
  }
  throw lastError;
}`;

const valid: (ValidTestCase<[]> | string)[] = [
  // A clear in the disposer of a \`using\` declaration runs on every way out of its block.
  `export async function usingTimer(url: string): Promise<string> {
  using _timer = { [Symbol.dispose]: () => clearTimeout(handle) };
  const controller = new AbortController();
  const handle = setTimeout(() => controller.abort(), 1000);
  const res = await fetch(url, { signal: controller.signal });
  return res.text();
}`,
  `export async function awaitUsingTimer(url: string): Promise<unknown> {
  const controller = new AbortController();
  const handle = setTimeout(() => controller.abort(), 1000);
  await using _cleanup = {
    async [Symbol.asyncDispose]() {
      clearTimeout(handle);
    },
  };
  const res = await fetch(url, { signal: controller.signal });
  return res.json();
}`,
  // A second --fix changes nothing.
  FETCH_RETRY_FIXED,
  // Class 2. Cleared only where no body will come; the response streams to the caller under the timer.
  `export async function open(url: string): Promise<Response> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 60_000);
  const res = await fetch(url, { signal: controller.signal });
  if (!res.ok) {
    clearTimeout(timer);
    await res.body?.cancel();
    throw new Error(\`download failed: \${res.status}\`);
  }
  return res;
}`,
  // Class 2. Cleared when the request fails; on success the caller reads the body under the timer.
  `export async function stream(url: string, init: RequestInit = {}): Promise<Response> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 30_000);
  try {
    return await fetch(url, { ...init, signal: controller.signal });
  } catch (error) {
    clearTimeout(timer);
    throw error;
  }
}`,
  // Class 2. A clear between the timer and the request, on an early return only.
  `const cache = new Map<string, Response>();
export async function cached(url: string): Promise<Response> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 10_000);
  const hit = cache.get(url);
  if (hit) {
    clearTimeout(timer);
    return hit.clone();
  }
  return fetch(url, { signal: controller.signal });
}`,
  // Class 2. A 204 has no body to stream: cleared there, left armed for the body otherwise.
  `export async function call(url: string): Promise<Response> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 15_000);
  const res = await fetch(url, { method: 'POST', signal: controller.signal });
  if (res.status === 204) clearTimeout(timer);
  return res;
}`,
  // Class 2. Handed on and cleared on every path.
  `export async function fetchWithTimeout(url: string, ms = 10_000): Promise<Response> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), ms);
  try {
    const response = await fetch(url, { signal: controller.signal });
    return response;
  } finally {
    clearTimeout(timer);
  }
}`,
  // Class 6. A race written by hand that clears its timer when the request settles.
  `export default function ttlFetch(url: string, init: RequestInit, ms = 3000): Promise<Response> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error('TIMEOUT'));
    }, ms);
    fetch(url, init)
      .then((value) => {
        clearTimeout(timer);
        resolve(value);
      })
      .catch((reason) => {
        clearTimeout(timer);
        reject(reason);
      });
  });
}`,
  // Class 6. A race written by hand, cleared in the outer promise's finally.
  `export function getWithDeadline(url: string, ms: number): Promise<Response> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return new Promise<Response>((resolve, reject) => {
    timer = setTimeout(() => reject(new Error('deadline')), ms);
    fetch(url).then(resolve, reject);
  }).finally(() => clearTimeout(timer));
}`,
  // Class 6. A helper that hands back a way to clear its timer.
  `function deadline(ms: number): { promise: Promise<never>; cancel: () => void } {
  let id: ReturnType<typeof setTimeout> | undefined;
  const promise = new Promise<never>((_, reject) => {
    id = setTimeout(() => reject(new Error('timeout')), ms);
  });
  return { promise, cancel: () => clearTimeout(id) };
}
export async function get(url: string): Promise<string> {
  const { promise, cancel } = deadline(5000);
  try {
    const res = await Promise.race([fetch(url), promise]);
    return await res.text();
  } finally {
    cancel();
  }
}`,
  // Class 6. A timeout helper raced against something that is not a request.
  `import { spawn } from 'node:child_process';
function timeout(ms: number): Promise<never> {
  return new Promise((_, reject) => setTimeout(() => reject(new Error(\`Timeout of \${ms}ms exceeded\`)), ms));
}
export async function build(): Promise<number> {
  const child = spawn('make');
  const exited = new Promise<number>((resolve) => child.on('exit', (code) => resolve(code ?? 1)));
  return Promise.race([exited, timeout(60_000)]);
}`,
  // Regression (7c8a755): a race member whose initialiser refers to itself is read once.
  `declare function sleep(ms: number): Promise<void>;
export async function spin(): Promise<void> {
  const tick = async (): Promise<void> => {
    await sleep(10);
    return tick();
  };
  await Promise.race([tick(), new Promise<never>((_, reject) => setTimeout(() => reject(new Error('t')), 100))]);
}`,
  // Writes. The signal written onto the init, the timer cleared in a finally.
  `export async function request(url: string, method: string): Promise<unknown> {
  const requestInit: RequestInit = { method, headers: { 'Content-Type': 'application/json' } };
  const controller = new AbortController();
  const timeoutId = setTimeout(() => controller.abort(), 10_000);
  requestInit.signal = controller.signal;
  try {
    const res = await fetch(url, requestInit);
    return await res.json();
  } finally {
    clearTimeout(timeoutId);
  }
}`,
];

const invalid: InvalidTestCase<MessageId, []>[] = [
  // Class 2. The shape: fetch rejects, the catch returns, the timer stays armed.
  {
    code: `declare function parse(res: Response): Promise<unknown>;
export async function load(url: string): Promise<unknown> {
  try {
    const ctl = new AbortController();
    const t = setTimeout(() => ctl.abort(), 4000);
    const res = await fetch(url, { signal: ctl.signal });
    clearTimeout(t);
    return parse(res);
  } catch {
    return null;
  }
}`,
    errors: [
      {
        messageId: 'notCleared',
        data: {
          timer: 't',
          what: 'aborts `ctl`',
          where: 'before the `return` on line 10 when `fetch()` on line 6 rejects',
        },
        line: 5,
        column: 15,
        suggestions: [
          {
            messageId: 'useTimeoutSignal',
            output: `declare function parse(res: Response): Promise<unknown>;
export async function load(url: string): Promise<unknown> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(4000) });
    return parse(res);
  } catch {
    return null;
  }
}`,
          },
        ],
      },
    ],
    // The handle is declared inside the `try`: a `finally` could not see it.
    output: null,
  },
  // Class 2. No try: a rejection ends the function with the timer armed.
  {
    code: `export async function getResponse(url: string, init: RequestInit = {}): Promise<Response> {
  const controller = new AbortController();
  const timeoutId = setTimeout(() => controller.abort(), 8000);
  const response = await fetch(url, { ...init, signal: controller.signal });
  clearTimeout(timeoutId);
  return response;
}`,
    errors: [
      {
        messageId: 'notCleared',
        data: { timer: 'timeoutId', what: 'aborts `controller`', where: 'when `fetch()` on line 4 rejects' },
        line: 3,
        column: 21,
        suggestions: [
          {
            messageId: 'useTimeoutSignal',
            output: `export async function getResponse(url: string, init: RequestInit = {}): Promise<Response> {
  const response = await fetch(url, { ...init, signal: AbortSignal.timeout(8000) });
  return response;
}`,
          },
        ],
      },
    ],
    output: null,
  },
  // Class 2. A retry loop: a failed attempt goes round again with its timer armed.
  {
    code: `export async function fetchRetry(url: string, attempts = 3): Promise<Response> {
  let lastError: unknown;
  for (let i = 0; i < attempts; i++) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), 5000);
    try {
      const res = await fetch(url, { signal: controller.signal });
      clearTimeout(timer);
      if (res.ok) return res;
      await res.body?.cancel();
    } catch (error) {
      lastError = error;
    }
  }
  throw lastError;
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
            output: `export async function fetchRetry(url: string, attempts = 3): Promise<Response> {
  let lastError: unknown;
  for (let i = 0; i < attempts; i++) {
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(5000) });
      if (res.ok) return res;
      await res.body?.cancel();
    } catch (error) {
      lastError = error;
    }
  }
  throw lastError;
}`,
          },
        ],
      },
    ],
    output: FETCH_RETRY_FIXED,
  },
  // Class 6. A race written by hand, nobody clears the timer.
  {
    code: `export function fetchWithDeadline(url: string, init: RequestInit, ms: number): Promise<Response> {
  return new Promise((resolve, reject) => {
    setTimeout(() => reject(new Error('deadline')), ms);
    fetch(url, init).then(resolve, reject);
  });
}`,
    errors: [
      {
        messageId: 'neverCleared',
        data: { timer: '', what: 'rejects the promise that settles with the request' },
        line: 3,
        column: 5,
        suggestions: [],
      },
    ],
    output: null,
  },
  // Class 6. The request kept in a variable, settled through callbacks.
  {
    code: `export function timed(url: string, ms = 5000): Promise<unknown> {
  const request = fetch(url).then((res) => res.json());
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(\`timed out after \${ms}ms\`)), ms);
    request.then((value) => resolve(value), reject);
    console.debug('armed', timer);
  });
}`,
    errors: [
      {
        messageId: 'neverClearedHandle',
        data: { timer: 'timer', what: 'rejects the promise that settles with the request' },
        line: 4,
        column: 19,
        suggestions: [],
      },
    ],
    output: null,
  },
  // Class 6. A same-file helper returns the timeout promise; its caller races it.
  {
    code: `function timeout(ms: number): Promise<void> {
  return new Promise((_, reject) => setTimeout(() => reject(new Error(\`Timeout of \${ms}ms exceeded\`)), ms));
}
export async function fetchWithTimeout(url: string, timeoutMs: number): Promise<void | Response> {
  try {
    return await Promise.race([fetch(url), timeout(timeoutMs)]);
  } catch (error) {
    console.error(\`Error fetching \${url}:\`, error);
    throw error;
  }
}`,
    errors: [{ messageId: 'helperTimerNeverCleared', data: { helper: 'timeout', line: '2' }, line: 6, column: 18 }],
    output: null,
  },
  // Class 6. An arrow helper raced by two callers against axios.
  {
    code: `import axios from 'axios';
const withTimeout = (ms: number) =>
  new Promise<never>((_, reject) => {
    setTimeout(() => reject(new Error('Request timeout')), ms);
  });
export async function getUser(id: string): Promise<unknown> {
  const res = await Promise.race([axios.get(\`/users/\${id}\`), withTimeout(5000)]);
  return res.data;
}
export async function getTeam(id: string): Promise<unknown> {
  const res = await Promise.race([axios.get(\`/teams/\${id}\`), withTimeout(5000)]);
  return res.data;
}`,
    errors: [
      { messageId: 'helperTimerNeverCleared', data: { helper: 'withTimeout', line: '4' }, line: 7, column: 21 },
      { messageId: 'helperTimerNeverCleared', data: { helper: 'withTimeout', line: '4' }, line: 11, column: 21 },
    ],
    output: null,
  },
  // Writes. The signal written onto the init; cleared only after a status check that throws.
  {
    code: `export async function api(path: string, body?: unknown): Promise<unknown> {
  const init: RequestInit = { method: body === undefined ? 'GET' : 'POST', credentials: 'include' };
  const controller = new AbortController();
  const timeout = setTimeout(() => controller.abort(), 35_000);
  init.signal = controller.signal;
  if (body !== undefined) init.body = JSON.stringify(body);
  const res = await fetch(path, init);
  if (!res.ok) throw new Error(\`\${path} answered \${res.status}\`);
  clearTimeout(timeout);
  return res.json();
}`,
    errors: [
      {
        messageId: 'notCleared',
        data: { timer: 'timeout', what: 'aborts `controller`', where: 'before the `throw` on line 8' },
        line: 4,
        column: 19,
        // The signal is not a property of the request's own options: no `AbortSignal.timeout()` rewrite.
        suggestions: [],
      },
    ],
    output: null,
  },
  // Class 9. A destructured constructor's controller, its timer never cleared on the throw.
  {
    code: `export async function get(url: string, env: { AbortController?: typeof AbortController }): Promise<string> {
  const { AbortController: Ctl = globalThis.AbortController } = env;
  const controller = new Ctl();
  const timer = setTimeout(() => controller.abort(), 5000);
  const res = await fetch(url, { signal: controller.signal });
  if (!res.ok) throw new Error(String(res.status));
  clearTimeout(timer);
  return res.text();
}`,
    errors: [
      {
        messageId: 'notCleared',
        data: { timer: 'timer', what: 'aborts `controller`', where: 'before the `throw` on line 6' },
        line: 4,
        column: 17,
        // The environment's constructor may stand in for a runtime without `AbortSignal.timeout()`.
        suggestions: [],
      },
    ],
    output: null,
  },
];

typedRuleTester().run('clear-abort-timer (accuracy)', rule, { valid, invalid });
describeOutputsTypeCheck('clear-abort-timer (accuracy)', invalid);

// Without type information: the same shapes in JavaScript. Requests are known by import and
// global; a race against a user's own wrapper is not known to be a request.
const untypedValid: (ValidTestCase<[]> | string)[] = [
  `export async function open(url) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 60000);
  const res = await fetch(url, { signal: controller.signal });
  if (!res.ok) {
    clearTimeout(timer);
    throw new Error('download failed: ' + res.status);
  }
  return res;
}`,
  `const api = { get: (path) => Promise.resolve({ path }) };
function timeout(ms) {
  return new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), ms));
}
export function getUser(id) {
  return Promise.race([api.get('/users/' + id), timeout(5000)]);
}`,
];

const untypedInvalid: InvalidTestCase<MessageId, []>[] = [
  {
    code: `export async function getResponse(url, init = {}) {
  const controller = new AbortController();
  const timeoutId = setTimeout(() => controller.abort(), 8000);
  const response = await fetch(url, { ...init, signal: controller.signal });
  clearTimeout(timeoutId);
  return response;
}`,
    errors: [
      {
        messageId: 'notCleared',
        data: { timer: 'timeoutId', what: 'aborts `controller`', where: 'when `fetch()` on line 4 rejects' },
        line: 3,
        column: 21,
        suggestions: [
          {
            messageId: 'useTimeoutSignal',
            output: `export async function getResponse(url, init = {}) {
  const response = await fetch(url, { ...init, signal: AbortSignal.timeout(8000) });
  return response;
}`,
          },
        ],
      },
    ],
    output: null,
  },
  {
    code: `export function fetchWithDeadline(url, init, ms) {
  return new Promise(function (resolve, reject) {
    setTimeout(function () { reject(new Error('deadline')); }, ms);
    fetch(url, init).then(resolve, reject);
  });
}`,
    errors: [
      {
        messageId: 'neverCleared',
        data: { timer: '', what: 'rejects the promise that settles with the request' },
        line: 3,
        column: 5,
        suggestions: [],
      },
    ],
    output: null,
  },
  {
    code: `export default function timeoutFetch(url, options, timeout = 500) {
  return Promise.race([fetch(url, options), delay(timeout)]);
}
function delay(ms) {
  return new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), ms));
}`,
    errors: [{ messageId: 'helperTimerNeverCleared', data: { helper: 'delay', line: '5' }, line: 2, column: 10 }],
    output: null,
  },
  {
    code: `export async function api(path) {
  const init = { method: 'GET', credentials: 'include' };
  const controller = new AbortController();
  const timeout = setTimeout(() => controller.abort(), 35000);
  init.signal = controller.signal;
  const res = await fetch(path, init);
  if (!res.ok) throw new Error(path + ' answered ' + res.status);
  clearTimeout(timeout);
  return res.json();
}`,
    errors: [
      {
        messageId: 'notCleared',
        data: { timer: 'timeout', what: 'aborts `controller`', where: 'before the `throw` on line 7' },
        line: 4,
        column: 19,
        suggestions: [],
      },
    ],
    output: null,
  },
];

untypedRuleTester().run('clear-abort-timer (accuracy, without type information)', rule, {
  valid: untypedValid,
  invalid: untypedInvalid,
});
