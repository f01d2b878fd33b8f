// The README's first report: the body of an event bus's answer is never read.
export interface BusEvent {
  readonly type: string;
  readonly at: string;
}

const BUS_URL = 'https://bus.internal/events';

export async function publish(event: BusEvent): Promise<number> {
  const body = JSON.stringify(event);
  const headers = { 'content-type': 'application/json' };
  const res = await fetch(BUS_URL, { method: 'POST', headers, body, signal: AbortSignal.timeout(5_000) }); // expect: http-hygiene/consume-response-body
  console.log(`event ${event.type}: ${res.status}`);
  return res.status;
}
