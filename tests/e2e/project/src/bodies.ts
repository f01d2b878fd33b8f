import { request } from 'undici';

export async function publish(event: unknown): Promise<void> {
  const res = await fetch('https://bus.internal/events', { // expect: http-hygiene/consume-response-body
    method: 'POST',
    body: JSON.stringify(event),
  });
  if (!res.ok) {
    throw new Error(`event bus answered ${res.status}`);
  }
  await res.body?.cancel();
}

export async function ping(url: string): Promise<boolean> {
  const { statusCode } = await request(url); // expect: http-hygiene/consume-response-body
  return statusCode === 200;
}

export async function getJson(url: string): Promise<unknown> {
  const res = await fetch(url);
  if (!res.ok) {
    throw new Error(`${url} answered ${res.status}: ${await res.text()}`);
  }
  return res.json();
}

export async function health(url: string): Promise<boolean> {
  const { statusCode, body } = await request(url);
  await body.dump();
  return statusCode === 200;
}
