import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { importOriginIs, resolveImportOrigin } from '../analysis/callee.js';
import { staticValueOf } from '../analysis/object-shape.js';
import { constInitializer } from '../analysis/scope.js';
import type { TypeServices } from '../analysis/services.js';
import { isOpaqueType } from '../analysis/types.js';
import { isFunctionNode, skipTransparent } from '../util/ast.js';
import type { IgnoredOption, RequestFunction } from './model.js';

/**
 * Where a request's options are, and the options each client silently ignores, as data: the
 * knowledge behind `no-ignored-request-options`, and the options locator every rule that reads a
 * request's options (`signal`, `dispatcher`, `agent`, timeouts) shares.
 */

const FETCH_REASON = 'WHATWG `fetch` drops options it does not know without a word';

/** node-fetch 2 habits that Node's `fetch` and undici's `fetch` ignore. */
export const FETCH_IGNORED: readonly IgnoredOption[] = [
  {
    path: ['timeout'],
    reason: `is a node-fetch 2 option: ${FETCH_REASON}, so nothing times out`,
    meantAsTimeout: true,
    replacement: 'signal-timeout',
  },
  {
    path: ['agent'],
    reason: `is a node-fetch option: ${FETCH_REASON}; undici's \`fetch\` takes an undici \`Agent\` as \`dispatcher\``,
    meantAsTimeout: false,
  },
  {
    path: ['compress'],
    reason: `is a node-fetch option: ${FETCH_REASON} (it always decompresses)`,
    meantAsTimeout: false,
  },
  {
    path: ['size'],
    reason: `is node-fetch's body size limit: ${FETCH_REASON}, so the body is not limited`,
    meantAsTimeout: false,
  },
  {
    path: ['follow'],
    reason: `is node-fetch's redirect limit: ${FETCH_REASON} (it follows up to 20; \`redirect: 'manual'\` or \`'error'\` stop it)`,
    meantAsTimeout: false,
  },
  { path: ['highWaterMark'], reason: `is a node-fetch stream option: ${FETCH_REASON}`, meantAsTimeout: false },
  { path: ['insecureHTTPParser'], reason: `is a node-fetch option: ${FETCH_REASON}`, meantAsTimeout: false },
];

/** node-fetch 3 dropped `timeout`: reported only where the types show the installed version lacks it. */
export const NODE_FETCH_IGNORED: readonly IgnoredOption[] = [
  {
    path: ['timeout'],
    when: 'undeclared-in-types',
    reason: 'was removed in node-fetch 3, which ignores it, so nothing times out',
    meantAsTimeout: true,
    replacement: 'signal-timeout',
  },
];

/** undici's dispatch options have no `timeout`. */
export const UNDICI_IGNORED: readonly IgnoredOption[] = [
  {
    path: ['timeout'],
    reason:
      'is not an undici option and is ignored: undici bounds a request with `headersTimeout` and `bodyTimeout`, or a `signal`',
    meantAsTimeout: true,
    replacement: 'undici-timeouts',
  },
];

/** `node:http`'s `timeout` only emits `'timeout'`. */
export const NODE_HTTP_IGNORED: readonly IgnoredOption[] = [
  {
    path: ['timeout'],
    when: 'without-destroying-listener',
    reason: "only emits `'timeout'` on the request, and no `'timeout'` listener destroys it, so nothing is aborted",
    meantAsTimeout: true,
    replacement: 'signal-timeout',
  },
];

/** axios reads `timeout` from the config: as a header it is sent to the server; as a word it is misread. */
export const AXIOS_IGNORED: readonly IgnoredOption[] = [
  {
    path: ['headers', 'timeout'],
    caseInsensitive: true,
    when: 'numeric-or-unknown',
    reason: 'is sent to the server as an HTTP header: axios reads `timeout` from the config, not from `headers`',
    meantAsTimeout: true,
    replacement: 'top-level-timeout',
  },
  {
    path: ['timeout'],
    when: 'non-numeric-string',
    reason: 'is a string that is not a number of milliseconds: axios reads it with `parseInt`',
    meantAsTimeout: true,
    replacement: 'milliseconds',
  },
];

/** Where a request's options object is. */
export type RequestOptionsSite =
  /** The options are the argument at `index`. */
  | { readonly kind: 'argument'; readonly index: number; readonly node: TSESTree.Expression }
  /** The call passes no options; they would go at `index` (before a trailing callback). */
  | { readonly kind: 'absent'; readonly index: number }
  /** The arguments cannot be told apart (a spread, a value of unknown kind first). */
  | { readonly kind: 'unknown' };

interface Context {
  readonly sourceCode: Readonly<TSESLint.SourceCode>;
  readonly services: TypeServices | undefined;
}

/** Where the options of `call` to `request` are; undefined when the function takes none. */
export function requestOptionsOf(
  request: RequestFunction,
  call: TSESTree.CallExpression,
  context: Context,
): RequestOptionsSite | undefined {
  const args = call.arguments;
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
  const index = request.optionsArgument;
  if (index === undefined) return undefined;
  if (args.slice(0, index + 1).some((argument) => argument.type === AST_NODE_TYPES.SpreadElement))
    return { kind: 'unknown' };
  const node = args[index];
  return node ? { kind: 'argument', index, node: node as TSESTree.Expression } : { kind: 'absent', index };
}

type ArgumentKind = 'url' | 'function' | 'object' | 'unknown';

/** A URL (string or `URL`), a callback, an options object, or a value this cannot tell. */
function argumentKind(node: TSESTree.Node, context: Context): ArgumentKind {
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
    if (declaresFunction(inner, context.sourceCode)) return 'function';
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

function declaresFunction(node: TSESTree.Identifier, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  try {
    const variable = ASTUtils.findVariable(sourceCode.getScope(node), node);
    const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
    if (definition?.type === 'FunctionName') return true;
    return (
      definition?.type === 'Variable' && definition.node.parent.kind === 'const' && isFunctionNode(definition.node.init)
    );
  } catch {
    return false;
  }
}
