// Typed linting over a program whose types are broken: modules that do not resolve, `any`
// everywhere, a tsconfig that does not include the file. No crash, and the reports a user would
// want (the rules fall back to imports and globals where types are missing).
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { byLineThenRule, expectedMarkers, lintWithEveryRule, MODES, scratchProject, summarize } from './harness.js';

const projects: { remove(): void }[] = [];
function project(...args: Parameters<typeof scratchProject>) {
  const created = scratchProject(...args);
  projects.push(created);
  return created;
}
afterAll(() => {
  for (const created of projects) created.remove();
});

const lint = (...args: Parameters<typeof lintWithEveryRule>) => byLineThenRule(summarize(lintWithEveryRule(...args)));

describe('modules that do not resolve', () => {
  it('an unknown package: its calls are no HTTP client, and nothing is reported', () => {
    const code = `import { request } from 'no-such-client';
import fetchLike from '@acme/missing-http';

export async function get(url: string): Promise<number> {
  const { statusCode } = await request(url);
  const res = await fetchLike(url);
  return statusCode + res.status;
}
`;
    const scratch = project();
    for (const mode of MODES) expect(lint(scratch, { code }, mode), mode).toEqual([]);
  });

  it('a known client that is not installed: its import still names it, as without types', () => {
    const code = `import { request } from 'undici';

export async function status(url: string): Promise<number> {
  const { statusCode } = await request(url); // expect: consume-response-body require-request-timeout
  return statusCode;
}
`;
    const scratch = project();
    rmSync(path.join(scratch.dir, 'node_modules'));
    for (const mode of MODES) expect(lint(scratch, { code }, mode), mode).toEqual(expectedMarkers(code));
  });
});

describe('any everywhere', () => {
  const code = `export async function annotated(url: string): Promise<number> {
  const res: any = await fetch(url, { signal: AbortSignal.timeout(1000) }); // expect: consume-response-body
  return res.status;
}
export async function unknownClient(url: string, http: any): Promise<number> {
  const res = await http.fetch(url);
  return res.status;
}
export async function castCallee(url: string): Promise<number> {
  const res = await (fetch as any)(url); // expect: consume-response-body require-request-timeout
  return res.status;
}
export async function anyOptions(url: any, init: any): Promise<any> {
  const res: any = await fetch(url, init); // expect: consume-response-body
  return res.status;
}
export async function castResult(url: string): Promise<number> {
  const res = (await fetch(url, { signal: AbortSignal.timeout(1000) })) as any; // expect: consume-response-body
  return res.status;
}
export async function anyRead(url: string): Promise<any> {
  const res: any = await fetch(url, { signal: AbortSignal.timeout(1000) });
  return res.json();
}
`;
  for (const mode of MODES) {
    it(mode, () => {
      expect(lint(project(), { code }, mode)).toEqual(expectedMarkers(code));
    });
  }
});

describe('a tsconfig that does not include the file', () => {
  const code = `export async function get(url: string): Promise<number> {
  const res = await fetch(url); // expect: consume-response-body require-request-timeout
  return res.status;
}
`;
  const excluding = { compilerOptions: { strict: true, noEmit: true }, include: ['src/**/*.ts'] };

  it("with projectService: typescript-eslint's parse error, no rule runs", () => {
    const scratch = project(excluding);
    const messages = lintWithEveryRule(scratch, { code }, 'typed');
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ fatal: true, ruleId: null });
    expect(messages[0]!.message).toMatch(/^Parsing error: .*file\.ts was not found by the project service/);
  });

  it("with project: typescript-eslint's parse error, no rule runs", () => {
    const scratch = project(excluding);
    // A tsconfig with no input at all is another error (TS18003): give it one file, not this one.
    mkdirSync(path.join(scratch.dir, 'src'));
    scratch.write('src/other.ts', 'export const other = 1;\n');
    const typedParserOptions = { project: './tsconfig.json', tsconfigRootDir: scratch.dir };
    const messages = lintWithEveryRule(scratch, { code, typedParserOptions }, 'typed');
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ fatal: true, ruleId: null });
    // typescript-eslint words it per mode: its single-run mode (on under CI=true) names the projects.
    expect(messages[0]!.message).toMatch(
      /^Parsing error: [\s\S]*(?:that TSConfig does not include this file|not found in any of the provided project)/,
    );
  });
});
