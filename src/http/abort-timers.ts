import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

import type { FileContext } from '../analysis/context.js';
import { isInspectingCall } from '../analysis/inspection.js';
import { variableOf } from '../analysis/scope.js';
import { enclosingPromiseExecutor, racesOf } from '../analysis/timers.js';
import { usesOfBinding, usesOfExpression, type ValueUse } from '../analysis/value-uses.js';
import {
  contains,
  enclosingFunction,
  forEachChild,
  isFunctionNode,
  skipTransparent,
  staticPropertyName,
} from '../util/ast.js';
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
  | {
      readonly kind: 'race';
      readonly promise: TSESTree.NewExpression;
      /** `Promise.race()` calls, or the requests a hand-written race settles with (`request.then(resolve, reject)`). */
      readonly races: TSESTree.CallExpression[];
      /** The race is written by hand in the promise's executor. */
      readonly manual: boolean;
    }
  /** A same-file helper returns the timeout promise: `races` are its callers' races against a request. */
  | {
      readonly kind: 'helper-race';
      readonly helper: string;
      readonly promise: TSESTree.NewExpression;
      readonly races: TSESTree.CallExpression[];
    };

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
      if (races && races.length > 0) {
        if (races.every((race) => racesRequest(race, executor.promise, context))) {
          return { kind: 'race', promise: executor.promise, races, manual: false };
        }
        continue;
      }
      const settling = requestsSettling(executor, context);
      if (settling.length > 0) return { kind: 'race', promise: executor.promise, races: settling, manual: true };
      const helper = helperRaces(executor.promise, context);
      if (helper) return { kind: 'helper-race', promise: executor.promise, ...helper };
    }
  }
  return undefined;
}

/** A request (or a call that returns a response) among what `race` races, outside `promise` itself. */
function racesRequest(race: TSESTree.CallExpression, promise: TSESTree.Node, context: FileContext): boolean {
  const array = race.arguments[0];
  if (array?.type !== AST_NODE_TYPES.ArrayExpression) return false;
  return requestIn(
    array.elements.filter((element): element is NonNullable<typeof element> => element !== null),
    promise,
    context,
  );
}

/** Whether one of `nodes`, read through the variables they name, makes a request (outside `promise`). */
function requestIn(nodes: readonly TSESTree.Node[], promise: TSESTree.Node, context: FileContext): boolean {
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
  for (const node of nodes) visit(node);
  return found;
}

/**
 * A race written by hand: `new Promise((resolve, reject) => { setTimeout(...); request.then(resolve,
 * reject); })`. The calls in the executor that hand a request's outcome to `resolve`.
 */
function requestsSettling(
  executor: NonNullable<ReturnType<typeof enclosingPromiseExecutor>>,
  context: FileContext,
): TSESTree.CallExpression[] {
  const resolve = executor.executor.params[0];
  if (resolve?.type !== AST_NODE_TYPES.Identifier) return [];
  const resolveVariable = variableOf(resolve, context.sourceCode);
  const settles = (argument: TSESTree.Node | undefined): boolean => {
    if (!argument) return false;
    const inner = skipTransparent(argument);
    if (inner.type === AST_NODE_TYPES.Identifier) return variableOf(inner, context.sourceCode) === resolveVariable;
    return isFunctionNode(inner) && callsIdentifier(inner.body, resolveVariable, context);
  };
  const found: TSESTree.CallExpression[] = [];
  const visit = (node: TSESTree.Node): void => {
    if (isFunctionNode(node)) return;
    if (
      node.type === AST_NODE_TYPES.CallExpression &&
      node.callee.type === AST_NODE_TYPES.MemberExpression &&
      staticPropertyName(node.callee) === 'then' &&
      settles(node.arguments[0]) &&
      requestIn([node.callee.object], executor.promise, context)
    ) {
      found.push(node);
      return;
    }
    forEachChild(node, visit);
  };
  const body = executor.executor.body;
  if (body.type === AST_NODE_TYPES.BlockStatement) for (const statement of body.body) visit(statement);
  else visit(body);
  return found;
}

/** Whether `node` calls the variable (not inside a nested function). */
function callsIdentifier(node: TSESTree.Node, variable: ReturnType<typeof variableOf>, context: FileContext): boolean {
  let found = false;
  const visit = (current: TSESTree.Node): void => {
    if (found || isFunctionNode(current)) return;
    if (
      current.type === AST_NODE_TYPES.CallExpression &&
      current.callee.type === AST_NODE_TYPES.Identifier &&
      variableOf(current.callee, context.sourceCode) === variable
    ) {
      found = true;
      return;
    }
    forEachChild(current, visit);
  };
  visit(node);
  return found;
}

/**
 * A function of this file that returns the timeout promise (`function timeout(ms) { return new
 * Promise((_, reject) => setTimeout(...)) }`), and the `Promise.race()` calls that race one of its
 * calls against a request. Undefined when the promise goes anywhere else, or no race takes it.
 */
