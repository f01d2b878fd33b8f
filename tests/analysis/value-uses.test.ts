import { describe, expect, it } from 'vitest';

import { usesOfExpression, type ValueUse } from '../../src/analysis/value-uses.js';
import { findCall, runProbe } from './harness.js';

function describeUse(use: ValueUse): string {
  switch (use.kind) {
    case 'member':
      return `member:${use.property ?? '?'}`;
    case 'call-argument':
      return `call-argument:${use.index}`;
    case 'destructured':
      return `destructured:${use.property ?? '...'}`;
    default:
      return use.kind;
  }
}

function usesOf(code: string): string[] {
  let result: string[] = [];
  runProbe(code, (context) => ({
    'Program:exit'(program) {
      result = [...usesOfExpression(findCall(program, 'source'), context.sourceCode)].map(describeUse);
    },
  }));
  return result;
}

const table: [name: string, code: string, expected: string[]][] = [
  ['member call', `declare function source(): any; source().json();`, ['member:json']],
  [
    'alias through const',
    `declare function source(): any; const a = source(); const b = a; b.text();`,
    ['member:text'],
  ],
  [
    'await is followed',
    `declare function source(): any; async function f() { const r = await source(); r.ok; }`,
    ['awaited', 'member:ok'],
  ],
  [
    'assignment to a local let',
    `declare function source(): any; function f() { let r; r = source(); return r; }`,
    ['returned'],
  ],
  [
    'assignment to an outer variable is stored',
    `declare function source(): any; let r: any; function f() { r = source(); }`,
    ['stored'],
  ],
  [
    'destructuring',
    `declare function source(): any; const { body, statusCode: code, ...rest } = source();`,
    ['destructured:body', 'destructured:statusCode', 'destructured:...'],
  ],
  [
    'call argument',
    `declare function source(): any; declare function use(a: unknown, b: unknown): void; use(1, source());`,
    ['call-argument:1'],
  ],
  [
    'new argument',
    `declare function source(): any; class E { constructor(readonly r: unknown) {} } new E(source());`,
    ['call-argument:0'],
  ],
  ['returned from arrow body', `declare function source(): any; const f = () => source();`, ['returned']],
  ['yielded', `declare function source(): any; function* g() { yield source(); }`, ['returned']],
  [
    'stored in object and array',
    `declare function source(): any; const o = { r: source() }; const a = [source()];`,
    ['stored'],
  ],
  ['property assignment', `declare function source(): any; const o: any = {}; o.r = source();`, ['stored']],
  [
    'captured by a closure',
    `declare function source(): any; const r = source(); setTimeout(() => r.cancel());`,
    ['captured'],
  ],
  [
    'then callback parameter',
    `declare function source(): Promise<any>; source().then((r) => r.json());`,
    ['callback-parameter'],
  ],
  [
    'catch passes the value on',
    `declare function source(): Promise<any>; const p = source().catch(() => null); p.then((r) => r);`,
    ['callback-parameter'],
  ],
  [
    'then callback without a parameter drops the value',
    `declare function source(): Promise<any>; source().then(() => 1);`,
    ['discarded'],
  ],
  ['for-of', `declare function source(): any; async function f() { for await (const c of source()) c; }`, ['iterated']],
  ['discarded statement', `declare function source(): any; source();`, ['discarded']],
  ['void', `declare function source(): any; void source();`, ['discarded']],
  [
    'inspected in a test and a comparison',
    `declare function source(): any; const r = source(); if (r) {} r === 1;`,
    ['inspected', 'inspected'],
  ],
  [
    'optional chain and non-null are transparent',
    `declare function source(): any; const r = source(); r?.body!.cancel();`,
    ['member:body'],
  ],
  [
    'conditional expression branches flow on',
    `declare function source(): any; declare const c: boolean; const r = c ? source() : null; r.text();`,
    ['member:text'],
  ],
  [
    'computed member has no static name',
    `declare function source(): any; declare const k: string; source()[k];`,
    ['member:?'],
  ],
  ['thrown', `declare function source(): any; function f() { throw source(); }`, ['stored']],
];

describe('usesOfExpression', () => {
  for (const [name, code, expected] of table) {
    it(name, () => {
      expect(usesOf(code)).toEqual(expected);
    });
  }
});
