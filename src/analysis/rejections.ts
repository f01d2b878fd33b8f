import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import {
  calleeLabel,
  contains,
  enclosingFunction,
  forEachChild,
  isFunctionNode,
  isTransparentWrapper,
  staticPropertyName,
  type FunctionNode,
} from '../util/ast.js';
import type { PathEndingCall } from './paths.js';
import { describeLeakEnd, type CodePathIndex } from './paths.js';

/**
 * Where something that must be undone (a timer to clear) is left undone when an awaited call
 * rejects. ESLint's code paths enter a `catch` only from the first call in its `try`, and send
 * `break`/`continue` straight to their loop past any `finally`: these helpers follow both.
 */

/** Methods that handle a rejection: past them the call's rejection does not leave the function. */
const PROMISE_HANDLERS = new Set(['catch', 'then', 'finally']);

/** `await call(...)`, also through method calls on its result (`await load(url).json()`). */
export function isAwaited(node: TSESTree.Node): boolean {
  let current = node;
  for (;;) {
    const parent = current.parent;
    if (!parent) return false;
    if (isTransparentWrapper(parent, current)) {
      current = parent;
      continue;
    }
    if (
      parent.type === AST_NODE_TYPES.MemberExpression &&
      parent.object === current &&
      parent.parent.type === AST_NODE_TYPES.CallExpression &&
      parent.parent.callee === parent &&
      !PROMISE_HANDLERS.has(staticPropertyName(parent) ?? '')
    ) {
      current = parent.parent;
      continue;
    }
    return parent.type === AST_NODE_TYPES.AwaitExpression;
  }
}

/** The innermost `try` in `work` whose block holds `node`. */
export function tryAround(node: TSESTree.Node, work: FunctionNode): TSESTree.TryStatement | undefined {
  let child = node;
  for (let current = node.parent; current && current !== work; child = current, current = current.parent) {
    if (isFunctionNode(current)) return undefined;
    if (current.type === AST_NODE_TYPES.TryStatement && current.block === child) return current;
  }
  return undefined;
}

/**
 * `releases` plus the jumps that pass through a `finally` holding one of them (or through the
 * `finally` of `fixed`, which a fix is about to add to): such a jump releases too.
 */
export function withFinallyJumps(
  releases: readonly TSESTree.Node[],
  work: FunctionNode,
  fixed?: TSESTree.TryStatement,
): TSESTree.Node[] {
  const clearingTries = new Set<TSESTree.TryStatement>();
  if (fixed) clearingTries.add(fixed);
  for (const release of releases) {
    for (let current = release.parent; current && current !== work; current = current.parent) {
      if (current.type === AST_NODE_TYPES.TryStatement && current.finalizer && contains(current.finalizer, release)) {
        clearingTries.add(current);
      }
    }
  }
  if (clearingTries.size === 0) return [...releases];
  const jumps: TSESTree.Node[] = [];
  const visit = (node: TSESTree.Node): void => {
    if (isFunctionNode(node)) return;
    if (node.type === AST_NODE_TYPES.BreakStatement || node.type === AST_NODE_TYPES.ContinueStatement) {
      for (const statement of clearingTries) {
        const body = [statement.block, statement.handler].filter(
          (part): part is NonNullable<typeof part> => part !== null,
        );
        if (body.some((part) => contains(part, node))) jumps.push(node);
      }
      return;
    }
    forEachChild(node, visit);
  };
  for (const statement of clearingTries) visit(statement);
  return [...releases, ...jumps];
}

/** The every-path question a rejection path is asked with. */
export interface RejectionQuery {
  /** Where the thing to undo is armed, in `work`'s own code. */
  readonly start: TSESTree.Node;
  readonly work: FunctionNode;
  /** The nodes that undo it (`clearTimeout(t)`). */
  readonly releases: readonly TSESTree.Node[];
  readonly index: CodePathIndex;
  readonly endingCall: (call: TSESTree.CallExpression) => PathEndingCall | undefined;
  readonly sourceCode: Readonly<TSESLint.SourceCode>;
}

/**
 * Where it is left undone when the awaited `call` rejects: out of the function when no `try` holds
 * the call, otherwise along its `catch`. Undefined when every rejection path undoes it.
 */
export function rejectionLeak(
  call: TSESTree.CallExpression | TSESTree.NewExpression,
  { start, work, releases, index, endingCall, sourceCode }: RejectionQuery,
): string | undefined {
  if (call.range[0] < start.range[1] || enclosingFunction(call) !== work || !isAwaited(call)) return undefined;
  if (releases.some((release) => release.range[0] < call.range[0] && release.range[0] > start.range[1])) {
    return undefined;
  }
  const rejects = `when \`${calleeLabel(call, sourceCode)}\` on line ${call.loc.start.line} rejects`;
  const statement = tryAround(call, work);
  if (!statement) return rejects;
  for (let outer: TSESTree.Node | undefined = statement; outer && outer !== work; outer = outer.parent) {
    if (
      outer.type === AST_NODE_TYPES.TryStatement &&
      outer.finalizer &&
      releases.some((release) => contains(outer.finalizer!, release))
    ) {
      return undefined;
    }
  }
  const handler = statement.handler;
  if (!handler) return rejects;
  const first = handler.body.body[0];
  if (first && releases.some((release) => contains(first, release))) return undefined;
  if (first?.type === AST_NODE_TYPES.ThrowStatement || first?.type === AST_NODE_TYPES.ReturnStatement) {
    const keyword = first.type === AST_NODE_TYPES.ThrowStatement ? 'throw' : 'return';
    return `before the \`${keyword}\` on line ${first.loc.start.line} ${rejects}`;
  }
  const verdict = index.verdict({
    start: first ?? handler.body,
    releases: withFinallyJumps(releases, work),
    endingCall,
    implicitThrows: true,
  });
  return verdict.kind === 'leaks' ? `before ${describeLeakEnd(verdict.end)} ${rejects}` : undefined;
}
