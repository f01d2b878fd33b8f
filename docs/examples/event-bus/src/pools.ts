// Delivers events to subscribers' webhooks and checks that the bus is up. The TIME_WAIT storm's
// second cause: each delivery builds its own connection pool, uses it once and throws it away.
import https from 'node:https';

import axios from 'axios';
import { Agent, Pool, request } from 'undici';

import type { DomainEvent } from './publisher.js';

export interface Subscriber {
  readonly id: string;
  readonly url: string;
  /** PEM client certificate for subscribers that require mutual TLS. */
  readonly clientCert?: { readonly cert: string; readonly key: string };
}

/**
 * Each subscriber may need its own client certificate, so an agent is made for the delivery at
 * hand: a new TLS connection for every event, and the agent is never closed.
 */
export async function deliver(subscriber: Subscriber, event: DomainEvent): Promise<void> {
  const httpsAgent = new https.Agent({
    keepAlive: true,
    cert: subscriber.clientCert?.cert,
    key: subscriber.clientCert?.key,
  });
  await axios.post(subscriber.url, event, {
    httpsAgent,
    timeout: 5_000,
    headers: { 'content-type': 'application/json', 'x-subscriber': subscriber.id },
  });
}

/** Replays a batch of events to the archive, with a pool made (and closed) for every batch. */
export async function replay(events: readonly DomainEvent[]): Promise<void> {
  const archive = new Pool(process.env.ARCHIVE_URL ?? 'http://archive.internal:8080', { connections: 4 });
  try {
    for (const event of events) {
      const { body } = await archive.request({
        path: '/v1/archive',
        method: 'PUT',
        body: JSON.stringify(event),
        signal: AbortSignal.timeout(5_000),
      });
      await body.dump();
    }
  } finally {
    await archive.close();
  }
}

// The health check closes its connection on every probe: fine for a probe, wasteful anywhere else
// (prefer-keep-alive in the strict config points it out).
const probeAgent = new Agent({ pipelining: 0 });

export async function busIsUp(): Promise<boolean> {
  const { statusCode, body } = await request(`${process.env.EVENT_BUS_URL ?? 'http://event-bus.internal:8080'}/healthz`, {
    dispatcher: probeAgent,
    headers: { connection: 'close' },
    signal: AbortSignal.timeout(1_000),
  });
  await body.dump();
  return statusCode === 200;
}
