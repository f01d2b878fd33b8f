import type { TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';

import { isInspectingCall } from '../../src/analysis/inspection.js';
import { findCall, runProbe } from './harness.js';

function inspects(code: string): boolean {
  let result = false;
  runProbe(
    `declare const console: any, logger: any, util: any, JSON: any; declare function probe(): void;\n${code}`,
    () => ({
      'Program:exit'(program) {
        // `probe()` marks the argument: its parent is the call under test.
        result = isInspectingCall(findCall(program, 'probe').parent as TSESTree.CallExpression);
      },
    }),
  );
  return result;
}

const table: [code: string, expected: boolean][] = [
  ['console.log(probe());', true],
  ['logger.error("x", probe());', true],
  ['this.logger.warn(probe());', true],
  ['JSON.stringify(probe());', true],
  ['util.inspect(probe());', true],
  ['util.addAbortListener(probe(), () => {});', false],
  ['util.promisify(probe());', false],
  ['String(probe());', true],
  ['save(probe());', false],
];

describe('isInspectingCall', () => {
  for (const [code, expected] of table) {
    it(code, () => {
      expect(inspects(`declare function save(v: unknown): void; class C { logger: any; m() { ${code} } }`)).toBe(
        expected,
      );
    });
  }
});
