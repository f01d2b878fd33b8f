import type { TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';

import { propertyAtPath, readObjectShape, staticValueOf, type ObjectShape } from '../../src/analysis/object-shape.js';
import { findCall, runProbe } from './harness.js';

/** `a,b` for the properties the shape may hold (sorted), with ` +open` when part of it is unseen. */
function describeShape(shape: ObjectShape): string {
  const names = [...shape.properties.keys()].sort().join(',');
  return `${names}${shape.open ? ' +open' : ''}`;
}

/** The shape of the first argument of the first `use(...)` call; calls to `request()` are harmless. */
function shapeOf(code: string, options: { typed?: boolean } = {}): string {
  let result = '';
  runProbe(
    code,
    (context) => ({
      'Program:exit'(program) {
        const call = findCall(program, 'use');
        const shape = readObjectShape(call.arguments[0]!, context.sourceCode, {
          isHarmlessCall: (other) =>
            other.callee.type === 'Identifier' && (other.callee.name === 'request' || other.callee.name === 'use'),
        });
        result = describeShape(shape);
      },
    }),
    options,
  );
  return result;
}

const PRELUDE = `declare function use(options: unknown): void; declare function request(options: unknown): void; declare const c: boolean;`;

const table: [name: string, code: string, expected: string][] = [
  ['an object literal', `use({ method: 'GET', signal: s });`, 'method,signal'],
  ['a string-keyed and a computed static key', `use({ 'timeout': 1, ['agent']: a });`, 'agent,timeout'],
  [
    'a computed key it cannot name opens the shape',
    `declare const k: string; use({ [k]: 1, method: 'GET' });`,
    'method +open',
  ],
  [
    'shorthand properties and methods',
    `const signal = 1; use({ signal, get timeout() { return 5; } });`,
    'signal,timeout',
  ],
  ['an empty literal', `use({});`, ''],
  ['undefined and null are empty', `use(undefined); use(null);`, ''],
  ['a string is no object', `use('https://example.test');`, ''],
  ['a const variable', `const init = { method: 'POST' }; use(init);`, 'method'],
  ['a spread of a visible const', `const base = { headers: {} }; use({ ...base, method: 'GET' });`, 'headers,method'],
  ['a spread of a parameter opens it', `function f(init: object) { use({ ...init, method: 'GET' }); }`, 'method +open'],
  ['a parameter', `function f(init: object) { use(init); }`, ' +open'],
  ['an import', `import { defaults } from './defaults.js'; use(defaults);`, ' +open'],
  ['a call result', `declare function build(): object; use(build());`, ' +open'],
  ['a conditional: either branch', `use(c ? { signal: s } : { method: 'GET' });`, 'method,signal'],
  ['a conditional spread of && ', `use({ method: 'GET', ...(c && { signal: s }) });`, 'method,signal'],
  [
    '?? and ||: either side',
    `declare const o: { timeout: number } | undefined; use(o ?? { timeout: 5 });`,
    'timeout +open',
  ],
  [
    'Object.assign() merges its arguments',
    `const base = { headers: {} }; use(Object.assign({}, base, { signal: s }));`,
    'headers,signal',
  ],
  [
    'Object.assign() onto the variable adds properties',
    `const init = { method: 'GET' }; Object.assign(init, { signal: s }); use(init);`,
    'method,signal',
  ],
  [
    'a property written after the literal',
    `const init: Record<string, unknown> = { method: 'GET' }; init.signal = s; use(init);`,
    'method,signal',
  ],
  [
    'a computed write opens it',
    `declare const k: string; const init: Record<string, unknown> = {}; init[k] = 1; use(init);`,
    ' +open',
  ],
  [
    'a let reassigned on one branch',
    `let init: object = { method: 'GET' }; if (c) init = { body: 'x' }; use(init);`,
    'body,method',
  ],
  ['a let assigned later', `let init; init = { signal: s }; use(init);`, 'signal'],
  [
    'handed to an unknown function that may change it',
    `declare function tweak(o: object): void; const init = { method: 'GET' }; tweak(init); use(init);`,
    'method +open',
  ],
  ['handed to a harmless call', `const init = { method: 'GET' }; request(init); use(init);`, 'method'],
  [
    'logged, frozen, listed',
    `const init = { method: 'GET' }; console.log(init); Object.freeze(init); Object.keys(init); use(init);`,
    'method',
  ],
  ['a member of a visible object', `const config = { http: { timeout: 5 } }; use(config.http);`, 'timeout'],
  ['a member of an unseen object', `declare const config: { http: object }; use(config.http);`, ' +open'],
  [
    'as, satisfies and ! are transparent',
    `const init = { method: 'GET' } as const; use(init satisfies object);`,
    'method',
  ],
  ['a destructured binding opens it', `const { init } = { init: { method: 'GET' } }; use(init);`, ' +open'],
  ['a self-referencing spread ends', `let init: object = {}; init = { ...init, signal: s }; use(init);`, 'signal'],
  ['new of anything opens it', `use(new URLSearchParams());`, ' +open'],
  ['a sequence: the last expression', `use((0, { signal: s }));`, 'signal'],
];

describe('readObjectShape', () => {
  for (const [name, code, expected] of table) {
    it(name, () => {
      expect(shapeOf(`declare const s: unknown; declare const a: unknown; ${PRELUDE} ${code}`)).toEqual(expected);
    });
  }
  it('reads the same with type information', () => {
    expect(
      shapeOf(`${PRELUDE} declare const s: AbortSignal; const base = { headers: {} }; use({ ...base, signal: s });`, {
        typed: true,
      }),
    ).toEqual('headers,signal');
  });
});

describe('propertyAtPath and staticValueOf', () => {
  function probe(code: string, path: string[]): { writes: unknown[]; open: boolean } {
    let result = { writes: [] as unknown[], open: false };
    runProbe(`${PRELUDE} ${code}`, (context) => ({
      'Program:exit'(program) {
        const call = findCall(program, 'use');
        const shape = readObjectShape(call.arguments[0]!, context.sourceCode);
        const found = propertyAtPath(shape, path, context.sourceCode);
        result = {
          writes: found.writes.map(
            (write) => staticValueOf(write.value as TSESTree.Node, context.sourceCode)?.value ?? '?',
          ),
          open: found.open,
        };
      },
    }));
    return result;
  }
  it('follows a nested literal', () => {
    expect(probe(`use({ timeout: { request: 5 * 1000 } });`, ['timeout', 'request'])).toEqual({
      writes: [5000],
      open: false,
    });
  });
  it('follows a nested variable and a const value', () => {
    expect(
      probe(`const MS = 2500; const timeout = { response: MS }; use({ timeout });`, ['timeout', 'response']),
    ).toEqual({ writes: [2500], open: false });
  });
  it('says open when the nested value is unseen', () => {
    expect(probe(`declare const timeouts: object; use({ timeout: timeouts });`, ['timeout', 'request'])).toEqual({
      writes: [],
      open: true,
    });
  });
  it('collects every write of a property, both branches of a conditional', () => {
    expect(probe(`use(c ? { timeout: 0 } : { timeout: 10_000 });`, ['timeout'])).toEqual({
      writes: [0, 10000],
      open: false,
    });
  });
  it('is empty for a property nobody writes', () => {
    expect(probe(`use({ method: 'GET' });`, ['signal'])).toEqual({ writes: [], open: false });
  });
  it('reads a write through a chain of members', () => {
    expect(
      probe(`const ctx = { options: { method: 'GET' } }; ctx.options.timeout = 5000; use(ctx.options);`, ['timeout']),
    ).toEqual({ writes: [5000], open: false });
    expect(
      probe(`const opts = { headers: {} }; opts.headers.connection = 'close'; use(opts);`, ['headers', 'connection']),
    ).toEqual({ writes: ['close'], open: false });
  });
  it('reads a write by a key known statically', () => {
    expect(
      probe(`const NAME = 'Connection'; const h = {}; h[NAME.toLowerCase()] = 'close'; use(h);`, ['connection']),
    ).toEqual({ writes: ['close'], open: false });
  });
  it('says open for a write by a key it cannot name, even below a member', () => {
    expect(probe(`declare const k: string; const o = { a: {} }; o[k].signal = 1; use(o);`, ['signal'])).toEqual({
      writes: [],
      open: true,
    });
  });
});
