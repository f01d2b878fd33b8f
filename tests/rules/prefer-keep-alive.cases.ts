import type { InvalidTestCase } from '@typescript-eslint/rule-tester';

// The invalid cases of prefer-keep-alive, shared by its rule test and tests/fix-safety/.

export type MessageId =
  | 'connectionClose'
  | 'optionOff'
  | 'requestOptionOff'
  | 'agentDefault'
  | 'removeHeader'
  | 'replaceOption'
  | 'removeOption'
  | 'addKeepAlive';

const NODE_AGENT_DEFAULT =
  "Node's `Agent` defaults to closing each socket once its request is done (unlike `http.globalAgent`)";

export const invalid: InvalidTestCase<MessageId, []>[] = [
  // A Kubernetes-style probe that closes every connection.
  {
    code: `
export async function probe(url: string) {
  const res = await fetch(url, { headers: { Connection: 'close' } });
  await res.body?.cancel();
  return res.ok;
}`,
    errors: [
      {
        messageId: 'connectionClose',
        line: 3,
        column: 45,
        suggestions: [
          {
            messageId: 'removeHeader',
            output: `
export async function probe(url: string) {
  const res = await fetch(url, { headers: {} });
  await res.body?.cancel();
  return res.ok;
}`,
          },
        ],
      },
    ],
  },
  {
    code: `
export async function publish(url: string, event: unknown) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', connection: 'close' },
    body: JSON.stringify(event),
  });
  return res.json();
}`,
    errors: [
      {
        messageId: 'connectionClose',
        line: 5,
        column: 52,
        suggestions: [
          {
            messageId: 'removeHeader',
            output: `
export async function publish(url: string, event: unknown) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(event),
  });
  return res.json();
}`,
          },
        ],
      },
    ],
  },
  {
    code: `
import axios from 'axios';
export async function getOrder(id: string) {
  const { data } = await axios.get(\`https://orders.internal/\${id}\`, {
    headers: {
      'Connection': 'Close',
      Accept: 'application/json',
    },
  });
  return data;
}`,
    errors: [
      {
        messageId: 'connectionClose',
        line: 6,
        column: 7,
        suggestions: [
          {
            messageId: 'removeHeader',
            output: `
import axios from 'axios';
export async function getOrder(id: string) {
  const { data } = await axios.get(\`https://orders.internal/\${id}\`, {
    headers: {
      Accept: 'application/json',
    },
  });
  return data;
}`,
          },
        ],
      },
    ],
  },
  // Headers in a variable, then passed.
  {
    code: `
export async function send(url: string, body: string) {
  const headers = { 'Content-Type': 'text/plain', Connection: 'close' };
  const res = await fetch(url, { method: 'PUT', headers, body });
  await res.body?.cancel();
}`,
    errors: [
      {
        messageId: 'connectionClose',
        line: 3,
        column: 51,
        suggestions: [
          {
            messageId: 'removeHeader',
            output: `
export async function send(url: string, body: string) {
  const headers = { 'Content-Type': 'text/plain' };
  const res = await fetch(url, { method: 'PUT', headers, body });
  await res.body?.cancel();
}`,
          },
        ],
      },
    ],
  },
  // Module-level headers used in a function.
  {
    code: `
const HEADERS = {
  Connection: 'close',
  'User-Agent': 'event-bus/1.0',
};
export async function post(url: string, body: string) {
  const res = await fetch(url, { method: 'POST', headers: HEADERS, body });
  return res.status;
}`,
    errors: [
      {
        messageId: 'connectionClose',
        line: 3,
        column: 3,
        suggestions: [
          {
            messageId: 'removeHeader',
            output: `
const HEADERS = {
  'User-Agent': 'event-bus/1.0',
};
export async function post(url: string, body: string) {
  const res = await fetch(url, { method: 'POST', headers: HEADERS, body });
  return res.status;
}`,
          },
        ],
      },
    ],
  },
  // A Headers object.
  {
    code: `
export async function ping(url: string) {
  const res = await fetch(url, { headers: new Headers({ Connection: 'close' }) });
  return res.text();
}`,
    errors: [
      {
        messageId: 'connectionClose',
        line: 3,
        column: 57,
        suggestions: [
          {
            messageId: 'removeHeader',
            output: `
export async function ping(url: string) {
  const res = await fetch(url, { headers: new Headers({}) });
  return res.text();
}`,
          },
        ],
      },
    ],
  },
  {
    code: `
export async function ping(url: string, token: string) {
  const headers = new Headers();
  headers.set('Authorization', \`Bearer \${token}\`);
  headers.set('Connection', 'close');
  const res = await fetch(url, { headers });
  return res.text();
}`,
    errors: [
      {
        messageId: 'connectionClose',
        line: 5,
        column: 3,
        suggestions: [
          {
            messageId: 'removeHeader',
            output: `
export async function ping(url: string, token: string) {
  const headers = new Headers();
  headers.set('Authorization', \`Bearer \${token}\`);
  
  const res = await fetch(url, { headers });
  return res.text();
}`,
          },
        ],
      },
    ],
  },
  {
    code: `
import { fetch, Headers } from 'undici';
export async function ping(url: string) {
  const headers = new Headers();
  headers.append('connection', 'close');
  return (await fetch(url, { headers })).text();
}`,
    errors: [
      {
        messageId: 'connectionClose',
        line: 5,
        column: 3,
        suggestions: [
          {
            messageId: 'removeHeader',
            output: `
import { fetch, Headers } from 'undici';
export async function ping(url: string) {
  const headers = new Headers();
  
  return (await fetch(url, { headers })).text();
}`,
          },
        ],
      },
    ],
  },
  // node:http request options.
  {
    code: `
import http from 'node:http';
export function health(host: string) {
  return new Promise<number | undefined>((resolve, reject) => {
    const req = http.request({ host, path: '/healthz', headers: { Connection: 'close' } }, (res) => {
      res.resume();
      resolve(res.statusCode);
    });
    req.on('error', reject);
    req.end();
  });
}`,
    errors: [
      {
        messageId: 'connectionClose',
        line: 5,
        column: 67,
        suggestions: [
          {
            messageId: 'removeHeader',
            output: `
import http from 'node:http';
export function health(host: string) {
  return new Promise<number | undefined>((resolve, reject) => {
    const req = http.request({ host, path: '/healthz', headers: {} }, (res) => {
      res.resume();
      resolve(res.statusCode);
    });
    req.on('error', reject);
    req.end();
  });
}`,
          },
        ],
      },
    ],
  },
  // ClientRequest.setHeader.
  {
    code: `
import https from 'node:https';
export function upload(url: string, data: Buffer) {
  const req = https.request(url, { method: 'PUT' });
  req.setHeader('Connection', 'close');
  req.end(data);
  return req;
}`,
    errors: [
      {
        messageId: 'connectionClose',
        line: 5,
        column: 3,
        suggestions: [
          {
            messageId: 'removeHeader',
            output: `
import https from 'node:https';
export function upload(url: string, data: Buffer) {
  const req = https.request(url, { method: 'PUT' });
  
  req.end(data);
  return req;
}`,
          },
        ],
      },
    ],
  },
  // got, undici, ky.
  {
    code: `
import got from 'got';
export async function readme(repo: string) {
  return got(\`https://raw.githubusercontent.com/\${repo}/main/README.md\`, { headers: { connection: 'close' } }).text();
}`,
    errors: [
      {
        messageId: 'connectionClose',
        line: 4,
        column: 87,
        suggestions: [
          {
            messageId: 'removeHeader',
            output: `
import got from 'got';
export async function readme(repo: string) {
  return got(\`https://raw.githubusercontent.com/\${repo}/main/README.md\`, { headers: {} }).text();
}`,
          },
        ],
      },
    ],
  },
  {
    code: `
import { request } from 'undici';
export async function ping(url: string) {
  const { statusCode, body } = await request(url, { headers: { connection: 'close' } });
  await body.dump();
  return statusCode;
}`,
    errors: [
      {
        messageId: 'connectionClose',
        line: 4,
        column: 64,
        suggestions: [
          {
            messageId: 'removeHeader',
            output: `
import { request } from 'undici';
export async function ping(url: string) {
  const { statusCode, body } = await request(url, { headers: {} });
  await body.dump();
  return statusCode;
}`,
          },
        ],
      },
    ],
  },
  {
    code: `
import ky from 'ky';
export async function track(event: object) {
  await ky.post('https://analytics.internal/track', { json: event, headers: { Connection: 'close' } });
}`,
    errors: [
      {
        messageId: 'connectionClose',
        line: 4,
        column: 79,
        suggestions: [
          {
            messageId: 'removeHeader',
            output: `
import ky from 'ky';
export async function track(event: object) {
  await ky.post('https://analytics.internal/track', { json: event, headers: {} });
}`,
          },
        ],
      },
    ],
  },
  // An axios instance whose every request closes its connection.
  {
    code: `
import axios from 'axios';
export const api = axios.create({
  baseURL: 'https://api.internal',
  headers: { Connection: 'close', Accept: 'application/json' },
});`,
    errors: [
      {
        messageId: 'connectionClose',
        line: 5,
        column: 14,
        suggestions: [
          {
            messageId: 'removeHeader',
            output: `
import axios from 'axios';
export const api = axios.create({
  baseURL: 'https://api.internal',
  headers: { Accept: 'application/json' },
});`,
          },
        ],
      },
    ],
  },
  // An axios request interceptor (typed AxiosHeaders).
  {
    code: `
import axios from 'axios';
const api = axios.create({ baseURL: 'https://api.internal' });
api.interceptors.request.use((config) => {
  config.headers.set('Connection', 'close');
  return config;
});
export default api;`,
    errors: [
      {
        messageId: 'connectionClose',
        line: 5,
        column: 3,
        suggestions: [
          {
            messageId: 'removeHeader',
            output: `
import axios from 'axios';
const api = axios.create({ baseURL: 'https://api.internal' });
api.interceptors.request.use((config) => {
  
  return config;
});
export default api;`,
          },
        ],
      },
    ],
  },
  // Spread in with other defaults.
  {
    code: `
const base = { Accept: 'application/json' };
export async function get(url: string) {
  const res = await fetch(url, { headers: { ...base, Connection: 'close' } });
  return res.json();
}`,
    errors: [
      {
        messageId: 'connectionClose',
        line: 4,
        column: 54,
        suggestions: [
          {
            messageId: 'removeHeader',
            output: `
const base = { Accept: 'application/json' };
export async function get(url: string) {
  const res = await fetch(url, { headers: { ...base } });
  return res.json();
}`,
          },
        ],
      },
    ],
  },
  // keepAlive: false.
  {
    code: `
import http from 'node:http';
export const agent = new http.Agent({ keepAlive: false, maxSockets: 20 });`,
    errors: [
      {
        messageId: 'optionOff',
        line: 3,
        column: 39,
        data: {
          option: 'keepAlive',
          value: 'false',
          label: 'http.Agent',
          effect: 'closes each socket once its request is done',
          replacement: 'true',
        },
        suggestions: [
          {
            messageId: 'replaceOption',
            data: {
              option: 'keepAlive',
              value: 'false',
              label: 'http.Agent',
              effect: 'closes each socket once its request is done',
              replacement: 'true',
            },
            output: `
import http from 'node:http';
export const agent = new http.Agent({ keepAlive: true, maxSockets: 20 });`,
          },
        ],
      },
    ],
  },
  {
    code: `
import https from 'node:https';
import axios from 'axios';
export const client = axios.create({
  httpsAgent: new https.Agent({
    rejectUnauthorized: false,
    keepAlive: false,
  }),
});`,
    errors: [
      {
        messageId: 'optionOff',
        line: 7,
        column: 5,
        suggestions: [
          {
            messageId: 'replaceOption',
            output: `
import https from 'node:https';
import axios from 'axios';
export const client = axios.create({
  httpsAgent: new https.Agent({
    rejectUnauthorized: false,
    keepAlive: true,
  }),
});`,
          },
        ],
      },
    ],
  },
  {
    code: `
import https from 'node:https';
const agentOptions = { keepAlive: false, timeout: 5000 };
export const agent = new https.Agent(agentOptions);`,
    errors: [
      {
        messageId: 'optionOff',
        line: 3,
        column: 24,
        suggestions: [
          {
            messageId: 'replaceOption',
            output: `
import https from 'node:https';
const agentOptions = { keepAlive: true, timeout: 5000 };
export const agent = new https.Agent(agentOptions);`,
          },
        ],
      },
    ],
  },
  {
    code: `
import { Agent } from 'node:https';
export class Scraper {
  private readonly agent = new Agent({ keepAlive: false, rejectUnauthorized: false });
  get options() {
    return { agent: this.agent };
  }
}`,
    errors: [
      {
        messageId: 'optionOff',
        line: 4,
        column: 40,
        suggestions: [
          {
            messageId: 'replaceOption',
            output: `
import { Agent } from 'node:https';
export class Scraper {
  private readonly agent = new Agent({ keepAlive: true, rejectUnauthorized: false });
  get options() {
    return { agent: this.agent };
  }
}`,
          },
        ],
      },
    ],
  },
  // undici pipelining: 0.
  {
    code: `
import { Pool } from 'undici';
export const pool = new Pool('https://search.internal', { connections: 50, pipelining: 0 });`,
    errors: [
      {
        messageId: 'optionOff',
        line: 3,
        column: 76,
        data: {
          option: 'pipelining',
          value: '0',
          label: 'undici Pool',
          effect: 'disables keep-alive',
          replacement: '1',
        },
        suggestions: [
          {
            messageId: 'replaceOption',
            data: {
              option: 'pipelining',
              value: '0',
              label: 'undici Pool',
              effect: 'disables keep-alive',
              replacement: '1',
            },
            output: `
import { Pool } from 'undici';
export const pool = new Pool('https://search.internal', { connections: 50, pipelining: 1 });`,
          },
        ],
      },
    ],
  },
  {
    code: `
import { Agent, setGlobalDispatcher } from 'undici';
setGlobalDispatcher(new Agent({ pipelining: 0 }));`,
    errors: [
      {
        messageId: 'optionOff',
        line: 3,
        column: 33,
        suggestions: [
          {
            messageId: 'replaceOption',
            output: `
import { Agent, setGlobalDispatcher } from 'undici';
setGlobalDispatcher(new Agent({ pipelining: 1 }));`,
          },
        ],
      },
    ],
  },
  {
    code: `
import { Client } from 'undici';
export const client = new Client('http://localhost:9200', {
  pipelining: 0,
  connectTimeout: 1000,
});`,
    errors: [
      {
        messageId: 'optionOff',
        line: 4,
        column: 3,
        suggestions: [
          {
            messageId: 'replaceOption',
            output: `
import { Client } from 'undici';
export const client = new Client('http://localhost:9200', {
  pipelining: 1,
  connectTimeout: 1000,
});`,
          },
        ],
      },
    ],
  },
  // Node agents made without keepAlive.
  {
    code: `
import http from 'node:http';
export const agent = new http.Agent();`,
    errors: [
      {
        messageId: 'agentDefault',
        line: 3,
        column: 22,
        data: { label: 'http.Agent', option: 'keepAlive', reason: NODE_AGENT_DEFAULT },
        suggestions: [
          {
            messageId: 'addKeepAlive',
            output: `
import http from 'node:http';
export const agent = new http.Agent({ keepAlive: true });`,
          },
        ],
      },
    ],
  },
  {
    code: `
import https from 'node:https';
import axios from 'axios';
export const insecure = axios.create({ httpsAgent: new https.Agent({ rejectUnauthorized: false }) });`,
    errors: [
      {
        messageId: 'agentDefault',
        line: 4,
        column: 52,
        data: { label: 'https.Agent', option: 'keepAlive', reason: NODE_AGENT_DEFAULT },
        suggestions: [
          {
            messageId: 'addKeepAlive',
            output: `
import https from 'node:https';
import axios from 'axios';
export const insecure = axios.create({ httpsAgent: new https.Agent({ keepAlive: true, rejectUnauthorized: false }) });`,
          },
        ],
      },
    ],
  },
  {
    code: `
import fs from 'node:fs';
import https from 'node:https';
export const mtlsAgent = new https.Agent({
  ca: fs.readFileSync('/etc/ssl/ca.pem'),
  cert: fs.readFileSync('/etc/ssl/client.pem'),
});`,
    errors: [
      {
        messageId: 'agentDefault',
        line: 4,
        column: 26,
        suggestions: [
          {
            messageId: 'addKeepAlive',
            output: `
import fs from 'node:fs';
import https from 'node:https';
export const mtlsAgent = new https.Agent({
  keepAlive: true,
  ca: fs.readFileSync('/etc/ssl/ca.pem'),
  cert: fs.readFileSync('/etc/ssl/client.pem'),
});`,
          },
        ],
      },
    ],
  },
  {
    code: `
import { Agent } from 'node:https';
export const agent = new Agent({});`,
    errors: [
      {
        messageId: 'agentDefault',
        line: 3,
        column: 22,
        suggestions: [
          {
            messageId: 'addKeepAlive',
            output: `
import { Agent } from 'node:https';
export const agent = new Agent({ keepAlive: true });`,
          },
        ],
      },
    ],
  },
  // agent: false on node:http.
  {
    code: `
import http from 'node:http';
export function ping(url: string) {
  http.get(url, { agent: false }, (res) => res.resume());
}`,
    errors: [
      {
        messageId: 'requestOptionOff',
        line: 4,
        column: 19,
        data: {
          option: 'agent',
          value: 'false',
          request: 'http.get()',
          effect: 'sends the request without a pool, on a new connection that is closed after it',
        },
        suggestions: [
          {
            messageId: 'removeOption',
            data: {
              option: 'agent',
              value: 'false',
              request: 'http.get()',
              effect: 'sends the request without a pool, on a new connection that is closed after it',
            },
            output: `
import http from 'node:http';
export function ping(url: string) {
  http.get(url, {}, (res) => res.resume());
}`,
          },
        ],
      },
    ],
  },
  {
    code: `
import https from 'node:https';
export function post(host: string, path: string, body: string) {
  const options = {
    host,
    path,
    method: 'POST',
    agent: false,
    headers: { 'content-length': Buffer.byteLength(body) },
  };
  const req = https.request(options, (res) => res.resume());
  req.end(body);
}`,
    errors: [
      {
        messageId: 'requestOptionOff',
        line: 8,
        column: 5,
        suggestions: [
          {
            messageId: 'removeOption',
            output: `
import https from 'node:https';
export function post(host: string, path: string, body: string) {
  const options = {
    host,
    path,
    method: 'POST',
    headers: { 'content-length': Buffer.byteLength(body) },
  };
  const req = https.request(options, (res) => res.resume());
  req.end(body);
}`,
          },
        ],
      },
    ],
  },
  {
    code: `
import fetch from 'node-fetch';
export async function get(url: string) {
  const res = await fetch(url, { agent: false, compress: true });
  return res.text();
}`,
    errors: [
      {
        messageId: 'requestOptionOff',
        line: 4,
        column: 34,
        suggestions: [
          {
            messageId: 'removeOption',
            output: `
import fetch from 'node-fetch';
export async function get(url: string) {
  const res = await fetch(url, { compress: true });
  return res.text();
}`,
          },
        ],
      },
    ],
  },
  // undici reset: true.
  {
    code: `
import { request } from 'undici';
export async function poll(url: string) {
  const { body } = await request(url, { method: 'GET', reset: true });
  return body.json();
}`,
    errors: [
      {
        messageId: 'requestOptionOff',
        line: 4,
        column: 56,
        data: {
          option: 'reset',
          value: 'true',
          request: 'undici.request()',
          effect: 'closes the connection once the request is done',
        },
        suggestions: [
          {
            messageId: 'removeOption',
            data: {
              option: 'reset',
              value: 'true',
              request: 'undici.request()',
              effect: 'closes the connection once the request is done',
            },
            output: `
import { request } from 'undici';
export async function poll(url: string) {
  const { body } = await request(url, { method: 'GET' });
  return body.json();
}`,
          },
        ],
      },
    ],
  },
  // Two findings in one handler.
  {
    code: `
import http from 'node:http';
export const handler = async () => {
  const agent = new http.Agent({ keepAlive: false });
  await new Promise<void>((resolve) => {
    http.get('http://metadata.internal/v1', { agent, headers: { Connection: 'close' } }, (res) => {
      res.resume();
      res.on('end', resolve);
    });
  });
};`,
    errors: [
      {
        messageId: 'optionOff',
        line: 4,
        column: 34,
        suggestions: [
          {
            messageId: 'replaceOption',
            output: `
import http from 'node:http';
export const handler = async () => {
  const agent = new http.Agent({ keepAlive: true });
  await new Promise<void>((resolve) => {
    http.get('http://metadata.internal/v1', { agent, headers: { Connection: 'close' } }, (res) => {
      res.resume();
      res.on('end', resolve);
    });
  });
};`,
          },
        ],
      },
      {
        messageId: 'connectionClose',
        line: 6,
        column: 65,
        suggestions: [
          {
            messageId: 'removeHeader',
            output: `
import http from 'node:http';
export const handler = async () => {
  const agent = new http.Agent({ keepAlive: false });
  await new Promise<void>((resolve) => {
    http.get('http://metadata.internal/v1', { agent, headers: {} }, (res) => {
      res.resume();
      res.on('end', resolve);
    });
  });
};`,
          },
        ],
      },
    ],
  },
];

