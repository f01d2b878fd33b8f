import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

import { branchWhere, conditionRoot, implies, type LeafFact } from '../analysis/conditions.js';
import type { FileContext } from '../analysis/context.js';
import { isInspectingCall } from '../analysis/inspection.js';
import { localFunctionOf } from '../analysis/scope.js';
import { callMatchesSpecifier, type FunctionSpecifier } from '../analysis/specifiers.js';
import { usesOfBinding, usesOfExpression, type ValueUse } from '../analysis/value-uses.js';
import type { ResponseModel, StreamModel } from '../clients/model.js';
import {
  type FunctionNode,
  isFunctionNode,
  isLoopStatement,
  skipTransparent,
  staticPropertyName,
} from '../util/ast.js';
import {
  bodyStateLeaf,
  contentLengthLeaf,
  predicateLeaf,
  responseTestLeaf,
  statusLeaf,
  usedFlagLeaf,
  type GuardLeaf,
  type IsResponseType,
} from './body-guards.js';
import { BODY_PROPERTIES } from './client-tables.js';

/** A node whose evaluation releases a response on the paths that pass it, and how. */
interface ReleaseSite {
  readonly node: TSESTree.Node;
  readonly how: 'consumed' | 'cancelled' | 'handed-on' | 'guarded';
}

export interface ReleaseContext extends FileContext {
  /** The user's own functions that release a response passed to them. */
  readonly releaseFunctions: readonly FunctionSpecifier[];
  /** With types: whether a type is a response (for narrowing guards such as `res instanceof Error`). */
  readonly isResponseType: IsResponseType;
  /** Whether every path through the function `fn` passes one of `releases`. */
  readonly everyPathPasses: (fn: FunctionNode, releases: readonly TSESTree.Node[]) => boolean;
}

/** Everything the uses of one response say about its release. */
export interface ReleaseFacts {
  readonly sites: ReleaseSite[];
  /** The value was thrown away where it was made (`await fetch(url)` as a statement). */
  discardedAt: TSESTree.Node | undefined;
  /** The status was compared with 204/304 in a form the path check cannot place: say nothing. */
  unplaceableGuard: boolean;
  /** `.then(res => ...)` callbacks that receive the response: each is a source of its own. */
  readonly callbacks: { readonly parameter: TSESTree.Identifier; readonly callback: FunctionNode }[];
  /** The variable holding the body when it was destructured, for the fix. */
  bodyBinding: TSESTree.Identifier | undefined;
  /** The variable holding the response, for the fix and the message. */
  responseBinding: TSESTree.Identifier | undefined;
  /** A reader was taken: the body is locked, so only the reader can cancel it. */
  readerTaken: boolean;
  /** Tests on the response that show, on one side, that there is no body to release. */
  readonly guards: GuardLeaf[];
}

const NO_BODY_STATUSES = new Set([204, 205, 304]);

/** Where the response produced at `node` (an expression or a binding) is released. */
export function releaseFacts(
  start: { readonly expression: TSESTree.Node } | { readonly binding: TSESTree.Identifier },
  model: ResponseModel,
  context: ReleaseContext,
): ReleaseFacts {
  const facts: ReleaseFacts = {
    sites: [],
    discardedAt: undefined,
    unplaceableGuard: false,
    callbacks: [],
    bodyBinding: undefined,
    responseBinding: 'binding' in start ? start.binding : undefined,
    readerTaken: false,
    guards: [],
  };
  const uses =
    'binding' in start
      ? usesOfBinding(start.binding, context.sourceCode)
      : usesOfExpression(start.expression, context.sourceCode);
  let meaningful = 0;
  for (const use of uses) {
    if (use.kind === 'awaited') continue;
    meaningful++;
    classifyResponseUse(use, model, context, facts);
  }
  if ('expression' in start && meaningful === 0) facts.discardedAt ??= start.expression;
  placeGuards(facts);
  if (facts.responseBinding === undefined && 'expression' in start)
    facts.responseBinding = declaredName(start.expression, model);
  return facts;
}

