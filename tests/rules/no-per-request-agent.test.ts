import type { InvalidTestCase, ValidTestCase } from '@typescript-eslint/rule-tester';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

import rule from '../../src/rules/no-per-request-agent.js';
import { typedRuleTester, untypedRuleTester } from '../rule-tester.js';

type Options = readonly [{ runOnceFunctions?: string[]; checkClientInstances?: boolean }];
type MessageId = 'perCall' | 'perCallUnclosed' | 'perCallGlobal' | 'perCallInstance';

const valid: (ValidTestCase<Options> | string)[] = [
  // Module scope: one pool for the process.
  `
import { Agent, fetch } from 'undici';
const agent = new Agent({ keepAliveTimeout: 10_000 });
export async function getUser(id: string) {
  const res = await fetch(\`https://users.internal/\${id}\`, { dispatcher: agent });
  return res.json();
}`,
  `
import https from 'node:https';
import axios from 'axios';
export const httpsAgent = new https.Agent({ keepAlive: true, rejectUnauthorized: false });
export const api = axios.create({ baseURL: 'https://api.internal', httpsAgent });`,
  // A constructor that stores it: one per client object, reused by its methods.
  `
import { Pool } from 'undici';
export class InventoryClient {
  private readonly pool: Pool;
  constructor(origin: string) {
    this.pool = new Pool(origin, { connections: 16 });
  }
  async stock(sku: string) {
    const { body } = await this.pool.request({ path: \`/stock/\${sku}\`, method: 'GET' });
    return body.json();
  }
  close() {
    return this.pool.close();
  }
}`,
  // A constructor that builds an axios instance around its agent and stores the instance.
  `
import https from 'node:https';
import axios, { type AxiosInstance } from 'axios';
export class BillingApi {
  private readonly http: AxiosInstance;
  constructor(baseURL: string, token: string) {
    const httpsAgent = new https.Agent({ keepAlive: true, maxSockets: 50 });
    this.http = axios.create({ baseURL, httpsAgent, headers: { Authorization: \`Bearer \${token}\` } });
  }
  invoice(id: string) {
    return this.http.get(\`/invoices/\${id}\`);
  }
}`,
  // Memoised with ??=.
  `
import { Agent, request } from 'undici';
let shared: Agent | undefined;
export async function ping(url: string) {
  shared ??= new Agent();
  const { statusCode, body } = await request(url, { dispatcher: shared });
  await body.dump();
  return statusCode;
}`,
  `
import { Agent, fetch } from 'undici';
export class Proxy {
  #dispatcher?: Agent;
  private dispatcher() {
    return (this.#dispatcher ??= new Agent({ connections: 32 }));
  }
  async forward(url: string) {
    return fetch(url, { dispatcher: this.dispatcher() });
  }
}`,
  // Per-tenant clients cached in a Map (get-or-set).
  `
import { Pool } from 'undici';
const pools = new Map<string, Pool>();
export async function tenantRequest(tenant: string, path: string) {
  let pool = pools.get(tenant);
  if (!pool) {
    pool = new Pool(\`https://\${tenant}.api.example.com\`);
    pools.set(tenant, pool);
  }
  const { body } = await pool.request({ path, method: 'GET' });
  return body.json();
}`,
  // A lazy property.
  `
import http from 'node:http';
export class Uploader {
  private agent?: http.Agent;
  send(path: string) {
    if (!this.agent) this.agent = new http.Agent({ keepAlive: true });
    return new Promise<number | undefined>((resolve) => {
      http.get({ host: 'files.internal', path, agent: this.agent }, (res) => {
        res.resume();
        resolve(res.statusCode);
      });
    });
  }
}`,
  // Factories that return what they make.
  `
import { Agent } from 'undici';
export function createDispatcher(timeout: number) {
  return new Agent({ headersTimeout: timeout, bodyTimeout: timeout });
}`,
  `
import https from 'node:https';
import axios from 'axios';
export function createApiClient(baseURL: string, ca: string) {
  return axios.create({ baseURL, httpsAgent: new https.Agent({ ca, keepAlive: true }) });
}`,
  `
import { Agent, fetch } from 'undici';
export function makeFetcher(base: string) {
  const agent = new Agent();
  return (path: string) => fetch(base + path, { dispatcher: agent });
}`,
  // Run-once functions: main by default, others by option, IIFEs, and a start-up function called once.
  `
import { Agent, fetch } from 'undici';
async function main() {
  const agent = new Agent();
  const res = await fetch('https://example.com/health', { dispatcher: agent });
  console.log(res.status);
  await res.body?.cancel();
  await agent.close();
}
void main();`,
  {
    code: `
import { Agent, request } from 'undici';
export async function bootstrap() {
  const agent = new Agent();
  const { body } = await request('https://config.internal/flags', { dispatcher: agent });
  return body.json();
}`,
    options: [{ runOnceFunctions: ['bootstrap'] }],
  },
  `
import { Agent, fetch } from 'undici';
(async () => {
  const dispatcher = new Agent({ connect: { rejectUnauthorized: false } });
  const res = await fetch('https://localhost:8443/seed', { method: 'POST', dispatcher });
  console.log(await res.text());
})();`,
  `
import https from 'node:https';
import axios from 'axios';
async function start() {
  const httpsAgent = new https.Agent({ keepAlive: true });
  const { data } = await axios.get('https://registry.internal/services', { httpsAgent });
  console.log(data);
}
start().catch((error) => {
  console.error(error);
  process.exit(1);
});`,
  // Kept beyond the call: handed to an SDK, a listener, a timer, or stored.
  `
import https from 'node:https';
declare function configureSdk(options: { agent: https.Agent }): void;
export function init() {
  configureSdk({ agent: new https.Agent({ keepAlive: true }) });
}`,
  `
import { Agent, fetch } from 'undici';
export function startPolling(url: string) {
  const agent = new Agent();
  return setInterval(() => {
    void fetch(url, { dispatcher: agent }).then((res) => res.body?.cancel());
  }, 5_000);
}`,
  `
import { EventEmitter } from 'node:events';
import { Agent, request } from 'undici';
export function forwardEvents(bus: EventEmitter, url: string) {
  const agent = new Agent();
  bus.on('event', async (event: unknown) => {
    const { body } = await request(url, { method: 'POST', body: JSON.stringify(event), dispatcher: agent });
    await body.dump();
  });
}`,
  `
import { Agent } from 'undici';
export class Client {
  options: { dispatcher?: Agent } = {};
  configure() {
    this.options = { dispatcher: new Agent() };
  }
}`,
  `
import { Agent, fetch } from 'undici';
export async function probe(url: string) {
  const agent = new Agent();
  const res = await fetch(url, { dispatcher: agent });
  return { res, agent };
}`,
  // Client instances without a pool of their own are not reported by default.
  `
import axios from 'axios';
export async function handler(event: { token: string }) {
  const client = axios.create({ baseURL: 'https://api.internal', headers: { Authorization: event.token } });
  const { data } = await client.get('/me');
  return data;
}`,
  `
import got from 'got';
export async function fetchRepo(token: string, repo: string) {
  const github = got.extend({ prefixUrl: 'https://api.github.com', headers: { authorization: \`token \${token}\` } });
  return github.get(\`repos/\${repo}\`).json();
}`,
  // Class fields and static blocks run once per object or class.
  `
import https from 'node:https';
import axios from 'axios';
export class Geocoder {
  private readonly agent = new https.Agent({ keepAlive: true });
  lookup(q: string) {
    return axios.get('https://geo.internal/search', { params: { q }, httpsAgent: this.agent });
  }
}`,
  // setGlobalDispatcher in a function that sends nothing: a configuration step.
  `
import { ProxyAgent, setGlobalDispatcher } from 'undici';
export function configureProxy(proxyUrl: string) {
  setGlobalDispatcher(new ProxyAgent(proxyUrl));
}`,
  // Not a pool: a user's own class named Agent, a Client from another package.
  `
class Agent {
  request(url: string) {
    return fetch(url);
  }
}
export async function run(url: string) {
  const agent = new Agent();
  return agent.request(url);
}`,
  `
import { EventEmitter } from 'node:events';
export async function make() {
  const emitter = new EventEmitter();
  emitter.emit('x');
}`,
  // Made per call but never used for a request.
  `
import http from 'node:http';
export function stats() {
  const agent = new http.Agent();
  return Object.keys(agent.sockets).length;
}`,
  // Passed to a function the rule cannot see into: the receiver may keep it.
  `
import { Agent } from 'undici';
declare function withDispatcher<T>(dispatcher: Agent, run: () => Promise<T>): Promise<T>;
export async function sync(run: () => Promise<void>) {
  await withDispatcher(new Agent(), run);
}`,
  // Stored in a module-level variable from an init function.
  `
import { Agent, fetch } from 'undici';
let dispatcher: Agent;
export function init(connections: number) {
  dispatcher = new Agent({ connections });
}
export async function get(url: string) {
  return fetch(url, { dispatcher });
}`,
  // A function that builds an options object with its agent and returns it.
  `
import https from 'node:https';
export function requestOptions(host: string) {
  const agent = new https.Agent({ keepAlive: true });
  return { host, agent, headers: { accept: 'application/json' } };
}`,
  // A test or hook callback runs once per test: a pool per test is normal.
  `
import { Agent, request } from 'undici';
declare function test(name: string, fn: () => Promise<void>): void;
test('keeps the connection alive', async () => {
  const agent = new Agent({ keepAliveTimeout: 100 });
  const { body } = await request('http://localhost:3000', { dispatcher: agent });
  await body.dump();
  await agent.close();
});`,
  // Memoised per tenant with a WeakMap, written as a get-or-set helper.
  `
import { Agent, fetch } from 'undici';
const cache = new WeakMap<object, Agent>();
function agentFor(tenant: object) {
  let agent = cache.get(tenant);
  if (agent === undefined) cache.set(tenant, (agent = new Agent()));
  return agent;
}
export async function call(tenant: object, url: string) {
  return fetch(url, { dispatcher: agentFor(tenant) });
}`,
];

