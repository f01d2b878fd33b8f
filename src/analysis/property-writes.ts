import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { isTransparentWrapper } from '../util/ast.js';
import { writeTarget } from './object-shape.js';

/** A value written onto an object literal after it was made: `init.signal = value`. */
interface LocalObjectWrite {
  /** The variable holding the object literal. */
  readonly object: TSESTree.Identifier;
  /** The properties written, outermost first: `['options', 'signal']` for `ctx.options.signal = value`. */
  readonly path: readonly string[];
  readonly write: TSESTree.AssignmentExpression;
}

/**
 * `obj.a.b = value` where `obj` is a variable, never reassigned, holding an object literal made
 * in the same function as the write, and every key is static (`writeTarget`). Undefined for any
 * other target (a parameter, a computed key, an object made elsewhere): the code does not show who reads it.
 */
export function localObjectWrite(
  value: TSESTree.Node,
  sourceCode: Readonly<TSESLint.SourceCode>,
): LocalObjectWrite | undefined {
  let node = value;
  while (node.parent && isTransparentWrapper(node.parent, node)) node = node.parent;
  const assignment = node.parent;
  if (assignment?.type !== AST_NODE_TYPES.AssignmentExpression || assignment.operator !== '=') return undefined;
  if (assignment.right !== node) return undefined;
  const target = writeTarget(assignment, sourceCode);
  return target && { object: target.binding, path: target.path, write: assignment };
}
