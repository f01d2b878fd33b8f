// The six unsafe fixes issue 10 ("Real code in the loop", section 3) found, one pinned by each test.
// Each test was seen failing with its guard in src/ taken out (named in its comment).
import type { InvalidTestCase } from '@typescript-eslint/rule-tester';
import type { Linter, Rule } from 'eslint';
import { describe, expect, it } from 'vitest';

import plugin from '../../src/index.js';
import { fixturesDir } from '../rule-tester.js';
import { typeErrors } from '../type-check.js';
import { lineEndingProblems, newTypeErrors, stabilityProblems } from './checks.js';
import { applyFix, fix, lint, type CaseGroup } from './lint.js';

const rules = plugin.rules as unknown as Record<string, Rule.RuleModule>;

function run(ruleName: string, code: string, options: readonly unknown[] = []) {
  const group: CaseGroup = { name: ruleName, rule: ruleName, cases: [], tsconfigRootDir: fixturesDir };
  const testCase: InvalidTestCase<string, readonly unknown[]> = { code, errors: [], options };
  const rule = rules[ruleName]!;
  return {
    messages: lint(group, testCase, rule, code),
    fix: (text = code) => fix(group, testCase, rule, text),
  };
}

const suggestionsOf = (code: string, messages: readonly Linter.LintMessage[]): string[] =>
  messages.flatMap((message) => (message.suggestions ?? []).map((suggestion) => applyFix(code, suggestion.fix)));

// A `clear-abort-timer` fix that never settled: appended after `log()` in the inner `finally` (a call
// that may throw past it), every --fix run added another `clearTimeout(timer);` and the report stayed.
// Guard: src/util/try-fix.ts addToFinally prepends to an existing `finally` (prependStatement).
const nestedTry = `declare function log(): void;
export async function getJson(url: string): Promise<unknown> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 5000);
  try {
    try {
      const res = await fetch(url, { signal: controller.signal });
      return await res.json();
    } finally {
      log();
    }
  } catch {
    return null;
  }
}`;

describe('regression: clear-abort-timer fix in a nested try/finally settles', () => {
  it('clears first in the inner finally, once; a second --fix changes nothing and the report is gone', () => {
    const { messages, fix: fixCode } = run('clear-abort-timer', nestedTry);
    const fixable = messages.filter((message) => message.fix);
    expect(fixable.map((message) => message.messageId)).toEqual(['notCleared']);
    const fixed = fixCode();
    expect(fixed.output).toBe(
      nestedTry.replace('    } finally {\n      log();', '    } finally {\n      clearTimeout(timer);\n      log();'),
    );
    const refixed = fixCode(fixed.output).output;
    expect(
      stabilityProblems({
        before: messages,
        fixedReports: fixable,
        fixed: fixed.output,
        after: fixed.messages,
        refixed,
      }),
    ).toEqual([]);
  });
});

// A `consume-response-body` fix that released the promise: `const p = fetch(u)` was taken for the
// response, so the fix wrote `await p.body?.cancel()` (a type error that releases nothing) and the
// message called the promise "Response `p`".
// Guard: src/http/release-sites.ts declaredName gives no name to a binding that was not awaited.
const promiseBinding = `export async function getJson(u: string): Promise<unknown> {
  const p = fetch(u);
  const res = await p;
  if (!res.ok) return null;
  return res.json();
}`;

describe('regression: consume-response-body does not release a promise binding', () => {
  it('offers no `p.body` release, and the message does not call the promise a Response', () => {
    const { messages, fix: fixCode } = run('consume-response-body', promiseBinding);
    expect(messages.map((message) => message.messageId)).toEqual(['leaks']);
    expect(messages[0]!.message).not.toContain('`p`');
    const texts = [fixCode().output, ...suggestionsOf(promiseBinding, messages)];
    for (const text of texts) expect(text).not.toMatch(/\bp\.body\b/);
    const [before, ...after] = typeErrors([promiseBinding, ...texts]);
    for (const errors of after) expect(newTypeErrors(before!, errors)).toEqual([]);
  });
});

// A fix that threw at run time: `let response: Response | undefined` set inside a `try` of a retry
// loop was released with `await response.body?.cancel()` where it may still be unset (TS18048, and a
// TypeError when every attempt fails), as an automatic fix.
// Guard: src/rules/consume-response-body.ts declaredUnset (`?.` on the response, a suggestion only).
const unsetInRetryLoop = `export async function fetchWithRetry(url: string): Promise<unknown> {
  let response: Response | undefined;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      response = await fetch(url);
      break;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  if (!response || !response.ok) throw new Error('request failed');
  return response.json();
}`;

