import { guarded } from '../util/guard.js';
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { memberPath, skipTransparent, staticPropertyName, type FunctionNode } from '../util/ast.js';
import { isInspectingCall } from './inspection.js';
import { writeTarget } from './object-shape.js';
import { usesOfExpression } from './value-uses.js';

/**
 * Where a value lives inside an object literal that carries it: `[]` for the value itself,
 * `['pool', 'primary']` for `{ pool: { primary: value } }`. Spreads (`{ ...options }`) keep the path.
 */
type HolderPath = readonly string[];

/** What the caller's own knowledge says about one place the value reaches. */
export type SiteVerdict =
  /** This call uses the value (the work it was made for). */
  | { readonly kind: 'use' }
  /** The value is released here (`close()`, `destroy()`). */
  | { readonly kind: 'close' }
  /** Looked at; nothing keeps a reference. */
  | { readonly kind: 'neutral' }
  /** Kept beyond the call, or handed to code that may keep it. */
  | { readonly kind: 'escape' }
  /** The value now lives inside the value of `value` (an instance built around it): follow that. */
  | { readonly kind: 'follow'; readonly value: TSESTree.Node };

/** Client knowledge the analysis asks for; it knows nothing of what the value is. */
export interface LifetimeOracle {
  /** The value, or an object literal holding it at `path`, is argument `index` of `call`. */
  argument(call: TSESTree.CallExpression | TSESTree.NewExpression, index: number, path: HolderPath): SiteVerdict;
  /** A member of the value itself is read: `value.close`, `value.send`. */
  member(member: TSESTree.MemberExpression): SiteVerdict;
  /** The value itself is called: `client(url)`. */
  called(call: TSESTree.CallExpression): SiteVerdict;
  /**
   * Whether `call` keeps a callback passed to it and runs it later, maybe many times; undefined
   * leaves it to the analysis (event listeners, timers and route registration keep theirs).
   */
  keepsCallback?(call: TSESTree.CallExpression | TSESTree.NewExpression): boolean | undefined;
}

type EscapeKind = 'memoised' | 'returned' | 'stored' | 'argument' | 'kept-callback' | 'unknown';

/** What happens to a value made in one call of a function, within that call. */
export interface Lifetime {
  /** The first place it outlives the call, if any: then it is reused, not per-call. */
  readonly escape: { readonly kind: EscapeKind; readonly node: TSESTree.Node } | undefined;
  /** Where it is used (oracle `use`). */
  readonly uses: readonly TSESTree.Node[];
  /** Where it is released (oracle `close`). */
  readonly closes: readonly TSESTree.Node[];
}

/** Functions whose callback argument is kept and run later, possibly many times. */
const KEEPING_METHODS = new Set([
  'on',
  'once',
  'addListener',
  'prependListener',
  'prependOnceListener',
  'addEventListener',
  'subscribe',
  'setInterval',
  'use',
  'get',
  'post',
  'put',
  'patch',
  'delete',
  'all',
  'route',
  'register',
  'handle',
]);
const KEEPING_FUNCTIONS = new Set(['setInterval', 'setImmediate', 'queueMicrotask']);
const LOGICAL_ASSIGNMENT = new Set(['??=', '||=', '&&=']);
const MAX_ITEMS = 200;

export interface LifetimeOptions {
  /**
   * `within-call` (default): a closure that reads the value is followed only when it runs within
   * the call; one that is kept (a listener, a returned function) is an escape. `any`: every closure
   * is followed, for values whose lifetime does not matter, only where they end up.
   */
  readonly closures?: 'within-call' | 'any';
  /** The value lives at this path inside `expression` (`['headers']`): `[]` by default. */
  readonly path?: readonly string[];
}

interface Item {
  readonly node: TSESTree.Node;
  readonly path: HolderPath;
}

/**
 * Follows the value of `expression` (a `new X()` or factory call) through aliases, object
 * literals that carry it, closures run within the call and instances built around it, and says
 * whether it outlives the call, where it is used and where it is released. A logical assignment
 * (`cache ??= new X()`) memoises it. Never throws: unmodelled code counts as an escape.
 */
