import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { localLifetime } from '../analysis/lifetime.js';
import { constInitializer } from '../analysis/scope.js';
import { getTypeServices } from '../analysis/services.js';
import { isOpaqueType, matchType } from '../analysis/types.js';
import {
  CLOSE_HEADER,
  HEADER_SET_METHODS,
  KEEP_ALIVE_OFF_BY_DEFAULT,
  OUTBOUND_HEADER_TYPES,
  POOL_KEEP_ALIVE_OFF,
  REQUEST_KEEP_ALIVE_OFF,
  headersOracle,
  isHeadersConstructor,
  literalProperty,
  matchRequest,
  optionsOracle,
  poolFactoryOf,
  type KeepAliveOffOption,
} from '../clients/index.js';
import { skipTransparent, staticPropertyName, staticString } from '../util/ast.js';
import { createRule } from '../util/create-rule.js';
import { removeProperty } from '../util/object-fix.js';

type MessageId =
  | 'connectionClose'
  | 'optionOff'
  | 'requestOptionOff'
  | 'agentDefault'
  | 'removeHeader'
  | 'replaceOption'
  | 'removeOption'
  | 'addKeepAlive';

/** Types whose `set`/`setHeader` always sets an outbound request header. */
const ALWAYS_OUTBOUND = OUTBOUND_HEADER_TYPES.filter((type) => type.name !== 'Headers');

