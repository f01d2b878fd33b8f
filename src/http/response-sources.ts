import type * as ts from 'typescript';

import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

import { resolveDeclaredCallee } from '../analysis/callee.js';
import { declaredReturnTypes } from '../analysis/declared-type.js';
import type { FileContext } from '../analysis/context.js';
import { isInspectingCall } from '../analysis/inspection.js';
import { constInitializer } from '../analysis/scope.js';
import type { TypeServices } from '../analysis/services.js';
import { matchType } from '../analysis/types.js';
import { usesOfExpression } from '../analysis/value-uses.js';
import type { ResponseModel } from '../clients/model.js';
import {
  calleeLabel,
  isFunctionNode,
  referenceName,
  skipTransparent,
  staticPropertyName,
  staticString,
  type FunctionNode,
} from '../util/ast.js';
import { guarded } from '../util/guard.js';
import { NON_NETWORK, RESPONSE_MODELS, RESPONSE_SPECIFIERS } from './client-tables.js';
import { matchRequest, type MatchedRequest } from './request-match.js';
import { isBodylessRequest, literalOption, passesCallback } from './request-options.js';

/** A response the code receives from the network and must release. */
export type ResponseSource =
  /** The value of `call` (or what its promise resolves to). */
  | {
      readonly kind: 'result';
      readonly call: TSESTree.CallExpression;
      readonly model: ResponseModel;
      readonly label: string;
    }
  /** The first parameter of a callback the client calls with the response. */
  | {
      readonly kind: 'callback';
      readonly call: TSESTree.CallExpression;
      readonly model: ResponseModel;
      readonly label: string;
      readonly callback: FunctionNode;
      readonly parameter: TSESTree.Identifier;
    };

/** The response sources a call expression creates, if any. */
export function responseSourcesOfCall(call: TSESTree.CallExpression, context: FileContext): ResponseSource[] {
  const byResult = responseModelOfCall(call, context, { onlyIfUsedAsResponse: true });
  if (byResult) {
    if (isBodylessRequest(byResult.matched, call) || isBodylessWrapperCall(byResult.matched, call)) return [];
    return [{ kind: 'result', call, model: byResult.model, label: calleeLabel(call, context.sourceCode) }];
  }
  const matched = matchRequest(call, context);
  const response = matched?.request.response;
  if (matched && response?.delivery.kind === 'callback') {
    const argument =
      response.delivery.argument === 'last' ? call.arguments.at(-1) : call.arguments[response.delivery.argument];
    const source = callbackSource(call, argument, response.model, context);
    return source ? [source] : [];
  }
  const event = responseEventSource(call, context);
  return event ? [event] : [];
}

/**
 * A user's wrapper (a source by its type) called with a literal `method: 'HEAD'` in an options
 * object, or `'HEAD'` as an argument of its own: its response has no body, as `fetch`'s would not.
 */
function isBodylessWrapperCall(matched: MatchedRequest | undefined, call: TSESTree.CallExpression): boolean {
  if (matched) return false;
  return call.arguments.some((argument, index) => {
    const method = staticString(argument) ?? literalOption(call, index, 'method');
    return typeof method === 'string' && method.toUpperCase() === 'HEAD';
  });
}

function callbackSource(
  call: TSESTree.CallExpression,
  argument: TSESTree.Node | undefined,
  model: ResponseModel,
  context: FileContext,
): ResponseSource | undefined {
  argument = argument && passedThrough(argument, context);
  if (!isFunctionNode(argument)) return undefined;
  // `function (this: Agent, res) {}`: TypeScript's `this` parameter is no parameter at run time.
  const parameters = argument.params.filter(
    (parameter) => parameter.type !== AST_NODE_TYPES.Identifier || parameter.name !== 'this',
  );
  const parameter = parameters[0];
  if (parameter?.type !== AST_NODE_TYPES.Identifier) return undefined;
  return {
    kind: 'callback',
    call,
    model,
    label: calleeLabel(call, context.sourceCode),
    callback: argument,
    parameter,
  };
}

