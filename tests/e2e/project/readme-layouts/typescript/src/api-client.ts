// A wrapper of the project's own: with type information, its callers are checked like fetch's.
export function apiGet(path: string): Promise<Response> {
  return fetch(new URL(path, 'https://api.internal'), { signal: AbortSignal.timeout(5_000) });
}

export async function isUp(): Promise<boolean> {
  const res = await apiGet('/health'); // expect: http-hygiene/consume-response-body
  return res.ok;
}

export async function users(): Promise<unknown> {
  const res = await apiGet('/users');
  return res.json();
}
