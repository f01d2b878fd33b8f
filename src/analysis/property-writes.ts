import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { enclosingFunction, isTransparentWrapper, skipTransparent, staticPropertyName } from '../util/ast.js';
import { isReassigned, variableOf } from './scope.js';

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
 * in the same function as the write, and every key is static. Undefined for any other target (a
 * parameter, a computed key, an object made elsewhere): the code does not show who reads it.
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
  const path: string[] = [];
  let target = skipTransparent(assignment.left);
  while (target.type === AST_NODE_TYPES.MemberExpression) {
    const name = staticPropertyName(target);
    if (name === undefined) return undefined;
    path.unshift(name);
    target = skipTransparent(target.object);
  }
  if (target.type !== AST_NODE_TYPES.Identifier || path.length === 0) return undefined;
  const variable = variableOf(target, sourceCode);
  const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (definition?.type !== 'Variable' || definition.node.id.type !== AST_NODE_TYPES.Identifier) return undefined;
  const init = definition.node.init;
  if (!init || skipTransparent(init).type !== AST_NODE_TYPES.ObjectExpression || isReassigned(variable!)) {
    return undefined;
  }
  if (enclosingFunction(definition.node) !== enclosingFunction(assignment)) return undefined;
  return { object: definition.node.id, path, write: assignment };
}
