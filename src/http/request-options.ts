import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

import { importOriginIs, resolveImportOrigin } from '../analysis/callee.js';
import type { FileContext } from '../analysis/context.js';
import { literalProperty, staticValueOf, type ObjectShape } from '../analysis/object-shape.js';
import { constInitializer, localFunctionOf } from '../analysis/scope.js';
import { isOpaqueType } from '../analysis/types.js';
import type { MethodFirstLayout, RequestFunction } from '../clients/model.js';
import { isFunctionNode, skipTransparent } from '../util/ast.js';
import { builderOptionsOf } from './builder-options.js';
import type { MatchedRequest } from './request-match.js';

/** Where a request's options object is. */
export type RequestOptionsSite =
  /** The options are the argument at `index`. */
  | { readonly kind: 'argument'; readonly index: number; readonly node: TSESTree.Expression }
  /** The call passes no options; they would go at `index` (before a trailing callback). */
  | { readonly kind: 'absent'; readonly index: number }
  /** The arguments cannot be told apart (a spread, a value of unknown kind first). */
  | { readonly kind: 'unknown' }
  /** Options set by a builder's chained calls (`builder-options.ts`), read into `shape`. */
  | { readonly kind: 'builder'; readonly shape: ObjectShape; readonly methods: ReadonlySet<string> };

/** Where the options of `call` to `request` are; undefined when the function takes none. */
export function requestOptionsOf(
  request: RequestFunction,
  call: TSESTree.CallExpression,
  context: FileContext,
): RequestOptionsSite | undefined {
  const args = call.arguments;
  if (request.builder) return builderOptionsOf(call, request.builder);
  if (request.optionsLayout === 'url-optional') {
    const first = args[0];
    if (!first) return { kind: 'absent', index: 0 };
    if (first.type === AST_NODE_TYPES.SpreadElement) return { kind: 'unknown' };
    const second = args[1];
    let kind = argumentKind(first, context);
    // `(options, callback)` never has an object second: with one, the first is the URL.
    if (kind === 'unknown' && second && skipTransparent(second).type === AST_NODE_TYPES.ObjectExpression) kind = 'url';
    if (kind === 'object') return { kind: 'argument', index: 0, node: first };
    if (kind !== 'url') return { kind: 'unknown' };
    if (!second) return { kind: 'absent', index: 1 };
    if (second.type === AST_NODE_TYPES.SpreadElement) return { kind: 'unknown' };
    return argumentKind(second, context) === 'function'
      ? { kind: 'absent', index: 1 }
      : { kind: 'argument', index: 1, node: second };
  }
  if (request.optionsLayout?.kind === 'method-first') return methodFirstOptions(request.optionsLayout, call, context);
  const index = request.optionsArgument;
  if (index === undefined) return undefined;
  if (args.slice(0, index + 1).some((argument) => argument.type === AST_NODE_TYPES.SpreadElement))
    return { kind: 'unknown' };
  const node = args[index];
  if (!node) return { kind: 'absent', index };
  // `(url, options?, callback?)`: a callback where the options would be means they were left out.
  return argumentKind(node, context) === 'function'
    ? { kind: 'absent', index }
    : { kind: 'argument', index, node: node as TSESTree.Expression };
}

/** `(method?, url, data?, options?, callback?)`: see `MethodFirstLayout`. */
function methodFirstOptions(
  layout: MethodFirstLayout,
  call: TSESTree.CallExpression,
  context: FileContext,
): RequestOptionsSite {
  const args = call.arguments;
  if (args.some((argument) => argument.type === AST_NODE_TYPES.SpreadElement)) return { kind: 'unknown' };
  const first = args[0];
  if (!first) return { kind: 'unknown' };
  const firstValue = staticValueOf(first, context.sourceCode)?.value;
  if (typeof firstValue !== 'string') return { kind: 'unknown' };
  const named = !/[./]/.test(firstValue);
  const urlIndex = named ? 1 : 0;
  const rest = args.slice(urlIndex).filter((argument) => argumentKind(argument, context) !== 'function');
  const bodyless = named ? layout.bodylessMethods.has(firstValue.toLowerCase()) : rest.length <= 2;
  const index = urlIndex + (bodyless && rest.length <= 2 ? 1 : 2);
  const node = args[index];
  if (!node || argumentKind(node, context) === 'function') return { kind: 'absent', index };
  return { kind: 'argument', index, node: node as TSESTree.Expression };
}

