import consumeResponseBody from '../../src/rules/consume-response-body.js';
import noIgnoredRequestOptions from '../../src/rules/no-ignored-request-options.js';
import noUnattachedAbortSignal from '../../src/rules/no-unattached-abort-signal.js';
import requireRequestTimeout from '../../src/rules/require-request-timeout.js';
import { typedRuleTester, untypedRuleTester } from '../rule-tester.js';

// ofetch 1.5: `ofetch()` and `ofetch.raw()` read the body themselves; `timeout` stops at the
// headers (unjs/ofetch#620); `$fetch` is also a global in Nuxt and Nitro.
for (const [name, tester] of [
  ['typed', typedRuleTester()],
  ['untyped', untypedRuleTester()],
] as const) {
  tester.run(`require-request-timeout: ofetch (${name})`, requireRequestTimeout, {
    valid: [
      `import { ofetch } from 'ofetch';
export function repo(name: string) {
  return ofetch(\`https://api.github.com/repos/\${name}\`, { signal: AbortSignal.timeout(5000) });
}`,
      // An instance whose defaults carry a signal.
      `import { ofetch } from 'ofetch';
const api = ofetch.create({ baseURL: 'https://api.internal', signal: AbortSignal.timeout(5000) });
export function users() {
  return api('/users');
}`,
      // undici's 300 s idle timeouts count when the user allows library defaults.
      {
        code: `import { $fetch } from 'ofetch';
export function users() {
  return $fetch('https://api.internal/users', { timeout: 3000, retry: 2 });
}`,
        options: [{ allowLibraryDefaults: true }],
      },
      // Options from a parameter are the caller's.
      `import { ofetch, type FetchOptions } from 'ofetch';
export function get(url: string, options: FetchOptions) {
  return ofetch(url, options);
}`,
    ],
    invalid: [
      {
        // Nothing set: ofetch has no timeout of its own.
        code: `import { ofetch } from 'ofetch';
export function repo() {
  return ofetch('https://api.github.com/repos/unjs/ofetch');
}`,
        errors: [
          {
            messageId: 'missing',
            line: 3,
            column: 10,
            suggestions: [
              {
                messageId: 'addSignal',
                data: { ms: '10_000' },
                output: `import { ofetch } from 'ofetch';
export function repo() {
  return ofetch('https://api.github.com/repos/unjs/ofetch', { signal: AbortSignal.timeout(10_000) });
}`,
              },
            ],
          },
        ],
      },
      {
        // `timeout` is cleared when the headers arrive: the body read is not bounded.
        code: `import { $fetch } from 'ofetch';
export function users() {
  return $fetch('https://api.internal/users', { timeout: 3000, retry: 2 });
}`,
        errors: [
          {
            messageId: 'partial',
            line: 3,
            column: 10,
            suggestions: [
              {
                messageId: 'addSignal',
                data: { ms: '10_000' },
                output: `import { $fetch } from 'ofetch';
export function users() {
  return $fetch('https://api.internal/users', { timeout: 3000, retry: 2, signal: AbortSignal.timeout(10_000) });
}`,
              },
            ],
          },
        ],
      },
      {
        // An instance made in this file without a timeout.
        code: `import { ofetch } from 'ofetch';
const api = ofetch.create({ baseURL: 'https://api.internal', headers: { Accept: 'application/json' } });
export function users() {
  return api('/users', { method: 'GET' });
}`,
        errors: [
          {
            messageId: 'missing',
            line: 4,
            column: 10,
            suggestions: [
              {
                messageId: 'addSignal',
                data: { ms: '10_000' },
                output: `import { ofetch } from 'ofetch';
const api = ofetch.create({ baseURL: 'https://api.internal', headers: { Accept: 'application/json' } });
export function users() {
  return api('/users', { method: 'GET', signal: AbortSignal.timeout(10_000) });
}`,
              },
            ],
          },
        ],
      },
    ],
  });

  tester.run(`consume-response-body: ofetch (${name})`, consumeResponseBody, {
    valid: [
      // ofetch.raw() has read the body into `_data`.
      `import { ofetch } from 'ofetch';
export async function status(url: string): Promise<number> {
  const res = await ofetch.raw(url, { signal: AbortSignal.timeout(5000) });
  return res.status;
}`,
      // The stream is piped on.
      `import { ofetch } from 'ofetch';
export async function download(url: string, sink: WritableStream<Uint8Array>): Promise<void> {
  const res = await ofetch.raw(url, { responseType: 'stream' });
  await res.body?.pipeTo(sink);
}`,
      // The body stream read to its end.
      `import { ofetch } from 'ofetch';
export async function text(url: string): Promise<string> {
  const stream = await ofetch<ReadableStream<Uint8Array>, 'stream'>(url, { responseType: 'stream' });
  let out = '';
  for await (const chunk of stream.pipeThrough(new TextDecoderStream())) out += chunk;
  return out;
}`,
      // ofetch() parses the body itself.
      `import { ofetch } from 'ofetch';
export async function repo(): Promise<string> {
  const data = await ofetch<{ name: string }>('https://api.github.com/repos/unjs/ofetch');
  return data.name;
}`,
    ],
    invalid: [
      {
        // responseType 'stream' hands the body over unread; the error path leaks it.
        code: `import { ofetch } from 'ofetch';
export async function download(url: string, sink: WritableStream<Uint8Array>): Promise<void> {
  const res = await ofetch.raw(url, { responseType: 'stream' });
  if (res.headers.get('content-type') !== 'application/zip') throw new Error('not a zip');
  await res.body?.pipeTo(sink);
}`,
        errors: [{ messageId: 'leaks', line: 3 }],
        output: `import { ofetch } from 'ofetch';
export async function download(url: string, sink: WritableStream<Uint8Array>): Promise<void> {
  const res = await ofetch.raw(url, { responseType: 'stream' });
  if (res.headers.get('content-type') !== 'application/zip') { await res.body?.cancel(); throw new Error('not a zip'); }
  await res.body?.pipeTo(sink);
}`,
      },
      {
        // ofetch() with responseType 'stream' returns the body stream itself.
        code: `import { ofetch } from 'ofetch';
export async function download(url: string, sink: WritableStream<Uint8Array>, expected: number): Promise<void> {
  const stream = await ofetch<ReadableStream<Uint8Array>, 'stream'>(url, { responseType: 'stream' });
  if (expected === 0) return;
  await stream.pipeTo(sink);
}`,
        errors: [{ messageId: 'leaks', line: 3 }],
        output: `import { ofetch } from 'ofetch';
export async function download(url: string, sink: WritableStream<Uint8Array>, expected: number): Promise<void> {
  const stream = await ofetch<ReadableStream<Uint8Array>, 'stream'>(url, { responseType: 'stream' });
  if (expected === 0) { await stream.cancel(); return; }
  await stream.pipeTo(sink);
}`,
      },
      {
        // ofetch.native() is the global fetch.
        code: `import { ofetch } from 'ofetch';
export async function alive(url: string): Promise<boolean> {
  const res = await ofetch.native(url);
  return res.ok;
}`,
        errors: [{ messageId: 'leaks', line: 3 }],
        output: `import { ofetch } from 'ofetch';
export async function alive(url: string): Promise<boolean> {
  const res = await ofetch.native(url);
  await res.body?.cancel();
  return res.ok;
}`,
      },
    ],
  });

  tester.run(`no-ignored-request-options: ofetch (${name})`, noIgnoredRequestOptions, {
    valid: [
      `import { ofetch } from 'ofetch';
import { Agent } from 'undici';
const dispatcher = new Agent({ keepAliveTimeout: 10_000 });
export function users() {
  return ofetch('https://api.internal/users', { dispatcher, signal: AbortSignal.timeout(5000) });
}`,
    ],
    invalid: [
      {
        code: `import { ofetch } from 'ofetch';
import https from 'node:https';
const agent = new https.Agent({ keepAlive: true });
export function users() {
  return ofetch('https://api.internal/users', { agent, signal: AbortSignal.timeout(5000) });
}`,
        errors: [
          {
            messageId: 'ignored',
            line: 5,
            column: 49,
            data: {
              name: 'agent',
              reason:
                "is only read by ofetch's node-fetch fallback, which Node's global `fetch` replaces: pass an undici `Agent` as `dispatcher`",
              where: '',
            },
          },
        ],
      },
    ],
  });

  tester.run(`no-unattached-abort-signal: ofetch (${name})`, noUnattachedAbortSignal, {
    valid: [
      `import { ofetch } from 'ofetch';
export async function users(): Promise<unknown> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 5000);
  try {
    return await ofetch('https://api.internal/users', { signal: controller.signal });
  } finally {
    clearTimeout(timer);
  }
}`,
    ],
    invalid: [
      {
        code: `import { ofetch } from 'ofetch';
export async function users(): Promise<unknown> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 5000);
  try {
    return await ofetch('https://api.internal/users', { timeout: 5000 });
  } finally {
    clearTimeout(timer);
  }
}`,
        errors: [
          {
            messageId: 'controllerUnattached',
            line: 3,
            suggestions: [
              {
                messageId: 'attachSignal',
                output: `import { ofetch } from 'ofetch';
export async function users(): Promise<unknown> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 5000);
  try {
    return await ofetch('https://api.internal/users', { timeout: 5000, signal: controller.signal });
  } finally {
    clearTimeout(timer);
  }
}`,
              },
            ],
          },
        ],
      },
    ],
  });
}
