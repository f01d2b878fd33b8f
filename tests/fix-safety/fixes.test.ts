// Every fix and every suggestion of every rule, as the rule tests' invalid cases produce them, applied
// and checked (tests/fix-safety/checks.ts): the output parses; it type-checks with no TypeScript
// error the input does not have (typed cases); `--fix` settles (a second run changes nothing and the
// fixed report is gone); a fix deletes and moves no user code and leaves what a function returns
// alone; in a CRLF file every fix and suggestion writes CRLF.
import type { InvalidTestCase } from '@typescript-eslint/rule-tester';
import type { Rule } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

import plugin from '../../src/index.js';
import { typeErrors } from '../type-check.js';
import { CASE_GROUPS } from './case-groups.js';
import { diffProblems, lineEndingProblems, newTypeErrors, parseProblems, stabilityProblems } from './checks.js';
import { KNOWN_BAD } from './known-bad.js';
import { applyFix, fix, lint, type CaseGroup } from './lint.js';

const rules = plugin.rules as unknown as Record<string, Rule.RuleModule>;

type Case = InvalidTestCase<string, readonly unknown[]>;

interface Output {
  readonly label: string;
  readonly kind: 'fix' | 'suggestion';
  readonly text: string;
}

interface Examined {
  readonly problems: string[];
  readonly outputs: Output[];
}

const labelOf = (message: { messageId?: string; line: number }, index: number): string =>
  `report ${index + 1} (${message.messageId ?? '?'}, line ${message.line})`;

function examine(group: CaseGroup, testCase: Case): Examined {
  const rule = rules[group.rule]!;
  const code = testCase.code;
  const problems: string[] = [];
  const outputs: Output[] = [];
  const messages = lint(group, testCase, rule, code);
  for (const fatal of messages.filter((message) => message.fatal)) problems.push(`input: ${fatal.message}`);

  const fixable = messages.filter((message) => message.fix);
  if (fixable.length > 0) {
    const fixed = fix(group, testCase, rule, code);
    const parse = parseProblems(fixed.output);
    problems.push(...parse.map((problem) => `fix: ${problem}`));
    if (parse.length === 0) {
      problems.push(...diffProblems(code, fixed.output).map((problem) => `fix: ${problem}`));
      const refixed = fix(group, testCase, rule, fixed.output).output;
      problems.push(
        ...stabilityProblems({
          before: messages,
          fixedReports: fixable,
          fixed: fixed.output,
          after: fixed.messages,
          refixed,
        }).map((problem) => `fix: ${problem}`),
      );
    }
    outputs.push({ label: 'fix', kind: 'fix', text: fixed.output });
  }
  messages.forEach((message, index) =>
    (message.suggestions ?? []).forEach((suggestion, suggestionIndex) => {
      const label = `${labelOf(message, index)} suggestion ${suggestionIndex + 1} (${suggestion.messageId ?? '?'})`;
      const text = applyFix(code, suggestion.fix);
      problems.push(...parseProblems(text).map((problem) => `${label}: ${problem}`));
      outputs.push({ label, kind: 'suggestion', text });
    }),
  );

  // The same case with CRLF line endings: every fix and suggestion keeps them.
  if (outputs.length === 0) return { problems, outputs };
  const crlf = code.replace(/\r?\n/g, '\r\n');
  const crlfMessages = lint(group, testCase, rule, crlf);
  const edits = crlfMessages.flatMap((message, index) => [
    ...(message.fix ? [{ label: `${labelOf(message, index)} fix`, edit: message.fix }] : []),
    ...(message.suggestions ?? []).map((suggestion, suggestionIndex) => ({
      label: `${labelOf(message, index)} suggestion ${suggestionIndex + 1}`,
      edit: suggestion.fix,
    })),
  ]);
  const lfEdits = fixable.length + messages.reduce((sum, message) => sum + (message.suggestions?.length ?? 0), 0);
  if (edits.length !== lfEdits) problems.push(`CRLF: ${edits.length} fixes and suggestions, ${lfEdits} with LF`);
  for (const { label, edit } of edits) {
    problems.push(...lineEndingProblems(crlf, applyFix(crlf, edit)).map((problem) => `CRLF ${label}: ${problem}`));
  }
  return { problems, outputs };
}

/** The outputs' new TypeScript errors, as problems of their case (one program for the whole group). */
function typeCheck(group: CaseGroup, examined: readonly Examined[]): void {
  const texts = group.cases.flatMap((testCase, index) => [
    testCase.code,
    ...examined[index]!.outputs.map((output) => output.text),
  ]);
  const errors = typeErrors(texts);
  let at = 0;
  examined.forEach((result) => {
    const inputErrors = errors[at++]!;
    for (const output of result.outputs) {
      const added = newTypeErrors(inputErrors, errors[at++]!);
      result.problems.push(...added.map((error) => `${output.label}: new type error ${error}`));
    }
  });
}

/** Which problems of a case the known-bad list accounts for; each of its entries must still match one. */
function unexplained(group: CaseGroup, testCase: Case, problems: readonly string[]): string[] {
  const entries = KNOWN_BAD.filter((entry) => entry.group === group.name && testCase.code.includes(entry.code));
  for (const entry of entries) {
    expect(
      problems.some((problem) => entry.problem.test(problem)),
      `known-bad entry no longer fails (remove it): ${entry.reason}`,
    ).toBe(true);
  }
  return problems.filter((problem) => !entries.some((entry) => entry.problem.test(problem)));
}

for (const group of CASE_GROUPS) {
  describe(`${group.name}: fixes and suggestions are safe`, () => {
    let examined: Examined[] = [];
    beforeAll(() => {
      examined = group.cases.map((testCase) => examine(group, testCase));
      if (group.tsconfigRootDir) typeCheck(group, examined);
      // Hundreds of typed lint runs on a shared machine: minutes, not the default hook timeout.
    }, 1_800_000);

    it('has fixes or suggestions to check', () => {
      expect(examined.some((result) => result.outputs.length > 0)).toBe(true);
    });

    group.cases.forEach((testCase, index) => {
      it(`case ${index + 1}`, () => {
        expect(unexplained(group, testCase, examined[index]!.problems), testCase.code).toEqual([]);
      });
    });
  });
}

describe('the fix-safety cases cover every rule that fixes or suggests', () => {
  it('has a typed and an untyped case group for each', () => {
    const fixing = Object.entries(rules)
      .filter(([, rule]) => rule.meta?.fixable || rule.meta?.hasSuggestions)
      .map(([name]) => name)
      .sort();
    expect(fixing.length).toBeGreaterThan(0);
    const covered = (typedGroup: boolean): string[] =>
      [...new Set(CASE_GROUPS.filter((g) => !!g.tsconfigRootDir === typedGroup).map((g) => g.rule))].sort();
    expect(covered(true)).toEqual(fixing);
    expect(covered(false)).toEqual(fixing);
  });

  it('every known-bad entry names a case group and gives a reason', () => {
    for (const entry of KNOWN_BAD) {
      expect(CASE_GROUPS.map((g) => g.name)).toContain(entry.group);
      expect(entry.reason.length).toBeGreaterThan(20);
    }
  });
});
