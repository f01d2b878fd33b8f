import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { constInitializer } from '../analysis/scope.js';
import type { TypeServices } from '../analysis/services.js';
import { isFunctionNode, skipTransparent, staticPropertyName, staticString, type FunctionNode } from '../util/ast.js';
import type { ResponseModel } from './model.js';
import { RESPONSE_EVENT } from './node-http.js';
import { matchRequest, responseModelOfCall, type MatchedRequest } from './recognize.js';
import { isBodylessRequest } from './request-options.js';

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

interface Context {
  readonly sourceCode: Readonly<TSESLint.SourceCode>;
  readonly services: TypeServices | undefined;
}

/** The response sources a call expression creates, if any. */
export function responseSourcesOfCall(call: TSESTree.CallExpression, context: Context): ResponseSource[] {
  const byResult = responseModelOfCall(call, context, { onlyIfUsedAsResponse: true });
  if (byResult) {
    if (isBodylessRequest(byResult.matched, call)) return [];
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

function callbackSource(
  call: TSESTree.CallExpression,
  argument: TSESTree.Node | undefined,
  model: ResponseModel,
  context: Context,
): ResponseSource | undefined {
  if (!isFunctionNode(argument)) return undefined;
  const parameter = argument.params[0];
  if (parameter?.type !== AST_NODE_TYPES.Identifier) return undefined;
  return { kind: 'callback', call, model, label: calleeLabel(call, context.sourceCode), callback: argument, parameter };
}

/** `req.on('response', res => ...)` on a request made by a client whose response is a callback. */
function responseEventSource(call: TSESTree.CallExpression, context: Context): ResponseSource | undefined {
  const callee = skipTransparent(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  const method = staticPropertyName(callee);
  if (method !== 'on' && method !== 'once' && method !== 'addListener') return undefined;
  if (staticString(call.arguments[0]) !== RESPONSE_EVENT) return undefined;
  const request = requestCallOf(skipTransparent(callee.object), context);
  const response = request?.request.response;
  if (!request || response?.delivery.kind !== 'callback') return undefined;
  return callbackSource(request.call, call.arguments[1], response.model, context);
}

function requestCallOf(node: TSESTree.Node, context: Context): MatchedRequest | undefined {
  if (node.type === AST_NODE_TYPES.CallExpression) return matchRequest(node, context);
  if (node.type !== AST_NODE_TYPES.Identifier) return undefined;
  const init = constInitializer(node, context.sourceCode);
  return init?.type === AST_NODE_TYPES.CallExpression ? matchRequest(init, context) : undefined;
}

/** How a message names the call: `fetch()`, `api.get()`, `http.get()`. */
function calleeLabel(call: TSESTree.CallExpression, sourceCode: Readonly<TSESLint.SourceCode>): string {
  const text = sourceCode.getText(skipTransparent(call.callee)).replace(/\s+/g, '');
  return `${text.length > 40 ? `${text.slice(0, 37)}...` : text}()`;
}