const invalid: InvalidTestCase<MessageId, Options>[] = [
  // Express handler, undici fetch with an inline dispatcher that turns off TLS checks.
  {
    code: `
import { Agent, fetch } from 'undici';
declare const app: { post(path: string, handler: (req: { body: unknown }, res: { json(v: unknown): void }) => Promise<void>): void };
app.post('/proxy', async (req, res) => {
  const upstream = await fetch('https://legacy.internal/api', {
    method: 'POST',
    body: JSON.stringify(req.body),
    dispatcher: new Agent({ connect: { rejectUnauthorized: false } }),
  });
  res.json(await upstream.json());
});`,
    errors: [
      {
        messageId: 'perCallUnclosed',
        line: 8,
        column: 17,
        data: { subject: 'This undici Agent', fn: 'this function' },
      },
    ],
  },
  // A service function that makes an https.Agent for each axios call.
  {
    code: `
import https from 'node:https';
import axios from 'axios';
export async function getCustomer(id: string) {
  const agent = new https.Agent({ keepAlive: true, rejectUnauthorized: false });
  const { data } = await axios.get(\`https://crm.internal/customers/\${id}\`, { httpsAgent: agent });
  return data;
}`,
    errors: [
      {
        messageId: 'perCallUnclosed',
        line: 5,
        column: 17,
        data: { subject: 'The https.Agent `agent`', fn: '`getCustomer`' },
      },
    ],
  },
  // node:http inside a Promise executor, agent without keep-alive: nothing lingers, still one connection per call.
  {
    code: `
import http from 'node:http';
export function getStatus(url: string) {
  const agent = new http.Agent({ maxSockets: 10 });
  return new Promise<number | undefined>((resolve, reject) => {
    http
      .get(url, { agent }, (res) => {
        res.resume();
        resolve(res.statusCode);
      })
      .on('error', reject);
  });
}`,
    errors: [
      { messageId: 'perCall', line: 4, column: 17, data: { subject: 'The http.Agent `agent`', fn: '`getStatus`' } },
    ],
  },
  // undici Client per call, closed in finally.
  {
    code: `
import { Client } from 'undici';
export async function readFlag(origin: string, name: string) {
  const client = new Client(origin);
  try {
    const { body } = await client.request({ path: \`/flags/\${name}\`, method: 'GET' });
    return await body.json();
  } finally {
    await client.close();
  }
}`,
    errors: [
      { messageId: 'perCall', line: 4, column: 18, data: { subject: 'The undici Client `client`', fn: '`readFlag`' } },
    ],
  },
  // undici Pool per call, never closed.
  {
    code: `
import { Pool } from 'undici';
export async function search(q: string) {
  const pool = new Pool('https://search.internal', { connections: 4 });
  const { body } = await pool.request({ path: '/search?q=' + encodeURIComponent(q), method: 'GET' });
  return body.json();
}`,
    errors: [{ messageId: 'perCallUnclosed', line: 4, column: 16 }],
  },
  // Lambda handler.
  {
    code: `
import https from 'node:https';
import axios from 'axios';
export const handler = async (event: { detail: unknown }) => {
  const httpsAgent = new https.Agent({ keepAlive: true });
  await axios.post('https://bus.internal/events', event.detail, { httpsAgent, timeout: 2000 });
  return { statusCode: 202 };
};`,
    errors: [
      {
        messageId: 'perCallUnclosed',
        line: 5,
        column: 22,
        data: { subject: 'The https.Agent `httpsAgent`', fn: '`handler`' },
      },
    ],
  },
  // Class-based API client: the pool is made in the method, not the constructor.
  {
    code: `
import { Agent, fetch } from 'undici';
export class UsersApi {
  constructor(private readonly baseUrl: string) {}
  async getUser(id: string) {
    const dispatcher = new Agent({ keepAliveTimeout: 30_000 });
    const res = await fetch(\`\${this.baseUrl}/users/\${id}\`, { dispatcher });
    return res.json();
  }
}`,
    errors: [
      {
        messageId: 'perCallUnclosed',
        line: 6,
        column: 24,
        data: { subject: 'The undici Agent `dispatcher`', fn: '`getUser`' },
      },
    ],
  },
  // Fastify route with a proxy agent per request.
  {
    code: `
import { ProxyAgent, fetch } from 'undici';
declare const fastify: { get(path: string, handler: (request: { query: { url: string } }) => Promise<unknown>): void };
fastify.get('/fetch', async (request) => {
  const dispatcher = new ProxyAgent(process.env.HTTPS_PROXY ?? 'http://proxy:3128');
  const res = await fetch(request.query.url, { dispatcher });
  return res.text();
});`,
    errors: [
      {
        messageId: 'perCallUnclosed',
        line: 5,
        column: 22,
        data: { subject: 'The undici ProxyAgent `dispatcher`', fn: 'this function' },
      },
    ],
  },
  // The agent travels in an options object held in a variable.
  {
    code: `
import https from 'node:https';
export function postJson(host: string, path: string, payload: unknown) {
  const body = JSON.stringify(payload);
  const options = {
    host,
    path,
    method: 'POST',
    headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
    agent: new https.Agent({ keepAlive: true }),
  };
  return new Promise<void>((resolve, reject) => {
    const req = https.request(options, (res) => {
      res.resume();
      res.on('end', resolve);
    });
    req.on('error', reject);
    req.end(body);
  });
}`,
    errors: [
      { messageId: 'perCallUnclosed', line: 10, column: 12, data: { subject: 'This https.Agent', fn: '`postJson`' } },
    ],
  },
  // Request settings built up in a let and rebuilt with a spread, inside a Promise executor.
  {
    code: `
import http from 'node:http';
import axios, { type AxiosRequestConfig } from 'axios';
export function callApi(url: string, form: Record<string, string>, binary: boolean) {
  return new Promise<unknown>((resolve, reject) => {
    let settings: AxiosRequestConfig = {
      method: 'POST',
      url,
      data: new URLSearchParams(form).toString(),
      httpAgent: new http.Agent({ keepAlive: true }),
    };
    if (binary) settings = { ...settings, responseType: 'arraybuffer' };
    axios(settings).then((res) => resolve(res.data), reject);
  });
}`,
    errors: [
      { messageId: 'perCallUnclosed', line: 10, column: 18, data: { subject: 'This http.Agent', fn: 'this function' } },
    ],
  },
  // Spread in conditionally.
  {
    code: `
import { Agent, fetch } from 'undici';
export async function review(url: string, local: boolean, body: string) {
  const opts = {
    method: 'POST',
    body,
    ...(local ? { dispatcher: new Agent({ headersTimeout: 1_800_000, bodyTimeout: 1_800_000 }) } : {}),
  };
  const res = await fetch(url, opts);
  return res.json();
}`,
    errors: [{ messageId: 'perCallUnclosed', line: 7, column: 31 }],
  },
  // setGlobalDispatcher on every call.
  {
    code: `
import { Agent, setGlobalDispatcher } from 'undici';
export async function callApi(url: string) {
  setGlobalDispatcher(new Agent({ connect: { timeout: 5_000 } }));
  const res = await fetch(url);
  return res.json();
}`,
    errors: [
      { messageId: 'perCallGlobal', line: 4, column: 23, data: { subject: 'This undici Agent', fn: '`callApi`' } },
    ],
  },
  {
    code: `
import { Agent, setGlobalDispatcher } from 'undici';
import axios from 'axios';
export async function sendAll(urls: string[]) {
  const agent = new Agent();
  setGlobalDispatcher(agent);
  for (const url of urls) await fetch(url, { method: 'POST' }).then((res) => res.body?.cancel());
  await axios.get('https://audit.internal/flush');
}`,
    errors: [{ messageId: 'perCallGlobal', line: 5, column: 17 }],
  },
  // Used inside a callback that runs within the call.
  {
    code: `
import { Agent, fetch } from 'undici';
export async function fetchAll(urls: string[]) {
  const agent = new Agent({ connections: 8 });
  return Promise.all(urls.map(async (url) => (await fetch(url, { dispatcher: agent })).json()));
}`,
    errors: [{ messageId: 'perCallUnclosed', line: 4, column: 17 }],
  },
  // undici request() with the agent closed afterwards.
  {
    code: `
import { Agent, request } from 'undici';
export async function checkHealth(url: string) {
  const agent = new Agent();
  const { statusCode, body } = await request(url, { dispatcher: agent });
  await body.dump();
  await agent.close();
  return statusCode === 200;
}`,
    errors: [{ messageId: 'perCall', line: 4, column: 17 }],
  },
  // The agent goes into an axios instance made in the same call.
  {
    code: `
import https from 'node:https';
import axios from 'axios';
export async function listOrders(token: string) {
  const httpsAgent = new https.Agent({ keepAlive: true });
  const client = axios.create({ baseURL: 'https://orders.internal', httpsAgent, headers: { Authorization: token } });
  const { data } = await client.get('/orders');
  return data;
}`,
    errors: [{ messageId: 'perCallUnclosed', line: 5, column: 22 }],
  },
  // got with an agent per call.
  {
    code: `
import https from 'node:https';
import got from 'got';
export async function downloadManifest(url: string) {
  return got(url, { agent: { https: new https.Agent({ keepAlive: true }) } }).json();
}`,
    errors: [{ messageId: 'perCallUnclosed', line: 5, column: 37 }],
  },
  // node-fetch with an agent per call.
  {
    code: `
import http from 'node:http';
import fetch from 'node-fetch';
export async function metrics(url: string) {
  const res = await fetch(url, { agent: new http.Agent({ keepAlive: true }) });
  return res.text();
}`,
    errors: [{ messageId: 'perCallUnclosed', line: 5, column: 41 }],
  },
  // A loop inside main: one agent per iteration.
  {
    code: `
import { Agent, request } from 'undici';
async function main(urls: string[]) {
  for (const url of urls) {
    const agent = new Agent();
    const { body } = await request(url, { dispatcher: agent });
    await body.dump();
    await agent.close();
  }
}
void main(process.argv.slice(2));`,
    errors: [
      { messageId: 'perCall', line: 5, column: 19, data: { subject: 'The undici Agent `agent`', fn: '`main`' } },
    ],
  },
  // A cache that is read but never written: every miss makes a new pool.
  {
    code: `
import { Agent, fetch } from 'undici';
const agents = new Map<string, Agent>();
export async function forward(host: string, path: string) {
  const agent = agents.get(host) ?? new Agent();
  const res = await fetch(\`https://\${host}\${path}\`, { dispatcher: agent });
  return res.json();
}`,
    errors: [{ messageId: 'perCallUnclosed', line: 5, column: 37 }],
  },
  // compose() wraps the per-call pool.
  {
    code: `
import { Agent, fetch, interceptors } from 'undici';
export async function getWithRetry(url: string) {
  const dispatcher = new Agent().compose(interceptors.retry({ maxRetries: 3 }));
  const res = await fetch(url, { dispatcher });
  return res.json();
}`,
    errors: [
      {
        messageId: 'perCallUnclosed',
        line: 4,
        column: 22,
        data: { subject: 'This undici Agent', fn: '`getWithRetry`' },
      },
    ],
  },
  // RetryAgent wraps the per-call pool.
  {
    code: `
import { Agent, RetryAgent, fetch } from 'undici';
export async function resilient(url: string) {
  const dispatcher = new RetryAgent(new Agent());
  const res = await fetch(url, { dispatcher });
  return res.arrayBuffer();
}`,
    errors: [{ messageId: 'perCallUnclosed', line: 4, column: 37 }],
  },
  // A custom fetch handed to an SDK: the arrow runs once per request.
  {
    code: `
import { Agent, fetch } from 'undici';
declare class EventSource {
  constructor(url: string, init: { fetch: (input: string, init?: object) => Promise<unknown> });
}
export function open(url: string) {
  return new EventSource(url, {
    fetch: (input, init) => fetch(input, { ...init, dispatcher: new Agent({ connect: { rejectUnauthorized: false } }) }),
  });
}`,
    errors: [
      { messageId: 'perCallUnclosed', line: 8, column: 65, data: { subject: 'This undici Agent', fn: '`fetch`' } },
    ],
  },
  // Pool per call, requests in parallel.
  {
    code: `
import { Pool } from 'undici';
export async function loadItems(ids: string[]) {
  const pool = new Pool('https://catalog.internal', { connections: 10 });
  const results = await Promise.all(
    ids.map(async (id) => {
      const { body } = await pool.request({ path: \`/items/\${id}\`, method: 'GET' });
      return body.json();
    }),
  );
  await pool.close();
  return results;
}`,
    errors: [{ messageId: 'perCall', line: 4, column: 16 }],
  },
  // axios.request with an inline agent (a site checker).
  {
    code: `
import https from 'node:https';
import axios from 'axios';
export async function checkSite(url: string) {
  const response = await axios.request({
    url,
    method: 'HEAD',
    httpsAgent: new https.Agent({ rejectUnauthorized: false, keepAlive: true }),
    validateStatus: (status: number) => status < 500,
  });
  return response.status;
}`,
    errors: [{ messageId: 'perCallUnclosed', line: 8, column: 17 }],
  },
  {
    code: `
import http from 'node:http';
import axios from 'axios';
export async function notify(url: string, message: string) {
  await axios({ url, method: 'post', data: { message }, httpAgent: new http.Agent() });
}`,
    errors: [{ messageId: 'perCall', line: 5, column: 68, data: { subject: 'This http.Agent', fn: '`notify`' } }],
  },
  // An instance-wide agent, and a per-call one only for the insecure case.
  {
    code: `
import https from 'node:https';
import axios from 'axios';
const httpsAgent = new https.Agent({ keepAlive: true });
const instance = axios.create();
export async function send(url: string, insecure: boolean) {
  return instance.request({
    url,
    timeout: 10_000,
    httpsAgent: insecure ? new https.Agent({ keepAlive: true, rejectUnauthorized: false }) : httpsAgent,
  });
}`,
    errors: [{ messageId: 'perCallUnclosed', line: 10, column: 28 }],
  },
  // Destroyed in finally.
  {
    code: `
import https from 'node:https';
export async function fetchCert(host: string) {
  const agent = new https.Agent({ keepAlive: true });
  try {
    return await new Promise<number | undefined>((resolve, reject) => {
      https.get({ host, path: '/', agent }, (res) => {
        res.resume();
        resolve(res.statusCode);
      }).on('error', reject);
    });
  } finally {
    agent.destroy();
  }
}`,
    errors: [{ messageId: 'perCall', line: 4, column: 17 }],
  },
  // BalancedPool and EnvHttpProxyAgent.
  {
    code: `
import { BalancedPool } from 'undici';
export async function query(upstreams: string[], sql: string) {
  const pool = new BalancedPool(upstreams);
  const { body } = await pool.request({ path: '/query', method: 'POST', body: sql });
  return body.json();
}`,
    errors: [
      {
        messageId: 'perCallUnclosed',
        line: 4,
        column: 16,
        data: { subject: 'The undici BalancedPool `pool`', fn: '`query`' },
      },
    ],
  },
  {
    code: `
import { EnvHttpProxyAgent, request } from 'undici';
export async function download(url: string) {
  const { body } = await request(url, { dispatcher: new EnvHttpProxyAgent() });
  return body.arrayBuffer();
}`,
    errors: [{ messageId: 'perCallUnclosed', line: 4, column: 53 }],
  },
  // With types, a subclass of http.Agent is a pool too.
  {
    code: `
import http from 'node:http';
class TracingAgent extends http.Agent {}
export function head(url: string) {
  return new Promise<void>((resolve) => {
    http.request(url, { method: 'HEAD', agent: new TracingAgent({ keepAlive: true }) }, (res) => {
      res.resume();
      resolve();
    }).end();
  });
}`,
    errors: [
      { messageId: 'perCallUnclosed', line: 6, column: 48, data: { subject: 'This http.Agent', fn: 'this function' } },
    ],
  },
  // A namespace import.
  {
    code: `
import * as undici from 'undici';
export async function send(url: string, payload: string) {
  const { body } = await undici.request(url, { method: 'POST', body: payload, dispatcher: new undici.Agent() });
  await body.dump();
}`,
    errors: [{ messageId: 'perCallUnclosed', line: 4, column: 91 }],
  },
  // Client instances per call, with checkClientInstances.
  {
    code: `
import axios from 'axios';
export async function handler(event: { token: string }) {
  const client = axios.create({ baseURL: 'https://api.internal', headers: { Authorization: event.token } });
  const { data } = await client.get('/me');
  return data;
}`,
    options: [{ checkClientInstances: true }],
    errors: [
      {
        messageId: 'perCallInstance',
        line: 4,
        column: 18,
        data: { subject: 'The axios instance `client`', fn: '`handler`' },
      },
    ],
  },
  {
    code: `
import got from 'got';
export async function getRepo(token: string, repo: string) {
  const github = got.extend({ prefixUrl: 'https://api.github.com', headers: { authorization: \`token \${token}\` } });
  return github(\`repos/\${repo}\`).json();
}`,
    options: [{ checkClientInstances: true }],
    errors: [{ messageId: 'perCallInstance', line: 4, column: 18 }],
  },
  {
    code: `
import ky from 'ky';
export async function me(token: string) {
  const api = ky.create({ prefixUrl: 'https://api.internal', headers: { authorization: token } });
  return api.get('me').json();
}`,
    options: [{ checkClientInstances: true }],
    errors: [
      { messageId: 'perCallInstance', line: 4, column: 15, data: { subject: 'The ky instance `api`', fn: '`me`' } },
    ],
  },
  // With checkClientInstances, an instance carrying a per-call agent is reported once, at the agent.
  {
    code: `
import https from 'node:https';
import axios from 'axios';
export async function report(id: string) {
  const client = axios.create({ httpsAgent: new https.Agent({ keepAlive: true }) });
  return (await client.get(\`/reports/\${id}\`)).data;
}`,
    options: [{ checkClientInstances: true }],
    errors: [{ messageId: 'perCallUnclosed', line: 5, column: 45 }],
  },
  // runOnceFunctions: [] turns the main exemption off (an exported main may run many times).
  {
    code: `
import { Agent, fetch } from 'undici';
export async function main() {
  const res = await fetch('https://example.com', { dispatcher: new Agent() });
  console.log(await res.text());
}`,
    options: [{ runOnceFunctions: [] }],
    errors: [{ messageId: 'perCallUnclosed', line: 4, column: 64 }],
  },
];

