// Deadlines. Every call here meant to have one: a controller and a timer, a race against a timeout
// promise, an `AbortSignal.timeout()`. Some of them never reach the request, some outlive it.
import axios from 'axios';

const BUS_URL = process.env.BUS_URL ?? 'http://bus.internal';
const SCHEMA_URL = process.env.SCHEMA_URL ?? 'http://schemas.internal';

/**
 * The incident: a two-second timeout that was created, armed and cleared, and never given to the
 * request. Under a slow event bus every publish held its connection for minutes.
 */
export async function publishWithDeadline(event: { type: string; payload: unknown }): Promise<boolean> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 2_000);
  try {
    const res = await fetch(`${BUS_URL}/v1/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(event),
    });
    await res.body?.cancel();
    return res.ok;
  } finally {
    clearTimeout(timer);
  }
}

/** A refactor left the deadline behind: the signal is built and the options object dropped. */
export async function fetchSchema(type: string): Promise<unknown> {
  const init: RequestInit = { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(3_000) };
  const res = await fetch(`${SCHEMA_URL}/v1/schemas/${encodeURIComponent(type)}`, {
    headers: { accept: 'application/json' },
  });
  if (!res.ok) {
    await res.body?.cancel();
    throw new Error(`schema registry answered ${res.status} for ${type}`);
  }
  return res.json();
}

/** The timer is cleared on the happy path only: every failed lookup leaves one armed. */
export async function lookupSubscriber(id: string): Promise<{ endpoint: string }> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 1_500);
  const res = await fetch(`${BUS_URL}/v1/subscribers/${encodeURIComponent(id)}`, { signal: controller.signal });
  if (!res.ok) {
    await res.body?.cancel();
    throw new Error(`subscriber ${id}: ${res.status}`);
  }
  const subscriber = (await res.json()) as { endpoint: string };
  clearTimeout(timer);
  return subscriber;
}

/** A tighter deadline for the hot path, raced by hand: the losing timer is never cleared. */
export async function deliveryStatus(deliveryId: string): Promise<string> {
  const { data } = await Promise.race([
    axios.get<{ status: string }>(`${BUS_URL}/v1/deliveries/${deliveryId}`, { timeout: 10_000 }),
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error('delivery status timed out')), 500)),
  ]);
  return data.status;
}

/** Retries with a controller per attempt; a failed attempt's timer is left to fire later. */
export async function acknowledge(deliveryId: string): Promise<void> {
  for (let attempt = 1; attempt <= 3; attempt++) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), 1_000);
    try {
      const res = await fetch(`${BUS_URL}/v1/deliveries/${deliveryId}/ack`, { method: 'POST', signal: controller.signal });
      await res.body?.cancel();
      if (res.ok) {
        clearTimeout(timer);
        return;
      }
    } catch (error) {
      console.warn(`ack ${deliveryId} attempt ${attempt} failed`, error);
    }
  }
  throw new Error(`could not acknowledge ${deliveryId}`);
}

/** Done right: the signal reaches the request and the timer is cleared on every path. */
export async function replay(deliveryId: string): Promise<void> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 5_000);
  try {
    const res = await fetch(`${BUS_URL}/v1/deliveries/${deliveryId}/replay`, { method: 'POST', signal: controller.signal });
    await res.body?.cancel();
    if (!res.ok) throw new Error(`replay ${deliveryId}: ${res.status}`);
  } finally {
    clearTimeout(timer);
  }
}
