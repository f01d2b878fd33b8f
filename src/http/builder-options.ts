import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

import type { ShapeProperty } from '../analysis/object-shape.js';
import type { RequestBuilder } from '../clients/model.js';
import { isFunctionNode, isTransparentWrapper, staticPropertyName } from '../util/ast.js';
import type { RequestOptionsSite } from './request-options.js';

/**
 * The options a builder request's chain sets: `superagent.get(url).set(h).timeout(5000)` writes
 * `timeout`. `unknown` unless the chain is seen to its end and the request is sent there (awaited,
 * returned from an async function, a send method called, or a statement of its own): a builder
 * stored or handed on may be given options elsewhere.
 */
export function builderOptionsOf(call: TSESTree.CallExpression, builder: RequestBuilder): RequestOptionsSite {
  const properties = new Map<string, ShapeProperty[]>();
  const methods = new Set<string>();
  let current: TSESTree.Node = call;
  for (;;) {
    const parent: TSESTree.Node | undefined = current.parent;
    if (!parent) return { kind: 'unknown' };
    if (isTransparentWrapper(parent, current)) {
      current = parent;
      continue;
    }
    const link = chainedCall(parent, current);
    if (!link)
      return sentBy(parent, current) ? { kind: 'builder', shape: { properties, open: false }, methods } : UNKNOWN;
    const method = staticPropertyName(link.callee as TSESTree.MemberExpression);
    if (method === undefined) return UNKNOWN;
    if (builder.sendMethods.has(method)) return { kind: 'builder', shape: { properties, open: false }, methods };
    methods.add(method);
    const option = builder.optionMethods.find((candidate) => candidate.method === method)?.option;
    if (option !== undefined) {
      const value = link.arguments[0];
      if (value?.type === AST_NODE_TYPES.SpreadElement) return UNKNOWN;
      if (value) {
        // A later call replaces the earlier one: the last write is the one that counts.
        properties.set(option, [{ name: option, node: link, value, literal: undefined }]);
      }
    }
    current = link;
  }
}

const UNKNOWN: RequestOptionsSite = { kind: 'unknown' };

/** `current.method(...)`: the call, when `parent` is the member access of one on `current`. */
function chainedCall(parent: TSESTree.Node, current: TSESTree.Node): TSESTree.CallExpression | undefined {
  if (parent.type !== AST_NODE_TYPES.MemberExpression || parent.object !== current || parent.computed) return undefined;
  const call = parent.parent;
  return call?.type === AST_NODE_TYPES.CallExpression && call.callee === parent ? call : undefined;
}

/** The chain ends where the request is sent: awaited, a statement, or returned from an async function. */
function sentBy(parent: TSESTree.Node, current: TSESTree.Node): boolean {
  if (parent.type === AST_NODE_TYPES.AwaitExpression || parent.type === AST_NODE_TYPES.ExpressionStatement) return true;
  if (parent.type === AST_NODE_TYPES.ReturnStatement) {
    let scope: TSESTree.Node | undefined = parent.parent;
    while (scope && !isFunctionNode(scope)) scope = scope.parent;
    return scope !== undefined && isFunctionNode(scope) && scope.async;
  }
  return isFunctionNode(parent) && parent.body === current && parent.async;
}
