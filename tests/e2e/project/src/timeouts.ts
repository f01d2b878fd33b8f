import http from 'node:http';

import axios from 'axios';
import got from 'got';
import { Agent, request } from 'undici';

// Made without a timeout: every call through it can wait forever.
const billing = axios.create({ baseURL: 'https://billing.internal' });
// Made with both idle timeouts: its requests are bounded.
const inventory = new Agent({ headersTimeout: 5_000, bodyTimeout: 5_000 });

export async function invoices(customer: string): Promise<unknown> {
  const { data } = await billing.get(`/customers/${customer}/invoices`); // expect: http-hygiene/require-request-timeout
  return data;
}

export async function stock(sku: string): Promise<unknown> {
  const { body } = await request(`https://inventory.internal/stock/${sku}`, { dispatcher: inventory });
  return body.json();
}

export function search(q: string): Promise<unknown> {
  return got('https://search.internal/search', { searchParams: { q }, timeout: { connect: 500 } }).json(); // expect: http-hygiene/require-request-timeout
}

export async function notify(url: string, text: string): Promise<void> {
  const options = {
    method: 'POST',
    body: JSON.stringify({ text }),
    timeout: 3_000, // expect: http-hygiene/no-ignored-request-options
  };
  const res = await fetch(url, options);
  await res.body?.cancel();
}

export function ping(url: string): void {
  http.get(url, { timeout: 2_000 }, (res) => res.resume()); // expect: http-hygiene/no-ignored-request-options
}

export async function health(url: string): Promise<boolean> {
  const res = await fetch(url, { signal: AbortSignal.timeout(2_000) });
  await res.body?.cancel();
  return res.ok;
}