function classifyResponseUse(use: ValueUse, model: ResponseModel, context: ReleaseContext, facts: ReleaseFacts): void {
  switch (use.kind) {
    case 'awaited':
      return;
    case 'inspected':
      addGuard(facts, responseTestLeaf(use.node, context.services, context.isResponseType));
      return;
    case 'discarded':
      facts.discardedAt = use.node;
      return;
    case 'callback-parameter':
      facts.callbacks.push({ parameter: use.node, callback: use.callback });
      facts.sites.push({ node: use.callback, how: 'handed-on' });
      return;
    case 'iterated':
      facts.sites.push({ node: use.node, how: model.selfStream ? 'consumed' : 'handed-on' });
      return;
    case 'call-argument': {
      const predicate =
        use.call.type === AST_NODE_TYPES.CallExpression
          ? predicateLeaf(use.call, use.index, context.services, context.isResponseType)
          : undefined;
      if (predicate) addGuard(facts, predicate);
      else if (isOwnReaderBinding(use.call, use.node)) return;
      else if (argumentReleases(use.call, use.index, context)) facts.sites.push({ node: use.call, how: 'handed-on' });
      return;
    }
    case 'returned':
    case 'stored':
    case 'unknown':
      facts.sites.push({ node: use.node, how: 'handed-on' });
      return;
    case 'captured':
      facts.sites.push({ node: use.closure, how: 'handed-on' });
      return;
    case 'destructured':
      if (use.property === undefined) {
        facts.sites.push({ node: use.node, how: 'handed-on' });
      } else if (use.property === model.bodyProperty?.name) {
        if (!use.binding) {
          facts.sites.push({ node: use.node, how: 'handed-on' });
          return;
        }
        facts.bodyBinding = use.binding;
        streamSites(usesOfBinding(use.binding, context.sourceCode), model.bodyProperty.stream, context, facts);
      } else if (use.property === model.statusProperty && use.binding) {
        guardSites(usesOfBinding(use.binding, context.sourceCode), facts);
      } else if (model.releaseMethods.has(use.property)) {
        facts.sites.push({ node: use.node, how: 'handed-on' });
      }
      return;
    case 'member':
      memberSite(use, model, context, facts);
      return;
  }
}

function memberSite(
  use: Extract<ValueUse, { kind: 'member' }>,
  model: ResponseModel,
  context: ReleaseContext,
  facts: ReleaseFacts,
): void {
  const property = use.property;
  if (property === undefined) {
    facts.sites.push({ node: use.node, how: 'handed-on' });
    return;
  }
  if (model.bodyProperty && property === model.bodyProperty.name) {
    streamSites(usesOfExpression(use.node, context.sourceCode), model.bodyProperty.stream, context, facts);
    return;
  }
  const flag = usedFlagLeaf(use.node, model) ?? contentLengthLeaf(use.node);
  if (flag) {
    addGuard(facts, flag);
    return;
  }
  if (property === model.statusProperty) {
    guardSites(usesOfExpression(use.node, context.sourceCode), facts);
    return;
  }
  if (model.selfStream) {
    const site = streamMemberSite(use.node, property, model.selfStream);
    if (site) facts.sites.push(site);
    return;
  }
  if (model.releaseMethods.has(property)) {
    const call = calledMember(use.node);
    if (call) {
      facts.sites.push({ node: call, how: 'consumed' });
      return;
    }
    const reader = readerHandedTo(use.node, context);
    if (reader === 'escapes') facts.sites.push({ node: use.node, how: 'handed-on' });
    else if (reader.calledOnEveryPath) facts.sites.push({ node: reader.call, how: 'consumed' });
  }
}

