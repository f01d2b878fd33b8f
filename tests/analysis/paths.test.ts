import type { TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';

import { pathEndingCalls } from '../../src/analysis/endings.js';
import { getCodePathIndex, type PathVerdict } from '../../src/analysis/paths.js';
import { getTypeServices } from '../../src/analysis/services.js';
import { findCall, findCalls, runProbe } from './harness.js';

/** The verdict for `source()` with every `release()` call as a release site, as `kind[:end@line]`. */
function verdictOf(code: string, options: { typed?: boolean; scoped?: boolean } = {}): string {
  let result = '';
  runProbe(
    code,
    (context) => {
      const { index, listeners } = getCodePathIndex(context);
      return {
        ...listeners,
        'Program:exit'(program: TSESTree.Program) {
          const start = findCall(program, 'source');
          const scope = options.scoped ? blockOf(start) : undefined;
          const verdict: PathVerdict = index.verdict({
            start,
            releases: findCalls(program, 'release'),
            endingCall: pathEndingCalls(context.sourceCode, getTypeServices(context)),
            scope,
          });
          result =
            verdict.kind === 'leaks' ? `leaks:${verdict.end.kind}@${verdict.end.node.loc.start.line}` : verdict.kind;
        },
      };
    },
    options,
  );
  return result;
}

function blockOf(node: TSESTree.Node): TSESTree.Node | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === 'BlockStatement') return current;
  }
  return undefined;
}

const prelude = `declare function source(): unknown; declare function release(): void; declare const c: boolean;\n`;

const table: [name: string, body: string, expected: string, options?: { typed?: boolean; scoped?: boolean }][] = [
  ['straight line release', `function f() { source(); release(); }`, 'released'],
  ['release before the source does not count', `function f() { release(); source(); }`, 'leaks:end@2'],
  ['one branch misses', `function f() { source(); if (c) return; release(); }`, 'leaks:return@2'],
  ['both branches release', `function f() { source(); if (c) { release(); return; } release(); }`, 'released'],
  ['throw path misses', `function f() { source(); if (c) throw new Error(); release(); }`, 'leaks:throw@2'],
  [
    'release in finally covers the throw',
    `function f() { source(); try { if (c) throw new Error(); } finally { release(); } }`,
    'released',
  ],
  [
    'throw caught then released',
    `function f() { source(); try { if (c) throw new Error(); } catch { release(); return; } release(); }`,
    'released',
  ],
  [
    'process.exit ends a path without a leak',
    `function f() { source(); if (c) process.exit(1); release(); }`,
    'released',
  ],
  [
    'a never-returning call is a throw',
    `declare function fail(): never;\nfunction f() { source(); if (c) fail(); release(); }`,
    'leaks:never-returns@3',
    { typed: true },
  ],
  [
    'loop back to the source',
    `function f() { while (c) { source(); if (c) continue; release(); } }`,
    'leaks:continue@2',
  ],
  [
    'continue out of the owning loop',
    `function f() { for (;;) { source(); if (c) { continue; } release(); return; } }`,
    'leaks:continue@2',
    { scoped: true },
  ],
  [
    'break out of the owning loop',
    `function f() { for (;;) { source(); if (c) break; release(); } }`,
    'leaks:break@2',
    { scoped: true },
  ],
  [
    'break of an inner loop stays inside',
    `function f() { source(); for (;;) { if (c) break; } release(); }`,
    'released',
    { scoped: true },
  ],
  ['released in a logical expression only on one side', `function f() { source(); c && release(); }`, 'leaks:end@2'],
  [
    'a release inside a closure counts where the closure is made',
    `function f() { source(); const g = () => release(); }`,
    'released',
  ],
  [
    'a closure made before the source does not count',
    `function f() { const g = () => release(); source(); }`,
    'leaks:end@2',
  ],
  [
    'callback start: path from the function start',
    `function f() { return [1].map(() => { source(); release(); }); }`,
    'released',
  ],
  ['unreachable code after return is not a path', `function f() { source(); release(); return; }`, 'released'],
  [
    'switch with a default that misses',
    `declare const n: number;\nfunction f() { source(); switch (n) { case 1: release(); break; default: return; } }`,
    'leaks:return@3',
  ],
  ['a use that contains the start releases it', `function f() { return c ? release(source()) : null; }`, 'released'],
  [
    'an exception nobody threw does not leak into the catch',
    `function f() { try { source(); release(); } catch { return; } }`,
    'released',
  ],
  [
    'an explicit throw caught and swallowed leaks',
    `function f() { try { source(); if (c) throw new Error(); release(); } catch { return; } }`,
    'leaks:return@2',
  ],
  [
    'an implicit throw through finally is not a leak',
    `function f() { try { source(); release(); } finally { c; } }`,
    'released',
  ],
  [
    'continue through a finally that releases',
    `function f() { for (;;) { source(); try { if (c) continue; } finally { release(); } return; } }`,
    'released',
    { scoped: true },
  ],
  [
    'continue through a finally that does not release',
    `function f() { for (;;) { source(); try { if (c) continue; } finally { c; } release(); return; } }`,
    'leaks:continue@2',
    { scoped: true },
  ],
];

describe('CodePathIndex.verdict', () => {
  for (const [name, body, expected, options] of table) {
    it(name, () => {
      expect(verdictOf(prelude + body, options)).toBe(expected);
    });
  }
});
