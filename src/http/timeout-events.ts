import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { isInspectingCall } from '../analysis/inspection.js';
import { localFunctionOf } from '../analysis/scope.js';
import { usesOfExpression, type ValueUse } from '../analysis/value-uses.js';
import type { TimeoutModel } from '../clients/model.js';
import { forEachChild, isFunctionNode, skipTransparent, staticPropertyName, staticString } from '../util/ast.js';

/**
 * What becomes of an event-only timeout's event: a listener (or the `setTimeout`
 * callback) destroys the request; the request is handed on, so its receiver may; or nothing does.
 */
export type TimeoutHandling = 'destroys' | 'handed-on' | 'none';

const LISTENER_METHODS = new Set(['on', 'once', 'addListener', 'prependListener', 'prependOnceListener']);

/** How the request `call` makes (a `ClientRequest`) handles its `'timeout'` event. */
export function timeoutHandling(
  call: TSESTree.CallExpression,
  model: TimeoutModel,
  sourceCode: Readonly<TSESLint.SourceCode>,
): TimeoutHandling {
  const eventOnly = model.eventOnly;
  if (!eventOnly) return 'none';
  let result: TimeoutHandling = 'none';
  const visit = (uses: Iterable<ValueUse>, depth: number): void => {
    for (const use of uses) {
      if (result === 'destroys' || depth > 8) return;
      switch (use.kind) {
        case 'member': {
          const member = use.node;
          const holder = member.parent;
          if (holder.type !== AST_NODE_TYPES.CallExpression || holder.callee !== member) break;
          const method = use.property;
          if (method && LISTENER_METHODS.has(method) && staticString(holder.arguments[0]) === eventOnly.event) {
            if (destroys(holder.arguments[1], eventOnly.destroyMethods, sourceCode)) result = 'destroys';
          } else if (
            method === eventOnly.setter &&
            holder.arguments[1] &&
            destroys(holder.arguments[1], eventOnly.destroyMethods, sourceCode)
          ) {
            result = 'destroys';
          }
          // `req.on(...)`, `req.setTimeout(...)` return the request: follow the chain.
          if (method && (LISTENER_METHODS.has(method) || method === eventOnly.setter))
            visit(usesOfExpression(holder, sourceCode), depth + 1);
          break;
        }
        case 'captured':
          visit(usesOfExpression(use.node, sourceCode), depth + 1);
          break;
        case 'call-argument':
          if (!isInspectingCall(use.call)) result = 'handed-on';
          break;
        case 'returned':
        case 'stored':
        case 'unknown':
        case 'callback-parameter':
        case 'destructured':
          result = 'handed-on';
          break;
        default:
          break;
      }
    }
  };
  visit(usesOfExpression(call, sourceCode), 0);
  return result;
}

/** A listener that calls one of `destroyMethods`; a listener the file does not show counts. */
function destroys(
  listener: TSESTree.Node | undefined,
  destroyMethods: ReadonlySet<string>,
  sourceCode: Readonly<TSESLint.SourceCode>,
): boolean {
  if (!listener || listener.type === AST_NODE_TYPES.SpreadElement) return false;
  const inner = skipTransparent(listener);
  const fn = isFunctionNode(inner)
    ? inner
    : inner.type === AST_NODE_TYPES.Identifier
      ? localFunctionOf(inner, sourceCode)
      : undefined;
  if (!fn) return true;
  let found = false;
  const visit = (node: TSESTree.Node): void => {
    if (found) return;
    if (node.type === AST_NODE_TYPES.CallExpression) {
      const callee = skipTransparent(node.callee);
      if (callee.type === AST_NODE_TYPES.MemberExpression && destroyMethods.has(staticPropertyName(callee) ?? '')) {
        found = true;
        return;
      }
    }
    forEachChild(node, visit);
  };
  visit(fn.body);
  return found;
}
