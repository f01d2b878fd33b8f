import axios from 'axios';

export async function publish(url: string, event: unknown): Promise<number> {
  const controller = new AbortController(); // expect: http-hygiene/no-unattached-abort-signal
  process.once('SIGTERM', () => controller.abort());
  const res = await axios.post(url, event, { timeout: 5_000 });
  return res.status;
}

export async function status(url: string): Promise<string> {
  const signal = AbortSignal.timeout(2_000); // expect: http-hygiene/no-unattached-abort-signal
  const { data } = await axios.get<{ status: string }>(url, { timeout: 10_000 });
  return data.status;
}

export async function getUser(url: string): Promise<unknown> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 3_000); // expect: http-hygiene/clear-abort-timer
  try {
    const res = await fetch(url, { signal: controller.signal });
    return await res.json();
  } catch (error) {
    console.error('getUser failed', error);
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

export async function getText(url: string): Promise<string> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 5_000); // expect: http-hygiene/clear-abort-timer
  const res = await fetch(url, { signal: controller.signal });
  clearTimeout(timer);
  return res.text();
}

export async function deliveryStatus(url: string): Promise<string> {
  const { data } = await Promise.race([
    axios.get<{ status: string }>(url, { timeout: 10_000 }),
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timed out')), 500)), // expect: http-hygiene/clear-abort-timer
  ]);
  return data.status;
}

export async function fetchWithTimeout(url: string, init: RequestInit = {}, timeoutMs = 10_000): Promise<Response> {
  const controller = new AbortController();
  const timeoutId = setTimeout(() => controller.abort(), timeoutMs);
  try {
    return await fetch(url, { ...init, signal: controller.signal });
  } finally {
    clearTimeout(timeoutId);
  }
}
