// Each check of tests/fix-safety/checks.ts fails on a known-bad output and passes a good one.
import { describe, expect, it } from 'vitest';

import { diffProblems, lineEndingProblems, newTypeErrors, parseProblems, stabilityProblems } from './checks.js';

describe('parseProblems', () => {
  it('finds an output that does not parse', () => {
    expect(parseProblems('try { await f(); } finally { clearTimeout(t); ')).toHaveLength(1);
    expect(parseProblems('try { await f(); } finally { clearTimeout(t); }')).toEqual([]);
  });
});

describe('newTypeErrors', () => {
  it('finds an error the input does not have, wherever its line', () => {
    const before = ["line 3: Cannot find name 'log'."];
    const moved = ["line 4: Cannot find name 'log'."];
    const added = [...moved, "line 6: Property 'body' does not exist on type 'Promise<Response>'."];
    expect(newTypeErrors(before, moved)).toEqual([]);
    expect(newTypeErrors(before, added)).toEqual([
      "line 6: Property 'body' does not exist on type 'Promise<Response>'.",
    ]);
  });

  it('counts: a second copy of an error the input has is new', () => {
    const error = "line 2: 'response' is possibly 'undefined'.";
    expect(newTypeErrors([error], [error, error])).toEqual([error]);
  });
});

describe('lineEndingProblems', () => {
  const input = 'try {\r\n  await f();\r\n} finally {\r\n}\r\n';
  it('finds a bare \\n written into a CRLF file', () => {
    const output = 'try {\r\n  await f();\r\n} finally {\n  clearTimeout(t);\r\n}\r\n';
    expect(lineEndingProblems(input, output)).toEqual(['bare "\\n" on line 3 of a CRLF file']);
  });

  it('passes CRLF output, and any output of an LF or mixed file', () => {
    expect(lineEndingProblems(input, 'try {\r\n  await f();\r\n} finally {\r\n  clearTimeout(t);\r\n}\r\n')).toEqual(
      [],
    );
    expect(lineEndingProblems('a;\nb;\r\n', 'a;\nb;\nc;\n')).toEqual([]);
  });
});

describe('diffProblems', () => {
  const input = `async function f(url: string) {
  const res = await fetch(url); // checked below
  if (!res.ok) return null;
  return res.json();
}`;

  it('passes a fix that only inserts a statement', () => {
    const output = input.replace(
      'if (!res.ok) return null;',
      'if (!res.ok) { await res.body?.cancel(); return null; }',
    );
    expect(diffProblems(input, output)).toEqual([]);
  });

  it('finds deleted user code, and a deleted comment', () => {
    expect(diffProblems(input, input.replace('if (!res.ok) return null;', ''))[0]).toMatch(
      /^deletes or moves user code/,
    );
    expect(diffProblems(input, input.replace(' // checked below', ''))[0]).toMatch(/checked below/);
  });

  it('finds code moved across an await', () => {
    const moved = `async function f(url: string) {
  if (!res.ok) return null;
  const res = await fetch(url); // checked below
  return res.json();
}`;
    expect(diffProblems(input, moved)[0]).toMatch(/^deletes or moves user code/);
  });

  it('passes a statement added inside a callback that is part of a returned expression', () => {
    const chained = `function f(url: string) {
  return fetch(url).then((res) => {
    if (!res.ok) return null;
    return res.json();
  });
}`;
    const output = chained.replace(
      'if (!res.ok) return null;',
      'if (!res.ok) { void res.body?.cancel(); return null; }',
    );
    expect(diffProblems(chained, output)).toEqual([]);
  });

  it('finds a changed return value and an added return', () => {
    expect(diffProblems(input, input.replace('return res.json();', 'return res.json() ?? null;'))).toEqual([
      'changes what a function returns: inserts `??` into `res.json() ?? null`',
    ]);
    expect(diffProblems(input, input.replace('return res.json();', 'return res.json();\n  return;'))).toContain(
      'adds a `return`',
    );
    const arrow = 'export const get = (u: string) => fetch(u);';
    expect(diffProblems(arrow, arrow.replace('fetch(u)', 'fetch(u, { signal })'))[0]).toMatch(
      /^changes what a function returns/,
    );
  });
});

describe('stabilityProblems', () => {
  const report = { ruleId: 'http-hygiene/clear-abort-timer', messageId: 'notCleared' };
  it('finds a fix that does not settle: a second run changes it and the report stays', () => {
    expect(
      stabilityProblems({
        before: [report],
        fixedReports: [report],
        fixed: 'finally { clearTimeout(t); log(); }',
        after: [report],
        refixed: 'finally { clearTimeout(t); clearTimeout(t); log(); }',
      }),
    ).toEqual([
      'a second --fix run changes the output again',
      'the fixed report http-hygiene/clear-abort-timer:notCleared is still there (1 left, at most 0)',
    ]);
  });

  it('passes a fix after which only the other reports remain', () => {
    const other = { ...report, messageId: 'neverCleared' };
    expect(
      stabilityProblems({
        before: [report, report, other],
        fixedReports: [report],
        fixed: 'x',
        after: [report, other],
        refixed: 'x',
      }),
    ).toEqual([]);
  });
});