/** The call passes a callback: a function argument, or (with types) a value with call signatures. */
export function passesCallback(call: TSESTree.CallExpression, context: FileContext): boolean {
  return call.arguments.some(
    (argument) => argument.type !== AST_NODE_TYPES.SpreadElement && argumentKind(argument, context) === 'function',
  );
}

type ArgumentKind = 'url' | 'function' | 'object' | 'unknown';

/** A URL (string or `URL`), a callback, an options object, or a value this cannot tell. */
function argumentKind(node: TSESTree.Node, context: FileContext): ArgumentKind {
  const inner = skipTransparent(node);
  if (isFunctionNode(inner)) return 'function';
  if (inner.type === AST_NODE_TYPES.ObjectExpression) return 'object';
  if (inner.type === AST_NODE_TYPES.TemplateLiteral) return 'url';
  if (inner.type === AST_NODE_TYPES.Literal) return typeof inner.value === 'string' ? 'url' : 'unknown';
  if (inner.type === AST_NODE_TYPES.NewExpression) {
    const origin = resolveImportOrigin(inner.callee, context.sourceCode);
    return importOriginIs(origin, [null], ['URL']) || importOriginIs(origin, ['url'], ['URL']) ? 'url' : 'unknown';
  }
  const services = context.services;
  if (services) {
    const type = services.getType(inner);
    if (type && !isOpaqueType(services.ts, type)) {
      const nonNullable = services.checker.getNonNullableType(type);
      if (nonNullable.flags & services.ts.TypeFlags.StringLike) return 'url';
      if (nonNullable.getSymbol()?.getName() === 'URL') return 'url';
      if (nonNullable.getCallSignatures().length > 0) return 'function';
      if (nonNullable.flags & services.ts.TypeFlags.Object) return 'object';
    }
    return 'unknown';
  }
  const value = staticValueOf(inner, context.sourceCode);
  if (typeof value?.value === 'string') return 'url';
  if (inner.type === AST_NODE_TYPES.Identifier) {
    if (localFunctionOf(inner, context.sourceCode)) return 'function';
    // `const options = { hostname, path }; https.request(options, cb)`: the Node.js docs' own shape.
    const init = constInitializer(inner, context.sourceCode);
    if (init?.type === AST_NODE_TYPES.ObjectExpression) return 'object';
  }
  return namedLikeUrl(inner) ? 'url' : 'unknown';
}

/** Without types: `url`, `endpoint`, `this.baseUrl`, `'/x/' + id` are URLs, not options. */
function namedLikeUrl(node: TSESTree.Node): boolean {
  if (node.type === AST_NODE_TYPES.BinaryExpression && node.operator === '+') {
    return (
      [node.left, node.right].some((side) => side.type === AST_NODE_TYPES.Literal && typeof side.value === 'string') ||
      side(node.left)
    );
  }
  return side(node);

  function side(part: TSESTree.Node): boolean {
    const name =
      part.type === AST_NODE_TYPES.Identifier
        ? part.name
        : part.type === AST_NODE_TYPES.MemberExpression &&
            !part.computed &&
            part.property.type === AST_NODE_TYPES.Identifier
          ? part.property.name
          : undefined;
    return name !== undefined && URL_NAME.test(name);
  }
}

const URL_NAME = /(?:url|uri|href|endpoint|link)$/i;

/** The option `name`'s static value in a request's options object literal, if it is written there. */
export function literalOption(
  call: TSESTree.CallExpression,
  index: number | undefined,
  name: string,
): string | boolean | undefined {
  const options = index === undefined ? undefined : call.arguments[index];
  if (options?.type !== AST_NODE_TYPES.ObjectExpression) return undefined;
  const found = literalProperty(options, name);
  return found.kind === 'literal' && (typeof found.value === 'string' || typeof found.value === 'boolean')
    ? found.value
    : undefined;
}

/** HTTP methods whose responses carry no body to release. */
const BODYLESS_METHODS = new Set(['HEAD']);

/** `fetch(url, { method: 'HEAD' })`: nothing to read. */
export function isBodylessRequest(matched: MatchedRequest | undefined, call: TSESTree.CallExpression): boolean {
  if (!matched) return false;
  const method = literalOption(call, matched.request.optionsArgument, 'method');
  return typeof method === 'string' && BODYLESS_METHODS.has(method.toUpperCase());
}