export function localLifetime(
  expression: TSESTree.Node,
  sourceCode: Readonly<TSESLint.SourceCode>,
  oracle: LifetimeOracle,
  options: LifetimeOptions = {},
): Lifetime {
  const uses: TSESTree.Node[] = [];
  const closes: TSESTree.Node[] = [];
  const escapeAt = (kind: EscapeKind, node: TSESTree.Node): Lifetime => ({ escape: { kind, node }, uses, closes });
  return guarded(escapeAt('unknown', expression), () => {
    const memo = memoisingAssignment(expression);
    if (memo) return escapeAt('memoised', memo);
    const queue: Item[] = [{ node: expression, path: options.path ?? [] }];
    const seenClosures = new Set<FunctionNode>();
    // With `closures: 'any'`, closures are never checked for being kept.
    const closuresSeen = options.closures === 'any' ? undefined : seenClosures;
    let count = 0;
    const seenItems = new Map<TSESTree.Node, Set<string>>();
    while (queue.length > 0) {
      if (++count > MAX_ITEMS) return escapeAt('unknown', expression);
      const item = queue.shift()!;
      // `options = { ...options, extra }` reaches the same holder again: follow each once.
      const key = item.path.join('\u0000');
      const paths = seenItems.get(item.node) ?? new Set<string>();
      if (paths.has(key)) continue;
      paths.add(key);
      seenItems.set(item.node, paths);
      for (const use of usesOfExpression(item.node, sourceCode)) {
        const outcome = classify(use, item, oracle, queue, closuresSeen, sourceCode);
        if (outcome.kind === 'escape') return escapeAt(outcome.as, outcome.node);
        if (outcome.kind === 'use' && !uses.includes(outcome.node)) uses.push(outcome.node);
        if (outcome.kind === 'close' && !closes.includes(outcome.node)) closes.push(outcome.node);
      }
    }
    return { escape: undefined, uses, closes };
  });
}

type Outcome =
  | { readonly kind: 'use' | 'close'; readonly node: TSESTree.Node }
  | { readonly kind: 'neutral' }
  | { readonly kind: 'escape'; readonly as: EscapeKind; readonly node: TSESTree.Node };

const NEUTRAL: Outcome = { kind: 'neutral' };

function classify(
  use: ReturnType<typeof usesOfExpression> extends Generator<infer U> ? U : never,
  item: Item,
  oracle: LifetimeOracle,
  queue: Item[],
  seenClosures: Set<FunctionNode> | undefined,
  sourceCode: Readonly<TSESLint.SourceCode>,
): Outcome {
  const fromVerdict = (verdict: SiteVerdict, node: TSESTree.Node, as: EscapeKind): Outcome => {
    switch (verdict.kind) {
      case 'use':
      case 'close':
        return { kind: verdict.kind, node };
      case 'neutral':
        return NEUTRAL;
      case 'escape':
        return { kind: 'escape', as, node };
      case 'follow':
        queue.push({ node: verdict.value, path: [] });
        return NEUTRAL;
    }
  };
  switch (use.kind) {
    case 'member': {
      if (item.path.length === 0) return fromVerdict(oracle.member(use.node), use.node, 'unknown');
      // `options.agent`: the value itself again when the property is the one holding it.
      if (use.property === item.path[0]) {
        queue.push({ node: use.node, path: item.path.slice(1) });
      }
      return NEUTRAL;
    }
    case 'call-argument': {
      if (isInspectingCall(use.call)) return NEUTRAL;
      return fromVerdict(oracle.argument(use.call, use.index, item.path), use.call, 'argument');
    }
    case 'returned':
      return { kind: 'escape', as: 'returned', node: use.node };
    case 'stored':
      return intoHolder(use.node, item, queue, sourceCode);
    case 'captured':
      return intoClosure(use.node, use.closure, item, queue, seenClosures, sourceCode, oracle);
    case 'awaited':
    case 'inspected':
    case 'discarded':
    case 'iterated':
      return NEUTRAL;
    case 'unknown': {
      const parent = use.node.parent;
      if (item.path.length === 0 && parent?.type === AST_NODE_TYPES.CallExpression && parent.callee === use.node) {
        return fromVerdict(oracle.called(parent), parent, 'unknown');
      }
      return { kind: 'escape', as: 'unknown', node: use.node };
    }
    default:
      return { kind: 'escape', as: 'unknown', node: use.node };
  }
}

