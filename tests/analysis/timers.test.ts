import type { TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';

import { pathEndingCalls } from '../../src/analysis/endings.js';
import { getCodePathIndex } from '../../src/analysis/paths.js';
import { getTypeServices } from '../../src/analysis/services.js';
import {
  calleesRunByTimer,
  enclosingPromiseExecutor,
  isClearTimerCall,
  isSetTimeoutCall,
  racesOf,
  timerCallback,
  timerHandleFacts,
} from '../../src/analysis/timers.js';
import { findCalls, runProbe } from './harness.js';

/** The first call whose callee text ends in `setTimeout` (plain, member or aliased module). */
function firstTimer(program: TSESTree.Program, text: (node: TSESTree.Node) => string): TSESTree.CallExpression {
  let found: TSESTree.CallExpression | undefined;
  const visit = (node: unknown): void => {
    if (found || !node || typeof node !== 'object') return;
    const candidate = node as TSESTree.Node;
    if (candidate.type === 'CallExpression' && /setTimeout$/.test(text(candidate.callee))) {
      found = candidate;
      return;
    }
    for (const [key, value] of Object.entries(candidate)) {
      if (key === 'parent') continue;
      if (Array.isArray(value)) value.forEach(visit);
      else visit(value);
    }
  };
  visit(program);
  if (!found) throw new Error('no setTimeout call');
  return found;
}

interface Summary {
  readonly isTimer: boolean;
  readonly binding: string | undefined;
  readonly clears: string[];
  readonly escaped: boolean;
  readonly discarded: boolean;
  readonly otherUses: number;
}

function summarize(code: string): Summary {
  let summary: Summary | undefined;
  runProbe(code, (context) => ({
    'Program:exit'(program) {
      const text = (node: TSESTree.Node) => context.sourceCode.getText(node);
      const timer = firstTimer(program, text);
      const facts = timerHandleFacts(timer, context.sourceCode);
      summary = {
        isTimer: isSetTimeoutCall(timer, context.sourceCode),
        binding: facts.binding?.name,
        clears: facts.clears.map(text),
        escaped: facts.escaped,
        discarded: facts.discarded,
        otherUses: facts.otherUses.length,
      };
    },
  }));
  return summary!;
}

const kept = (binding: string, clears: string[], otherUses = 0): Summary => ({
  isTimer: true,
  binding,
  clears,
  escaped: false,
  discarded: false,
  otherUses,
});

const table: [name: string, code: string, expected: Partial<Summary>][] = [
  [
    'cleared in finally',
    `function f() { const t = setTimeout(() => {}, 1); try {} finally { clearTimeout(t); } }`,
    kept('t', ['clearTimeout(t)']),
  ],
  [
    'clearInterval clears a timeout too',
    `const t = setTimeout(() => {}, 1); clearInterval(t);`,
    kept('t', ['clearInterval(t)']),
  ],
  ['close() clears', `const t = setTimeout(() => {}, 1); t.close();`, kept('t', ['t.close()'])],
  [
    'cleared inside a .finally closure',
    `declare const p: Promise<void>; const t = setTimeout(() => {}, 1); p.finally(() => clearTimeout(t));`,
    kept('t', ['clearTimeout(t)']),
  ],
  ['unref() alone does not clear', `const t = setTimeout(() => {}, 1); t.unref();`, kept('t', [], 1)],
  [
    'chained unref() is still the handle',
    `const t = setTimeout(() => {}, 1).unref(); clearTimeout(t);`,
    kept('t', ['clearTimeout(t)']),
  ],
  ['never cleared', `const t = setTimeout(() => {}, 1);`, kept('t', [])],
  [
    'a clear guarded by the handle is the guard',
    `let t: NodeJS.Timeout | undefined; t = setTimeout(() => {}, 1); if (t) clearTimeout(t); t && clearTimeout(t); if (t !== undefined) { clearTimeout(t); }`,
    kept('t', ['if (t) clearTimeout(t);', 't && clearTimeout(t)', 'if (t !== undefined) { clearTimeout(t); }'], 3),
  ],
  [
    'a clear guarded by something else stays the call',
    `declare const c: boolean; const t = setTimeout(() => {}, 1); if (c) clearTimeout(t);`,
    kept('t', ['clearTimeout(t)']),
  ],
  [
    'kept through a conditional',
    `declare const ms: number; const t = ms > 0 ? setTimeout(() => {}, ms) : undefined; clearTimeout(t);`,
    kept('t', ['clearTimeout(t)']),
  ],
  [
    'kept through an assertion',
    `const t = setTimeout(() => {}, 1) as unknown as number; clearTimeout(t);`,
    kept('t', ['clearTimeout(t)']),
  ],
  ['discarded', `setTimeout(() => {}, 1);`, { binding: undefined, discarded: true, escaped: false, clears: [] }],
  ['returned', `function f() { return setTimeout(() => {}, 1); }`, { escaped: true }],
  ['stored on this', `class C { t?: NodeJS.Timeout; f() { this.t = setTimeout(() => {}, 1); } }`, { escaped: true }],
  [
    'passed to a function',
    `declare function keep(t: unknown): void; const t = setTimeout(() => {}, 1); keep(t);`,
    { escaped: true, binding: 't' },
  ],
  [
    'logging is not handing on',
    `const t = setTimeout(() => {}, 1); console.log(t); clearTimeout(t);`,
    kept('t', ['clearTimeout(t)'], 1),
  ],
  [
    'assigned to an outer let from a promise executor',
    `function f() { let t: NodeJS.Timeout | undefined; new Promise((_, reject) => { t = setTimeout(reject, 1); }); clearTimeout(t); }`,
    kept('t', ['clearTimeout(t)']),
  ],
  [
    'returned from an arrow executor is ignored',
    `new Promise((_, reject) => setTimeout(reject, 1));`,
    { discarded: true, escaped: false },
  ],
  [
    'node:timers default import',
    `import timers from 'node:timers'; const t = timers.setTimeout(() => {}, 1); timers.clearTimeout(t);`,
    kept('t', ['timers.clearTimeout(t)']),
  ],
  [
    'globalThis.setTimeout',
    `const t = globalThis.setTimeout(() => {}, 1); globalThis.clearTimeout(t);`,
    kept('t', ['globalThis.clearTimeout(t)']),
  ],
  [
    'timers/promises setTimeout is not a callback timer',
    `import { setTimeout } from 'node:timers/promises'; const t = setTimeout(1);`,
    { isTimer: false },
  ],
  [
    'a local function named setTimeout is not a timer',
    `function setTimeout(f: () => void, ms: number) { return 0; } const t = setTimeout(() => {}, 1);`,
    { isTimer: false },
  ],
];

describe('timerHandleFacts', () => {
  for (const [name, code, expected] of table) {
    it(name, () => {
      expect(summarize(code)).toMatchObject(expected);
    });
  }
});

describe('isClearTimerCall', () => {
  it('knows the globals and node:timers, not a local function', () => {
    let result: boolean[] = [];
    runProbe(
      `import { clearTimeout as clear } from 'node:timers'; declare const t: NodeJS.Timeout; clearTimeout(t); clearInterval(t); { const clearTimeout = (x: unknown) => x; clearTimeout(t); }`,
      (context) => ({
        'Program:exit'(program) {
          result = [...findCalls(program, 'clearTimeout'), ...findCalls(program, 'clearInterval')].map((call) =>
            isClearTimerCall(call, context.sourceCode),
          );
        },
      }),
    );
    expect(result).toEqual([true, false, true]);
  });
});

function callbackSummary(code: string): string[] {
  let result: string[] = [];
  runProbe(code, (context) => ({
    'Program:exit'(program) {
      const timer = firstTimer(program, (node) => context.sourceCode.getText(node));
      const callback = timerCallback(timer);
      result = callback ? calleesRunByTimer(callback).map((node) => context.sourceCode.getText(node)) : [];
    },
  }));
  return result;
}

describe('calleesRunByTimer', () => {
  const cases: [string, string, string[]][] = [
    ['arrow body call', `declare const c: AbortController; setTimeout(() => c.abort(), 1);`, ['c.abort']],
    [
      'block body, nested functions skipped',
      `declare const c: AbortController; setTimeout(() => { log(); c.abort(); [1].forEach(() => other()); }, 1); declare function log(): void; declare function other(): void;`,
      ['log', 'c.abort', '[1].forEach'],
    ],
    ['bound method', `declare const c: AbortController; setTimeout(c.abort.bind(c), 1);`, ['c.abort']],
    ['function reference', `declare const reject: () => void; setTimeout(reject, 1);`, ['reject']],
    ['a string is not a callback', `setTimeout('tick()' as never, 1);`, []],
  ];
  for (const [name, code, expected] of cases) {
    it(name, () => {
      expect(callbackSummary(code)).toEqual(expected);
    });
  }
});

function raceSummary(code: string): { reject: string | undefined; races: number | undefined } {
  let result: { reject: string | undefined; races: number | undefined } = { reject: undefined, races: undefined };
  runProbe(code, (context) => ({
    'Program:exit'(program) {
      const timer = firstTimer(program, (node) => context.sourceCode.getText(node));
      const executor = enclosingPromiseExecutor(timer, context.sourceCode);
      result = {
        reject: executor?.reject.name,
        races: executor ? racesOf(executor.promise, context.sourceCode)?.length : undefined,
      };
    },
  }));
  return result;
}

describe('enclosingPromiseExecutor and racesOf', () => {
  const cases: [string, string, { reject: string | undefined; races: number | undefined }][] = [
    [
      'inline in Promise.race',
      `declare const p: Promise<1>; Promise.race([p, new Promise((_, reject) => setTimeout(reject, 1))]);`,
      { reject: 'reject', races: 1 },
    ],
    [
      'through a const',
      `declare const p: Promise<1>; const t = new Promise((_, fail) => { setTimeout(() => fail(), 1); }); Promise.race([p, t]);`,
      { reject: 'fail', races: 1 },
    ],
    [
      'returned from a helper: not a race here',
      `function timeout() { return new Promise((_, reject) => setTimeout(reject, 1)); }`,
      { reject: 'reject', races: undefined },
    ],
    [
      'no reject parameter',
      `new Promise((resolve) => setTimeout(resolve, 1));`,
      { reject: undefined, races: undefined },
    ],
    ['not in an executor', `setTimeout(() => {}, 1);`, { reject: undefined, races: undefined }],
    [
      'awaited alone: not a race',
      `async function f() { await new Promise((_, reject) => setTimeout(reject, 1)); }`,
      { reject: 'reject', races: undefined },
    ],
  ];
  for (const [name, code, expected] of cases) {
    it(name, () => {
      expect(raceSummary(code)).toEqual(expected);
    });
  }
});

/** `index.verdict` with `implicitThrows`, the way clear-abort-timer asks it: a failed call is a path. */
function verdictWithThrows(code: string, implicitThrows: boolean): string {
  let result = '';
  runProbe(code, (context) => {
    const { index, listeners } = getCodePathIndex(context);
    return {
      ...listeners,
      'Program:exit'(program: TSESTree.Program) {
        const verdict = index.verdict({
          start: findCalls(program, 'arm')[0]!,
          releases: findCalls(program, 'clear'),
          endingCall: pathEndingCalls(context.sourceCode, getTypeServices(context)),
          implicitThrows,
        });
        result =
          verdict.kind === 'leaks' ? `leaks:${verdict.end.kind}@${verdict.end.node.loc.start.line}` : verdict.kind;
      },
    };
  });
  return result;
}

describe('paths: implicitThrows (a request that rejects is a path)', () => {
  const prelude = `declare function arm(): void; declare function clear(): void; declare function request(): Promise<void>;\n`;
  const cases: [name: string, body: string, withThrows: string, without: string][] = [
    [
      'clear after the try block is skipped when the request rejects into a catch that returns',
      `async function f() { arm(); try { await request(); } catch { return; } clear(); }`,
      'leaks:return@2',
      'released',
    ],
    [
      'a finally covers the rejection',
      `async function f() { arm(); try { await request(); } finally { clear(); } }`,
      'released',
      'released',
    ],
    [
      'clear in the try only: the rejection leaves through the catch',
      `async function f() { arm(); try { await request(); clear(); } catch (e) { console.error(e); } }`,
      'leaks:end@2',
      'released',
    ],
    [
      'clear in both try and catch',
      `async function f() { arm(); try { await request(); clear(); } catch (e) { clear(); throw e; } }`,
      'released',
      'released',
    ],
  ];
  for (const [name, body, withThrows, without] of cases) {
    it(name, () => {
      expect(verdictWithThrows(prelude + body, true)).toBe(withThrows);
      expect(verdictWithThrows(prelude + body, false)).toBe(without);
    });
  }
});