/** `res.status === 204` or `status !== 304`: a guard; in a `switch`, one the path check cannot place. */
function guardSites(uses: Iterable<ValueUse>, facts: ReleaseFacts): void {
  for (const use of uses) {
    if (use.kind !== 'inspected') continue;
    const comparison = use.node.parent;
    if (comparison?.type === AST_NODE_TYPES.SwitchStatement) {
      if (comparison.cases.some((branch) => NO_BODY_STATUSES.has(numberValue(branch.test))))
        facts.unplaceableGuard = true;
      continue;
    }
    addGuard(facts, statusLeaf(use.node));
  }
}

function addGuard(facts: ReleaseFacts, leaf: GuardLeaf | undefined): void {
  if (leaf) facts.guards.push(leaf);
}

/**
 * Each condition that holds guards, placed: the branch where it shows there is no body counts as
 * a release. A status guard that shows it somewhere no branch can be named makes the rule silent.
 */
function placeGuards(facts: ReleaseFacts): void {
  if (facts.guards.length === 0) return;
  const byNode = new Map<TSESTree.Node, LeafFact>(facts.guards.map((leaf) => [leaf.node, leaf.fact]));
  const roots = new Map<TSESTree.Node, boolean>();
  for (const leaf of facts.guards) {
    const root = conditionRoot(leaf.node);
    roots.set(root, (roots.get(root) ?? false) || leaf.status === true);
  }
  for (const [root, hasStatus] of roots) {
    for (const outcome of [true, false]) {
      if (!implies(root, outcome, (node) => byNode.get(node))) continue;
      const branch = branchWhere(root, outcome);
      if (branch) facts.sites.push({ node: branch, how: 'guarded' });
      else if (hasStatus) facts.unplaceableGuard = true;
    }
  }
}

function numberValue(node: TSESTree.Node | null | undefined): number {
  const inner = node && skipTransparent(node);
  return inner?.type === AST_NODE_TYPES.Literal && typeof inner.value === 'number' ? inner.value : Number.NaN;
}

/** Where a body stream (or a response that is one) is read to its end, piped, cancelled or handed on. */
function streamSites(
  uses: Iterable<ValueUse>,
  stream: StreamModel,
  context: ReleaseContext,
  facts: ReleaseFacts,
): void {
  for (const use of uses) {
    switch (use.kind) {
      case 'inspected':
        addGuard(facts, bodyStateLeaf(use.node, stream));
        break;
      case 'awaited':
      case 'discarded':
        break;
      case 'iterated':
        facts.sites.push({ node: use.node, how: 'consumed' });
        break;
      case 'call-argument':
        if (argumentReleases(use.call, use.index, context)) facts.sites.push({ node: use.call, how: 'handed-on' });
        break;
      case 'captured':
        facts.sites.push({ node: use.closure, how: 'handed-on' });
        break;
      case 'member': {
        if (use.property === undefined) {
          facts.sites.push({ node: use.node, how: 'handed-on' });
          break;
        }
        if (use.property === stream.readerMethod) {
          const call = calledMember(use.node);
          facts.readerTaken = true;
          if (call) readerSites(usesOfExpression(call, context.sourceCode), stream, context, facts);
          break;
        }
        const locked = bodyStateLeaf(use.node.object, stream);
        if (locked) {
          addGuard(facts, locked);
          break;
        }
        const site = streamMemberSite(use.node, use.property, stream);
        if (site) facts.sites.push(site);
        break;
      }
      default:
        facts.sites.push({ node: use.node, how: 'handed-on' });
    }
  }
}

function streamMemberSite(
  member: TSESTree.MemberExpression,
  property: string,
  stream: StreamModel,
): ReleaseSite | undefined {
  const call = calledMember(member);
  if (stream.releaseMethods.has(property)) {
    return { node: call ?? member, how: stream.cancelMethods.has(property) ? 'cancelled' : 'consumed' };
  }
  if ((property === 'on' || property === 'once' || property === 'addListener') && call) {
    const event = call.arguments[0];
    if (
      event?.type === AST_NODE_TYPES.Literal &&
      typeof event.value === 'string' &&
      stream.flowingEvents.has(event.value)
    ) {
      return { node: call, how: 'consumed' };
    }
  }
  return undefined;
}

