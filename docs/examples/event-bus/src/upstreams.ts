// Reads the data the service enriches events with. Three upstreams, three clients, one habit:
// on an unexpected status the code gives up and forgets the body.
import https from 'node:https';

import { request } from 'undici';

/** The inventory service's client: a thin wrapper, so the rules see it only through its type. */
export class InventoryClient {
  constructor(private readonly baseUrl: string) {}

  get(path: string): Promise<Response> {
    return fetch(`${this.baseUrl}${path}`, { headers: { accept: 'application/json' } });
  }
}

const inventory = new InventoryClient(process.env.INVENTORY_URL ?? 'http://inventory.internal');

export async function stockLevel(sku: string): Promise<number | undefined> {
  const res = await inventory.get(`/v2/stock/${encodeURIComponent(sku)}`);
  if (res.status === 404) return undefined;
  const { level } = (await res.json()) as { level: number };
  return level;
}

export async function customerTier(customerId: string): Promise<string> {
  const { statusCode, body } = await request(`http://customers.internal/v1/customers/${customerId}`);
  if (statusCode !== 200) {
    return 'standard';
  }
  const customer = (await body.json()) as { tier: string };
  return customer.tier;
}

export async function exchangeRate(currency: string): Promise<number> {
  for (let attempt = 1; attempt <= 3; attempt++) {
    const res = await fetch(`https://rates.internal/v1/${currency}`);
    if (res.status === 429 || res.status >= 500) {
      await new Promise((resolve) => setTimeout(resolve, attempt * 200));
      continue;
    }
    const { rate } = (await res.json()) as { rate: number };
    return rate;
  }
  throw new Error(`no exchange rate for ${currency}`);
}

export function certificateExpiry(host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    https
      .get({ host, path: '/', method: 'GET' }, (res) => {
        const certificate = (res.socket as import('node:tls').TLSSocket).getPeerCertificate();
        resolve(Date.parse(certificate.valid_to));
      })
      .on('error', reject);
  });
}
