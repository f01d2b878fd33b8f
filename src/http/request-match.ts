import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

import { importOriginIs, resolveImportOrigin, type ImportOrigin } from '../analysis/callee.js';
import { cacheKey, type FileContext } from '../analysis/context.js';
import { constInitializer } from '../analysis/scope.js';
import { matchType } from '../analysis/types.js';
import type { CalleeMatcher, ClientModel, ImportPath, RequestFunction } from '../clients/model.js';
import { skipTransparent, staticPropertyName } from '../util/ast.js';
import { REQUESTS } from './client-tables.js';
import { isInstanceCall, mayHoldTypes } from './client-instances.js';
import { isFunctionTypeCall } from './function-type-call.js';

export interface MatchedRequest {
  readonly client: ClientModel;
  readonly request: RequestFunction;
  readonly call: TSESTree.CallExpression;
}

/** Several rules ask about the same calls: each call is matched once per file. */
const MATCHES = cacheKey<TSESTree.CallExpression, MatchedRequest | null>('request-match');

/** The client request a call sends, if it is one the client model knows. */
export function matchRequest(call: TSESTree.CallExpression, context: FileContext): MatchedRequest | undefined {
  const cache = context.cache(MATCHES);
  const cached = cache.get(call);
  if (cached !== undefined) return cached ?? undefined;
  const matched = findRequest(call, context);
  cache.set(call, matched ?? null);
  return matched;
}

function findRequest(call: TSESTree.CallExpression, context: FileContext): MatchedRequest | undefined {
  let origin: ImportOrigin | undefined | null = null;
  const originOfCallee = () =>
    origin === null ? (origin = resolveImportOrigin(skipTransparent(call.callee), context.sourceCode)) : origin;
  for (const { client, request } of REQUESTS) {
    if (calleeMatches(call, request.callee, context, originOfCallee)) return { client, request, call };
  }
  return undefined;
}

function calleeMatches(
  call: TSESTree.CallExpression,
  matcher: CalleeMatcher,
  context: FileContext,
  originOfCallee: () => ImportOrigin | undefined,
): boolean {
  const callee = skipTransparent(call.callee);
  if (matcher.kind === 'import') return importOriginIs(originOfCallee(), matcher.modules, matcher.path);
  if (matcher.kind === 'instance-call') return isInstanceCall(call, matcher, context);
  if (matcher.kind === 'function-type') return isFunctionTypeCall(call, matcher, context);
  if (callee.type !== AST_NODE_TYPES.MemberExpression || staticPropertyName(callee) !== matcher.method) return false;
  const receiver = skipTransparent(callee.object);
  if (context.services && mayHoldTypes(context.services, matcher.receiverTypes)) {
    const type = context.services.getType(receiver);
    if (type && matchType(context.services.program, context.services.checker, type, matcher.receiverTypes)) return true;
  }
  const constructed = constructorOf(receiver, context);
  if (!constructed) return false;
  return importMatches(constructed, matcher.constructors, context);
}

/** `new X()` itself, or the `X` of a `const` initialised with `new X()`. */
function constructorOf(receiver: TSESTree.Node, context: FileContext): TSESTree.Node | undefined {
  if (receiver.type === AST_NODE_TYPES.NewExpression) return receiver.callee;
  if (receiver.type !== AST_NODE_TYPES.Identifier) return undefined;
  const init = constInitializer(receiver, context.sourceCode);
  return init?.type === AST_NODE_TYPES.NewExpression ? init.callee : undefined;
}

/** True when `node` (a callee or a constructor) resolves to one of `paths`. */
export function importMatches(node: TSESTree.Node, paths: readonly ImportPath[], context: FileContext): boolean {
  const origin = resolveImportOrigin(node, context.sourceCode);
  return paths.some((path) => importOriginIs(origin, path.modules, path.path));
}
