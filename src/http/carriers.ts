import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

import type { FileContext } from '../analysis/context.js';
import {
  EMPTY_SHAPE,
  mayBePositive,
  propertyAtPath,
  readObjectShape,
  staticValueOf,
} from '../analysis/object-shape.js';
import { constInitializer } from '../analysis/scope.js';
import type { CarrierOption, OptionPath, TimeoutPhase } from '../clients/model.js';
import { skipTransparent } from '../util/ast.js';
import { GLOBAL_DISPATCHER_SETTERS, POOL_FACTORIES } from './client-tables.js';
import { importMatches } from './request-match.js';

/** What a dispatcher or agent carries, when the file shows how it was made. */
export type CarrierReading =
  /** Made where the rule cannot see, or configured from what it cannot read: assumed configured. */
  | { readonly kind: 'unseen' }
  /** Made by a known constructor with this config: the timeouts it sets. */
  | { readonly kind: 'seen'; readonly bounds: ReadonlySet<TimeoutPhase>; readonly names: readonly string[] }
  /** No dispatcher or agent (`agent: false`, `undefined`). */
  | { readonly kind: 'none' };

const CARRYING_POOLS = POOL_FACTORIES.filter((factory) => factory.carries !== undefined);
const MAX_DEPTH = 8;

/** What the dispatcher or agent `node`, written in the option `carrier`, carries. */
export function readCarrier(
  node: TSESTree.Node,
  carrier: Pick<CarrierOption, 'kind' | 'byKey'>,
  context: FileContext,
  depth = 0,
): CarrierReading {
  const sourceCode = context.sourceCode;
  if (depth > MAX_DEPTH) return { kind: 'unseen' };
  const inner = skipTransparent(node);
  const known = staticValueOf(inner, sourceCode);
  if (known && (known.value === undefined || known.value === null || known.value === false)) return { kind: 'none' };
  if (inner.type === AST_NODE_TYPES.Identifier) {
    const init = constInitializer(inner, sourceCode);
    return init ? readCarrier(init, carrier, context, depth + 1) : { kind: 'unseen' };
  }
  if (carrier.byKey) {
    // `agent: { http: a, https: b }`: one carrier per key.
    const shape = readObjectShape(inner, sourceCode);
    if (shape.open) return { kind: 'unseen' };
    for (const key of carrier.byKey) {
      for (const write of shape.properties.get(key) ?? []) {
        if (readCarrier(write.value, { kind: carrier.kind }, context, depth + 1).kind === 'unseen') {
          return { kind: 'unseen' };
        }
      }
    }
    return { kind: 'seen', bounds: new Set(), names: [] };
  }
  if (inner.type !== AST_NODE_TYPES.NewExpression) return { kind: 'unseen' };
  const pool = CARRYING_POOLS.find(
    (candidate) => candidate.carries!.kind === carrier.kind && importMatches(inner.callee, candidate.callees, context),
  );
  if (!pool) return { kind: 'unseen' };
  if (inner.arguments.some((argument) => argument.type === AST_NODE_TYPES.SpreadElement)) return { kind: 'unseen' };
  const config = inner.arguments[pool.optionsArgument];
  const shape = config ? readObjectShape(config, sourceCode) : EMPTY_SHAPE;
  if (shape.open) return { kind: 'unseen' };
  const bounds = new Set<TimeoutPhase>();
  const names: string[] = [];
  for (const option of pool.carries!.timeouts) {
    const found = propertyAtPath(shape, option.path, sourceCode);
    if (found.open) return { kind: 'unseen' };
    if (!found.writes.some((write) => mayBePositive(write.value, sourceCode))) continue;
    if (option.bounds === 'total') return { kind: 'unseen' };
    for (const phase of option.bounds) bounds.add(phase);
    names.push(optionCode(option.path));
  }
  return { kind: 'seen', bounds, names };
}

/** A call that installs a process-wide dispatcher (`setGlobalDispatcher(d)`): what `d` carries. */
export function globalDispatcherOf(call: TSESTree.CallExpression, context: FileContext): CarrierReading | undefined {
  const setter = GLOBAL_DISPATCHER_SETTERS.find((candidate) => importMatches(call.callee, [candidate], context));
  if (!setter) return undefined;
  const argument = call.arguments[0];
  if (!argument || argument.type === AST_NODE_TYPES.SpreadElement) return { kind: 'unseen' };
  return readCarrier(argument, { kind: setter.carrier }, context);
}

/** Two installs of a global dispatcher in one file: only what both carry counts. */
export function mergeCarrier(previous: CarrierReading | undefined, next: CarrierReading): CarrierReading {
  if (!previous || previous.kind === 'none') return next;
  if (previous.kind === 'unseen' || next.kind === 'unseen') return { kind: 'unseen' };
  if (next.kind === 'none') return previous;
  return {
    kind: 'seen',
    bounds: new Set([...previous.bounds].filter((phase) => next.bounds.has(phase))),
    names: next.names,
  };
}

/** An option path as messages write it: `` `timeout.request` ``. */
export function optionCode(path: OptionPath): string {
  return `\`${path.join('.')}\``;
}
