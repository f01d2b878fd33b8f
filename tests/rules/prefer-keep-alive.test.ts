import type { ValidTestCase } from '@typescript-eslint/rule-tester';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

import rule from '../../src/rules/prefer-keep-alive.js';
import { typedRuleTester, untypedRuleTester } from '../rule-tester.js';
import { describeOutputsTypeCheck } from '../type-check.js';
import { invalid, untypedInvalid } from './prefer-keep-alive.cases.js';

const valid: (ValidTestCase<[]> | string)[] = [
  // Server side: a response header, not an outbound request.
  `
import http from 'node:http';
http.createServer((req, res) => {
  res.writeHead(503, { Connection: 'close', 'Content-Type': 'text/plain' });
  res.end('draining');
});`,
  `
import http from 'node:http';
export function drain(res: http.ServerResponse) {
  res.setHeader('Connection', 'close');
  res.end();
}`,
  `
export function goodbye() {
  return new Response('bye', { headers: { Connection: 'close' } });
}`,
  `
export function shutdownResponse(body: string) {
  const headers = new Headers({ Connection: 'close' });
  return new Response(body, { status: 503, headers });
}`,
  // Keep-alive on, or another header value.
  `
export async function ping(url: string) {
  const res = await fetch(url, { headers: { Connection: 'keep-alive' } });
  return res.ok;
}`,
  `
import http from 'node:http';
export function upgrade(host: string) {
  return http.request({ host, headers: { Connection: 'Upgrade', Upgrade: 'websocket' } });
}`,
  `
import http from 'node:http';
import https from 'node:https';
export const httpAgent = new http.Agent({ keepAlive: true });
export const httpsAgent = new https.Agent({ keepAlive: true, rejectUnauthorized: false, maxSockets: 50 });`,
  // Options the rule cannot see into.
  `
import https from 'node:https';
export function agentFrom(options: https.AgentOptions) {
  return new https.Agent(options);
}`,
  `
import https from 'node:https';
const defaults: https.AgentOptions = { keepAlive: true };
export const agent = new https.Agent({ ...defaults });`,
  `
import http from 'node:http';
export const agent = new http.Agent({ keepAlive: process.env.HTTP_KEEPALIVE !== 'off' });`,
  // An object with keepAlive: false that configures no agent (a TCP socket option).
  `
import net from 'node:net';
export function connect(port: number) {
  return net.connect({ port, keepAlive: false });
}`,
  // Headers built and handed to code the rule cannot see into.
  `
export function defaultHeaders() {
  return { Connection: 'close', Accept: 'application/json' };
}`,
  `
declare function send(url: string, init: { headers: Record<string, string> }): Promise<void>;
export async function notify(url: string) {
  await send(url, { headers: { Connection: 'close' } });
}`,
  `
export function tag(headers: Headers) {
  headers.set('Connection', 'close');
}`,
  // undici: pipelining on, keepAliveTimeout (rejected at 0 by undici itself), reset false.
  `
import { Agent, Pool } from 'undici';
export const pool = new Pool('https://api.internal', { pipelining: 10 });
export const agent = new Agent({ keepAliveTimeout: 10, keepAliveMaxTimeout: 10 });`,
  `
import { request } from 'undici';
export async function get(url: string) {
  const { body } = await request(url, { reset: false });
  return body.text();
}`,
  // agent: false on clients where it is not node:http's option (another rule's business).
  `
export async function get(url: string) {
  const res = await fetch(url, { keepalive: false });
  return res.text();
}`,
  `
import http from 'node:http';
const agent = new http.Agent({ keepAlive: true });
export function get(url: string) {
  http.get(url, { agent }, (res) => res.resume());
}`,
  `
import axios from 'axios';
export const api = axios.create({ headers: { Accept: 'application/json' } });`,
  `
import { Agent } from 'undici';
export const dispatcher = new Agent();`,
  `
import http from 'node:http';
class KeepAliveAgent extends http.Agent {
  constructor() {
    super({ keepAlive: true });
  }
}
export const agent = new KeepAliveAgent();`,
  `
declare const res: { set(name: string, value: string): void };
res.set('Connection', 'close');`,
  `
import http from 'node:http';
export function proxy(req: http.IncomingMessage, res: http.ServerResponse) {
  const headers = { ...req.headers, connection: 'close' };
  res.writeHead(200, headers);
  res.end();
}`,
  `
const cache = new Map<string, string>();
cache.set('Connection', 'close');`,
  `
import https from 'node:https';
export const options = { keepAlive: false };
export function make(agentOptions: https.AgentOptions) {
  return new https.Agent({ keepAlive: true, ...agentOptions });
}`,
  `
export async function probe(url: string) {
  const res = await fetch(url, { headers: { 'X-Connection': 'close' } });
  await res.body?.cancel();
  return res.status;
}`,
  `
import { Pool } from 'undici';
const pipelining = 0;
export const pool = new Pool('https://api.internal', { pipelining: pipelining + 1 });`,
  `
import http from 'node:http';
export function get(url: string, agent: http.Agent | false) {
  http.get(url, { agent }, (res) => res.resume());
}`,
  `
import { request } from 'undici';
export function options() {
  return { reset: true };
}
export async function get(url: string) {
  const { body } = await request(url, options());
  await body.dump();
}`,
  `
import got from 'got';
export async function get(url: string) {
  return got(url, { headers: { connection: 'keep-alive' } }).text();
}`,
  // Not an agent option: undici has no keepAlive option (it throws), servers have their own.
  `
import { Agent } from 'undici';
export function make() {
  return new Agent({ connections: 4 });
}
export const serverOptions = { keepAlive: false };`,
  `
import http from 'node:http';
export const server = http.createServer({ keepAlive: false }, (req, res) => res.end());`,
  // A response's headers are not a request's.
  `
export function bye(body: string) {
  const res = new Response(body);
  res.headers.set('Connection', 'close');
  return res;
}`,
];

typedRuleTester().run('prefer-keep-alive', rule, { valid, invalid });
describeOutputsTypeCheck('prefer-keep-alive', invalid);

// Without type information: what is still found by import and by following values.
untypedRuleTester().run('prefer-keep-alive (no type information)', rule, {
  valid: [
    // Typed-only: the receiver's type says ClientRequest or AxiosHeaders.
    `
export function tag(req) {
  req.setHeader('Connection', 'close');
}`,
    `
import Agent from 'agentkeepalive';
export const agent = new Agent({ maxSockets: 100 });`,
    `
import http from 'node:http';
http.createServer((req, res) => {
  res.setHeader('Connection', 'close');
  res.end();
});`,
  ],
  invalid: untypedInvalid,
});

describe('prefer-keep-alive options', () => {
  it('rejects any option', () => {
    const linter = new Linter({ configType: 'flat' });
    const lint = () =>
      linter.verify('export {};', {
        plugins: { local: { rules: { 'prefer-keep-alive': rule as never } } },
        rules: { 'local/prefer-keep-alive': ['error', { allowHealthChecks: true }] },
      });
    expect(lint).toThrow(/should NOT have more than 0 items|allowHealthChecks/);
  });
});
