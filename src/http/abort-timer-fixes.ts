import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { isAwaited, tryAround, withFinallyJumps, type RejectionQuery } from '../analysis/rejections.js';
import { isReassigned, variableOf } from '../analysis/scope.js';
import type { TimerHandleFacts } from '../analysis/timers.js';
import { contains, enclosingFunction, isFunctionNode, skipTransparent, staticPropertyName } from '../util/ast.js';
import { removeStatement } from '../util/fix.js';
import { addToFinally, canUnwrap, linesOf, unwrapFixes } from '../util/try-fix.js';
import type { AbortTimerTarget } from './abort-timers.js';
import { controllerConstructorAlias } from './controller-aliases.js';
import { SIGNAL_OPTION } from './signal-reach.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

/** The fixes of `clear-abort-timer`: a `clearTimeout` in a `finally`, or the timer replaced by a signal. */

/** `clearTimeout(t)` added to the `finally` of the `try` around the request, when that is enough. */
export function clearInFinallyFix(
  binding: TSESTree.Identifier,
  handle: TimerHandleFacts,
  sinks: readonly TSESTree.Node[],
  { start, work, index, endingCall, sourceCode }: Omit<RejectionQuery, 'releases'>,
): TSESLint.ReportFixFunction | undefined {
  const tries = sinks
    .filter((sink) => enclosingFunction(sink) === work)
    .map((sink) => tryAround(sink, work))
    .filter((found): found is TSESTree.TryStatement => found !== undefined && found.range[1] > start.range[1]);
  const statement = tries[0];
  if (!statement || tries.some((other) => other !== statement)) return undefined;
  // A request not awaited inside the `try` outlives it: a `finally` would disarm the timeout.
  if (sinks.some((sink) => contains(statement.block, sink) && !isAwaited(sink))) return undefined;
  const variable = variableOf(binding, sourceCode);
  // A handle written twice (a `catch` that re-arms it) would be cleared only in its last value.
  if (!variable || isReassigned(variable)) return undefined;
  const scope = variable.scope.block;
  if (!scope || scope.range[0] > statement.range[0] || statement.range[1] > scope.range[1]) return undefined;
  if (binding.range[0] > statement.range[0]) return undefined;
  // Every path out of the `try` block runs its `finally`: enough when the timer is armed in
  // the block, otherwise the paths from the timer to the block must all enter it.
  if (!contains(statement.block, start)) {
    const releases = withFinallyJumps([...handle.clears, statement.block], work, statement);
    const verdict = index.verdict({ start, releases, endingCall, implicitThrows: true });
    if (verdict.kind !== 'released') return undefined;
  }
  const text = `clearTimeout(${binding.name});`;
  return (fixer) => addToFinally(fixer, statement, text, sourceCode);
}

