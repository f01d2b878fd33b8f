import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { importOriginIs, resolveImportOrigin } from '../analysis/callee.js';
import type { FileContext } from '../analysis/context.js';
import { isInspectingCall } from '../analysis/inspection.js';
import { usesOfBinding, usesOfExpression, type ValueUse } from '../analysis/value-uses.js';
import type { RequestFunction, SignalConsumer } from '../clients/model.js';
import { CANCELLATION } from '../clients/registry.js';
import { skipTransparent, staticPropertyName } from '../util/ast.js';
import { requestOptionsOf } from './request-options.js';

/**
 * Where a cancellation goes: what creates one, what consumes a signal, and where a request takes
 * it. The knowledge behind `no-unattached-abort-signal` and `clear-abort-timer`.
 */

/** The option that carries the signal. */
export const SIGNAL_OPTION = CANCELLATION.signalOption;

/** Where a signal can be added to a request call that has none. */
export type SignalSlot =
  /** No options: a new `{ <name>: ... }` goes in as argument `index` (before a trailing callback). */
  | { readonly kind: 'new-options'; readonly index: number; readonly name: string }
  /** An options object literal with no signal of its own (a spread may still bring one). */
  | { readonly kind: 'property'; readonly object: TSESTree.ObjectExpression; readonly name: string };

/**
 * Where `call` (a request to `request`) would take a signal, by the client model's `signalOption`
 * and options layout; undefined when it has one, when the client takes none, or when the code
 * does not show where its options are.
 */
export function signalSlotOf(
  request: RequestFunction,
  call: TSESTree.CallExpression,
  context: FileContext,
): SignalSlot | undefined {
  const name = request.signalOption;
  if (!name) return undefined;
  const site = requestOptionsOf(request, call, context);
  if (!site || site.kind === 'unknown' || site.kind === 'builder') return undefined;
  if (site.kind === 'absent') {
    return site.index === 0 || site.index > call.arguments.length
      ? undefined
      : { kind: 'new-options', index: site.index, name };
  }
  const object = skipTransparent(site.node);
  if (object.type !== AST_NODE_TYPES.ObjectExpression) return undefined;
  for (const property of object.properties) {
    if (property.type === AST_NODE_TYPES.SpreadElement) continue;
    if (property.computed || staticPropertyName(property) === name) return undefined;
  }
  return { kind: 'property', object, name };
}

const SIGNAL_FACTORY_NAMES: ReadonlySet<string> = new Set(
  CANCELLATION.signalFactories.map((factory) => factory.path.at(-1)!),
);

/** Words whose absence from a file's text means it creates no cancellation. */
const CANCELLATION_WORDS = [
  ...new Set(
    [...CANCELLATION.controllerConstructors, ...CANCELLATION.signalFactories].flatMap((path) => [
      ...path.modules.filter((module): module is string => module !== null),
      ...(path.modules.includes(null) ? [path.path[0]!] : []),
    ]),
  ),
];

export type CancellationSource =
  | { readonly kind: 'controller'; readonly node: TSESTree.NewExpression }
  | { readonly kind: 'timeout' | 'any'; readonly node: TSESTree.CallExpression };

/** The cheapest gate: can a file with this text create a cancellation at all? */
export function mayMentionCancellation(text: string): boolean {
  return CANCELLATION_WORDS.some((word) => text.includes(word));
}

/** Cheap syntactic gate: could `node` create a cancellation? Resolve with `cancellationSourceOf`. */
export function mayCreateCancellation(node: TSESTree.NewExpression | TSESTree.CallExpression): boolean {
  const callee = skipTransparent(node.callee);
  if (node.type === AST_NODE_TYPES.NewExpression) {
    return callee.type === AST_NODE_TYPES.Identifier || callee.type === AST_NODE_TYPES.MemberExpression;
  }
  return callee.type === AST_NODE_TYPES.MemberExpression && SIGNAL_FACTORY_NAMES.has(staticPropertyName(callee) ?? '');
}

