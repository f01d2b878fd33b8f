import type { ValidTestCase } from '@typescript-eslint/rule-tester';

import rule from '../../src/rules/no-ignored-request-options.js';
import { typedRuleTester, untypedRuleTester } from '../rule-tester.js';
import { describeOutputsTypeCheck } from '../type-check.js';
import { invalid, invalidWithoutTypes } from './no-ignored-request-options.cases.js';

const valid: (ValidTestCase<[]> | string)[] = [
  // A signal, the option that works.
  `export function load(url: string): Promise<Response> {
  return fetch(url, { signal: AbortSignal.timeout(5000) });
}`,
  // undici's fetch takes a dispatcher.
  `import { Agent, fetch } from 'undici';
const agent = new Agent({ keepAliveTimeout: 10_000 });
export function load(url: string) {
  return fetch(url, { dispatcher: agent });
}`,
  // node-fetch 3 takes agent, compress, size, follow.
  `import fetch from 'node-fetch';
import https from 'node:https';
const agent = new https.Agent({ keepAlive: true });
export function load(url: string) {
  return fetch(url, { agent, compress: true, size: 1_000_000, follow: 5 });
}`,
  // cross-fetch runs node-fetch 2 in Node.js, whose timeout works.
  `import crossFetch from 'cross-fetch';
export function load(url: string) {
  return crossFetch(url, { timeout: 5000 } as RequestInit);
}`,
  // undici.request() with its own timeouts.
  `import { request } from 'undici';
export function load(url: string) {
  return request(url, { headersTimeout: 5000, bodyTimeout: 5000 });
}`,
  // node:http timeout with a listener that destroys the request.
  `import http from 'node:http';
export function ping(url: string): void {
  const req = http.get(url, { timeout: 5000 }, (res) => res.resume());
  req.on('timeout', () => {
    req.destroy(new Error('timed out'));
  });
}`,
  // node:http timeout with setTimeout() destroying it.
  `import http from 'node:http';
export function ping(url: string): void {
  const req = http.get(url, { timeout: 5000 }, (res) => res.resume());
  req.setTimeout(5000, () => req.destroy());
}`,
  // A request handed to the caller: its timeout listener may be there.
  `import http from 'node:http';
export function open(url: string): http.ClientRequest {
  return http.request(url, { timeout: 5000 });
}`,
  // A listener the file does not show counts.
  `import http from 'node:http';
import { onTimeout } from './timeouts.js';
export function ping(url: string): void {
  const req = http.get(url, { timeout: 5000 }, (res) => res.resume());
  req.on('timeout', onTimeout);
}`,
  // A chained listener that destroys `this`.
  `import http from 'node:http';
export function ping(url: string): void {
  http
    .get(url, { timeout: 5000 }, (res) => res.resume())
    .on('error', () => undefined)
    .on('timeout', function (this: http.ClientRequest) {
      this.destroy();
    });
}`,
  // abort() in the listener (deprecated, still tears the request down).
  `import http from 'node:http';
export function ping(url: string): void {
  const req = http.get(url, { timeout: 5000 });
  req.once('timeout', () => req.abort());
  req.end();
}`,
  // A named listener function of the file that destroys the request.
  `import https from 'node:https';
export function post(url: string, body: string): void {
  const req = https.request(url, { method: 'POST', timeout: 5000 });
  function onTimeout() {
    req.destroy(new Error('timeout'));
  }
  req.on('timeout', onTimeout);
  req.end(body);
}`,
  // The request is handed to a helper that may attach the listener.
  `import http from 'node:http';
declare function withDeadline(req: http.ClientRequest): void;
export function ping(url: string): void {
  const req = http.get(url, { timeout: 5000 }, (res) => res.resume());
  withDeadline(req);
}`,
  // axios timeout as a number.
  `import axios from 'axios';
export function users() {
  return axios.get('/users', { timeout: 5000 });
}`,
  // A numeric string: axios parses it, and it works.
  `import axios from 'axios';
export function users() {
  return axios.get('/users', { timeout: '5000' as unknown as number });
}`,
  // WebDAV's Timeout header is a real header.
  `import axios from 'axios';
export function lock(url: string) {
  return axios.request({ url, method: 'LOCK', timeout: 5000, headers: { Timeout: 'Second-3600' } });
}`,
  // Another header about timeouts is the server's business.
  `import axios from 'axios';
export function users() {
  return axios.get('/users', { timeout: 5000, headers: { 'X-Request-Timeout': '5000' } });
}`,
  // A query parameter named timeout.
  `import axios from 'axios';
export function poll() {
  return axios.get('/jobs', { timeout: 5000, params: { timeout: 30 } });
}`,
  // A request body with a timeout field is data, not config.
  `import axios from 'axios';
export function schedule() {
  return axios.post('/jobs', { timeout: 30 }, { timeout: 5000 });
}`,
  // A JSON body with a timeout field.
  `export function schedule(url: string): Promise<Response> {
  return fetch(url, { method: 'POST', body: JSON.stringify({ timeout: 30 }), signal: AbortSignal.timeout(5000) });
}`,
  // axios.create() with a number.
  `import axios from 'axios';
export const api = axios.create({ baseURL: 'https://api.internal', timeout: 5000 });`,
  // An interceptor setting the timeout.
  `import axios from 'axios';
const api = axios.create({ baseURL: 'https://api.internal' });
api.interceptors.request.use((config) => {
  config.timeout = 5000;
  return config;
});
export { api };`,
  // got's own timeout.
  `import got from 'got';
export function users() {
  return got('https://api.internal/users', { timeout: { request: 5000 } }).json();
}`,
  // ky's own timeout.
  `import ky from 'ky';
export function users() {
  return ky.get('https://api.internal/users', { timeout: 5000 }).json();
}`,
  // An object that never reaches a request.
  `export function describe(): string {
  const settings = { timeout: 5000, agent: 'curl' };
  return JSON.stringify(settings);
}`,
  // timeout: undefined states no belief.
  `export function load(url: string): Promise<Response> {
  return fetch(url, { signal: AbortSignal.timeout(5000), timeout: undefined } as RequestInit);
}`,
  // Options from a parameter cannot be seen.
  `export function load(url: string, init: RequestInit): Promise<Response> {
  return fetch(url, init);
}`,
  // A method named fetch on another object.
  `interface Cache { fetch(key: string, options: { timeout: number }): Promise<string> }
export function read(cache: Cache) {
  return cache.fetch('users', { timeout: 5000 });
}`,
  // Server-side timeouts are not request options.
  `import http from 'node:http';
const server = http.createServer((req, res) => res.end('ok'));
server.timeout = 5000;
server.setTimeout(5000);
export { server };`,
  // An undici Agent's own options.
  `import { Agent } from 'undici';
export const agent = new Agent({ headersTimeout: 5000, bodyTimeout: 5000, connect: { timeout: 2000 } });`,
  // Standard fetch options.
  `export function upload(url: string, body: ReadableStream): Promise<Response> {
  return fetch(url, { method: 'PUT', body, duplex: 'half', keepalive: false, redirect: 'manual', signal: AbortSignal.timeout(5000) } as RequestInit);
}`,
  // A conditional with a signal on one side.
  `export function load(url: string, signal?: AbortSignal): Promise<Response> {
  return fetch(url, signal ? { signal } : {});
}`,
  // A header named timeout on fetch is a header.
  `export function load(url: string): Promise<Response> {
  return fetch(url, { headers: { timeout: '5' }, signal: AbortSignal.timeout(5000) });
}`,
  // got's timeout number (got 11) is not this rule's concern.
  `import got from 'got';
export function users() {
  return got('https://api.internal/users', { timeout: { request: 5000 } });
}`,
  // ky's timeout: false is require-request-timeout's report.
  `import ky from 'ky';
export function users() {
  return ky.get('https://api.internal/users', { timeout: false });
}`,
  // node:http without a timeout option.
  `import http from 'node:http';
export function ping(url: string): void {
  http.get(url, { signal: AbortSignal.timeout(5000) }, (res) => res.resume());
}`,
  // An axios instance call with a numeric timeout.
  `import axios from 'axios';
const api = axios.create({ baseURL: 'https://api.internal' });
export function users() {
  return api.get('/users', { timeout: 2000 });
}`,
  // A Request object carries its options into fetch.
  `export function load(url: string): Promise<Response> {
  return fetch(new Request(url, { signal: AbortSignal.timeout(5000) }));
}`,
  // A Pool's own options.
  `import { Pool } from 'undici';
export const pool = new Pool('https://api.internal', { headersTimeout: 5000, bodyTimeout: 5000 });`,
  // A dispatcher option on undici's request.
  `import { Agent, request } from 'undici';
const agent = new Agent({ headersTimeout: 5000, bodyTimeout: 5000 });
export function load(url: string) {
  return request(url, { dispatcher: agent });
}`,
  // Options spread from a parameter, the rest valid.
  `export function load(url: string, init: RequestInit): Promise<Response> {
  return fetch(url, { ...init, method: 'GET' });
}`,
];

