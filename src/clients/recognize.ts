import type * as ts from 'typescript';

import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { importOriginIs, resolveDeclaredCallee, resolveImportOrigin, type ImportOrigin } from '../analysis/callee.js';
import { isInspectingCall } from '../analysis/inspection.js';
import { constInitializer } from '../analysis/scope.js';
import type { TypeServices } from '../analysis/services.js';
import { matchType, type TypeSpecifier } from '../analysis/types.js';
import { usesOfExpression } from '../analysis/value-uses.js';
import { skipTransparent, staticPropertyName, staticString } from '../util/ast.js';
import { isInstanceCall, isTypedFunctionCall } from './instances.js';
import { CLIENTS } from './registry.js';
import type { CalleeMatcher, ClientModel, RequestFunction, ResponseModel } from './model.js';

export interface MatchedRequest {
  readonly client: ClientModel;
  readonly request: RequestFunction;
  readonly call: TSESTree.CallExpression;
}

interface Context {
  readonly sourceCode: Readonly<TSESLint.SourceCode>;
  readonly services: TypeServices | undefined;
}

/** The client request a call sends, if it is one the client model knows. */
export function matchRequest(call: TSESTree.CallExpression, context: Context): MatchedRequest | undefined {
  let origin: ImportOrigin | undefined | null = null;
  const originOfCallee = () =>
    origin === null ? (origin = resolveImportOrigin(skipTransparent(call.callee), context.sourceCode)) : origin;
  for (const client of CLIENTS) {
    for (const request of client.requests) {
      if (calleeMatches(call, request.callee, context, originOfCallee)) return { client, request, call };
    }
  }
  return undefined;
}

function calleeMatches(
  call: TSESTree.CallExpression,
  matcher: CalleeMatcher,
  context: Context,
  originOfCallee: () => ImportOrigin | undefined,
): boolean {
  const callee = skipTransparent(call.callee);
  if (matcher.kind === 'import') return importOriginIs(originOfCallee(), matcher.modules, matcher.path);
  if (matcher.kind === 'instance-call') return isInstanceCall(call, matcher, context);
  if (matcher.kind === 'function-type') return isTypedFunctionCall(call, matcher, context);
  if (callee.type !== AST_NODE_TYPES.MemberExpression || staticPropertyName(callee) !== matcher.method) return false;
  const receiver = skipTransparent(callee.object);
  if (context.services) {
    const type = context.services.getType(receiver);
    if (type && matchType(context.services.program, context.services.checker, type, matcher.receiverTypes)) return true;
  }
  const constructed = constructorOf(receiver, context.sourceCode);
  if (!constructed) return false;
  const origin = resolveImportOrigin(constructed, context.sourceCode);
  return matcher.constructors.some((constructor) => importOriginIs(origin, constructor.modules, constructor.path));
}

/** `new X()` itself, or the `X` of a `const` initialised with `new X()`. */
function constructorOf(receiver: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): TSESTree.Node | undefined {
  if (receiver.type === AST_NODE_TYPES.NewExpression) return receiver.callee;
  if (receiver.type !== AST_NODE_TYPES.Identifier) return undefined;
  const init = constInitializer(receiver, sourceCode);
  return init?.type === AST_NODE_TYPES.NewExpression ? init.callee : undefined;
}

/** The option `name`'s static value in a request's options object literal, if it is written there. */
export function literalOption(
  call: TSESTree.CallExpression,
  index: number | undefined,
  name: string,
): string | boolean | undefined {
  if (index === undefined) return undefined;
  const options = call.arguments[index];
  if (options?.type !== AST_NODE_TYPES.ObjectExpression) return undefined;
  for (const property of options.properties) {
    if (property.type !== AST_NODE_TYPES.Property || staticPropertyName(property) !== name) continue;
    const value = skipTransparent(property.value);
    if (value.type === AST_NODE_TYPES.Literal && typeof value.value === 'boolean') return value.value;
    return staticString(value);
  }
  return undefined;
}

/**
 * The response model of what `call` returns, by the client model's request functions or, with
 * type information, by the (awaited) type of its value: a user's wrapper returning
 * `Promise<Response>` is a source like `fetch` itself.
 */
export function responseModelOfCall(
  call: TSESTree.CallExpression,
  context: Context,
  options: {
    /** Ask the type checker only when the value is used the way a response is (see mayHoldResponse). */
    readonly onlyIfUsedAsResponse?: boolean;
  } = {},
): { model: ResponseModel; matched: MatchedRequest | undefined } | undefined {
  const matched = matchRequest(call, context);
  const response = matched?.request.response;
  if (matched && response?.delivery.kind === 'result') {
    const only = response.onlyWithOption;
    if (!only || literalOption(call, matched.request.optionsArgument, only.name) === only.value) {
      return { model: response.model, matched };
    }
    return undefined;
  }
  if (matched || isPromiseChainCall(call)) return undefined;
  const services = context.services;
  if (!services || (options.onlyIfUsedAsResponse && !mayHoldResponse(call, context.sourceCode))) return undefined;
  const type = services.getType(call);
  if (!type) return undefined;
  const model = responseModelOfType(services, type);
  if (!model || isNonNetworkResponseCall(call, context)) return undefined;
  return { model, matched: undefined };
}