function helperRaces(
  promise: TSESTree.NewExpression,
  context: FileContext,
): { readonly helper: string; readonly races: TSESTree.CallExpression[] } | undefined {
  const { sourceCode } = context;
  const helper = enclosingFunction(promise);
  if (!helper) return undefined;
  for (const use of usesOfExpression(promise, sourceCode)) {
    if (use.kind !== 'returned' || enclosingFunction(use.node) !== helper) return undefined;
  }
  const name = functionName(helper);
  if (!name) return undefined;
  const variable = variableOf(name, sourceCode);
  if (!variable) return undefined;
  const races: TSESTree.CallExpression[] = [];
  for (const reference of variable.references) {
    const call = reference.identifier.parent;
    if (call?.type !== AST_NODE_TYPES.CallExpression || call.callee !== reference.identifier) continue;
    for (const race of racesOf(call, sourceCode) ?? []) {
      if (!races.includes(race) && racesRequest(race, call, context)) races.push(race);
    }
  }
  return races.length > 0 ? { helper: name.name, races } : undefined;
}

/** `function timeout() {}` or `const timeout = () => ...`: the name a function is called by. */
function functionName(fn: TSESTree.Node): TSESTree.Identifier | undefined {
  if (fn.type === AST_NODE_TYPES.FunctionDeclaration) return fn.id ?? undefined;
  const parent = fn.parent;
  return parent?.type === AST_NODE_TYPES.VariableDeclarator &&
    parent.init === fn &&
    parent.id.type === AST_NODE_TYPES.Identifier &&
    parent.parent.kind === 'const'
    ? parent.id
    : undefined;
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
function handOffsOf(sink: TSESTree.CallExpression | TSESTree.NewExpression, context: FileContext): TSESTree.Node[] {
  const { sourceCode } = context;
  const body =
    sink.type === AST_NODE_TYPES.CallExpression
      ? responseModelOfCall(sink, context)?.model.bodyProperty?.name
      : undefined;
  const found: TSESTree.Node[] = [];
  for (const use of usesOfExpression(sink, sourceCode)) {
    if (handsOn(use)) found.push(use.node);
    if (use.kind === 'member' && body !== undefined && use.property === body) {
      for (const inner of usesOfExpression(use.node, sourceCode)) if (handsOn(inner)) found.push(inner.node);
    }
    if (use.kind === 'destructured' && body !== undefined && use.property === body) {
      if (!use.binding) found.push(use.node);
      else for (const inner of usesOfBinding(use.binding, sourceCode)) if (handsOn(inner)) found.push(inner.node);
    }
  }
  return found;
}

/**
 * The timer was left armed on purpose while the request's result is handed on (the caller
 * streams the body under it), unless a clear comes before a hand-off on the way to it: then the
 * code meant the timer to end with the request, and every path must clear it. A clear on one
 * branch only (`if (!res.ok) { clearTimeout(t); throw ... }`) says nothing about the hand-off.
 */
export function excusedByHandOff(
  sinks: readonly (TSESTree.CallExpression | TSESTree.NewExpression)[],
  clears: readonly TSESTree.Node[],
  context: FileContext,
): boolean {
  const handOffs = sinks.flatMap((sink) => handOffsOf(sink, context));
  if (handOffs.length === 0) return false;
  return !clears.some((clear) => handOffs.some((handOff) => runsOnTheWay(clear, handOff)));
}

/** `from` runs on every path that reaches `to` from the start of the block they share. */
function runsOnTheWay(from: TSESTree.Node, to: TSESTree.Node): boolean {
  if (from.range[1] > to.range[0]) return false;
  let current = from;
  for (let parent = current.parent; parent; current = parent, parent = parent.parent) {
    if (contains(parent, to)) return STATEMENT_LISTS.has(parent.type);
    const passes =
      UNCONDITIONAL.has(parent.type) ||
      (parent.type === AST_NODE_TYPES.TryStatement && (parent.block === current || parent.finalizer === current));
    if (!passes) return false;
  }
  return false;
}

const STATEMENT_LISTS: ReadonlySet<string> = new Set([
  AST_NODE_TYPES.BlockStatement,
  AST_NODE_TYPES.Program,
  AST_NODE_TYPES.StaticBlock,
  AST_NODE_TYPES.SwitchCase,
]);

/** Nodes whose child always runs when they do. */
const UNCONDITIONAL: ReadonlySet<string> = new Set([
  AST_NODE_TYPES.BlockStatement,
  AST_NODE_TYPES.ExpressionStatement,
  AST_NODE_TYPES.LabeledStatement,
  AST_NODE_TYPES.AwaitExpression,
  AST_NODE_TYPES.SequenceExpression,
  AST_NODE_TYPES.VariableDeclarator,
  AST_NODE_TYPES.VariableDeclaration,
]);

function handsOn(use: ValueUse): boolean {
  if (use.kind === 'returned' || use.kind === 'stored') return true;
  return use.kind === 'call-argument' && !isInspectingCall(use.call);
}
