import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { isInspectingCall } from '../analysis/inspection.js';
import {
  propertyShape,
  readObjectShape,
  staticValueOf,
  type ObjectShape,
  type ShapeProperty,
} from '../analysis/object-shape.js';
import type { TypeServices } from '../analysis/services.js';
import { isOpaqueType } from '../analysis/types.js';
import { usesOfExpression, type ValueUse } from '../analysis/value-uses.js';
import { isFunctionNode, skipTransparent, staticPropertyName, staticString, type FunctionNode } from '../util/ast.js';
import type { IgnoredOption, RequestFunction, TimeoutModel } from './model.js';
import { requestOptionsOf } from './options.js';
import { matchRequest } from './recognize.js';
import { DESTROY_METHODS } from './timeouts.js';

interface Context {
  readonly sourceCode: Readonly<TSESLint.SourceCode>;
  readonly services: TypeServices | undefined;
}

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
export function requestShapeOptions(context: Context): {
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
  context: Context,
): IgnoredFinding[] {
  const list = request.ignoredOptions ?? [];
  if (list.length === 0) return [];
  const site = requestOptionsOf(request, call, context);
  if (site?.kind !== 'argument') return [];
  return ignoredOptionsOf(list, site.node, call, request, context);
}

/** The writes in the options object `options` that `list` says are ignored. */
export function ignoredOptionsOf(
  list: readonly IgnoredOption[],
  options: TSESTree.Node,
  call: TSESTree.CallExpression,
  request: RequestFunction | undefined,
  context: Context,
): IgnoredFinding[] {
  const shapeOptions = requestShapeOptions(context);
  const shape = readObjectShape(options, context.sourceCode, shapeOptions);
  const findings: IgnoredFinding[] = [];
  for (const option of list) {
    for (const write of writesAt(shape, option, context.sourceCode, shapeOptions)) {
      if (isNullish(write.value, context.sourceCode)) continue;
      if (!applies(option, write, call, request, context)) continue;
      findings.push({ option, write, options, inCall: within(write.node, options) });
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
  context: Context,
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

export function isNumericString(value: string): boolean {
  return /^\s*\d+\s*$/.test(value);
}

function isNullish(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const known = staticValueOf(node, sourceCode);
  return known !== undefined && (known.value === undefined || known.value === null);
}

function within(node: TSESTree.Node, container: TSESTree.Node): boolean {
  return container.range[0] <= node.range[0] && node.range[1] <= container.range[1];
}

/** With types: the call's resolved signature types the options parameter without `name`. */
function declaredOptionsLack(
  call: TSESTree.CallExpression,
  index: number,
  name: string,
  services: TypeServices,
): boolean {
  try {
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
  } catch {
    return false;
  }
}

/**
 * What becomes of a `node:http` request's timeout event: a listener (or the `setTimeout`
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
            if (destroys(holder.arguments[1], sourceCode)) result = 'destroys';
          } else if (method === eventOnly.setter && holder.arguments[1] && destroys(holder.arguments[1], sourceCode)) {
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
  try {
    visit(usesOfExpression(call, sourceCode), 0);
  } catch {
    return 'handed-on';
  }
  return result;
}

/** A listener that destroys or aborts something; a listener the file does not show counts. */
function destroys(listener: TSESTree.Node | undefined, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  if (!listener || listener.type === AST_NODE_TYPES.SpreadElement) return false;
  const fn = functionOf(skipTransparent(listener), sourceCode);
  if (fn === 'unknown') return true;
  if (!fn) return false;
  let found = false;
  const visit = (node: TSESTree.Node): void => {
    if (found) return;
    if (node.type === AST_NODE_TYPES.CallExpression) {
      const callee = skipTransparent(node.callee);
      if (callee.type === AST_NODE_TYPES.MemberExpression && DESTROY_METHODS.has(staticPropertyName(callee) ?? '')) {
        found = true;
        return;
      }
    }
    for (const [key, value] of Object.entries(node)) {
      if (key === 'parent') continue;
      if (Array.isArray(value)) {
        for (const child of value) if (isNode(child)) visit(child);
      } else if (isNode(value)) {
        visit(value);
      }
    }
  };
  visit(fn.body);
  return found;
}

function functionOf(
  node: TSESTree.Node,
  sourceCode: Readonly<TSESLint.SourceCode>,
): FunctionNode | 'unknown' | undefined {
  if (isFunctionNode(node)) return node;
  if (node.type !== AST_NODE_TYPES.Identifier) return 'unknown';
  try {
    const variable = ASTUtils.findVariable(sourceCode.getScope(node), node);
    const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
    if (definition?.type === 'FunctionName' && isFunctionNode(definition.node)) return definition.node;
    if (definition?.type === 'Variable' && isFunctionNode(definition.node.init)) return definition.node.init;
  } catch {
    return 'unknown';
  }
  return 'unknown';
}

function isNode(value: unknown): value is TSESTree.Node {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}
