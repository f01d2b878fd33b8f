// Plain JavaScript beside TypeScript: linted without type information, clients found by name.
export async function ping(url) {
  const res = await fetch(url); // expect: http-hygiene/consume-response-body, http-hygiene/require-request-timeout
  return res.status;
}

export async function pingWithin(url, ms) {
  const controller = new AbortController(); // expect: http-hygiene/no-unattached-abort-signal
  setTimeout(() => controller.abort(), ms);
  const res = await fetch(url, { signal: AbortSignal.timeout(ms) });
  await res.body?.cancel();
  return res.status;
}
