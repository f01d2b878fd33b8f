import { request } from 'undici';

export async function publish(event: unknown): Promise<void> {
  const res = await fetch('https://bus.internal/events', { // expect: http-hygiene/consume-response-body
    method: 'POST',
    body: JSON.stringify(event),
    signal: AbortSignal.timeout(2_000),
  });
  if (!res.ok) {
    throw new Error(`event bus answered ${res.status}`);
  }
  await res.body?.cancel();
}

export async function ping(url: string): Promise<boolean> {
  const { statusCode } = await request(url, { signal: AbortSignal.timeout(2_000) }); // expect: http-hygiene/consume-response-body
  return statusCode === 200;
}

export async function getJson(url: string): Promise<unknown> {
  const res = await fetch(url, { signal: AbortSignal.timeout(5_000) });
  if (!res.ok) {
    throw new Error(`${url} answered ${res.status}: ${await res.text()}`);
  }
  return res.json();
}

export async function health(url: string): Promise<boolean> {
  const { statusCode, body } = await request(url, { headersTimeout: 2_000, bodyTimeout: 2_000 });
  await body.dump();
  return statusCode === 200;
}