typedRuleTester().run('no-per-request-agent', rule, { valid, invalid });

// Without type information: recognised by import and global name. agentkeepalive, proxy-agent and
// https-proxy-agent have no types installed here; they are recognised by import alone.
untypedRuleTester().run('no-per-request-agent (no type information)', rule, {
  valid: [
    `
import Agent from 'agentkeepalive';
const keepaliveAgent = new Agent({ maxSockets: 100, freeSocketTimeout: 30000 });
export function get(url) {
  return require('node:http').get(url, { agent: keepaliveAgent });
}`,
    `
const { HttpsProxyAgent } = require('https-proxy-agent');
let agent;
function proxyAgent() {
  if (!agent) agent = new HttpsProxyAgent(process.env.HTTPS_PROXY);
  return agent;
}
module.exports = async function fetchThroughProxy(url) {
  return require('axios').get(url, { httpsAgent: proxyAgent(), proxy: false });
};`,
    `
import { Agent } from 'undici';
export function create() {
  return new Agent();
}`,
    // Without types a subclass is not recognised.
    `
import http from 'node:http';
class TracingAgent extends http.Agent {}
export function head(url) {
  http.request(url, { agent: new TracingAgent() }, (res) => res.resume()).end();
}`,
  ],
  invalid: [
    {
      code: `
import Agent from 'agentkeepalive';
import axios from 'axios';
export async function sendMetrics(points) {
  const agent = new Agent.HttpsAgent({ maxSockets: 10 });
  await axios.post('https://metrics.internal/v1/points', points, { httpsAgent: agent });
}`,
      errors: [
        {
          messageId: 'perCallUnclosed',
          line: 5,
          column: 17,
          data: { subject: 'The agentkeepalive agent `agent`', fn: '`sendMetrics`' },
        },
      ],
    },
    {
      code: `
const { HttpsProxyAgent } = require('https-proxy-agent');
const axios = require('axios');
exports.handler = async (event) => {
  const httpsAgent = new HttpsProxyAgent(process.env.HTTPS_PROXY);
  const { data } = await axios.get(event.url, { httpsAgent, proxy: false });
  return data;
};`,
      errors: [
        {
          messageId: 'perCall',
          line: 5,
          column: 22,
          data: { subject: 'The HttpsProxyAgent `httpsAgent`', fn: '`handler`' },
        },
      ],
    },
    {
      code: `
import { ProxyAgent } from 'proxy-agent';
import https from 'node:https';
export function get(url) {
  return new Promise((resolve) => {
    https.get(url, { agent: new ProxyAgent() }, (res) => {
      res.resume();
      resolve(res.statusCode);
    });
  });
}`,
      errors: [
        { messageId: 'perCall', line: 6, column: 29, data: { subject: 'This ProxyAgent', fn: 'this function' } },
      ],
    },
    {
      code: `
import { Agent, fetch } from 'undici';
export async function getUser(id) {
  const res = await fetch('https://users.internal/' + id, { dispatcher: new Agent() });
  return res.json();
}`,
      errors: [{ messageId: 'perCallUnclosed', line: 4, column: 73 }],
    },
    {
      code: `
const http = require('http');
module.exports.ping = function ping(host) {
  const agent = new http.Agent({ keepAlive: true });
  http.get({ host, path: '/ping', agent }, (res) => res.resume());
};`,
      errors: [{ messageId: 'perCallUnclosed', line: 4, column: 17 }],
    },
    {
      code: `
import { Agent, setGlobalDispatcher } from 'undici';
export async function sync(url) {
  setGlobalDispatcher(new Agent());
  return (await fetch(url)).json();
}`,
      errors: [{ messageId: 'perCallGlobal', line: 4, column: 23 }],
    },
  ],
});

describe('no-per-request-agent options', () => {
  it('rejects an unknown option', () => {
    const linter = new Linter({ configType: 'flat' });
    const lint = () =>
      linter.verify('export {};', {
        plugins: { local: { rules: { 'no-per-request-agent': rule as never } } },
        rules: { 'local/no-per-request-agent': ['error', { runOnce: ['main'] }] },
      });
    expect(lint).toThrow(/runOnce/);
  });
  it('rejects a non-boolean checkClientInstances', () => {
    const linter = new Linter({ configType: 'flat' });
    const lint = () =>
      linter.verify('export {};', {
        plugins: { local: { rules: { 'no-per-request-agent': rule as never } } },
        rules: { 'local/no-per-request-agent': ['error', { checkClientInstances: 'yes' }] },
      });
    expect(lint).toThrow(/"yes" should be boolean/);
  });
});