typedRuleTester().run('no-ignored-request-options', rule, { valid, invalid });
describeOutputsTypeCheck('no-ignored-request-options', invalid);

const validWithoutTypes: (ValidTestCase<[]> | string)[] = [
  // A signal.
  `export function load(url) {
  return fetch(url, { signal: AbortSignal.timeout(5000) });
}`,
  // Options from a parameter.
  `export function load(url, init) {
  return fetch(url, init);
}`,
  // Without types, fetch passed as a value is not recognised.
  `export function load(f, url) {
  return f(url, { timeout: 5000 });
}`,
  // node:http timeout with a listener that destroys the request.
  `const http = require('node:http');
function ping(url) {
  const req = http.get(url, { timeout: 5000 }, (res) => res.resume());
  req.on('timeout', () => req.destroy());
}
module.exports = { ping };`,
  // axios timeout as a number.
  `import axios from 'axios';
export function users() {
  return axios.get('/users', { timeout: 5000 });
}`,
  // Without types, node-fetch's version is unknown: version 2 honours timeout.
  `import fetch from 'node-fetch';
export function load(url) {
  return fetch(url, { timeout: 5000 });
}`,
  // cross-fetch runs node-fetch 2.
  `const fetch = require('cross-fetch');
module.exports = (url) => fetch(url, { timeout: 5000 });`,
  // undici's own timeouts.
  `const { request } = require('undici');
module.exports = (url) => request(url, { headersTimeout: 5000, bodyTimeout: 5000 });`,
];

untypedRuleTester().run('no-ignored-request-options (no type information)', rule, {
  valid: validWithoutTypes,
  invalid: invalidWithoutTypes,
});