/** `new AbortController()`, `AbortSignal.timeout(ms)` or `AbortSignal.any([...])`. */
export function cancellationSourceOf(
  node: TSESTree.NewExpression | TSESTree.CallExpression,
  sourceCode: Readonly<TSESLint.SourceCode>,
): CancellationSource | undefined {
  if (!mayCreateCancellation(node)) return undefined;
  const origin = resolveImportOrigin(node.callee, sourceCode);
  if (node.type === AST_NODE_TYPES.NewExpression) {
    return CANCELLATION.controllerConstructors.some((path) => importOriginIs(origin, path.modules, path.path))
      ? { kind: 'controller', node }
      : undefined;
  }
  const factory = CANCELLATION.signalFactories.find((path) => importOriginIs(origin, path.modules, path.path));
  return factory ? { kind: factory.kind, node } : undefined;
}

/** The consumer a call is, if the model knows it. */
export function signalConsumerOf(
  call: TSESTree.CallExpression,
  sourceCode: Readonly<TSESLint.SourceCode>,
): SignalConsumer | undefined {
  const callee = skipTransparent(call.callee);
  const method = callee.type === AST_NODE_TYPES.MemberExpression ? staticPropertyName(callee) : undefined;
  let origin: ReturnType<typeof resolveImportOrigin> | null = null;
  for (const consumer of CANCELLATION.consumers) {
    if (consumer.callee.kind === 'method') {
      if (method === consumer.callee.method) return consumer;
      continue;
    }
    if (origin === null) origin = resolveImportOrigin(callee, sourceCode);
    if (importOriginIs(origin, consumer.callee.modules, consumer.callee.path)) return consumer;
  }
  return undefined;
}

/** Whether the options object at `argument` carries a signal, as far as the code shows. */
export type SignalPresence =
  /** No options argument at all. */
  | 'absent'
  /** An object literal with no `signal` and no spread. */
  | 'none'
  /** An object literal with no `signal` of its own but a spread that may bring one. */
  | 'spread'
  | 'present'
  /** Options the code cannot see into. */
  | 'unknown';

export function signalPresence(call: TSESTree.CallExpression, argument: number | 'last-object'): SignalPresence {
  const index =
    argument === 'last-object'
      ? call.arguments.findLastIndex((candidate) => skipTransparent(candidate).type === AST_NODE_TYPES.ObjectExpression)
      : argument;
  if (index === -1) return 'absent';
  const options = call.arguments[index];
  if (!options) return 'absent';
  const object = skipTransparent(options);
  if (object.type !== AST_NODE_TYPES.ObjectExpression) return 'unknown';
  let spread = false;
  for (const property of object.properties) {
    if (property.type === AST_NODE_TYPES.SpreadElement) spread = true;
    else if (staticPropertyName(property) === SIGNAL_OPTION) return 'present';
    else if (property.computed) return 'unknown';
  }
  return spread ? 'spread' : 'none';
}

/** Where a cancellation goes. */
export interface CancellationReach {
  /** The signal reaches something that reads it (a call, a listener, an `aborted` check) or escapes. */
  attached: boolean;
  /** Calls the signal, or an options object carrying it, is passed to. */
  readonly sinks: (TSESTree.CallExpression | TSESTree.NewExpression)[];
  /** A controller left the code's hands (returned, stored, passed): its receiver owns it. */
  controllerEscaped: boolean;
  /** `controller.abort` reads, also inside closures and timers. */
  readonly aborts: TSESTree.Node[];
  /** `controller.signal` reads (or the destructured `signal` property). */
  readonly signalReads: TSESTree.Node[];
  /** Other uses of a controller that neither read its signal nor abort it (`if (controller)`). */
  otherUses: number;
  /** The variable the source is kept in, when it is declared with one. */
  readonly binding: TSESTree.Identifier | undefined;
}

const MAX_DEPTH = 12;

