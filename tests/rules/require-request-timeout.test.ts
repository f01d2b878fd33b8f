import path from 'node:path';

import { RuleTester, type ValidTestCase } from '@typescript-eslint/rule-tester';

import rule from '../../src/rules/require-request-timeout.js';
import { fixturesDir, typedRuleTester, untypedRuleTester } from '../rule-tester.js';
import { describeOutputsTypeCheck } from '../type-check.js';
import { axiosDefaultsInvalid, invalid, invalidWithoutTypes, type Options } from './require-request-timeout.cases.js';

// Instances, a dispatcher and defaults made in another module live in tests/fixtures/http-clients.ts.
const valid: (ValidTestCase<Options> | string)[] = [
  // A signal from AbortSignal.timeout().
  `export async function getUser(id: string): Promise<unknown> {
  const res = await fetch(\`https://users.internal/users/\${id}\`, { signal: AbortSignal.timeout(5000) });
  return res.json();
}`,
  // A signal from a parameter is the caller's business.
  `export async function getJson(url: string, signal: AbortSignal): Promise<unknown> {
  const res = await fetch(url, { signal });
  return res.json();
}`,
  // Options from a parameter: assumed complete.
  `export function send(url: string, init: RequestInit): Promise<Response> {
  return fetch(url, init);
}`,
  // A spread of a parameter.
  `export function post(url: string, init: RequestInit, body: string): Promise<Response> {
  return fetch(url, { ...init, method: 'POST', body });
}`,
  // Defaults imported from another module cannot be seen into.
  `import { jsonDefaults } from './http-clients.js';
export function getJson(url: string): Promise<Response> {
  return fetch(url, { ...jsonDefaults, method: 'GET' });
}`,
  // The signal is in an options variable.
  `export async function ping(url: string): Promise<boolean> {
  const options: RequestInit = { method: 'HEAD', signal: AbortSignal.timeout(2000) };
  const res = await fetch(url, options);
  return res.ok;
}`,
  // The signal is set on the options after they are built.
  `export async function publish(url: string, event: unknown): Promise<void> {
  const init: RequestInit = { method: 'POST', body: JSON.stringify(event) };
  init.signal = AbortSignal.timeout(3000);
  const res = await fetch(url, init);
  await res.body?.cancel();
}`,
  // Object.assign() adds the signal.
  `const base: RequestInit = { headers: { accept: 'application/json' } };
export function load(url: string, controller: AbortController): Promise<Response> {
  const init = Object.assign({}, base, { signal: controller.signal });
  return fetch(url, init);
}`,
  // Both branches of a conditional carry a signal.
  `export function load(url: string, retry: boolean, a: AbortSignal, b: AbortSignal): Promise<Response> {
  return fetch(url, retry ? { signal: a } : { signal: b });
}`,
  // A controller aborted by a timer.
  `export async function fetchWithTimer(url: string): Promise<string> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 5000);
  try {
    const res = await fetch(url, { signal: controller.signal });
    return await res.text();
  } finally {
    clearTimeout(timer);
  }
}`,
  // A dispatcher made in another module: assumed configured.
  `import { dispatcher } from './http-clients.js';
import { fetch } from 'undici';
export function load(url: string) {
  return fetch(url, { dispatcher });
}`,
  // A dispatcher with both idle timeouts.
  `import { Agent, fetch } from 'undici';
const agent = new Agent({ headersTimeout: 10_000, bodyTimeout: 10_000, connections: 50 });
export function load(url: string) {
  return fetch(url, { dispatcher: agent });
}`,
  // The file installs a global dispatcher with both idle timeouts.
  `import { Agent, setGlobalDispatcher } from 'undici';
setGlobalDispatcher(new Agent({ headersTimeout: 15_000, bodyTimeout: 15_000 }));
export function load(url: string): Promise<Response> {
  return fetch(url);
}`,
  // assumeGlobalDispatcher: the process sets one at start-up.
  {
    code: `export function load(url: string): Promise<Response> {
  return fetch(url);
}`,
    options: [{ assumeGlobalDispatcher: true }],
  },
  // allowLibraryDefaults: undici's 300 s idle timeouts count.
  {
    code: `import { request } from 'undici';
export async function status(url: string): Promise<number> {
  const { statusCode, body } = await request(url);
  await body.dump();
  return statusCode;
}`,
    options: [{ allowLibraryDefaults: true }],
  },
  // undici.request() with both idle timeouts.
  `import { request } from 'undici';
export async function status(url: string): Promise<number> {
  const { statusCode, body } = await request(url, { headersTimeout: 5000, bodyTimeout: 5000 });
  await body.dump();
  return statusCode;
}`,
  // undici.request() with a signal.
  `import { request } from 'undici';
export async function text(url: string): Promise<string> {
  const { body } = await request(url, { signal: AbortSignal.timeout(5000) });
  return body.text();
}`,
  // A Pool parameter: made elsewhere, assumed configured.
  `import type { Pool } from 'undici';
export async function health(pool: Pool): Promise<number> {
  const { statusCode, body } = await pool.request({ path: '/health', method: 'GET' });
  await body.dump();
  return statusCode;
}`,
  // A Pool made with both idle timeouts.
  `import { Pool } from 'undici';
const pool = new Pool('https://search.internal', { connections: 20, headersTimeout: 5000, bodyTimeout: 30_000 });
export async function search(q: string): Promise<unknown> {
  const { body } = await pool.request({ path: \`/search?q=\${encodeURIComponent(q)}\`, method: 'GET' });
  return body.json();
}`,
  // axios with a timeout.
  `import axios from 'axios';
export async function getUser(id: string): Promise<unknown> {
  const { data } = await axios.get(\`/users/\${id}\`, { timeout: 5000 });
  return data;
}`,
  // axios.post() with the config third.
  `import axios from 'axios';
export function create(user: { name: string }) {
  return axios.post('/users', user, { timeout: 5000, headers: { 'content-type': 'application/json' } });
}`,
  // axios(config) with a timeout.
  `import axios from 'axios';
export function remove(id: string) {
  return axios({ url: \`/users/\${id}\`, method: 'DELETE', timeout: 2000 });
}`,
  // An instance from axios.create({ timeout }) in this file.
  `import axios from 'axios';
const api = axios.create({ baseURL: 'https://api.internal', timeout: 5000 });
export async function users(): Promise<unknown> {
  const { data } = await api.get('/users');
  return data;
}`,
  // An instance made in another module: assumed configured.
  `import { untimedApi } from './http-clients.js';
export function users() {
  return untimedApi.get('/users');
}`,
  // With types, any AxiosInstance is an instance, wherever it was made.
  `import type { AxiosInstance } from 'axios';
export function users(client: AxiosInstance) {
  return client.get('/users');
}`,
  // A class holding an instance in a field.
  `import axios, { type AxiosInstance } from 'axios';
export class UsersClient {
  private readonly http: AxiosInstance;
  constructor(http: AxiosInstance = axios) {
    this.http = http;
  }
  list() {
    return this.http.get('/users');
  }
}`,
  // axios.defaults.timeout set in this file.
  `import axios from 'axios';
axios.defaults.timeout = 10_000;
export function users() {
  return axios.get('/users');
}`,
  // axios with a signal.
  `import axios from 'axios';
export function users(signal: AbortSignal) {
  return axios.get('/users', { signal });
}`,
  // axios with a timeout from configuration.
  `import axios from 'axios';
export function users(config: { httpTimeoutMs: number }) {
  return axios.get('/users', { timeout: config.httpTimeoutMs });
}`,
  // got with timeout.request.
  `import got from 'got';
export function users() {
  return got('https://api.internal/users', { timeout: { request: 5000 } }).json();
}`,
  // got with a socket inactivity timeout bounds every wait.
  `import got from 'got';
export function users() {
  return got.get('https://api.internal/users', { timeout: { socket: 5000 } }).json();
}`,
  // got: response and read together.
  `import got from 'got';
export function users() {
  return got.get('https://api.internal/users', { timeout: { response: 2000, read: 10_000 } }).json();
}`,
  // An instance from got.extend({ timeout }).
  `import got from 'got';
const client = got.extend({ prefixUrl: 'https://api.internal', timeout: { request: 5000 } });
export function users() {
  return client.get('users').json();
}`,
  // An instance derived from a timed instance.
  `import got from 'got';
const base = got.extend({ timeout: { request: 5000 } });
const users = base.extend({ prefixUrl: 'https://users.internal' });
export function list() {
  return users('list').json();
}`,
  // A got instance imported from another module.
  `import { gotClient } from './http-clients.js';
export function list() {
  return gotClient.get('users').json();
}`,
  // ky has a 10 s default.
  `import ky from 'ky';
export function users() {
  return ky.get('https://api.internal/users').json();
}`,
  // ky with its own timeout.
  `import ky from 'ky';
export function report() {
  return ky.post('https://api.internal/reports', { json: {}, timeout: 60_000 }).json();
}`,
  // A ky instance with timeout: false, and a timeout on the call.
  `import ky from 'ky';
const api = ky.create({ prefixUrl: 'https://api.internal', timeout: false });
export function users() {
  return api.get('users', { timeout: 5000 }).json();
}`,
  // node:http with a signal.
  `import http from 'node:http';
export function ping(url: string): void {
  http.get(url, { signal: AbortSignal.timeout(5000) }, (res) => res.resume());
}`,
  // node:http timeout with a listener that destroys the request.
  `import http from 'node:http';
export function ping(url: string): void {
  const req = http.get(url, { timeout: 5000 }, (res) => res.resume());
  req.on('timeout', () => req.destroy(new Error('timed out')));
}`,
  // setTimeout() on the request with a callback that destroys it.
  `import https from 'node:https';
export function post(url: string, body: string): void {
  const req = https.request(url, { method: 'POST' }, (res) => res.resume());
  req.setTimeout(5000, () => req.destroy());
  req.end(body);
}`,
  // A request handed to the caller, who may set its timeout.
  `import http from 'node:http';
export function open(url: string): http.ClientRequest {
  return http.request(url);
}`,
  // node:http options from a parameter.
  `import https from 'node:https';
export function send(options: https.RequestOptions, body: string): void {
  const req = https.request(options, (res) => res.resume());
  req.end(body);
}`,
  // A wrapper called with a signal.
  {
    code: `declare function apiFetch(path: string, init?: RequestInit & { signal?: AbortSignal }): Promise<Response>;
export function users() {
  return apiFetch('/users', { signal: AbortSignal.timeout(5000) });
}`,
    options: [{ wrappers: ['apiFetch'] }],
  },
  // A wrapper with its own deadline option.
  {
    code: `declare function callApi(method: string, path: string, options?: { timeoutMs?: number }): Promise<unknown>;
export function users() {
  return callApi('GET', '/users', { timeoutMs: 5000 });
}`,
    options: [{ wrappers: [{ name: 'callApi', optionsArgument: 2, timeoutOptions: ['timeoutMs'] }] }],
  },
  // fetch passed as a value, with a signal.
  `export function load(f: typeof fetch, url: string) {
  return f(url, { signal: AbortSignal.timeout(5000) });
}`,
  // node-fetch with a signal.
  `import fetch from 'node-fetch';
export function load(url: string) {
  return fetch(url, { signal: AbortSignal.timeout(5000) });
}`,
  // Options built by a function the rule cannot see into.
  `declare function withDefaults(init: RequestInit): RequestInit;
export function load(url: string) {
  return fetch(url, withDefaults({ method: 'GET' }));
}`,
  // Options handed to a function that may add a signal.
  `declare function applyDeadline(init: RequestInit): void;
export function load(url: string) {
  const init: RequestInit = { method: 'GET' };
  applyDeadline(init);
  return fetch(url, init);
}`,
  // A method named fetch on some object is not WHATWG fetch.
  `interface Store { fetch(key: string): Promise<string> }
export function read(store: Store) {
  return store.fetch('users');
}`,
  // A function of the file's own named fetch.
  `function fetch(key: string): string {
  return key.toUpperCase();
}
export const value = fetch('users');`,
  // A Request may carry its own signal.
  `export function load(url: string, signal: AbortSignal): Promise<Response> {
  return fetch(new Request(url, { signal }));
}`,
  // A Request parameter: the caller built it.
  `export function send(request: Request): Promise<Response> {
  return fetch(request);
}`,
  // A Response that did not come from the network.
  `export function ok(): Response {
  return Response.json({ ok: true });
}`,
];

