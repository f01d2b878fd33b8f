import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

import { forEachChild, isFunctionNode } from '../util/ast.js';

const evalInFunction = new WeakMap<TSESTree.Node, boolean>();

/**
 * True when a name at `node` may resolve, at run time, to something no static analysis sees: inside
 * the body of a `with` statement (`fetch` may be `scope.fetch`), or in a function that calls `eval`
 * directly, or encloses one that does (the evaluated code can read and consume any local).
 */
export function inDynamicScope(node: TSESTree.Node): boolean {
  for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (parent.type === AST_NODE_TYPES.WithStatement && child === parent.body) return true;
    if (isFunctionNode(parent) && callsEvalDirectly(parent)) return true;
  }
  return false;
}

function callsEvalDirectly(fn: TSESTree.Node): boolean {
  let found = evalInFunction.get(fn);
  if (found === undefined) {
    found = false;
    const visit = (node: TSESTree.Node): void => {
      if (found) return;
      if (
        node.type === AST_NODE_TYPES.CallExpression &&
        node.callee.type === AST_NODE_TYPES.Identifier &&
        node.callee.name === 'eval'
      ) {
        found = true;
        return;
      }
      forEachChild(node, visit);
    };
    forEachChild(fn, visit);
    evalInFunction.set(fn, found);
  }
  return found;
}
