// A generated file of HTTP client code of any length: functions cycle through templates whose every
// report is marked on its line with `// expect: <rules>`, so a file of 20,000 lines knows its answer.

const HEADER = `import { Pool } from 'undici';

const BASE = process.env.API_URL ?? 'http://api.internal:8080';
`;

const TEMPLATES: readonly ((i: number) => string)[] = [
  (i) => `
export async function publish${i}(event: unknown): Promise<void> {
  const res = await fetch(\`\${BASE}/events\`, { method: 'POST', body: JSON.stringify(event) }); // expect: consume-response-body require-request-timeout
  if (!res.ok) throw new Error(\`HTTP \${res.status}\`);
}
`,
  (i) => `
export async function getJson${i}(id: string): Promise<unknown> {
  const res = await fetch(\`\${BASE}/items/\${id}\`, { signal: AbortSignal.timeout(2_000) });
  if (!res.ok) {
    await res.body?.cancel();
    throw new Error(\`HTTP \${res.status}\`);
  }
  return res.json();
}
`,
  (i) => `
export async function withTimer${i}(url: string): Promise<string> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 2_000); // expect: clear-abort-timer
  const res = await fetch(url, { signal: controller.signal });
  return res.text();
}
`,
  (i) => `
export async function upload${i}(url: string, data: Uint8Array): Promise<void> {
  const signal = AbortSignal.timeout(2_000); // expect: no-unattached-abort-signal
  const res = await fetch(url, { method: 'PUT', body: data }); // expect: require-request-timeout
  await res.body?.cancel();
}
`,
  (i) => `
export async function legacy${i}(url: string): Promise<unknown> {
  const res = await fetch(url, { timeout: 2_000 } as RequestInit); // expect: no-ignored-request-options
  return res.json();
}
`,
  (i) => `
export async function viaPool${i}(path: string): Promise<number> {
  const pool = new Pool(BASE, { headersTimeout: 2_000, bodyTimeout: 2_000 }); // expect: no-per-request-agent
  const { statusCode, body } = await pool.request({ path, method: 'GET' });
  await body.dump();
  return statusCode;
}
`,
  (i) => `
export async function close${i}(url: string): Promise<number> {
  const res = await fetch(url, { headers: { connection: 'close' }, signal: AbortSignal.timeout(2_000) }); // expect: prefer-keep-alive
  await res.body?.cancel();
  return res.status;
}
`,
  (i) => `
export function total${i}(prices: readonly number[]): number {
  let sum = 0;
  for (const price of prices) sum += price;
  return sum;
}
`,
];

/** A file of at least `lines` lines (whole functions), its reports marked. */
export function generatedHttpFile(lines: number): string {
  const parts = [HEADER];
  let count = HEADER.split('\n').length;
  for (let i = 0; count < lines; i += 1) {
    const part = TEMPLATES[i % TEMPLATES.length]!(i);
    parts.push(part);
    count += part.split('\n').length - 1;
  }
  return parts.join('');
}
