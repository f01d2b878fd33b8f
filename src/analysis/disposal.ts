import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

import { isFunctionNode, memberPath } from '../util/ast.js';

const DISPOSE_KEYS = new Set(['Symbol.dispose', 'Symbol.asyncDispose']);

/**
 * The block whose exit runs `node`: `node` lies in the `[Symbol.dispose]` (or `asyncDispose`) method
 * of an object literal held by a `using` or `await using` declaration, which the runtime calls on
 * every way out of the declaration's block, a throw included. Undefined otherwise.
 */
export function blockDisposingAt(node: TSESTree.Node): TSESTree.Node | undefined {
  let fn: TSESTree.Node | undefined = node;
  while (fn && !isFunctionNode(fn)) fn = fn.parent;
  const property = fn?.parent;
  if (property?.type !== AST_NODE_TYPES.Property || !property.computed) return undefined;
  const key = memberPath(property.key)?.join('.');
  if (!key || !DISPOSE_KEYS.has(key)) return undefined;
  const declarator = property.parent.parent;
  if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.init !== property.parent) return undefined;
  const declaration = declarator.parent;
  const disposed = declaration.kind === 'using' || declaration.kind === 'await using';
  return disposed ? declaration.parent : undefined;
}