/**
 * The function a pass-through wrapper hands on: `cb.bind(x)`, `once(cb)`, or with types any call
 * typed like the function it is given (`<T>(fn: T) => T`).
 */
function passedThrough(node: TSESTree.Node, context: FileContext): TSESTree.Node {
  const inner = skipTransparent(node);
  if (inner.type !== AST_NODE_TYPES.CallExpression) return inner;
  const callee = skipTransparent(inner.callee);
  if (callee.type === AST_NODE_TYPES.MemberExpression && staticPropertyName(callee) === 'bind') {
    return isFunctionNode(skipTransparent(callee.object)) ? skipTransparent(callee.object) : inner;
  }
  const first = inner.arguments[0] && skipTransparent(inner.arguments[0]);
  if (!isFunctionNode(first) || inner.arguments.length !== 1) return inner;
  if (referenceName(callee) === 'once') return first;
  const services = context.services;
  if (services && services.getType(inner) === services.getType(first)) return first;
  return inner;
}

const LISTENER_METHODS = new Set(['on', 'once', 'addListener']);

/** `req.on('response', res => ...)` on a request whose client delivers its response as that event. */
function responseEventSource(call: TSESTree.CallExpression, context: FileContext): ResponseSource | undefined {
  const callee = skipTransparent(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  if (!LISTENER_METHODS.has(staticPropertyName(callee) ?? '')) return undefined;
  const event = staticString(call.arguments[0]);
  if (event === undefined) return undefined;
  const request = requestCallOf(skipTransparent(callee.object), context);
  const response = request?.request.response;
  if (!request || response?.delivery.kind !== 'callback' || response.delivery.event !== event) return undefined;
  return callbackSource(request.call, call.arguments[1], response.model, context);
}

function requestCallOf(node: TSESTree.Node, context: FileContext): MatchedRequest | undefined {
  if (node.type === AST_NODE_TYPES.CallExpression) return matchRequest(node, context);
  if (node.type !== AST_NODE_TYPES.Identifier) return undefined;
  const init = constInitializer(node, context.sourceCode);
  return init?.type === AST_NODE_TYPES.CallExpression ? matchRequest(init, context) : undefined;
}

/**
 * The response model of what `call` returns, by the client model's request functions or, with
 * type information, by the (awaited) type of its value: a user's wrapper returning
 * `Promise<Response>` is a source like `fetch` itself.
 */
export function responseModelOfCall(
  call: TSESTree.CallExpression,
  context: FileContext,
  options: {
    /** Ask the type checker only when the value is used the way a response is (see mayHoldResponse). */
    readonly onlyIfUsedAsResponse?: boolean;
  } = {},
): { model: ResponseModel; matched: MatchedRequest | undefined } | undefined {
  const matched = matchRequest(call, context);
  const response = matched?.request.response;
  if (matched && response?.delivery.kind === 'result') {
    const only = response.onlyWithOption;
    if (response.onlyWithoutCallback && passesCallback(call, context)) return undefined;
    if (!only || literalOption(call, matched.request.optionsArgument, only.name) === only.value) {
      return { model: response.model, matched };
    }
    return undefined;
  }
  if (matched || isPromiseChainCall(call)) return undefined;
  const services = context.services;
  if (!services || (options.onlyIfUsedAsResponse && !mayHoldResponse(call, context))) return undefined;
  // The callee's declared signatures first: resolving the call itself infers its arguments.
  const returns = declaredReturnTypes(services, call.callee);
  if (returns && !returns.some((type) => responseModelOfType(services, type))) return undefined;
  const type = services.getType(call);
  if (!type) return undefined;
  const model = responseModelOfType(services, type);
  if (!model || isNonNetworkResponseCall(call, context)) return undefined;
  return { model, matched: undefined };
}

/** Every member name a response of any client model is used by: its body, status, methods, stream API. */
const RESPONSE_MEMBERS: ReadonlySet<string> = new Set(
  RESPONSE_MODELS.flatMap((model) => {
    const streams = [model.selfStream, model.bodyProperty?.stream].filter((stream) => stream !== undefined);
    return [
      ...model.releaseMethods,
      ...model.metadataProperties,
      ...(model.statusProperty ? [model.statusProperty] : []),
      ...(model.bodyProperty ? [model.bodyProperty.name] : []),
      ...streams.flatMap((stream) => [...stream.releaseMethods, ...(stream.readerMethod ? [stream.readerMethod] : [])]),
      ...(model.selfStream ? ['on', 'once', 'addListener', 'setEncoding', 'read', 'socket'] : []),
    ];
  }).concat(['clone', 'bodyUsed']),
);

/**
 * The cheap syntactic gate before the type checker: could the value of `call` be a response the
 * rule would report? Only if some use touches it the way a response is used (a member a response
 * has, its destructuring, a `.then()` callback, logging it) or an `await`/`void` throws it away.
 * A plain call statement (`save();`) or a value that is only returned or passed on is not asked
 * about: no-floating-promises covers the first, and the second would not be reported.
 */
function mayHoldResponse(call: TSESTree.CallExpression, context: FileContext): boolean {
  let awaited = false;
  for (const use of usesOfExpression(call, context.sourceCode)) {
    switch (use.kind) {
      case 'awaited':
        awaited = true;
        break;
      case 'member':
      case 'destructured':
        if (use.property === undefined || RESPONSE_MEMBERS.has(use.property)) return true;
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

/** Whether a type is (or resolves to) a response some client model describes; never without types. */
export function responseTypeTest(context: FileContext): (type: ts.Type) => boolean {
  const services = context.services;
  return (type) => services !== undefined && responseModelOfType(services, type) !== undefined;
}

/** Most calls of a file return a handful of types: each is matched once per program. */
const modelsByType = new WeakMap<object, WeakMap<object, ResponseModel | null>>();

function responseModelOfType(services: TypeServices, type: ts.Type): ResponseModel | undefined {
  let cache = modelsByType.get(services.program);
  if (!cache) modelsByType.set(services.program, (cache = new WeakMap()));
  const cached = cache.get(type);
  if (cached !== undefined) return cached ?? undefined;
  const found = matchType(services.program, services.checker, type, RESPONSE_SPECIFIERS, { awaited: true });
  const model = found?.onlyPromised && !isPromised(services, type) ? undefined : found?.model;
  cache.set(type, model ?? null);
  return model;
}

function isPromised(services: TypeServices, type: ts.Type): boolean {
  const awaited = guarded(undefined, () => services.checker.getAwaitedType(type));
  return awaited !== undefined && awaited !== type;
}

/** `p.then()`, `p.catch()`, `p.finally()`: the value is the chain's, followed from its head. */
function isPromiseChainCall(call: TSESTree.CallExpression): boolean {
  const callee = skipTransparent(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
  const name = staticPropertyName(callee);
  return name === 'then' || name === 'catch' || name === 'finally';
}

/** `caches.match()`, `Response.json()`, `res.clone()`: responses that hold no pooled connection. */
function isNonNetworkResponseCall(call: TSESTree.CallExpression, context: FileContext): boolean {
  if (context.services) {
    const declared = resolveDeclaredCallee(context.services, call.callee);
    if (declared?.owner && NON_NETWORK.owners.has(declared.owner) && declared.origin.from !== 'file') return true;
  }
  const callee = skipTransparent(call.callee);
  if (callee.type === AST_NODE_TYPES.MemberExpression) {
    if (NON_NETWORK.methods.has(staticPropertyName(callee) ?? '')) return true;
    const object = skipTransparent(callee.object);
    if (object.type === AST_NODE_TYPES.Identifier && NON_NETWORK.globals.has(object.name)) return true;
  }
  return false;
}
