import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

import type { FileContext } from '../analysis/context.js';
import { isInspectingCall } from '../analysis/inspection.js';
import { variableOf } from '../analysis/scope.js';
import { enclosingPromiseExecutor, racesOf } from '../analysis/timers.js';
import { usesOfBinding, usesOfExpression, type ValueUse } from '../analysis/value-uses.js';
import { contains, forEachChild, skipTransparent, staticPropertyName } from '../util/ast.js';
import { matchRequest } from './request-match.js';
import { responseModelOfCall } from './response-sources.js';
import { cancellationReach, cancellationSourceOf, signalConsumerOf, type CancellationReach } from './signal-reach.js';

/** What a timer cancels when it fires: a controller's request, or a race with a request. */
export type AbortTimerTarget =
  | {
      readonly kind: 'controller';
      readonly name: string;
      readonly creation: TSESTree.NewExpression;
      readonly declaration: TSESTree.VariableDeclarator;
      readonly reach: CancellationReach;
    }
  | { readonly kind: 'race'; readonly promise: TSESTree.NewExpression; readonly races: TSESTree.CallExpression[] };

/** The controller a timer's callback aborts, or the race whose promise it rejects (`callees`: what it calls). */
export function abortTimerTarget(
  timer: TSESTree.CallExpression,
  callees: readonly TSESTree.Node[],
  context: FileContext,
): AbortTimerTarget | undefined {
  const { sourceCode } = context;
  for (const callee of callees) {
    if (callee.type === AST_NODE_TYPES.MemberExpression && staticPropertyName(callee) === 'abort') {
      const object = skipTransparent(callee.object);
      if (object.type !== AST_NODE_TYPES.Identifier) continue;
      const variable = variableOf(object, sourceCode);
      const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
      if (definition?.type !== 'Variable' || !definition.node.init) continue;
      const init = skipTransparent(definition.node.init);
      if (init.type !== AST_NODE_TYPES.NewExpression) continue;
      if (variable!.references.filter((reference) => reference.isWrite()).length !== 1) continue;
      const source = cancellationSourceOf(init, sourceCode);
      if (source?.kind !== 'controller') continue;
      return {
        kind: 'controller',
        name: object.name,
        creation: source.node,
        declaration: definition.node,
        reach: cancellationReach(source, context),
      };
    }
    if (callee.type === AST_NODE_TYPES.Identifier) {
      const executor = enclosingPromiseExecutor(timer, sourceCode);
      if (!executor || variableOf(callee, sourceCode) !== variableOf(executor.reject, sourceCode)) continue;
      const races = racesOf(executor.promise, sourceCode);
      if (!races || races.length === 0 || !races.every((race) => racesRequest(race, executor.promise, context))) {
        continue;
      }
      return { kind: 'race', promise: executor.promise, races };
    }
  }
  return undefined;
}

/** A request (or a call that returns a response) among what `race` races, outside `promise` itself. */
function racesRequest(race: TSESTree.CallExpression, promise: TSESTree.Node, context: FileContext): boolean {
  const array = race.arguments[0];
  if (array?.type !== AST_NODE_TYPES.ArrayExpression) return false;
  let found = false;
  // An initializer that refers to itself (`const again = async () => { await again(); }`) is read once.
  const visited = new Set<TSESTree.Node>();
  const visit = (node: TSESTree.Node): void => {
    if (found || node === promise || visited.has(node)) return;
    visited.add(node);
    if (
      node.type === AST_NODE_TYPES.CallExpression &&
      (matchRequest(node, context) || responseModelOfCall(node, context))
    ) {
      found = true;
      return;
    }
    if (node.type === AST_NODE_TYPES.Identifier) {
      const definition = variableOf(node, context.sourceCode)?.defs[0];
      if (definition?.type === 'Variable' && definition.node.init && !contains(promise, definition.node.init)) {
        visit(definition.node.init);
      }
      return;
    }
    forEachChild(node, visit);
  };
  for (const element of array.elements) if (element) visit(element);
  return found;
}

/**
 * A request, or a known operation that a signal cancels. A signal handed to a function the model
 * does not know may be meant to fire (a test that aborts a call on purpose, a job stopped by its
 * deadline): only these say the timer outlives finished work.
 */
export function isKnownOperation(
  sink: TSESTree.CallExpression | TSESTree.NewExpression,
  context: FileContext,
): boolean {
  if (sink.type !== AST_NODE_TYPES.CallExpression) return false;
  if (matchRequest(sink, context) || responseModelOfCall(sink, context)) return true;
  return signalConsumerOf(sink, context.sourceCode)?.kind === 'operation';
}

/**
 * The request's result is handed on (returned, stored, passed), or its body is: the receiver
 * may still be streaming it, under the timer, after this function is done.
 */
export function resultHandedOn(sink: TSESTree.CallExpression | TSESTree.NewExpression, context: FileContext): boolean {
  const { sourceCode } = context;
  const body =
    sink.type === AST_NODE_TYPES.CallExpression
      ? responseModelOfCall(sink, context)?.model.bodyProperty?.name
      : undefined;
  for (const use of usesOfExpression(sink, sourceCode)) {
    if (handsOn(use)) return true;
    if (use.kind === 'member' && body !== undefined && use.property === body) {
      for (const inner of usesOfExpression(use.node, sourceCode)) if (handsOn(inner)) return true;
    }
    if (use.kind === 'destructured' && body !== undefined && use.property === body) {
      if (!use.binding) return true;
      for (const inner of usesOfBinding(use.binding, sourceCode)) if (handsOn(inner)) return true;
    }
  }
  return false;
}

function handsOn(use: ValueUse): boolean {
  if (use.kind === 'returned' || use.kind === 'stored') return true;
  return use.kind === 'call-argument' && !isInspectingCall(use.call);
}