/** Follows a cancellation from where it is made to everything that reads it. */
export function cancellationReach(
  source: CancellationSource,
  sourceCode: Readonly<TSESLint.SourceCode>,
): CancellationReach {
  const parent = source.node.parent;
  const binding =
    parent?.type === AST_NODE_TYPES.VariableDeclarator &&
    parent.init === source.node &&
    parent.id.type === AST_NODE_TYPES.Identifier
      ? parent.id
      : undefined;
  const reach: CancellationReach = {
    attached: false,
    sinks: [],
    controllerEscaped: false,
    aborts: [],
    signalReads: [],
    otherUses: 0,
    binding,
  };
  if (binding && parent?.parent?.parent?.type === AST_NODE_TYPES.ExportNamedDeclaration) {
    // `export const controller = new AbortController()`: other modules read it.
    reach.attached = true;
    reach.controllerEscaped = true;
    return reach;
  }
  const walker = new ReachWalker(reach, sourceCode);
  const uses = usesOfExpression(source.node, sourceCode);
  if (source.kind === 'controller') walker.controller(uses, 0);
  else walker.signal(uses, 0);
  return reach;
}

class ReachWalker {
  constructor(
    private readonly reach: CancellationReach,
    private readonly sourceCode: Readonly<TSESLint.SourceCode>,
  ) {}

  private escape(): void {
    this.reach.attached = true;
  }

  controller(uses: Iterable<ValueUse>, depth: number): void {
    if (depth > MAX_DEPTH) {
      this.reach.controllerEscaped = true;
      this.escape();
      return;
    }
    for (const use of uses) {
      switch (use.kind) {
        case 'awaited':
        case 'discarded':
          continue;
        case 'inspected':
          if (isLogicalAssignmentValue(use.node)) {
            this.reach.controllerEscaped = true;
            this.escape();
          }
          this.reach.otherUses++;
          continue;
        case 'member':
          if (use.property === SIGNAL_OPTION) {
            this.reach.signalReads.push(use.node);
            this.signal(usesOfExpression(use.node, this.sourceCode), depth + 1);
          } else if (use.property === 'abort') {
            this.reach.aborts.push(use.node);
          } else {
            this.reach.controllerEscaped = true;
            this.escape();
          }
          continue;
        case 'destructured':
          if (use.property === SIGNAL_OPTION && use.binding) {
            this.reach.signalReads.push(use.node);
            this.signal(usesOfBinding(use.binding, this.sourceCode), depth + 1);
          } else if (use.property === 'abort') {
            this.reach.aborts.push(use.node);
          } else {
            this.reach.controllerEscaped = true;
            this.escape();
          }
          continue;
        case 'captured':
          this.controller(usesOfExpression(use.node, this.sourceCode), depth + 1);
          continue;
        case 'call-argument':
          if (isInspectingCall(use.call)) {
            this.reach.otherUses++;
            continue;
          }
          if (isBindOfAbort(use.call)) continue;
          this.reach.controllerEscaped = true;
          this.escape();
          continue;
        default:
          this.reach.controllerEscaped = true;
          this.escape();
      }
    }
  }

  signal(uses: Iterable<ValueUse>, depth: number): void {
    if (depth > MAX_DEPTH) {
      this.escape();
      return;
    }
    for (const use of uses) {
      switch (use.kind) {
        case 'awaited':
        case 'discarded':
          continue;
        case 'inspected':
          // `signal ??= AbortSignal.timeout(ms)` keeps the value: it goes where the target goes.
          if (isLogicalAssignmentValue(use.node)) this.escape();
          continue;
        case 'captured':
          this.signal(usesOfExpression(use.node, this.sourceCode), depth + 1);
          continue;
        case 'call-argument':
          if (isInspectingCall(use.call)) continue;
          this.reach.sinks.push(use.call);
          this.escape();
          continue;
        case 'stored': {
          const holder = optionsHolding(use.node);
          const combined = holder ? undefined : combiningCall(use.node, this.sourceCode);
          if (holder) this.options(usesOfExpression(holder.object, this.sourceCode), holder.key, depth + 1);
          else if (combined) this.signal(usesOfExpression(combined, this.sourceCode), depth + 1);
          else this.escape();
          continue;
        }
        default:
          // Any other read reacts to the signal: `signal.aborted`, `addEventListener`, returning it.
          this.escape();
      }
    }
  }

