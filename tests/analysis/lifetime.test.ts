import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';

import { localLifetime, type LifetimeOracle } from '../../src/analysis/lifetime.js';
import { memberPath } from '../../src/util/ast.js';
import { findCall, runProbe } from './harness.js';

/**
 * A toy oracle: `use(x)` and `send(url, { pool: x })` use the value, `x.request()` uses it,
 * `x.close()` closes it, `wrap(x)` builds something around it that is followed, `x()` is a use;
 * any other call keeps it.
 */
const oracle: LifetimeOracle = {
  argument(call, index, path) {
    const name = memberPath(call.callee)?.join('.');
    if (name === 'use' && path.length === 0) return { kind: 'use' };
    if (name === 'send' && index === 1 && path[0] === 'pool') return { kind: 'use' };
    if (name === 'wrap' && path.length === 0) return { kind: 'follow', value: call };
    return { kind: 'escape' };
  },
  member(member) {
    const name = member.property.type === AST_NODE_TYPES.Identifier ? member.property.name : undefined;
    const called = member.parent.type === AST_NODE_TYPES.CallExpression && member.parent.callee === member;
    if (called && name === 'request') return { kind: 'use' };
    if (called && name === 'close') return { kind: 'close' };
    return { kind: 'neutral' };
  },
  called: () => ({ kind: 'use' }),
};

function lifetimeOf(code: string, closures?: 'within-call' | 'any'): string {
  let result = '';
  runProbe(code, (context) => ({
    'Program:exit'(program: TSESTree.Program) {
      const lifetime = localLifetime(
        findCall(program, 'source'),
        context.sourceCode,
        oracle,
        closures ? { closures } : {},
      );
      result = lifetime.escape
        ? `escape:${lifetime.escape.kind}`
        : `uses:${lifetime.uses.length} closes:${lifetime.closes.length}`;
    },
  }));
  return result;
}

const prelude = `declare function source(): any; declare function use(x: unknown): void; declare function keep(x: unknown): void;
declare function send(url: string, init: object): void; declare function wrap(x: unknown): any;`;

const table: [name: string, code: string, expected: string][] = [
  ['a method that sends', `function f() { const p = source(); p.request(); }`, 'uses:1 closes:0'],
  ['sent and closed', `function f() { const p = source(); p.request(); p.close(); }`, 'uses:1 closes:1'],
  ['unused', `function f() { const p = source(); p.stats; }`, 'uses:0 closes:0'],
  ['passed to a using call', `function f() { use(source()); }`, 'uses:1 closes:0'],
  ['carried in an options object literal', `function f() { send('u', { pool: source() }); }`, 'uses:1 closes:0'],
  [
    'carried in an options object held in a variable',
    `function f() { const o = { method: 'GET', pool: source() }; send('u', o); }`,
    'uses:1 closes:0',
  ],
  [
    'spread into the options',
    `function f(c: boolean) { const o = { ...(c ? { pool: source() } : {}) }; send('u', o); }`,
    'uses:1 closes:0',
  ],
  [
    'a holder rebuilt from itself',
    `function f(raw: boolean) { let o: any = { pool: source() }; if (raw) o = { ...o, raw }; send('u', o); }`,
    'uses:1 closes:0',
  ],
  ['read back from its holder', `function f() { const o = { pool: source() }; o.pool.request(); }`, 'uses:1 closes:0'],
  ['under another option name it escapes', `function f() { send('u', { other: source() }); }`, 'escape:argument'],
  ['handed to an unknown call', `function f() { keep(source()); }`, 'escape:argument'],
  ['returned', `function f() { return source(); }`, 'escape:returned'],
  ['returned inside an object', `function f() { const p = source(); return { p }; }`, 'escape:returned'],
  ['stored on this', `class C { p: any; m() { this.p = source(); } }`, 'escape:stored'],
  ['stored in an outer variable', `let p: any; function f() { p = source(); p.request(); }`, 'escape:stored'],
  ['stored in an array', `function f() { const a = [source()]; use(a); }`, 'escape:stored'],
  ['memoised with ??=', `let p: any; function f() { p ??= source(); p.request(); }`, 'escape:memoised'],
  ['memoised with ||= on a property', `class C { p: any; m() { return (this.p ||= source()); } }`, 'escape:memoised'],
  [
    'Map get-or-set',
    `const m = new Map(); function f(k: string) { let p = m.get(k); if (!p) { p = source(); m.set(k, p); } p.request(); }`,
    'escape:argument',
  ],
  [
    'a cache miss without a set is per call',
    `const m = new Map(); function f(k: string) { const p = m.get(k) ?? source(); p.request(); }`,
    'uses:1 closes:0',
  ],
  [
    'followed into what is built around it',
    `function f() { const c = wrap(source()); c.request(); }`,
    'uses:1 closes:0',
  ],
  ['followed and then returned', `function f() { return wrap(source()); }`, 'escape:returned'],
  ['called', `function f() { const c = source(); c('/x'); }`, 'uses:1 closes:0'],
  [
    'captured by a callback run within the call',
    `function f(xs: string[]) { const p = source(); xs.map(() => p.request()); }`,
    'uses:1 closes:0',
  ],
  [
    'captured by a Promise executor',
    `function f() { const p = source(); return new Promise((r) => { p.request(); r(1); }); }`,
    'uses:1 closes:0',
  ],
  [
    'captured by an immediately called closure',
    `function f() { const p = source(); (() => p.request())(); }`,
    'uses:1 closes:0',
  ],
  [
    'captured by a local closure that is only called',
    `function f() { const p = source(); const go = () => p.request(); go(); go(); }`,
    'uses:1 closes:0',
  ],
  [
    'captured by a returned closure',
    `function f() { const p = source(); return () => p.request(); }`,
    'escape:kept-callback',
  ],
  [
    'captured by a listener',
    `declare const bus: { on(e: string, cb: () => void): void }; function f() { const p = source(); bus.on('x', () => p.request()); }`,
    'escape:kept-callback',
  ],
  [
    'captured by setInterval',
    `function f() { const p = source(); setInterval(() => p.request(), 1000); }`,
    'escape:kept-callback',
  ],
  [
    'captured by a route registration',
    `declare const app: { get(path: string, cb: () => void): void }; function f() { const p = source(); app.get('/', () => p.request()); }`,
    'escape:kept-callback',
  ],
  [
    'captured by a nested function declaration',
    `function f() { const p = source(); function g() { p.request(); } g(); }`,
    'escape:kept-callback',
  ],
  ['logged', `function f() { const p = source(); console.log(p); p.request(); }`, 'uses:1 closes:0'],
  ['destructured', `function f() { const { request } = source(); request(); }`, 'escape:unknown'],
];

describe('localLifetime', () => {
  for (const [name, code, expected] of table) {
    it(name, () => {
      expect(lifetimeOf(`${prelude}\n${code}`)).toBe(expected);
    });
  }
  it("closures: 'any' follows a value into every closure", () => {
    expect(lifetimeOf(`${prelude}\nconst p = source(); export function f() { p.request(); }`, 'any')).toBe(
      'uses:1 closes:0',
    );
    expect(lifetimeOf(`${prelude}\nconst p = source(); export function f() { p.request(); }`)).toBe(
      'escape:kept-callback',
    );
  });
});
