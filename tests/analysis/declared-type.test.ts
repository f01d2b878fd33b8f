import { describe, expect, it } from 'vitest';

import { declaredTypeOf } from '../../src/analysis/declared-type.js';
import { getTypeServices } from '../../src/analysis/services.js';
import { findCall, runProbe } from './harness.js';

/** The declared type and the type at the location of `probe(x)`'s argument, as the checker writes them. */
function types(code: string): { declared: string | undefined; atLocation: string } {
  let result: { declared: string | undefined; atLocation: string } | undefined;
  runProbe(
    `declare function probe(value: unknown): void;\n${code}`,
    (context) => ({
      'Program:exit'(program) {
        const services = getTypeServices(context)!;
        const argument = findCall(program, 'probe').arguments[0]!;
        const declared = declaredTypeOf(services, argument);
        result = {
          declared: declared && services.checker.typeToString(declared),
          atLocation: services.checker.typeToString(services.getType(argument)!),
        };
      },
    }),
    { typed: true },
  );
  return result!;
}

describe('declaredTypeOf', () => {
  it('is the union a narrowed identifier was declared with', () => {
    expect(types(`export function f(x: string | number) { if (typeof x === 'string') probe(x); }`)).toEqual({
      declared: 'string | number',
      atLocation: 'string',
    });
  });

  it('follows a member chain through declared property types, optional ones included', () => {
    expect(
      types(`interface C { inner?: { value?: number | string } }
export function f(c: C) { if (typeof c.inner?.value === 'number') probe(c.inner.value); }`),
    ).toEqual({ declared: 'string | number | undefined', atLocation: 'number' });
  });

  it('reads `this` and its fields', () => {
    expect(types(`export class K { private n: number | null = null; run() { if (this.n) probe(this.n); } }`)).toEqual({
      declared: 'number | null',
      atLocation: 'number',
    });
  });

  it('is a member of `any` as `any`, for the caller to ask the checker', () => {
    expect(types(`declare const a: any; probe(a.b.c);`).declared).toBe('any');
  });

  it('cannot say for a call, an element access or a property missing from a union member', () => {
    expect(types(`declare function g(): { a: number }; probe(g().a);`).declared).toBeUndefined();
    expect(
      types(`declare const r: Record<string, number>; declare const k: string; probe(r[k]);`).declared,
    ).toBeUndefined();
    expect(
      types(`declare const u: { a: number } | { b: number }; probe((u as { a: number }).a);`).declared,
    ).toBeUndefined();
  });
});