/** The controller and its timer replaced by `signal: AbortSignal.timeout(ms)`. */
export function timeoutSignalSuggestion(
  timer: TSESTree.CallExpression,
  target: Extract<AbortTimerTarget, { kind: 'controller' }>,
  handle: TimerHandleFacts,
  sourceCode: SourceCode,
): { readonly data: Record<string, string>; readonly fix: TSESLint.ReportFixFunction } | undefined {
  const reach = target.reach;
  if (reach.aborts.length !== 1 || reach.signalReads.length !== 1 || reach.otherUses > 0) return undefined;
  // A constructor the environment supplies may stand in for a runtime without `AbortSignal.timeout()`.
  if (controllerConstructorAlias(target.creation.callee, sourceCode)) return undefined;
  if (handle.otherUses.length > 0) return undefined;
  const read = reach.signalReads[0]!;
  const property = read.parent;
  if (
    property?.type !== AST_NODE_TYPES.Property ||
    property.value !== read ||
    staticPropertyName(property) !== SIGNAL_OPTION
  ) {
    return undefined;
  }
  const object = property.parent;
  if (object.type !== AST_NODE_TYPES.ObjectExpression) return undefined;
  if (!reach.sinks.some((sink) => sink.arguments.includes(object))) return undefined;
  if (!abortsOnly(timer, target.name, sourceCode)) return undefined;
  const delay = timer.arguments[1];
  if (!delay || delay.type === AST_NODE_TYPES.SpreadElement || timer.arguments.length > 2) return undefined;

  const declaration = target.declaration.parent;
  if (declaration.type !== AST_NODE_TYPES.VariableDeclaration || declaration.declarations.length !== 1)
    return undefined;
  const timerStatement = statementOfTimer(timer, handle);
  if (!timerStatement) return undefined;
  const clearStatements: TSESTree.Node[] = [];
  for (const clear of handle.clears) {
    if (clear.parent?.type !== AST_NODE_TYPES.ExpressionStatement) return undefined;
    clearStatements.push(clear.parent);
  }
  const removals: TSESTree.Node[] = [declaration, timerStatement];
  const unwraps: TSESTree.TryStatement[] = [];
  for (const clear of clearStatements) {
    const block = clear.parent;
    const tryStatement = block?.parent;
    if (
      block?.type === AST_NODE_TYPES.BlockStatement &&
      tryStatement?.type === AST_NODE_TYPES.TryStatement &&
      tryStatement.finalizer === block &&
      block.body.every((statement) => clearStatements.includes(statement))
    ) {
      if (!tryStatement.handler) {
        // `try { ... } finally { clearTimeout(t) }` has nothing left to do: unwrap it.
        if (!canUnwrap(tryStatement, sourceCode)) return undefined;
        if (!unwraps.includes(tryStatement)) unwraps.push(tryStatement);
        continue;
      }
      if (!removals.includes(block)) removals.push(block);
      continue;
    }
    removals.push(clear);
  }
  const delayText = sourceCode.getText(delay);
  return {
    data: { controller: target.name, delay: delayText },
    fix: (fixer) => {
      const fixes = removals.map((node) => {
        if (node.type === AST_NODE_TYPES.BlockStatement) {
          const handler = (node.parent as TSESTree.TryStatement).handler!;
          return fixer.removeRange([handler.range[1], node.range[1]]);
        }
        return removeStatement(fixer, node, sourceCode);
      });
      fixes.push(fixer.replaceText(read, `AbortSignal.timeout(${delayText})`));
      const removedLines = new Set(removals.flatMap((node) => linesOf(node, sourceCode)));
      for (const statement of unwraps) fixes.push(...unwrapFixes(fixer, statement, removedLines, sourceCode));
      return fixes;
    },
  };
}

/** The timer's callback does nothing but `name.abort()`. */
function abortsOnly(timer: TSESTree.CallExpression, name: string, sourceCode: SourceCode): boolean {
  const callback = timer.arguments[0] && skipTransparent(timer.arguments[0]);
  if (!callback) return false;
  const isAbortCall = (node: TSESTree.Node): boolean =>
    node.type === AST_NODE_TYPES.CallExpression &&
    node.arguments.length === 0 &&
    sourceCode.getText(node.callee) === `${name}.abort`;
  if (isFunctionNode(callback)) {
    if (callback.params.length > 0) return false;
    const body = callback.body;
    if (body.type !== AST_NODE_TYPES.BlockStatement) return isAbortCall(body);
    const only = body.body.length === 1 ? body.body[0] : undefined;
    return only?.type === AST_NODE_TYPES.ExpressionStatement && isAbortCall(only.expression);
  }
  return sourceCode.getText(callback).replace(/\s+/g, '') === `${name}.abort.bind(${name})`;
}

function statementOfTimer(timer: TSESTree.CallExpression, handle: TimerHandleFacts): TSESTree.Node | undefined {
  if (timer.parent.type === AST_NODE_TYPES.ExpressionStatement) return timer.parent;
  const declarator = timer.parent;
  if (declarator.type !== AST_NODE_TYPES.VariableDeclarator || declarator.id !== handle.binding) return undefined;
  const declaration = declarator.parent;
  return declaration.declarations.length === 1 ? declaration : undefined;
}
