// Runs one rule over one rule-test case as ESLint does (typed or not), and applies its fixes and
// suggestions: the outputs tests/fix-safety/ checks.
import path from 'node:path';

import type { InvalidTestCase } from '@typescript-eslint/rule-tester';
import { Linter, type Rule } from 'eslint';
import tseslint from 'typescript-eslint';

/** The invalid cases one `RuleTester.run` of a rule test runs, and how (typed: its tsconfig's folder). */
export interface CaseGroup {
  readonly name: string;
  readonly rule: string;
  readonly cases: readonly InvalidTestCase<string, readonly unknown[]>[];
  readonly tsconfigRootDir?: string;
}

const linters = new Map<string, Linter>();

function linterFor(cwd: string): Linter {
  let linter = linters.get(cwd);
  if (!linter) {
    linter = new Linter({ configType: 'flat', cwd });
    linters.set(cwd, linter);
  }
  return linter;
}

function setup(group: CaseGroup, testCase: InvalidTestCase<string, readonly unknown[]>, rule: Rule.RuleModule) {
  const root = group.tsconfigRootDir ?? process.cwd();
  const filename = path.join(root, testCase.filename ?? 'file.ts');
  const config: Linter.Config[] = [
    {
      files: ['**/*.ts', '**/*.tsx'],
      languageOptions: {
        parser: tseslint.parser,
        parserOptions: {
          ecmaVersion: 'latest',
          sourceType: 'module',
          ...(group.tsconfigRootDir ? { projectService: true, tsconfigRootDir: group.tsconfigRootDir } : {}),
        },
      },
      plugins: { 'http-hygiene': { rules: { [group.rule]: rule } } },
      rules: { [`http-hygiene/${group.rule}`]: ['error', ...(testCase.options ?? [])] as Linter.RuleEntry },
    },
  ];
  return { linter: linterFor(root), config, filename };
}

/** The rule's reports on `code`, with their fixes and suggestions. */
export function lint(
  group: CaseGroup,
  testCase: InvalidTestCase<string, readonly unknown[]>,
  rule: Rule.RuleModule,
  code: string,
): Linter.LintMessage[] {
  const { linter, config, filename } = setup(group, testCase, rule);
  return linter.verify(code, config, filename);
}

/** `--fix` on `code`: up to ten passes, as the CLI runs it; `messages` are the reports left. */
export function fix(
  group: CaseGroup,
  testCase: InvalidTestCase<string, readonly unknown[]>,
  rule: Rule.RuleModule,
  code: string,
): { output: string; messages: Linter.LintMessage[] } {
  const { linter, config, filename } = setup(group, testCase, rule);
  const { output, messages } = linter.verifyAndFix(code, config, { filename });
  return { output, messages };
}

/** `code` with one fix (a report's fix, or one suggestion's) applied. */
export function applyFix(code: string, edit: Rule.Fix): string {
  return code.slice(0, edit.range[0]) + edit.text + code.slice(edit.range[1]);
}
