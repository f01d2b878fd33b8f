import https from 'node:https';

import axios from 'axios';
import { Agent, Pool, fetch, request } from 'undici';

// Module scope: one pool for the process.
const shared = new Agent({ keepAliveTimeout: 10_000 });

export async function getUser(id: string): Promise<unknown> {
  const res = await fetch(`https://users.internal/${id}`, {
    dispatcher: new Agent({ connect: { rejectUnauthorized: false } }), // expect: http-hygiene/no-per-request-agent
    signal: AbortSignal.timeout(2000),
  });
  return res.json();
}

export async function sendEvent(detail: unknown): Promise<number> {
  const httpsAgent = new https.Agent({ keepAlive: true }); // expect: http-hygiene/no-per-request-agent
  const res = await axios.post('https://bus.internal/events', detail, { httpsAgent, timeout: 2000 });
  return res.status;
}

export async function stock(sku: string): Promise<unknown> {
  const pool = new Pool('https://inventory.internal', { connections: 4 }); // expect: http-hygiene/no-per-request-agent
  try {
    const { body } = await pool.request({ path: `/stock/${sku}`, method: 'GET', signal: AbortSignal.timeout(2000) });
    return await body.json();
  } finally {
    await pool.close();
  }
}

export async function health(url: string): Promise<number> {
  const { statusCode, body } = await request(url, { dispatcher: shared, signal: AbortSignal.timeout(1000) });
  await body.dump();
  return statusCode;
}

// Per-tenant pools cached in a Map: reused, not reported.
const tenants = new Map<string, Pool>();

export async function tenantConfig(tenant: string): Promise<unknown> {
  let pool = tenants.get(tenant);
  if (!pool) {
    pool = new Pool(`https://${tenant}.config.internal`);
    tenants.set(tenant, pool);
  }
  const { body } = await pool.request({ path: '/config', method: 'GET', signal: AbortSignal.timeout(2000) });
  return body.json();
}

// A class-based client that builds its pool once, in the constructor.
export class Billing {
  private readonly agent: Agent;

  constructor() {
    this.agent = new Agent({ connections: 8 });
  }

  async invoice(id: string): Promise<unknown> {
    const res = await fetch(`https://billing.internal/invoices/${id}`, {
      dispatcher: this.agent,
      signal: AbortSignal.timeout(2000),
    });
    return res.json();
  }
}
