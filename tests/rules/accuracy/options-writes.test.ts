// Miss class 1 of issue 13: options written onto a fresh local object after it is built, before
// the request gets it (`opts.agent = ...`, `init.signal = ...`, `ctx.options.signal = ...`,
// `headers['Connection'] = 'close'`, `headers[CONNECTION] = 'close'`). The shapes are the ones
// real code uses: Node's own docs set `options.agent` on an options object before `http.request()`,
// fetch wrappers add `init.signal` to a `RequestInit`, request builders fill `ctx.options`.
import rulePerRequestAgent from '../../../src/rules/no-per-request-agent.js';
import ruleIgnored from '../../../src/rules/no-ignored-request-options.js';
import ruleKeepAlive from '../../../src/rules/prefer-keep-alive.js';
import ruleTimeout from '../../../src/rules/require-request-timeout.js';
import { typedRuleTester, untypedRuleTester } from '../../rule-tester.js';

typedRuleTester().run('options writes: require-request-timeout', ruleTimeout, {
  valid: [
    // A fetch wrapper adding the signal to its RequestInit.
    `export async function post(url: string, body: string): Promise<unknown> {
  const init: RequestInit = { method: 'POST', body, headers: { 'content-type': 'application/json' } };
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 5000);
  init.signal = controller.signal;
  try {
    const res = await fetch(url, init);
    return await res.json();
  } finally {
    clearTimeout(timer);
  }
}`,
    // A request context whose options get the signal through a member chain.
    `export async function send(url: string, token: string): Promise<Response> {
  const ctx = { url, options: { method: 'GET', headers: { authorization: token } } as RequestInit };
  ctx.options.signal = AbortSignal.timeout(8000);
  return fetch(ctx.url, ctx.options);
}`,
    // An axios config whose timeout is written by a statically known key.
    `import axios, { type AxiosRequestConfig } from 'axios';
const TIMEOUT = 'timeout';
export async function report(data: unknown) {
  const config: AxiosRequestConfig = { headers: { 'x-source': 'batch' } };
  config[TIMEOUT] = 5000;
  return axios.post('https://events.internal/v1', data, config);
}`,
    // An undici dispatcher written later carries both idle timeouts.
    `import { Agent, request } from 'undici';
const agent = new Agent({ headersTimeout: 5000, bodyTimeout: 5000 });
export async function get(url: string) {
  const options: Parameters<typeof request>[1] = { method: 'GET' };
  options.dispatcher = agent;
  const { body } = await request(url, options);
  return body.json();
}`,
  ],
  invalid: [
    {
      // The snippet: the agent written later carries no timeout.
      code: `import https from 'node:https';
export function send(host: string, line: string): void {
  const opts: https.RequestOptions = { host, method: 'POST', path: '/ingest' };
  opts.agent = new https.Agent({ keepAlive: true });
  https.request(opts, (res) => res.resume()).end(line);
}`,
      errors: [
        {
          messageId: 'missing',
          line: 5,
          column: 3,
          suggestions: [
            {
              messageId: 'addSignal',
              data: { ms: '10_000' },
              output: `import https from 'node:https';
export function send(host: string, line: string): void {
  const opts: https.RequestOptions = { host, method: 'POST', path: '/ingest' };
  opts.agent = new https.Agent({ keepAlive: true });
  https.request({ ...opts, signal: AbortSignal.timeout(10_000) }, (res) => res.resume()).end(line);
}`,
            },
          ],
        },
      ],
    },
    {
      // Headers written later, no signal.
      code: `export async function getJson(url: string, token?: string): Promise<unknown> {
  const init: RequestInit = { method: 'GET' };
  if (token) init.headers = { authorization: \`Bearer \${token}\` };
  const res = await fetch(url, init);
  return res.json();
}`,
      errors: [
        {
          messageId: 'missing',
          line: 4,
          column: 21,
          suggestions: [
            {
              messageId: 'addSignal',
              data: { ms: '10_000' },
              output: `export async function getJson(url: string, token?: string): Promise<unknown> {
  const init: RequestInit = { method: 'GET' };
  if (token) init.headers = { authorization: \`Bearer \${token}\` };
  const res = await fetch(url, { ...init, signal: AbortSignal.timeout(10_000) });
  return res.json();
}`,
            },
          ],
        },
      ],
    },
    {
      // A nested write that sets something else than a signal.
      code: `export async function send(url: string): Promise<Response> {
  const ctx = { options: { method: 'GET' } as RequestInit };
  ctx.options.headers = { accept: 'application/json' };
  return fetch(url, ctx.options);
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
              output: `export async function send(url: string): Promise<Response> {
  const ctx = { options: { method: 'GET' } as RequestInit };
  ctx.options.headers = { accept: 'application/json' };
  return fetch(url, { ...ctx.options, signal: AbortSignal.timeout(10_000) });
}`,
            },
          ],
        },
      ],
    },
  ],
});

typedRuleTester().run('options writes: no-per-request-agent', rulePerRequestAgent, {
  valid: [
    // The agent is made once; only the reference is written per call.
    `import https from 'node:https';
const keepAliveAgent = new https.Agent({ keepAlive: true });
export function send(host: string, line: string): void {
  const opts: https.RequestOptions = { host, method: 'POST' };
  opts.agent = keepAliveAgent;
  https.request(opts, (res) => res.resume()).end(line);
}`,
    // The options object is returned: whoever gets it decides how long the agent lives.
    `import https from 'node:https';
export function optionsFor(host: string): https.RequestOptions {
  const opts: https.RequestOptions = { host };
  opts.agent = new https.Agent({ keepAlive: true });
  return opts;
}`,
    // Written onto an object made elsewhere (module scope): set up once, not per call.
    `import https from 'node:https';
const defaults: https.RequestOptions = { host: 'api.internal' };
export function configure(): void {
  defaults.agent = new https.Agent({ keepAlive: true });
}
export function ping(): void {
  https.get(defaults, (res) => res.resume());
}`,
  ],
  invalid: [
    {
      // The snippet.
      code: `import https from 'node:https';
export function send(host: string, line: string): void {
  const opts: https.RequestOptions = { host, method: 'POST', timeout: 2000 };
  opts.agent = new https.Agent({ keepAlive: true });
  https.request(opts, (res) => res.resume()).end(line);
}`,
      errors: [{ messageId: 'perCallUnclosed', line: 4, column: 16 }],
    },
    {
      // An axios config given an agent through its binding.
      code: `import https from 'node:https';
import axios, { type AxiosRequestConfig } from 'axios';
export async function fetchReport(url: string, ca: string) {
  const config: AxiosRequestConfig = { timeout: 5000 };
  const httpsAgent = new https.Agent({ ca });
  config.httpsAgent = httpsAgent;
  return (await axios.get(url, config)).data;
}`,
      errors: [
        {
          messageId: 'perCall',
          line: 5,
          column: 22,
          data: { subject: 'The https.Agent `httpsAgent`', fn: '`fetchReport`' },
        },
      ],
    },
    {
      // undici: a dispatcher written into the init.
      code: `import { Agent, fetch, type RequestInit } from 'undici';
export async function getStatus(url: string): Promise<number> {
  const init: RequestInit = { method: 'HEAD', signal: AbortSignal.timeout(2000) };
  init.dispatcher = new Agent({ connect: { rejectUnauthorized: false } });
  const res = await fetch(url, init);
  return res.status;
}`,
      errors: [{ messageId: 'perCallUnclosed', line: 4, column: 21 }],
    },
  ],
});

typedRuleTester().run('options writes: prefer-keep-alive', ruleKeepAlive, {
  valid: [
    // Written after the request was sent: it changes nothing for it.
    `import https from 'node:https';
export function send(host: string, body: string): Record<string, string> {
  const headers: Record<string, string> = { 'content-type': 'text/plain' };
  https.request({ host, method: 'POST', headers, signal: AbortSignal.timeout(5000) }, (res) => res.resume()).end(body);
  headers['Connection'] = 'close';
  return headers;
}`,
    // A key the file does not show.
    `export async function send(url: string, name: string): Promise<number> {
  const headers: Record<string, string> = {};
  headers[name] = 'close';
  const res = await fetch(url, { headers, signal: AbortSignal.timeout(5000) });
  await res.body?.cancel();
  return res.status;
}`,
    // Overwritten by a later write before the request.
    `import http from 'node:http';
const agent = new http.Agent({ keepAlive: true });
export function ping(host: string): void {
  const opts: http.RequestOptions = { host, path: '/health', timeout: 1000 };
  opts.agent = false;
  opts.agent = agent;
  const req = http.get(opts, (res) => res.resume());
  req.on('timeout', () => req.destroy());
}`,
  ],
  invalid: [
    {
      // A header written by its name.
      code: `import https from 'node:https';
export function send(host: string, body: string): void {
  const headers: Record<string, string> = { 'content-type': 'text/plain' };
  headers['Connection'] = 'close';
  https.request({ host, method: 'POST', headers, signal: AbortSignal.timeout(5000) }, (res) => res.resume()).end(body);
}`,
      errors: [
        {
          messageId: 'connectionClose',
          line: 4,
          column: 3,
          suggestions: [
            {
              messageId: 'removeHeader',
              output: `import https from 'node:https';
export function send(host: string, body: string): void {
  const headers: Record<string, string> = { 'content-type': 'text/plain' };
  
  https.request({ host, method: 'POST', headers, signal: AbortSignal.timeout(5000) }, (res) => res.resume()).end(body);
}`,
            },
          ],
        },
      ],
    },
    {
      // A header written by a const key, lower-cased.
      code: `const CONNECTION = 'Connection';
export async function probe(url: string): Promise<number> {
  const options = { method: 'GET', headers: {} as Record<string, string>, signal: AbortSignal.timeout(2000) };
  options.headers[CONNECTION.toLowerCase()] = 'close';
  const res = await fetch(url, options);
  await res.body?.cancel();
  return res.status;
}`,
      errors: [
        {
          messageId: 'connectionClose',
          line: 4,
          column: 3,
          suggestions: [
            {
              messageId: 'removeHeader',
              output: `const CONNECTION = 'Connection';
export async function probe(url: string): Promise<number> {
  const options = { method: 'GET', headers: {} as Record<string, string>, signal: AbortSignal.timeout(2000) };
  
  const res = await fetch(url, options);
  await res.body?.cancel();
  return res.status;
}`,
            },
          ],
        },
      ],
    },
    {
      // agent: false written onto the options.
      code: `import http from 'node:http';
export function ping(host: string): void {
  const opts: http.RequestOptions = { host, path: '/health', signal: AbortSignal.timeout(1000) };
  opts.agent = false;
  http.get(opts, (res) => res.resume());
}`,
      errors: [
        {
          messageId: 'requestOptionOff',
          line: 4,
          column: 3,
          suggestions: [
            {
              messageId: 'removeOption',
              output: `import http from 'node:http';
export function ping(host: string): void {
  const opts: http.RequestOptions = { host, path: '/health', signal: AbortSignal.timeout(1000) };
  
  http.get(opts, (res) => res.resume());
}`,
            },
          ],
        },
      ],
    },
    {
      // keepAlive: false written onto an agent's options.
      code: `import http from 'node:http';
export function agentFor(maxSockets: number): void {
  const agentOptions: http.AgentOptions = { maxSockets };
  agentOptions.keepAlive = false;
  const agent = new http.Agent(agentOptions);
  http.get('http://api.internal/health', { agent, signal: AbortSignal.timeout(1000) }, (res) => res.resume());
}`,
      errors: [
        {
          messageId: 'optionOff',
          line: 4,
          column: 3,
          suggestions: [
            {
              messageId: 'replaceOption',
              output: `import http from 'node:http';
export function agentFor(maxSockets: number): void {
  const agentOptions: http.AgentOptions = { maxSockets };
  agentOptions.keepAlive = true;
  const agent = new http.Agent(agentOptions);
  http.get('http://api.internal/health', { agent, signal: AbortSignal.timeout(1000) }, (res) => res.resume());
}`,
            },
          ],
        },
      ],
    },
  ],
});

typedRuleTester().run('options writes: no-ignored-request-options', ruleIgnored, {
  valid: [
    // Written after the request was sent: it changes nothing for it.
    `export function send(url: string): RequestInit {
  const init: RequestInit & { timeout?: number } = { method: 'POST', signal: AbortSignal.timeout(5000) };
  void fetch(url, init).then((res) => res.body?.cancel());
  init.timeout = 5000;
  return init;
}`,
    // A timeout written onto axios's config, not its headers.
    `import axios, { type AxiosRequestConfig } from 'axios';
export async function load(url: string) {
  const config: AxiosRequestConfig = { headers: {} };
  config.timeout = 5000;
  return (await axios.get(url, config)).data;
}`,
  ],
  invalid: [
    {
      // A node-fetch v2 option written onto WHATWG fetch's init.
      code: `export async function load(url: string): Promise<unknown> {
  const init: RequestInit & { timeout?: number } = { method: 'GET' };
  init.timeout = 5000;
  const res = await fetch(url, init);
  return res.json();
}`,
      errors: [{ messageId: 'ignored', line: 3, column: 3 }],
    },
    {
      // A timeout written into axios's headers through the config.
      code: `import axios, { type AxiosRequestConfig } from 'axios';
export async function load(url: string) {
  const config = { headers: {} as Record<string, string | number> } satisfies AxiosRequestConfig;
  config.headers['timeout'] = 5000;
  return (await axios.get(url, config)).data;
}`,
      errors: [{ messageId: 'ignored', line: 4, column: 3 }],
    },
  ],
});

untypedRuleTester().run('options writes (no type information)', rulePerRequestAgent, {
  valid: [
    `const http = require('http');
const keepAliveAgent = new http.Agent({ keepAlive: true });
module.exports = function get(options, callback) {
  options.agent = keepAliveAgent;
  return http.request(options, callback);
};`,
  ],
  invalid: [
    {
      code: `const http = require('http');
module.exports = function get(host, callback) {
  const options = { host, path: '/' };
  options['agent'] = new http.Agent({ keepAlive: true });
  http.request(options, callback).end();
};`,
      errors: [{ messageId: 'perCallUnclosed', line: 4, column: 22 }],
    },
  ],
});