export const untypedInvalid: InvalidTestCase<MessageId, []>[] = [
  {
    code: `
import Agent from 'agentkeepalive';
export const agent = new Agent({ keepAlive: false });`,
    errors: [
      {
        messageId: 'optionOff',
        line: 3,
        column: 34,
        data: {
          option: 'keepAlive',
          value: 'false',
          label: 'agentkeepalive agent',
          effect: 'closes each socket once its request is done',
          replacement: 'true',
        },
        suggestions: [
          {
            messageId: 'replaceOption',
            data: {
              option: 'keepAlive',
              value: 'false',
              label: 'agentkeepalive agent',
              effect: 'closes each socket once its request is done',
              replacement: 'true',
            },
            output: `
import Agent from 'agentkeepalive';
export const agent = new Agent({ keepAlive: true });`,
          },
        ],
      },
    ],
  },
  {
    code: `
const { HttpsProxyAgent } = require('https-proxy-agent');
module.exports = new HttpsProxyAgent(process.env.HTTPS_PROXY, { keepAlive: false });`,
    errors: [
      {
        messageId: 'optionOff',
        line: 3,
        column: 65,
        suggestions: [
          {
            messageId: 'replaceOption',
            output: `
const { HttpsProxyAgent } = require('https-proxy-agent');
module.exports = new HttpsProxyAgent(process.env.HTTPS_PROXY, { keepAlive: true });`,
          },
        ],
      },
    ],
  },
  {
    code: `
const http = require('http');
http.get('http://localhost:8080/healthz', { agent: false }, (res) => res.resume());`,
    errors: [
      {
        messageId: 'requestOptionOff',
        line: 3,
        column: 45,
        suggestions: [
          {
            messageId: 'removeOption',
            output: `
const http = require('http');
http.get('http://localhost:8080/healthz', {}, (res) => res.resume());`,
          },
        ],
      },
    ],
  },
  {
    code: `
export async function ping(url) {
  const res = await fetch(url, { headers: { connection: 'close' } });
  return res.status;
}`,
    errors: [
      {
        messageId: 'connectionClose',
        line: 3,
        column: 45,
        suggestions: [
          {
            messageId: 'removeHeader',
            output: `
export async function ping(url) {
  const res = await fetch(url, { headers: {} });
  return res.status;
}`,
          },
        ],
      },
    ],
  },
  {
    code: `
const https = require('https');
const req = https.request('https://example.com', { method: 'POST' });
req.setHeader('Connection', 'close');
req.end();`,
    errors: [
      {
        messageId: 'connectionClose',
        line: 4,
        column: 1,
        suggestions: [
          {
            messageId: 'removeHeader',
            output: `
const https = require('https');
const req = https.request('https://example.com', { method: 'POST' });

req.end();`,
          },
        ],
      },
    ],
  },
  {
    code: `
import https from 'node:https';
export const agent = new https.Agent({ rejectUnauthorized: false });`,
    errors: [
      {
        messageId: 'agentDefault',
        line: 3,
        column: 22,
        suggestions: [
          {
            messageId: 'addKeepAlive',
            output: `
import https from 'node:https';
export const agent = new https.Agent({ keepAlive: true, rejectUnauthorized: false });`,
          },
        ],
      },
    ],
  },
  {
    code: `
import { Pool } from 'undici';
export const pool = new Pool('http://localhost:3000', { pipelining: 0 });`,
    errors: [
      {
        messageId: 'optionOff',
        line: 3,
        column: 57,
        suggestions: [
          {
            messageId: 'replaceOption',
            output: `
import { Pool } from 'undici';
export const pool = new Pool('http://localhost:3000', { pipelining: 1 });`,
          },
        ],
      },
    ],
  },
];