typedRuleTester().run('require-request-timeout', rule, { valid, invalid });
describeOutputsTypeCheck('require-request-timeout', invalid);

const validWithoutTypes: (ValidTestCase<Options> | string)[] = [
  // A signal.
  `export function load(url) {
  return fetch(url, { signal: AbortSignal.timeout(5000) });
}`,
  // Options from a parameter.
  `export function load(url, init) {
  return fetch(url, init);
}`,
  // Without types, a first argument of unknown kind may be the options: assumed complete.
  `import http from 'node:http';
export function send(options, onResponse) {
  http.get(options, onResponse);
}`,
  // axios with a timeout.
  `import axios from 'axios';
export function users() {
  return axios.get('/users', { timeout: 5000 });
}`,
  // An instance from axios.create({ timeout }).
  `import axios from 'axios';
const api = axios.create({ baseURL: 'https://api.internal', timeout: 5000 });
export function users() {
  return api.get('/users');
}`,
  // Without types an imported instance is not recognised.
  `import { api } from './client.js';
export function users() {
  return api.get('/users');
}`,
  // Without types, fetch passed as a value is not recognised.
  `export function load(f, url) {
  return f(url);
}`,
  // ky's default.
  `import ky from 'ky';
export function users() {
  return ky.get('https://api.internal/users').json();
}`,
  // undici.request() with both idle timeouts.
  `import { request } from 'undici';
export function status(url) {
  return request(url, { headersTimeout: 5000, bodyTimeout: 5000 });
}`,
  // node:http timeout with a listener that destroys the request.
  `const http = require('node:http');
function ping(url) {
  const req = http.get(url, { timeout: 5000 }, (res) => res.resume());
  req.on('timeout', () => req.destroy());
}
module.exports = { ping };`,
  // Without types, a name like request is taken for a Request.
  `export function send(request) {
  return fetch(request);
}`,
  // A method of an unknown object.
  `export function users(client) {
  return client.get('/users');
}`,
  // got with a request timeout.
  `import got from 'got';
export function users(url) {
  return got(url, { timeout: { request: 5000 } }).json();
}`,
];

untypedRuleTester().run('require-request-timeout (no type information)', rule, {
  valid: validWithoutTypes,
  invalid: invalidWithoutTypes,
});

// With a program, a start-up module that sets `axios.defaults.timeout` covers the default export's
// calls in every file: tests/fixtures/axios-defaults/start.ts.
new RuleTester({
  languageOptions: {
    parserOptions: { projectService: true, tsconfigRootDir: path.join(fixturesDir, 'axios-defaults') },
  },
}).run('require-request-timeout (axios defaults set in another module)', rule, {
  valid: [
    `import axios from 'axios';
export function users() {
  return axios.get('/users');
}`,
  ],
  invalid: axiosDefaultsInvalid,
});