  /** An object literal that holds the signal under `key`. */
  private options(uses: Iterable<ValueUse>, key: string | undefined, depth: number): void {
    if (depth > MAX_DEPTH || key === undefined) {
      this.escape();
      return;
    }
    for (const use of uses) {
      switch (use.kind) {
        case 'awaited':
        case 'discarded':
          continue;
        case 'inspected':
          if (isLogicalAssignmentValue(use.node)) this.escape();
          continue;
        case 'captured':
          this.options(usesOfExpression(use.node, this.sourceCode), key, depth + 1);
          continue;
        case 'call-argument':
          if (isInspectingCall(use.call)) continue;
          this.reach.sinks.push(use.call);
          this.escape();
          continue;
        case 'member':
          if (use.property === key) this.signal(usesOfExpression(use.node, this.sourceCode), depth + 1);
          else if (use.property === undefined) this.escape();
          continue;
        case 'destructured':
          if (use.property === key && use.binding) this.signal(usesOfBinding(use.binding, this.sourceCode), depth + 1);
          else if (use.property === key || use.property === undefined) this.escape();
          continue;
        case 'stored': {
          // `{ ...init, method }`: the outer object carries the same key.
          const spread = use.node.parent;
          const outer = spread?.parent;
          if (spread?.type === AST_NODE_TYPES.SpreadElement && outer?.type === AST_NODE_TYPES.ObjectExpression) {
            this.options(usesOfExpression(outer, this.sourceCode), key, depth + 1);
          } else {
            this.escape();
          }
          continue;
        }
        default:
          this.escape();
      }
    }
  }
}

/** `{ key: value }`: the object literal that stores `value` under a static key. */
function optionsHolding(
  value: TSESTree.Node,
): { object: TSESTree.ObjectExpression; key: string | undefined } | undefined {
  const property = value.parent;
  if (property?.type !== AST_NODE_TYPES.Property || property.value !== value || property.kind !== 'init')
    return undefined;
  const object = property.parent;
  if (object.type !== AST_NODE_TYPES.ObjectExpression) return undefined;
  return { object, key: staticPropertyName(property) };
}

/** The value of `x ??= value` (or `||=`, `&&=`): kept in `x`, not merely tested. */
function isLogicalAssignmentValue(node: TSESTree.Node): boolean {
  const parent = node.parent;
  return parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.right === node && parent.operator !== '=';
}

/** `controller.abort.bind(controller)`: the controller is only the `this` of its own abort. */
function isBindOfAbort(call: TSESTree.CallExpression | TSESTree.NewExpression): boolean {
  const callee = call.callee;
  return (
    call.type === AST_NODE_TYPES.CallExpression &&
    callee.type === AST_NODE_TYPES.MemberExpression &&
    staticPropertyName(callee) === 'bind' &&
    callee.object.type === AST_NODE_TYPES.MemberExpression &&
    staticPropertyName(callee.object) === 'abort'
  );
}

/** `AbortSignal.any([..., value, ...])`: the combined signal carries `value`'s cancellation on. */
export function combiningCall(
  value: TSESTree.Node,
  sourceCode: Readonly<TSESLint.SourceCode>,
): TSESTree.CallExpression | undefined {
  const array = value.parent;
  const call = array?.parent;
  if (
    array?.type !== AST_NODE_TYPES.ArrayExpression ||
    call?.type !== AST_NODE_TYPES.CallExpression ||
    call.arguments[0] !== array
  ) {
    return undefined;
  }
  return importOriginIs(resolveImportOrigin(call.callee, sourceCode), [null], ['AbortSignal', 'any'])
    ? call
    : undefined;
}
