import consumeResponseBody from '../../src/rules/consume-response-body.js';
import noPerRequestAgent from '../../src/rules/no-per-request-agent.js';
import noUnattachedAbortSignal from '../../src/rules/no-unattached-abort-signal.js';
import requireRequestTimeout from '../../src/rules/require-request-timeout.js';
import { typedRuleTester, untypedRuleTester } from '../rule-tester.js';

// needle 3: `open_timeout` (alias `timeout`, 10 s by default) bounds only the connection;
// `response_timeout` the headers, `read_timeout` the body. Without a callback the methods return a
// stream that must be consumed; `needle()` and callbacks get a buffered body.
const UNBOUNDED =
  "needle's only default is a 10 s `open_timeout` for the connection, so it waits for the headers and the body forever";

for (const [name, tester] of [
  ['typed', typedRuleTester()],
  ['untyped', untypedRuleTester()],
] as const) {
  tester.run(`require-request-timeout: needle (${name})`, requireRequestTimeout, {
    valid: [
      // Both phases bounded.
      `import needle from 'needle';
export function feed(url: string) {
  return needle('get', url, { response_timeout: 5000, read_timeout: 10_000 });
}`,
      // A signal on a method with data and a callback.
      `import needle from 'needle';
export function report(url: string, data: object, done: (err: Error | null) => void) {
  needle.post(url, data, { json: true, signal: AbortSignal.timeout(5000) } as needle.NeedleOptions, (err) => done(err));
}`,
      // needle.defaults() in this file sets every later request's timeouts.
      `import needle from 'needle';
needle.defaults({ open_timeout: 60_000, response_timeout: 10_000, read_timeout: 30_000 });
export function page(url: string) {
  return needle('get', url);
}`,
      // Options from a parameter are the caller's.
      `import needle from 'needle';
export function get(url: string, options: needle.NeedleOptions) {
  return needle('get', url, options);
}`,
    ],
    invalid: [
      {
        // The README's promise form: nothing bounds the response.
        code: `import needle from 'needle';
export async function status(url: string): Promise<number | undefined> {
  const resp = await needle('get', url);
  return resp.statusCode;
}`,
        errors: [
          {
            messageId: 'missing',
            line: 3,
            column: 22,
            data: {
              callee: 'needle()',
              unbounded: UNBOUNDED,
              remedy: 'Pass `signal: AbortSignal.timeout(ms)` in its options',
            },
            suggestions: [
              {
                messageId: 'addSignal',
                data: { ms: '10_000' },
                output: `import needle from 'needle';
export async function status(url: string): Promise<number | undefined> {
  const resp = await needle('get', url, { signal: AbortSignal.timeout(10_000) });
  return resp.statusCode;
}`,
              },
            ],
          },
        ],
      },
      {
        // `timeout` is `open_timeout`: it bounds the connection only.
        code: `import needle from 'needle';
export function upload(url: string, data: object) {
  return needle('post', url, data, { multipart: true, timeout: 10_000 });
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
                output: `import needle from 'needle';
export function upload(url: string, data: object) {
  return needle('post', url, data, { multipart: true, timeout: 10_000, signal: AbortSignal.timeout(10_000) });
}`,
              },
            ],
          },
        ],
      },
      {
        // A callback where the options would be: they go before it.
        code: `import needle from 'needle';
export function ping(url: string, done: (ok: boolean) => void) {
  needle.get(url, (err, resp) => done(!err && resp.statusCode === 200));
}`,
        errors: [
          {
            messageId: 'missing',
            line: 3,
            column: 3,
            suggestions: [
              {
                messageId: 'addSignal',
                data: { ms: '10_000' },
                output: `import needle from 'needle';
export function ping(url: string, done: (ok: boolean) => void) {
  needle.get(url, { signal: AbortSignal.timeout(10_000) }, (err, resp) => done(!err && resp.statusCode === 200));
}`,
              },
            ],
          },
        ],
      },
      {
        // response_timeout alone leaves the body unbounded.
        code: `import needle from 'needle';
export function page(url: string) {
  return needle('get', url, { response_timeout: 5000 });
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
                output: `import needle from 'needle';
export function page(url: string) {
  return needle('get', url, { response_timeout: 5000, signal: AbortSignal.timeout(10_000) });
}`,
              },
            ],
          },
        ],
      },
      {
        // needle.defaults() that only raises the connect timeout.
        code: `import needle from 'needle';
needle.defaults({ open_timeout: 60_000, follow_max: 10 });
export function page(url: string) {
  return needle('get', url, null, { compressed: true });
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
                output: `import needle from 'needle';
needle.defaults({ open_timeout: 60_000, follow_max: 10 });
export function page(url: string) {
  return needle('get', url, null, { compressed: true, signal: AbortSignal.timeout(10_000) });
}`,
              },
            ],
          },
        ],
      },
    ],
  });

  tester.run(`consume-response-body: needle (${name})`, consumeResponseBody, {
    valid: [
      // With a callback, needle buffers the body.
      `import needle from 'needle';
export function ping(url: string, done: (ok: boolean) => void): void {
  needle.get(url, { response_timeout: 5000 }, (err, resp) => done(!err && resp.statusCode === 200));
}`,
      // The stream is piped to a file.
      `import needle from 'needle';
import fs from 'node:fs';
export function download(url: string, file: string): void {
  needle.get(url, { follow_max: 5 }).pipe(fs.createWriteStream(file));
}`,
      // The README's readable loop.
      `import needle from 'needle';
export function lines(url: string, onChunk: (chunk: unknown) => void): void {
  const stream = needle.get(url, { parse: true });
  stream.on('readable', function () {
    let node;
    while ((node = stream.read())) onChunk(node);
  });
}`,
      // needle() resolves with a buffered body.
      `import needle from 'needle';
export async function json(url: string): Promise<unknown> {
  const resp = await needle('get', url, { response_timeout: 5000, read_timeout: 5000 });
  return resp.body;
}`,
    ],
    invalid: [
      {
        // The stream is only watched for its end: nobody reads it.
        code: `import needle from 'needle';
export function fire(url: string, data: object): void {
  const stream = needle.post(url, data, { json: true });
  stream.on('done', (err?: Error) => {
    if (err) console.error(err);
  });
}`,
        errors: [
          {
            messageId: 'leaks',
            line: 3,
            suggestions: [
              {
                messageId: 'insertRelease',
                output: `import needle from 'needle';
export function fire(url: string, data: object): void {
  const stream = needle.post(url, data, { json: true });
  stream.on('done', (err?: Error) => {
    if (err) console.error(err);
  });
  stream.destroy();
}`,
              },
            ],
          },
        ],
      },
    ],
  });

  tester.run(`no-per-request-agent: needle (${name})`, noPerRequestAgent, {
    valid: [
      `import needle from 'needle';
import https from 'node:https';
const agent = new https.Agent({ keepAlive: true });
export function page(url: string) {
  return needle('get', url, { agent, response_timeout: 5000, read_timeout: 5000 });
}`,
    ],
    invalid: [
      {
        code: `import needle from 'needle';
import https from 'node:https';
export function page(url: string) {
  return needle('get', url, { agent: new https.Agent({ keepAlive: true }) });
}`,
        errors: [{ messageId: 'perCallUnclosed', line: 4 }],
      },
    ],
  });

  tester.run(`no-unattached-abort-signal: needle (${name})`, noUnattachedAbortSignal, {
    valid: [
      `import needle from 'needle';
export function page(url: string, signal: AbortSignal) {
  const controller = new AbortController();
  signal.addEventListener('abort', () => controller.abort());
  return needle('get', url, { signal: controller.signal } as needle.NeedleOptions);
}`,
    ],
    invalid: [],
  });
}
