import type { TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';

import { functionName, inLoopWithin, runsOnce } from '../../src/analysis/run-once.js';
import { enclosingFunction } from '../../src/util/ast.js';
import { findCall, runProbe } from './harness.js';

/** Whether the function around `marker()` runs once, and whether the marker sits in a loop in it. */
function verdict(code: string, names: readonly string[] = ['main']): string {
  let result = '';
  runProbe(`declare function marker(): void;\n${code}`, (context) => ({
    'Program:exit'(program: TSESTree.Program) {
      const call = findCall(program, 'marker');
      const fn = enclosingFunction(call);
      if (!fn) {
        result = 'module';
        return;
      }
      const once = runsOnce(fn, context.sourceCode, new Set(names));
      result = `${functionName(fn) ?? '(anonymous)'}: ${once ? 'once' : 'per call'}${inLoopWithin(call, fn) ? ', in a loop' : ''}`;
    },
  }));
  return result;
}

const table: [name: string, code: string, expected: string, names?: string[]][] = [
  ['module level', `marker();`, 'module'],
  ['main by name', `export async function main() { marker(); }`, 'main: once'],
  ['a listed name', `export const bootstrap = async () => { marker(); };`, 'bootstrap: once', ['bootstrap']],
  ['a method with a listed name', `class Cli { run() { marker(); } }`, 'run: once', ['run']],
  ['an exported function', `export function handler() { marker(); }`, 'handler: per call'],
  ['a module-level IIFE', `(async () => { marker(); })();`, '(anonymous): once'],
  ['an IIFE inside a function', `export function f() { (() => { marker(); })(); }`, '(anonymous): per call'],
  [
    'called once from module level',
    `async function start() { marker(); }\nstart().catch(() => process.exit(1));`,
    'start: once',
  ],
  ['a const arrow called once from module level', `const start = () => { marker(); };\nstart();`, 'start: once'],
  ['called twice', `function start() { marker(); }\nstart();\nstart();`, 'start: per call'],
  ['called from another function', `function go() { marker(); }\nexport function handler() { go(); }`, 'go: per call'],
  ['called in a module-level loop', `function go() { marker(); }\nfor (const x of [1, 2]) go();`, 'go: per call'],
  ['passed as a callback', `function go() { marker(); }\nsetInterval(go, 1000);`, 'go: per call'],
  ['a loop inside main', `async function main() { for (const u of ['a']) { marker(); } }`, 'main: once, in a loop'],
  ['a callback inside main', `async function main() { ['a'].map(() => marker()); }`, '(anonymous): per call'],
  [
    'a test callback',
    `declare function it(name: string, fn: () => void): void;\nit('works', () => { marker(); });`,
    '(anonymous): once',
  ],
  [
    'a test.serial callback with a macro',
    `declare const test: { serial(name: string, macro: unknown, fn: () => void): void };\ntest.serial('x', null, () => { marker(); });`,
    '(anonymous): once',
  ],
  [
    'a hook',
    `declare function beforeEach(fn: () => void): void;\nbeforeEach(async () => { marker(); });`,
    '(anonymous): once',
  ],
  [
    "tap's t.test",
    `declare const t: { test(name: string, fn: () => void): void };\nt.test('x', () => { marker(); });`,
    '(anonymous): once',
  ],
  [
    'a route handler is not a test',
    `declare const app: { get(path: string, fn: () => void): void };\napp.get('/', () => { marker(); });`,
    '(anonymous): per call',
  ],
];

describe('runsOnce', () => {
  for (const [name, code, expected, names] of table) {
    it(name, () => {
      expect(verdict(code, names)).toBe(expected);
    });
  }
});
