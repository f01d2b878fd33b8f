import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

import { importOriginIs, resolveImportOrigin, type ImportOrigin } from '../analysis/callee.js';
import { cacheKey, type FileContext } from '../analysis/context.js';
import { constInitializer } from '../analysis/scope.js';
import { matchType } from '../analysis/types.js';
import type { CalleeMatcher, ClientModel, ImportPath, RequestFunction } from '../clients/model.js';
import { pushTo, skipTransparent, staticPropertyName } from '../util/ast.js';
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
  for (const { client, request } of candidatesOf(call, originOfCallee())) {
    if (calleeMatches(call, request.callee, context, originOfCallee)) return { client, request, call };
  }
  return undefined;
}

type RequestEntry = (typeof REQUESTS)[number];

/**
 * The request table by what a call must show to match an entry: an import entry by its module and
 * path, a method entry by its method name; the rest (an instance called itself, a function by
 * type) is tried on every call. Entries keep their table order, which decides between two matches.
 */
interface RequestIndex {
  readonly byImport: ReadonlyMap<string, readonly RequestEntry[]>;
  readonly byMethod: ReadonlyMap<string, readonly RequestEntry[]>;
  readonly everyCall: readonly RequestEntry[];
  readonly order: ReadonlyMap<RequestEntry, number>;
}

const INDEX: RequestIndex = buildIndex();

function buildIndex(): RequestIndex {
  const byImport = new Map<string, RequestEntry[]>();
  const byMethod = new Map<string, RequestEntry[]>();
  const everyCall: RequestEntry[] = [];
  for (const entry of REQUESTS) {
    const callee = entry.request.callee;
    if (callee.kind === 'import')
      for (const module of callee.modules) pushTo(byImport, importKey(module, callee.path), entry);
    else if (callee.kind === 'instance-method' || (callee.kind === 'instance-call' && callee.method !== null)) {
      pushTo(byMethod, callee.method!, entry);
    } else everyCall.push(entry);
  }
  return { byImport, byMethod, everyCall, order: new Map(REQUESTS.map((entry, index) => [entry, index])) };
}

function importKey(module: string | null, path: readonly string[]): string {
  return `${module === null ? '\u0000global' : module}\u0000${path.join('\u0000')}`;
}

/** The entries `call` can match, in table order. */
function candidatesOf(call: TSESTree.CallExpression, origin: ImportOrigin | undefined): readonly RequestEntry[] {
  const found: RequestEntry[] = [...INDEX.everyCall];
  // An origin chosen at run time matches an entry only when each choice does, the first among them.
  const first = origin?.alternatives?.[0] ?? origin;
  if (first) {
    const path = first.module !== null && first.path[0] === 'default' ? first.path.slice(1) : first.path;
    found.push(...(INDEX.byImport.get(importKey(first.module, path)) ?? []));
  }
  const callee = skipTransparent(call.callee);
  const method = callee.type === AST_NODE_TYPES.MemberExpression ? staticPropertyName(callee) : undefined;
  if (method !== undefined) found.push(...(INDEX.byMethod.get(method) ?? []));
  return found.sort((a, b) => INDEX.order.get(a)! - INDEX.order.get(b)!);
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