let responseMembers: ReadonlySet<string> | undefined;

/** Every member name a response of any client model is used by: its body, status, methods, stream API. */
function allResponseMembers(): ReadonlySet<string> {
  responseMembers ??= new Set(
    CLIENTS.flatMap((client) =>
      client.responseModels.concat(client.requests.flatMap((request) => request.response?.model ?? [])),
    )
      .flatMap((model) => {
        const streams = [model.selfStream, model.bodyProperty?.stream].filter((stream) => stream !== undefined);
        return [
          ...model.releaseMethods,
          ...model.metadataProperties,
          model.statusProperty,
          ...(model.bodyProperty ? [model.bodyProperty.name] : []),
          ...streams.flatMap((stream) => [
            ...stream.releaseMethods,
            ...(stream.readerMethod ? [stream.readerMethod] : []),
          ]),
          ...(model.selfStream ? STREAM_LISTENER_METHODS : []),
        ];
      })
      .concat(RESPONSE_ONLY_MEMBERS),
  );
  return responseMembers;
}

const STREAM_LISTENER_METHODS = ['on', 'once', 'addListener', 'setEncoding', 'read', 'socket'];
const RESPONSE_ONLY_MEMBERS = ['clone', 'bodyUsed'];

/**
 * The cheap syntactic gate before the type checker: could the value of `call` be a response the
 * rule would report? Only if some use touches it the way a response is used (a member a response
 * has, its destructuring, a `.then()` callback, logging it) or an `await`/`void` throws it away.
 * A plain call statement (`save();`) or a value that is only returned or passed on is not asked
 * about: no-floating-promises covers the first, and the second would not be reported.
 */
function mayHoldResponse(call: TSESTree.CallExpression, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const members = allResponseMembers();
  let awaited = false;
  for (const use of usesOfExpression(call, sourceCode)) {
    switch (use.kind) {
      case 'awaited':
        awaited = true;
        break;
      case 'member':
        if (use.property === undefined || members.has(use.property)) return true;
        break;
      case 'destructured':
        if (use.property === undefined || members.has(use.property)) return true;
        break;
      case 'callback-parameter':
        return true;
      case 'call-argument':
        if (isInspectingCall(use.call)) return true;
        break;
      case 'discarded':
        if (awaited || use.node.parent?.type === AST_NODE_TYPES.UnaryExpression) return true;
        break;
      default:
        break;
    }
  }
  return false;
}

let responseSpecifiers: (TypeSpecifier & { readonly model: ResponseModel })[] | undefined;

/** Built on first use: client files may import this module while the registry is still loading. */
function allResponseSpecifiers(): (TypeSpecifier & { readonly model: ResponseModel })[] {
  responseSpecifiers ??= CLIENTS.flatMap((client) => client.responseModels).flatMap((model) =>
    model.types.map((specifier) => ({ ...specifier, model })),
  );
  return responseSpecifiers;
}

/** Most calls of a file return a handful of types: each is matched once per program. */
const modelsByType = new WeakMap<object, WeakMap<object, ResponseModel | null>>();

function responseModelOfType(services: TypeServices, type: ts.Type): ResponseModel | undefined {
  let cache = modelsByType.get(services.program);
  if (!cache) modelsByType.set(services.program, (cache = new WeakMap()));
  const cached = cache.get(type);
  if (cached !== undefined) return cached ?? undefined;
  const found = matchType(services.program, services.checker, type, allResponseSpecifiers(), { awaited: true });
  cache.set(type, found?.model ?? null);
  return found?.model;
}

/** `p.then()`, `p.catch()`, `p.finally()`: the value is the chain's, followed from its head. */
function isPromiseChainCall(call: TSESTree.CallExpression): boolean {
  const callee = skipTransparent(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
  const name = staticPropertyName(callee);
  return name === 'then' || name === 'catch' || name === 'finally';
}

/** `caches.match()`, `Response.json()`, `res.clone()`: responses that hold no pooled connection. */
export function isNonNetworkResponseCall(call: TSESTree.CallExpression, context: Context): boolean {
  const owners = new Set(CLIENTS.flatMap((client) => client.nonNetworkOwners ?? []));
  if (context.services) {
    const declared = resolveDeclaredCallee(context.services, call.callee);
    if (declared?.owner && owners.has(declared.owner) && declared.origin.from !== 'file') return true;
  }
  const callee = skipTransparent(call.callee);
  if (callee.type === AST_NODE_TYPES.MemberExpression) {
    const method = staticPropertyName(callee);
    if (method === 'clone') return true;
    const object = skipTransparent(callee.object);
    if (object.type === AST_NODE_TYPES.Identifier && (object.name === 'caches' || object.name === 'Response'))
      return true;
  }
  return false;
}