/** A reader releases the stream when cancelled, or read in a loop (to `done`); one `read()` does not. */
function readerSites(
  uses: Iterable<ValueUse>,
  stream: StreamModel,
  context: ReleaseContext,
  facts: ReleaseFacts,
): void {
  for (const use of uses) {
    if (use.kind === 'awaited' || use.kind === 'inspected' || use.kind === 'discarded') continue;
    if (use.kind === 'member') {
      const call = calledMember(use.node);
      if (use.property !== undefined && stream.readerReleaseMethods.has(use.property)) {
        facts.sites.push({ node: call ?? use.node, how: 'cancelled' });
      } else if (use.property === 'read' && call && insideLoop(call)) {
        facts.sites.push({ node: call, how: 'consumed' });
      } else if (use.property === undefined) {
        facts.sites.push({ node: use.node, how: 'handed-on' });
      }
      continue;
    }
    if (use.kind === 'call-argument' && !argumentReleases(use.call, use.index, context)) continue;
    facts.sites.push({ node: use.kind === 'captured' ? use.closure : use.node, how: 'handed-on' });
  }
}

function insideLoop(node: TSESTree.Node): boolean {
  for (let current = node.parent; current && !isFunctionNode(current); current = current.parent) {
    if (isLoopStatement(current)) return true;
  }
  return false;
}

/** `res.text.bind(res)`: the response bound as its own reader's `this`, followed as the reader. */
function isOwnReaderBinding(call: TSESTree.CallExpression | TSESTree.NewExpression, value: TSESTree.Node): boolean {
  const callee = skipTransparent(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression || staticPropertyName(callee) !== 'bind') return false;
  const bound = skipTransparent(callee.object);
  const inner = skipTransparent(value);
  return (
    bound.type === AST_NODE_TYPES.MemberExpression &&
    inner.type === AST_NODE_TYPES.Identifier &&
    skipTransparent(bound.object).type === AST_NODE_TYPES.Identifier &&
    (skipTransparent(bound.object) as TSESTree.Identifier).name === inner.name
  );
}

/**
 * `check(res.status, res.text.bind(res))`: a reader handed to a function of this file that only
 * calls it. It releases the body where that function calls it on every path; anything else the
 * reader may meet is the receiver's business ('escapes').
 */
function readerHandedTo(
  member: TSESTree.MemberExpression,
  context: ReleaseContext,
): 'escapes' | { readonly call: TSESTree.CallExpression; readonly calledOnEveryPath: boolean } {
  let reader: TSESTree.Node = member;
  const bind = reader.parent;
  if (
    bind?.type === AST_NODE_TYPES.MemberExpression &&
    bind.object === reader &&
    staticPropertyName(bind) === 'bind' &&
    bind.parent.type === AST_NODE_TYPES.CallExpression &&
    bind.parent.callee === bind
  ) {
    reader = bind.parent;
  }
  const call = reader.parent;
  if (call?.type !== AST_NODE_TYPES.CallExpression || call.callee === reader) return 'escapes';
  const callee = skipTransparent(call.callee);
  const local = callee.type === AST_NODE_TYPES.Identifier ? localFunctionOf(callee, context.sourceCode) : undefined;
  const parameter = local?.params[call.arguments.indexOf(reader as TSESTree.CallExpressionArgument)];
  if (!local || parameter?.type !== AST_NODE_TYPES.Identifier) return 'escapes';
  const calls: TSESTree.Node[] = [];
  for (const use of usesOfBinding(parameter, context.sourceCode)) {
    if (use.kind === 'inspected') continue;
    if (use.kind !== 'unknown' || use.node.parent?.type !== AST_NODE_TYPES.CallExpression) return 'escapes';
    if (use.node.parent.callee !== use.node) return 'escapes';
    calls.push(use.node.parent);
  }
  return { call, calledOnEveryPath: calls.length > 0 && context.everyPathPasses(local, calls) };
}

