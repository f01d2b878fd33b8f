import { describe, expect, it } from 'vitest';

import { getTypeServices } from '../../src/analysis/services.js';
import { matchType, packageOfFile, type TypeSpecifier } from '../../src/analysis/types.js';
import { findCall, runProbe } from './harness.js';

const RESPONSE: TypeSpecifier[] = [
  { name: 'Response', from: 'lib' },
  { name: 'Response', from: 'package', package: ['@types/node', 'undici-types', 'undici'] },
  { name: 'ResponseData', from: 'package', package: ['undici', 'undici-types'] },
];

function matched(code: string): string | undefined {
  let result: string | undefined;
  runProbe(
    `declare function probe(value: unknown): void;\n${code}`,
    (context) => ({
      'Program:exit'(program) {
        const services = getTypeServices(context)!;
        const type = services.getType(findCall(program, 'probe').arguments[0]!)!;
        const found = matchType(services.program, services.checker, type, RESPONSE, { awaited: true });
        result = found && `${found.name}@${found.from}`;
      },
    }),
    { typed: true },
  );
  return result;
}

describe('matchType', () => {
  it('the global Response from @types/node', () => {
    expect(matched(`declare const r: Response; probe(r);`)).toBe('Response@package');
  });
  it('a promise of Response, awaited', () => {
    expect(matched(`probe(fetch('x'));`)).toBe('Response@package');
  });
  it('Response | undefined', () => {
    expect(matched(`declare const r: Response | undefined; probe(r);`)).toBe('Response@package');
  });
  it("undici's ResponseData", () => {
    expect(matched(`import { request } from 'undici'; probe(request('x'));`)).toBe('ResponseData@package');
  });
  it('an interface extending Response', () => {
    expect(matched(`interface Mine extends Response { extra: 1 } declare const r: Mine; probe(r);`)).toBe(
      'Response@package',
    );
  });
  it("a user's own type named Response does not match", () => {
    expect(
      matched(`export {}; interface Response { mine: true } declare const r: Response; probe(r);`),
    ).toBeUndefined();
  });
  it('any does not match', () => {
    expect(matched(`declare const r: any; probe(r);`)).toBeUndefined();
  });
});

describe('packageOfFile', () => {
  const table: [string, string | undefined][] = [
    ['/p/node_modules/undici/types/fetch.d.ts', 'undici'],
    ['/p/node_modules/@types/node/globals.d.ts', '@types/node'],
    ['/p/node_modules/a/node_modules/undici-types/fetch.d.ts', 'undici-types'],
    ['C:\\p\\node_modules\\axios\\index.d.ts', 'axios'],
    ['/p/src/api.ts', undefined],
  ];
  for (const [file, expected] of table) {
    it(file, () => expect(packageOfFile(file)).toBe(expected));
  }
});

describe('getTypeServices', () => {
  it('is undefined without a program, and does not throw', () => {
    let services: unknown = 'unset';
    runProbe(`export {};`, (context) => ({
      Program() {
        services = getTypeServices(context);
      },
    }));
    expect(services).toBeUndefined();
  });
});