export default createRule<[], MessageId>({
  name: 'prefer-keep-alive',
  meta: {
    type: 'suggestion',
    docs: {
      description:
        'Disallow turning keep-alive off for outbound requests (`Connection: close`, `keepAlive: false`, `agent: false`, undici `pipelining: 0`)',
      recommended: 'strict',
      usesTypeInformation: true,
    },
    hasSuggestions: true,
    schema: [],
    messages: {
      connectionClose:
        'The `Connection: close` request header makes the server close the connection after the response, so every request opens a new connection and leaves one in TIME_WAIT; remove it, or disable this rule where closing is intended (one-shot scripts, health probes).',
      optionOff:
        '`{{option}}: {{value}}` on this {{label}} {{effect}}, so every request opens a new connection and leaves one in TIME_WAIT; use `{{option}}: {{replacement}}`.',
      requestOptionOff:
        '`{{option}}: {{value}}` on this `{{request}}` call {{effect}}, so every such request opens a new connection and leaves one in TIME_WAIT; remove it to use a keep-alive pool.',
      agentDefault:
        "This {{label}} is created without `keepAlive: true`, and Node's `Agent` defaults to closing each socket once its request is done (unlike `http.globalAgent`), so most requests open a new connection; add `keepAlive: true`.",
      removeHeader: 'Remove the `Connection: close` header.',
      replaceOption: 'Use `{{option}}: {{replacement}}`.',
      removeOption: 'Remove `{{option}}: {{value}}`.',
      addKeepAlive: 'Add `keepAlive: true`.',
    },
  },
  create(context) {
    const sourceCode = context.sourceCode;
    const services = getTypeServices(context);
    const clientContext = { sourceCode, services };

    function checkHeaderProperty(property: TSESTree.Property): void {
      const object = property.parent;
      if (object.type !== AST_NODE_TYPES.ObjectExpression) return;
      const lifetime = localLifetime(object, sourceCode, headersOracle(clientContext), { closures: 'any' });
      if (lifetime.escape || lifetime.uses.length === 0) return;
      context.report({
        node: property,
        messageId: 'connectionClose',
        suggest: [{ messageId: 'removeHeader', fix: (fixer) => removeProperty(fixer, property, sourceCode) }],
      });
    }

    /** `keepAlive: false` or `pipelining: 0` in an object that configures a pool made here. */
    function checkPoolOption(property: TSESTree.Property, name: string, value: unknown): void {
      const object = property.parent;
      if (object.type !== AST_NODE_TYPES.ObjectExpression) return;
      const state: { found?: { label: string; option: KeepAliveOffOption } } = {};
      const oracle = optionsOracle(clientContext, (call, index) => {
        if (call.type !== AST_NODE_TYPES.NewExpression) return false;
        const factory = poolFactoryOf(call, clientContext, true);
        if (!factory || factory.optionsArgument !== index) return false;
        const option = POOL_KEEP_ALIVE_OFF.get(factory.label)?.find(
          (candidate) => candidate.option === name && candidate.off === value,
        );
        if (option) state.found = { label: factory.label, option };
        return option !== undefined;
      });
      const lifetime = localLifetime(object, sourceCode, oracle, { closures: 'any' });
      const found = state.found;
      if (lifetime.escape || lifetime.uses.length === 0 || !found) return;
      if (!isLastWith(object, name, property)) return;
      const { option, label } = found;
      const replacement = typeof option.replacement === 'string' ? option.replacement : undefined;
      const data = { option: name, value: String(value), label, effect: option.effect, replacement: replacement ?? '' };
      context.report({
        node: property,
        messageId: 'optionOff',
        data,
        suggest: replacement
          ? [{ messageId: 'replaceOption', data, fix: (fixer) => fixer.replaceText(property.value, replacement) }]
          : [],
      });
    }

    /** `agent: false` on a node:http request, `reset: true` on an undici request. */
    function checkRequestOption(property: TSESTree.Property, name: string, value: unknown): void {
      const object = property.parent;
      if (object.type !== AST_NODE_TYPES.ObjectExpression) return;
      const state: { found?: { request: string; option: KeepAliveOffOption } } = {};
      const oracle = optionsOracle(clientContext, (call) => {
        if (call.type !== AST_NODE_TYPES.CallExpression) return false;
        const matched = matchRequest(call, clientContext);
        if (!matched) return false;
        const option = REQUEST_KEEP_ALIVE_OFF.find(
          (candidate) =>
            candidate.option === name && candidate.off === value && candidate.clients.includes(matched.client.id),
        );
        if (option) state.found = { request: matched.request.label, option };
        return option !== undefined;
      });
      const lifetime = localLifetime(object, sourceCode, oracle, { closures: 'any' });
      const found = state.found;
      if (lifetime.escape || lifetime.uses.length === 0 || !found) return;
      if (!isLastWith(object, name, property)) return;
      const data = { option: name, value: String(value), request: found.request, effect: found.option.effect };
      context.report({
        node: property,
        messageId: 'requestOptionOff',
        data,
        suggest: [{ messageId: 'removeOption', data, fix: (fixer) => removeProperty(fixer, property, sourceCode) }],
      });
    }

    function checkAgentDefault(node: TSESTree.NewExpression): void {
      const factory = poolFactoryOf(node, clientContext, true);
      if (!factory || !KEEP_ALIVE_OFF_BY_DEFAULT.has(factory.label) || factory.idleSockets.kind !== 'option') return;
      const options = node.arguments[factory.optionsArgument];
      if (options && literalProperty(options, factory.idleSockets.option).kind !== 'absent') return;
      if (options?.type === AST_NODE_TYPES.SpreadElement) return;
      context.report({
        node,
        messageId: 'agentDefault',
        data: { label: factory.label },
        suggest: [{ messageId: 'addKeepAlive', fix: (fixer) => addKeepAlive(fixer, node, options, sourceCode) }],
      });
    }

    function checkHeaderCall(call: TSESTree.CallExpression): void {
      const callee = skipTransparent(call.callee);
      if (callee.type !== AST_NODE_TYPES.MemberExpression) return;
      const [name, value] = call.arguments;
      if (staticString(name)?.toLowerCase() !== CLOSE_HEADER.name) return;
      if (staticString(value)?.trim().toLowerCase() !== CLOSE_HEADER.value) return;
      if (!isOutboundHeaderTarget(skipTransparent(callee.object))) return;
      const statement = call.parent.type === AST_NODE_TYPES.ExpressionStatement ? call.parent : undefined;
      context.report({
        node: call,
        messageId: 'connectionClose',
        suggest: statement ? [{ messageId: 'removeHeader', fix: (fixer) => fixer.remove(statement) }] : [],
      });
    }

    /** A `ClientRequest` or axios request headers by type, or a `new Headers()` that reaches a request. */
    function isOutboundHeaderTarget(receiver: TSESTree.Node): boolean {
      if (services) {
        const type = services.getType(receiver);
        if (
          type &&
          !isOpaqueType(services.ts, type) &&
          matchType(services.program, services.checker, type, ALWAYS_OUTBOUND)
        )
          return true;
      }
      const init = constInit(receiver);
      if (!init) return false;
      if (init.type === AST_NODE_TYPES.CallExpression) {
        return matchRequest(init, clientContext)?.client.id === 'node-http';
      }
      if (!isHeadersConstructor(init, clientContext)) return false;
      const lifetime = localLifetime(init, sourceCode, headersOracle(clientContext), { closures: 'any' });
      return !lifetime.escape && lifetime.uses.length > 0;
    }

    function constInit(node: TSESTree.Node): TSESTree.Node | undefined {
      if (node.type !== AST_NODE_TYPES.Identifier) return undefined;
      return constInitializer(node, sourceCode);
    }

    return {
      Property(property) {
        if (property.kind !== 'init' || property.parent.type !== AST_NODE_TYPES.ObjectExpression) return;
        const key = staticPropertyName(property);
        if (key === undefined) return;
        const value = skipTransparent(property.value);
        if (value.type !== AST_NODE_TYPES.Literal) return;
        try {
          if (key.toLowerCase() === CLOSE_HEADER.name) {
            if (typeof value.value === 'string' && value.value.trim().toLowerCase() === CLOSE_HEADER.value)
              checkHeaderProperty(property);
            return;
          }
          if (POOL_OPTION_NAMES.has(key)) checkPoolOption(property, key, value.value);
          if (REQUEST_OPTION_NAMES.has(key)) checkRequestOption(property, key, value.value);
        } catch {
          // Code the rule does not understand is left alone.
        }
      },
      NewExpression(node) {
        try {
          checkAgentDefault(node);
        } catch {
          // As above.
        }
      },
      CallExpression(call) {
        const callee = skipTransparent(call.callee);
        if (
          callee.type !== AST_NODE_TYPES.MemberExpression ||
          !HEADER_SET_METHODS.has(staticPropertyName(callee) ?? '')
        )
          return;
        try {
          checkHeaderCall(call);
        } catch {
          // As above.
        }
      },
    };
  },
});

