import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import type { FileContext } from '../analysis/context.js';
import {
  isNullish,
  propertyShape,
  readObjectShape,
  staticValueOf,
  type ObjectShape,
  type ShapeProperty,
} from '../analysis/object-shape.js';
import type { TypeServices } from '../analysis/services.js';
import { isOpaqueType } from '../analysis/types.js';
import type { IgnoredOption, RequestFunction } from '../clients/model.js';
import { contains } from '../util/ast.js';
import { guarded } from '../util/guard.js';
import { CLIENT_LIST } from './client-tables.js';
import { importMatches, matchRequest } from './request-match.js';
import { requestOptionsOf } from './request-options.js';
import { timeoutHandling } from './timeout-events.js';

/** One write of an option the called client ignores. */
export interface IgnoredFinding {
  readonly option: IgnoredOption;
  readonly write: ShapeProperty;
  /** The options object (or instance config) the write reaches the request through. */
  readonly options: TSESTree.Node;
  /** The write sits inside the call's own options expression: rewriting it changes only this request. */
  readonly inCall: boolean;
}

/** Calls that receive an options object without changing it: any request call. */
export function requestShapeOptions(context: FileContext): {
  isHarmlessCall: (call: TSESTree.CallExpression | TSESTree.NewExpression) => boolean;
} {
  return {
    isHarmlessCall: (call) => call.type === AST_NODE_TYPES.CallExpression && matchRequest(call, context) !== undefined,
  };
}

/** The options of `call` (a request to `request`) that the client ignores. */
export function ignoredOptionsOfCall(
  request: RequestFunction,
  call: TSESTree.CallExpression,
  context: FileContext,
): IgnoredFinding[] {
  const list = request.ignoredOptions ?? [];
  if (list.length === 0) return [];
  const site = requestOptionsOf(request, call, context);
  if (site?.kind !== 'argument') return [];
  return ignoredOptionsOf(list, site.node, call, request, context);
}

/**
 * The options a client instance factory's config holds that every request of the instance ignores
 * (`client.create({ headers: { timeout: 5000 } })`).
 */
export function ignoredOptionsOfFactoryCall(call: TSESTree.CallExpression, context: FileContext): IgnoredFinding[] {
  for (const client of CLIENT_LIST) {
    const instances = client.instances;
    if (!instances?.ignoredOptions) continue;
    for (const factory of instances.factories) {
      const config = call.arguments[factory.configArgument];
      if (!config || config.type === AST_NODE_TYPES.SpreadElement) continue;
      if (!importMatches(call.callee, [factory], context)) continue;
      return ignoredOptionsOf(instances.ignoredOptions, config, call, undefined, context);
    }
  }
  return [];
}

/** The writes in the options object `options` that `list` says are ignored. */
function ignoredOptionsOf(
  list: readonly IgnoredOption[],
  options: TSESTree.Node,
  call: TSESTree.CallExpression,
  request: RequestFunction | undefined,
  context: FileContext,
): IgnoredFinding[] {
  const shapeOptions = requestShapeOptions(context);
  const shape = readObjectShape(options, context.sourceCode, shapeOptions);
  const findings: IgnoredFinding[] = [];
  for (const option of list) {
    for (const write of writesAt(shape, option, context.sourceCode, shapeOptions)) {
      if (isNullish(write.value, context.sourceCode)) continue;
      // `init.timeout = 5000` written after the request was sent changes nothing for it.
      if (!write.literal && write.node.range[0] > call.range[1]) continue;
      if (!applies(option, write, call, request, context)) continue;
      findings.push({ option, write, options, inCall: contains(options, write.node) });
    }
  }
  return findings;
}

function writesAt(
  shape: ObjectShape,
  option: IgnoredOption,
  sourceCode: Readonly<TSESLint.SourceCode>,
  shapeOptions: ReturnType<typeof requestShapeOptions>,
): ShapeProperty[] {
  let current = shape;
  for (const name of option.path.slice(0, -1)) current = propertyShape(current, name, sourceCode, shapeOptions);
  const last = option.path.at(-1)!;
  if (!option.caseInsensitive) return [...(current.properties.get(last) ?? [])];
  return [...current.properties]
    .filter(([name]) => name.toLowerCase() === last.toLowerCase())
    .flatMap(([, writes]) => writes);
}

function applies(
  option: IgnoredOption,
  write: ShapeProperty,
  call: TSESTree.CallExpression,
  request: RequestFunction | undefined,
  context: FileContext,
): boolean {
  switch (option.when ?? 'always') {
    case 'always':
      return true;
    case 'non-numeric-string': {
      const value = staticValueOf(write.value, context.sourceCode)?.value;
      return typeof value === 'string' && !isNumericString(value);
    }
    case 'numeric-or-unknown': {
      const known = staticValueOf(write.value, context.sourceCode);
      if (!known) return true;
      return typeof known.value === 'number' || (typeof known.value === 'string' && isNumericString(known.value));
    }
    case 'without-destroying-listener': {
      const model = request?.timeouts;
      return model?.eventOnly !== undefined && timeoutHandling(call, model, context.sourceCode) === 'none';
    }
    case 'undeclared-in-types': {
      if (!request || !context.services) return false;
      const site = requestOptionsOf(request, call, context);
      return site?.kind === 'argument' && declaredOptionsLack(call, site.index, option.path[0]!, context.services);
    }
  }
}

function isNumericString(value: string): boolean {
  return /^\s*\d+\s*$/.test(value);
}

/** With types: the call's resolved signature types the options parameter without `name`. */
function declaredOptionsLack(
  call: TSESTree.CallExpression,
  index: number,
  name: string,
  services: TypeServices,
): boolean {
  return guarded(false, () => {
    const tsCall = services.parserServices.esTreeNodeToTSNodeMap.get(call);
    const signature = services.checker.getResolvedSignature(tsCall);
    const parameter = signature?.getParameters()[index];
    if (!parameter) return false;
    const type = services.checker.getNonNullableType(services.checker.getTypeOfSymbolAtLocation(parameter, tsCall));
    if (isOpaqueType(services.ts, type)) return false;
    const members = type.isUnion() ? type.types : [type];
    return members.every(
      (member) =>
        !isOpaqueType(services.ts, member) &&
        member.getProperty(name) === undefined &&
        member.getStringIndexType() === undefined &&
        (member.flags & services.ts.TypeFlags.Object) !== 0,
    );
  });
}
