import path from 'node:path';

import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { Linter } from 'eslint';
import tseslint from 'typescript-eslint';

import { fixturesDir } from '../rule-tester.js';

type Probe = (context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>) => TSESLint.RuleListener;

/**
 * Runs `probe` as a rule over `code` (typed in the fixture project when `typed`), and returns
 * whatever the probe collected. Any exception inside the probe fails the calling test.
 */
export function runProbe(code: string, probe: Probe, options: { typed?: boolean } = {}): void {
  const linter = new Linter({ configType: 'flat' });
  const messages = linter.verify(
    code,
    [
      {
        files: ['**/*.ts'],
        languageOptions: {
          parser: tseslint.parser as Linter.Parser,
          parserOptions: options.typed ? { projectService: true, tsconfigRootDir: fixturesDir } : {},
        },
        plugins: { probe: { rules: { probe: { create: probe as never, meta: { schema: [] } } } } },
        rules: { 'probe/probe': 'error' },
      },
    ],
    { filename: path.join(fixturesDir, 'file.ts') },
  );
  const fatal = messages.find((message) => message.fatal || message.ruleId === null);
  if (fatal) throw new Error(`parse failed: ${fatal.message}`);
}

/** The first call in the program whose callee is the identifier `name`. */
export function findCall(program: TSESTree.Program, name: string): TSESTree.CallExpression {
  let found: TSESTree.CallExpression | undefined;
  const visit = (node: unknown): void => {
    if (found || !node || typeof node !== 'object') return;
    const candidate = node as TSESTree.Node;
    if (
      candidate.type === 'CallExpression' &&
      candidate.callee.type === 'Identifier' &&
      candidate.callee.name === name
    ) {
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
  if (!found) throw new Error(`no call to ${name}()`);
  return found;
}

/** Every call in the program whose callee is the identifier `name`. */
export function findCalls(program: TSESTree.Program, name: string): TSESTree.CallExpression[] {
  const calls: TSESTree.CallExpression[] = [];
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    const candidate = node as TSESTree.Node;
    if (
      candidate.type === 'CallExpression' &&
      candidate.callee.type === 'Identifier' &&
      candidate.callee.name === name
    ) {
      calls.push(candidate);
    }
    for (const [key, value] of Object.entries(candidate)) {
      if (key === 'parent') continue;
      if (Array.isArray(value)) value.forEach(visit);
      else visit(value);
    }
  };
  visit(program);
  return calls;
}
