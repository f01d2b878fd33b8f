import { ofetch } from 'ofetch';

// An instance without a timeout: ofetch has none of its own.
const catalog = ofetch.create({ baseURL: 'https://catalog.internal' });

export function product(id: string): Promise<unknown> {
  return catalog(`/products/${id}`); // expect: http-hygiene/require-request-timeout
}

export function price(id: string): Promise<unknown> {
  return ofetch(`https://pricing.internal/prices/${id}`, { signal: AbortSignal.timeout(5_000) });
}

// ofetch.native() is the global fetch: its body is the caller's to release.
export async function alive(url: string): Promise<boolean> {
  const res = await ofetch.native(url, { signal: AbortSignal.timeout(2_000) }); // expect: http-hygiene/consume-response-body
  return res.ok;
}
