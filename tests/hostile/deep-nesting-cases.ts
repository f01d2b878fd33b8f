// Deeply nested HTTP code, generated at any depth, each with the report it must give marked by
// `// expect:` (see harness.ts).

export type NestingKind = 'callbacks' | 'ifs' | 'ternaries' | 'then-chain';

/** `depth` callbacks inside each other around a `fetch` whose body the innermost one never reads. */
function nestedCallbacks(depth: number): string {
  const lines = ['declare function step(next: () => void): void;', 'export function run(url: string): void {'];
  for (let i = 0; i < depth; i += 1) lines.push('step(() => {');
  lines.push(
    'fetch(url, { signal: AbortSignal.timeout(1000) }).then((res) => console.log(res.status)); // expect: consume-response-body',
  );
  for (let i = 0; i < depth; i += 1) lines.push('});');
  lines.push('}', '');
  return lines.join('\n');
}

/** `depth` nested `if`s; the innermost returns without reading the body. */
function nestedIfs(depth: number): string {
  const lines = [
    'export async function run(url: string, flags: readonly boolean[]): Promise<number> {',
    '  const res = await fetch(url, { signal: AbortSignal.timeout(1000) }); // expect: consume-response-body',
  ];
  for (let i = 0; i < depth; i += 1) lines.push(`if (flags[${i}]) {`);
  lines.push('return res.status;');
  for (let i = 0; i < depth; i += 1) lines.push('}');
  lines.push('  await res.body?.cancel();', '  return 0;', '}', '');
  return lines.join('\n');
}

/** `depth` nested ternaries; only the last branch reads the body. */
function nestedTernaries(depth: number): string {
  const lines = [
    'export async function run(url: string, flags: readonly boolean[]): Promise<unknown> {',
    '  const res = await fetch(url, { signal: AbortSignal.timeout(1000) }); // expect: consume-response-body',
    '  return (',
  ];
  for (let i = 0; i < depth; i += 1) lines.push(`flags[${i}] ? ${i} :`);
  lines.push('await res.text());', '}', '');
  return lines.join('\n');
}

/** A `fetch` with `links` chained `.then()`s; the first reads the body, so nothing is reported. */
function thenChain(links: number): string {
  const lines = [
    'export function run(url: string): Promise<unknown> {',
    '  return fetch(url, { signal: AbortSignal.timeout(1000) })',
    '    .then((res) => res.json())',
  ];
  for (let i = 1; i < links; i += 1) lines.push(`    .then((value) => (value === null ? ${i} : value))`);
  lines.push(';', '}', '');
  return lines.join('\n');
}

export function nestedSource(kind: NestingKind, depth: number): string {
  switch (kind) {
    case 'callbacks':
      return nestedCallbacks(depth);
    case 'ifs':
      return nestedIfs(depth);
    case 'ternaries':
      return nestedTernaries(depth);
    case 'then-chain':
      return thenChain(depth);
  }
}
