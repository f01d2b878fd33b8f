import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { memberPath } from '../util/ast.js';
import { importOriginIs, resolveImportOrigin } from './callee.js';
import type { PathEndingCall } from './paths.js';
import type { TypeServices } from './services.js';
import { returnsNever } from './types.js';
import { guarded } from '../util/guard.js';

/**
 * Classifies calls that end a path although code paths go on past them: `process.exit()` and
 * `process.abort()` stop the process; with types, a call whose signature returns `never` throws.
 */
export function pathEndingCalls(
  sourceCode: Readonly<TSESLint.SourceCode>,
  services: TypeServices | undefined,
): (call: TSESTree.CallExpression) => PathEndingCall | undefined {
  return (call) => {
    const path = memberPath(call.callee);
    if (path?.length === 2 && path[0] === 'process' && (path[1] === 'exit' || path[1] === 'abort')) {
      const origin = resolveImportOrigin(call.callee, sourceCode);
      if (!origin || origin.module === null || importOriginIs(origin, ['process'], [path[1]])) return 'exit';
    }
    if (!services) return undefined;
    return guarded(undefined, () => {
      const tsNode = services.parserServices.esTreeNodeToTSNodeMap.get(call);
      const signature = services.checker.getResolvedSignature(tsNode);
      return returnsNever(services.ts, services.checker, signature) ? 'never-returns' : undefined;
    });
  };
}
