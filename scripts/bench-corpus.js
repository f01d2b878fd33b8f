// Generated source for `npm run bench` (scripts/bench.js): a large file of realistic HTTP client code
// (fetch, undici, axios, got, node:http; some of it correct, some with the bugs the rules find) and a
// file of the same size with no HTTP at all, to show what the rules cost when there is nothing to find;
// for the scaling rows, the HTTP file at a given line count and one `.then()` chain of a given length.

const HTTP_HEADER = `import http from 'node:http';

import axios from 'axios';
import got from 'got';
import { Pool, request } from 'undici';

const BASE_URL = process.env.API_URL ?? 'http://api.internal:8080';
const pool = new Pool(BASE_URL, { connections: 16, headersTimeout: 5_000, bodyTimeout: 5_000 });
const api = axios.create({ baseURL: BASE_URL, timeout: 3_000 });

export interface Order {
  readonly id: string;
  readonly total: number;
}
`;

/** Each template is one exported function; `i` keeps the names unique. */
const HTTP_TEMPLATES = [
  (i) => `
export async function getOrder${i}(id: string): Promise<Order> {
  const res = await fetch(\`\${BASE_URL}/orders/\${id}\`, { signal: AbortSignal.timeout(2_000) });
  if (!res.ok) {
    throw new Error(\`order \${id}: HTTP \${res.status}: \${await res.text()}\`);
  }
  return (await res.json()) as Order;
}
`,
  (i) => `
export async function publishEvent${i}(event: unknown): Promise<void> {
  const res = await fetch(\`\${BASE_URL}/events\`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(event),
  });
  if (!res.ok) {
    throw new Error(\`event bus answered \${res.status}\`);
  }
}
`,
  (i) => `
export async function fetchWithTimeout${i}(url: string, ms = 2_000): Promise<string> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), ms);
  try {
    const res = await fetch(url, { signal: controller.signal });
    return await res.text();
  } finally {
    clearTimeout(timer);
  }
}
`,
  (i) => `
export async function ping${i}(path: string): Promise<boolean> {
  const { statusCode, body } = await pool.request({ path, method: 'GET' });
  await body.dump();
  return statusCode === 200;
}
`,
  (i) => `
export async function status${i}(url: string): Promise<number> {
  const { statusCode } = await request(url, { headersTimeout: 2_000, bodyTimeout: 2_000 });
  return statusCode;
}
`,
  (i) => `
export async function listOrders${i}(customer: string): Promise<Order[]> {
  const { data } = await api.get<Order[]>('/orders', { params: { customer } });
  return data;
}
`,
  (i) => `
export async function retry${i}(url: string, attempts = 3): Promise<unknown> {
  for (let attempt = 1; attempt <= attempts; attempt += 1) {
    const res = await fetch(url, { signal: AbortSignal.timeout(1_000 * attempt) });
    if (res.status === 503) {
      await res.body?.cancel();
      continue;
    }
    if (!res.ok) {
      await res.body?.cancel();
      throw new Error(\`\${url}: HTTP \${res.status}\`);
    }
    return res.json();
  }
  throw new Error(\`\${url}: gave up after \${attempts} attempts\`);
}
`,
  (i) => `
export async function gotJson${i}(url: string): Promise<unknown> {
  return got(url, { timeout: { request: 2_000 } }).json();
}
`,
  (i) => `
export function legacyGet${i}(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { timeout: 2_000 }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', reject);
  });
}
`,
  (i) => `
export async function upload${i}(url: string, data: Uint8Array): Promise<void> {
  const timeout = AbortSignal.timeout(2_000);
  const res = await fetch(url, { method: 'PUT', body: data });
  await res.body?.cancel();
}
`,
];

const PLAIN_HEADER = `export interface Item {
  readonly sku: string;
  readonly price: number;
  readonly tags: readonly string[];
}

const cache = new Map<string, Item>();
`;

const PLAIN_TEMPLATES = [
  (i) => `
export function total${i}(items: readonly Item[]): number {
  return items.reduce((sum, item) => sum + item.price, 0);
}
`,
  (i) => `
export function slug${i}(text: string): string {
  return text.trim().toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}
`,
  (i) => `
export function debounce${i}<A extends unknown[]>(fn: (...args: A) => void, ms: number): (...args: A) => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (...args: A) => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}
`,
  (i) => `
export async function remember${i}(sku: string, load: (sku: string) => Promise<Item>): Promise<Item> {
  const hit = cache.get(sku);
  if (hit) return hit;
  const item = await load(sku);
  cache.set(sku, item);
  return item;
}
`,
  (i) => `
export class Counter${i} {
  #counts = new Map<string, number>();
  add(key: string): number {
    const next = (this.#counts.get(key) ?? 0) + 1;
    this.#counts.set(key, next);
    return next;
  }
  toJSON(): Record<string, number> {
    return Object.fromEntries(this.#counts);
  }
}
`,
  (i) => `
export function parseConfig${i}(text: string): { readonly port: number; readonly host: string } {
  const parsed = JSON.parse(text) as { port?: unknown; host?: unknown };
  const port = typeof parsed.port === 'number' ? parsed.port : 8080;
  const host = typeof parsed.host === 'string' ? parsed.host : 'localhost';
  return { port, host };
}
`,
  (i) => `
export async function withDeadline${i}<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('deadline')), ms);
  });
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}
`,
  (i) => `
export function groupByTag${i}(items: readonly Item[]): Map<string, Item[]> {
  const groups = new Map<string, Item[]>();
  for (const item of items) {
    for (const tag of item.tags) {
      const group = groups.get(tag) ?? [];
      group.push(item);
      groups.set(tag, group);
    }
  }
  return groups;
}
`,
];

function generate(header, templates, functions) {
  const parts = [header];
  for (let i = 0; i < functions; i += 1) parts.push(templates[i % templates.length](i));
  return parts.join('');
}

/** `functions` exported functions of HTTP client code. */
export function httpSource(functions = 200) {
  return generate(HTTP_HEADER, HTTP_TEMPLATES, functions);
}

/** `functions` exported functions with no HTTP client, no abort signal and no request at all. */
export function plainSource(functions = 200) {
  return generate(PLAIN_HEADER, PLAIN_TEMPLATES, functions);
}

/** The HTTP file grown to at least `lines` lines (whole functions), for the scaling rows. */
export function httpSourceOfLines(lines) {
  const parts = [HTTP_HEADER];
  let count = HTTP_HEADER.split('\n').length;
  for (let i = 0; count < lines; i += 1) {
    const part = HTTP_TEMPLATES[i % HTTP_TEMPLATES.length](i);
    parts.push(part);
    count += part.split('\n').length - 1;
  }
  return parts.join('');
}

/**
 * One `fetch()` whose response goes through `links` chained `.then()` calls: the shape whose typed
 * lint time grows faster than the chain. The body is read in the first link.
 */
export function thenChainSource(links) {
  const lines = [
    'export function load(url: string): Promise<unknown> {',
    '  return fetch(url, { signal: AbortSignal.timeout(2_000) })',
    '    .then((res) => res.json())',
  ];
  for (let i = 1; i < links; i += 1) lines.push(`    .then((value) => (value === null ? ${i} : value))`);
  lines.push('}', '');
  lines[lines.length - 3] += ';';
  return lines.join('\n');
}
