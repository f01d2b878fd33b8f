// The calls that feed the event bus its enrichment data and its alerts. Each one was written with a
// timeout in mind; few of them have one. `npm run demo` shows require-request-timeout and
// no-ignored-request-options on this file.
import https from 'node:https';

import axios from 'axios';
import got from 'got';
import { Agent, fetch as undiciFetch } from 'undici';

const PAYMENTS_URL = process.env.PAYMENTS_URL ?? 'https://payments.internal';
const ALERT_WEBHOOK = process.env.ALERT_WEBHOOK ?? 'https://hooks.internal/alerts';

/** The payments client: a base URL and JSON headers, and no `timeout` (axios's default is none). */
const payments = axios.create({
  baseURL: PAYMENTS_URL,
  headers: { accept: 'application/json' },
});

export async function paymentStatus(paymentId: string): Promise<string> {
  const { data } = await payments.get<{ status: string }>(`/v1/payments/${paymentId}`);
  return data.status;
}

/** Written for node-fetch 2: Node's `fetch` drops `timeout` without a word. */
const webhookDefaults = {
  headers: { 'content-type': 'application/json' },
  timeout: 3_000,
};

export async function alert(text: string): Promise<void> {
  const res = await fetch(ALERT_WEBHOOK, { ...webhookDefaults, method: 'POST', body: JSON.stringify({ text }) });
  await res.body?.cancel();
}

/** A dispatcher that bounds the wait for headers, and nothing after them. */
const catalogAgent = new Agent({ headersTimeout: 2_000, keepAliveTimeout: 30_000 });

export async function catalogEntry(sku: string): Promise<unknown> {
  const res = await undiciFetch(`https://catalog.internal/v1/items/${sku}`, { dispatcher: catalogAgent });
  return res.json();
}

/** got with a connect timeout: the connection is bounded, the answer is not. */
export function fraudScore(orderId: string): Promise<{ score: number }> {
  return got.post('https://fraud.internal/v1/score', { json: { orderId }, timeout: { connect: 500 } }).json();
}

/** The TLS probe: `timeout` only emits an event, and nobody listens. */
export function tlsProbe(host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    https
      .get({ host, path: '/healthz', timeout: 5_000 }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      })
      .on('error', reject);
  });
}

/** Done right: a deadline on the whole request. */
export async function featureFlags(): Promise<unknown> {
  const res = await fetch('https://flags.internal/v1/flags', { signal: AbortSignal.timeout(2_000) });
  return res.json();
}