function calledMember(member: TSESTree.MemberExpression): TSESTree.CallExpression | undefined {
  let node: TSESTree.Node = member;
  while (node.parent?.type === AST_NODE_TYPES.ChainExpression) node = node.parent;
  return node.parent?.type === AST_NODE_TYPES.CallExpression && node.parent.callee === node ? node.parent : undefined;
}

/**
 * Whether passing a response to `call` hands it on: a named release function does; a logging
 * call does not; a function of this file does when its body visibly releases that parameter;
 * anything else is the receiver's business.
 */
function argumentReleases(
  call: TSESTree.CallExpression | TSESTree.NewExpression,
  index: number,
  context: ReleaseContext,
): boolean {
  if (context.releaseFunctions.some((specifier) => callMatchesSpecifier(call, specifier, context.services)))
    return true;
  if (isInspectingCall(call)) return false;
  const callee = skipTransparent(call.callee);
  const local = callee.type === AST_NODE_TYPES.Identifier ? localFunctionOf(callee, context.sourceCode) : undefined;
  if (!local || index < 0) return true;
  const parameter = local.params[index];
  if (parameter?.type !== AST_NODE_TYPES.Identifier) return true;
  return parameterIsHandled(parameter, context);
}

const parameterCache = new WeakMap<TSESTree.Identifier, boolean>();

/** A parameter counts as handled when any of its uses moves or releases it (not only looks). */
function parameterIsHandled(parameter: TSESTree.Identifier, context: ReleaseContext): boolean {
  const cached = parameterCache.get(parameter);
  if (cached !== undefined) return cached;
  parameterCache.set(parameter, true); // recursion: assume handled
  let handled = false;
  for (const use of usesOfBinding(parameter, context.sourceCode)) {
    if (use.kind === 'inspected' || use.kind === 'awaited') continue;
    if (use.kind === 'member') {
      const call = calledMember(use.node);
      const name = use.property;
      const looksOnly = name !== undefined && !call && !BODY_PROPERTIES.has(name);
      if (looksOnly) continue;
      if (call && name !== undefined && ['get', 'has', 'forEach', 'entries', 'keys', 'values'].includes(name)) continue;
    }
    if (use.kind === 'call-argument' && isInspectingCall(use.call)) continue;
    handled = true;
    break;
  }
  parameterCache.set(parameter, handled);
  return handled;
}

/** `const res = await fetch()` gives `res`; `const p = fetch()` gives nothing (`p` is a promise). */
function declaredName(expression: TSESTree.Node, model: ResponseModel): TSESTree.Identifier | undefined {
  let node: TSESTree.Node = expression;
  let awaited = false;
  for (;;) {
    const parent = node.parent;
    if (
      parent?.type === AST_NODE_TYPES.AwaitExpression ||
      parent?.type === AST_NODE_TYPES.TSAsExpression ||
      parent?.type === AST_NODE_TYPES.TSNonNullExpression
    ) {
      node = parent;
      awaited ||= node.type === AST_NODE_TYPES.AwaitExpression;
      continue;
    }
    // `fetch(u).catch(castToError)`: the chain's value is the response (or what the handler gives).
    const chained = parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === node ? parent : undefined;
    const name = chained && staticPropertyName(chained);
    if (
      chained?.parent.type === AST_NODE_TYPES.CallExpression &&
      chained.parent.callee === chained &&
      (name === 'catch' || name === 'finally')
    ) {
      node = chained.parent;
      continue;
    }
    break;
  }
  // `const p = fetch(u)` holds the promise, not the response: only a stream is the call's own value.
  if (!awaited && !model.selfStream) return undefined;
  const parent = node.parent;
  if (
    parent?.type === AST_NODE_TYPES.VariableDeclarator &&
    parent.init === node &&
    parent.id.type === AST_NODE_TYPES.Identifier
  ) {
    return parent.id;
  }
  if (
    parent?.type === AST_NODE_TYPES.AssignmentExpression &&
    parent.right === node &&
    parent.left.type === AST_NODE_TYPES.Identifier
  ) {
    return parent.left;
  }
  return undefined;
}