const POOL_OPTION_NAMES = new Set(
  [...POOL_KEEP_ALIVE_OFF.values()].flatMap((options) => options.map((option) => option.option)),
);
const REQUEST_OPTION_NAMES = new Set(REQUEST_KEEP_ALIVE_OFF.map((option) => option.option));

/** True when `property` is the last property named `name` in `object` (a later one would win). */
function isLastWith(object: TSESTree.ObjectExpression, name: string, property: TSESTree.Property): boolean {
  const index = object.properties.indexOf(property);
  return !object.properties
    .slice(index + 1)
    .some((other) => other.type === AST_NODE_TYPES.SpreadElement || staticPropertyName(other) === name);
}

function addKeepAlive(
  fixer: TSESLint.RuleFixer,
  node: TSESTree.NewExpression,
  options: TSESTree.CallExpressionArgument | undefined,
  sourceCode: Readonly<TSESLint.SourceCode>,
): TSESLint.RuleFix {
  if (!options) {
    const last = sourceCode.getLastToken(node)!;
    if (last.value === ')') return fixer.insertTextBefore(last, '{ keepAlive: true }');
    return fixer.insertTextAfter(node, '({ keepAlive: true })');
  }
  const object = skipTransparent(options) as TSESTree.ObjectExpression;
  const first = object.properties[0];
  if (!first) return fixer.replaceText(object, '{ keepAlive: true }');
  const multiline = first.loc.start.line !== object.loc.start.line;
  const indent = ' '.repeat(first.loc.start.column);
  return fixer.insertTextBefore(first, multiline ? `keepAlive: true,\n${indent}` : 'keepAlive: true, ');
}
