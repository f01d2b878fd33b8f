// Publishes domain events to the event bus. The story's bugs, as they were first written:
// the body of an error answer is never read, and the two-second timeout never reaches the request.

export interface DomainEvent {
  readonly type: string;
  readonly aggregateId: string;
  readonly payload: unknown;
}

const EVENT_BUS_URL = process.env.EVENT_BUS_URL ?? 'http://event-bus.internal:8080';

export class EventBusError extends Error {
  constructor(readonly status: number, readonly eventType: string) {
    super(`event bus rejected ${eventType}: HTTP ${status}`);
  }
}

export async function publish(event: DomainEvent): Promise<void> {
  const timeout = AbortSignal.timeout(2_000);
  const res = await fetch(`${EVENT_BUS_URL}/v1/events`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(event),
  });
  if (!res.ok) {
    throw new EventBusError(res.status, event.type);
  }
  await res.body?.cancel();
}

export async function publishAll(events: readonly DomainEvent[]): Promise<number> {
  let published = 0;
  for (const event of events) {
    await publish(event);
    published += 1;
  }
  return published;
}