describe('regression: consume-response-body on a response declared without a value', () => {
  it('only suggests, with `response?.`, and the suggestion type-checks', () => {
    const { messages } = run('consume-response-body', unsetInRetryLoop);
    expect(messages.map((message) => message.messageId)).toEqual(['leaks']);
    expect(messages[0]!.fix).toBeUndefined();
    const suggestions = suggestionsOf(unsetInRetryLoop, messages);
    expect(suggestions).toHaveLength(1);
    expect(suggestions[0]).toContain(
      "if (!response || !response.ok) { await response?.body?.cancel(); throw new Error('request failed'); }",
    );
    const [before, after] = typeErrors([unsetInRetryLoop, suggestions[0]!]);
    expect(newTypeErrors(before!, after!)).toEqual([]);
  });
});

// A `finally` fix that cleared the wrong timer: when the `catch` re-arms a `let` handle, a
// `clearTimeout(timer)` in the `finally` clears only the new timer and the first stays armed.
// Guard: src/http/abort-timer-fixes.ts clearInFinallyFix returns nothing for a reassigned handle.
const reArmed = `export async function getText(url: string): Promise<string> {
  const controller = new AbortController();
  let timer = setTimeout(() => controller.abort(), 5000);
  try {
    const res = await fetch(url, { signal: controller.signal });
    return await res.text();
  } catch (error) {
    timer = setTimeout(() => controller.abort(), 5000);
    throw error;
  }
}`;

describe('regression: clear-abort-timer offers no finally fix for a re-armed handle', () => {
  it('reports the timer with no fix', () => {
    const { messages, fix: fixCode } = run('clear-abort-timer', reArmed);
    expect(messages.map((message) => message.messageId)).toContain('notCleared');
    expect(messages.filter((message) => message.fix)).toEqual([]);
    expect(fixCode().output).toBe(reArmed);
  });
});

// Fixes wrote `\n` into CRLF files. Guard: src/util/fix.ts lineBreakOf, used by every helper that
// writes a line (insertStatementBefore, appendStatement, prependStatement, addProperty, addOption).
describe('regression: fixes and suggestions keep a CRLF file CRLF', () => {
  const crlf = (code: string): string => code.replace(/\n/g, '\r\n');
  const newFinally = `export async function getText(url: string): Promise<string | null> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 5000);
  try {
    const res = await fetch(url, { signal: controller.signal });
    return await res.text();
  } catch {
    return null;
  }
}`;
  const releaseOnItsOwnLine = `export async function getJson(u: string): Promise<unknown> {
  const res = await fetch(u);
  if (!res.ok) {
    throw new Error(String(res.status));
  }
  return res.json();
}`;
  const multilineOptions = `export async function load(url: string): Promise<Response> {
  return fetch(url, {
    method: 'GET',
  });
}`;
  it.each([
    ['clear-abort-timer', 'a clearTimeout first in an existing finally', nestedTry],
    ['clear-abort-timer', 'a new finally around the request', newFinally],
    ['consume-response-body', 'a release on its own line before a throw', releaseOnItsOwnLine],
    ['require-request-timeout', 'a signal in a multi-line options object', multilineOptions],
  ])('%s: %s', (ruleName, _what, code) => {
    const input = crlf(code);
    const { messages, fix: fixCode } = run(ruleName, input);
    const outputs = [
      ...(messages.some((message) => message.fix) ? [fixCode().output] : []),
      ...suggestionsOf(input, messages),
    ];
    // Each case writes a line break of its own, so that it shows which one the fix chose.
    expect(outputs.some((output) => output.split('\r\n').length > input.split('\r\n').length)).toBe(true);
    for (const output of outputs) {
      expect(output).not.toBe(input);
      expect(lineEndingProblems(input, output)).toEqual([]);
    }
  });
});

// `timeoutMs` had no upper bound: 3000000000 wrote `AbortSignal.timeout(3_000_000_000)`, which
// overflows Node's timer (it fires after about 10 ms), and 1e308 made it throw.
// Guard: src/rules/require-request-timeout.ts's schema, `maximum: 2_147_483_647` (2^31 - 1 ms).
describe('regression: require-request-timeout bounds timeoutMs at 2^31 - 1', () => {
  const code = `export function load(url: string): Promise<Response> {
  return fetch(url);
}`;
  it.each([2_147_483_648, 3_000_000_000, 1e308])('rejects %d', (timeoutMs) => {
    expect(() => run('require-request-timeout', code, [{ timeoutMs }])).toThrow(
      /Key "http-hygiene\/require-request-timeout":[\s\S]*Value \S+ should be <= 2147483647/,
    );
  });

  it('takes 2147483647 and writes it in the suggestion', () => {
    const { messages } = run('require-request-timeout', code, [{ timeoutMs: 2_147_483_647 }]);
    expect(suggestionsOf(code, messages)).toEqual([
      code.replace('fetch(url)', 'fetch(url, { signal: AbortSignal.timeout(2_147_483_647) })'),
    ]);
  });
});