/** `{ key: value }` and `{ ...value }` in an object literal: the literal carries the value on. */
function intoHolder(
  node: TSESTree.Node,
  item: Item,
  queue: Item[],
  sourceCode: Readonly<TSESLint.SourceCode>,
): Outcome {
  const parent = node.parent;
  // `opts.agent = value` on an options object made in this function: the object carries it on.
  if (parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.right === node && parent.operator === '=') {
    const target = writeTarget(parent, sourceCode);
    if (!target) return { kind: 'escape', as: 'stored', node };
    queue.push({ node: target.object, path: [...target.path, ...item.path] });
    return NEUTRAL;
  }
  if (
    parent?.type === AST_NODE_TYPES.Property &&
    parent.value === node &&
    parent.parent.type === AST_NODE_TYPES.ObjectExpression
  ) {
    const key = staticPropertyName(parent);
    if (key === undefined || parent.kind !== 'init') return { kind: 'escape', as: 'stored', node };
    queue.push({ node: parent.parent, path: [key, ...item.path] });
    return NEUTRAL;
  }
  if (parent?.type === AST_NODE_TYPES.SpreadElement && parent.parent.type === AST_NODE_TYPES.ObjectExpression) {
    queue.push({ node: parent.parent, path: item.path });
    return NEUTRAL;
  }
  return { kind: 'escape', as: 'stored', node };
}

/**
 * A closure that reads the value: followed inside when the closure only runs within the call
 * (called, or passed as a callback to a call that does not keep it); an escape otherwise.
 */
function intoClosure(
  reference: TSESTree.Identifier,
  closure: FunctionNode,
  item: Item,
  queue: Item[],
  seenClosures: Set<FunctionNode> | undefined,
  sourceCode: Readonly<TSESLint.SourceCode>,
  oracle: LifetimeOracle,
): Outcome {
  if (seenClosures && !seenClosures.has(closure)) {
    seenClosures.add(closure);
    const kept = closureKept(closure, sourceCode, oracle);
    if (kept) return { kind: 'escape', as: 'kept-callback', node: kept };
  }
  queue.push({ node: reference, path: item.path });
  return NEUTRAL;
}

/** Where `closure` outlives the call that made it, or undefined when it only runs within it. */
function closureKept(
  closure: FunctionNode,
  sourceCode: Readonly<TSESLint.SourceCode>,
  oracle: LifetimeOracle,
): TSESTree.Node | undefined {
  if (closure.type === AST_NODE_TYPES.FunctionDeclaration) return closure;
  for (const use of usesOfExpression(closure, sourceCode)) {
    switch (use.kind) {
      case 'call-argument':
        if (oracle.keepsCallback?.(use.call) ?? keepsCallback(use.call)) return use.call;
        continue;
      case 'unknown': {
        const parent = use.node.parent;
        if (parent?.type === AST_NODE_TYPES.CallExpression && parent.callee === use.node) continue;
        return use.node;
      }
      case 'discarded':
      case 'inspected':
        continue;
      default:
        return use.node;
    }
  }
  return undefined;
}

function keepsCallback(call: TSESTree.CallExpression | TSESTree.NewExpression): boolean {
  if (call.type === AST_NODE_TYPES.NewExpression) {
    const callee = skipTransparent(call.callee);
    return !(callee.type === AST_NODE_TYPES.Identifier && callee.name === 'Promise');
  }
  const path = memberPath(call.callee);
  if (!path) return true;
  const last = path.at(-1)!;
  if (path.length === 1) return KEEPING_FUNCTIONS.has(last);
  return KEEPING_METHODS.has(last);
}

/** `cache ??= new X()`, `this.x ||= new X()`: the value is made once and kept. */
function memoisingAssignment(expression: TSESTree.Node): TSESTree.Node | undefined {
  let node = expression;
  for (let parent = node.parent; parent; node = parent, parent = parent.parent) {
    if (
      parent.type === AST_NODE_TYPES.TSAsExpression ||
      parent.type === AST_NODE_TYPES.TSNonNullExpression ||
      parent.type === AST_NODE_TYPES.TSSatisfiesExpression ||
      parent.type === AST_NODE_TYPES.TSTypeAssertion
    ) {
      continue;
    }
    if (
      parent.type === AST_NODE_TYPES.AssignmentExpression &&
      parent.right === node &&
      LOGICAL_ASSIGNMENT.has(parent.operator)
    ) {
      return parent;
    }
    return undefined;
  }
  return undefined;
}
