import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { localLifetime } from '../analysis/lifetime.js';
import { fileContextOf } from '../analysis/context.js';
import { isLastWrite, literalProperty, memberKey, writeTarget } from '../analysis/object-shape.js';
import { constInitializer } from '../analysis/scope.js';
import { isOpaqueType, matchType } from '../analysis/types.js';
import type { KeepAliveOffOption } from '../clients/model.js';
import {
  OUTBOUND_HEADER_TYPES,
  POOL_KEEP_ALIVE_OPTION_NAMES,
  REQUEST_KEEP_ALIVE_OPTION_NAMES,
} from '../http/client-tables.js';
import { CLOSE_HEADER, HEADER_SET_METHODS } from '../http/headers.js';
import { headersOracle, isHeadersConstructor, optionsOracle, poolFactoryOf } from '../http/pool-sites.js';
import { matchRequest } from '../http/request-match.js';
import { skipTransparent, staticPropertyName, staticString } from '../util/ast.js';
import { createRule } from '../util/create-rule.js';
import { lineBreakOf } from '../util/fix.js';
import { guarded } from '../util/guard.js';
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

export default createRule<[], MessageId>({
  name: 'prefer-keep-alive',
  meta: {
    type: 'suggestion',
    docs: {
      description:
        'Disallow turning keep-alive off for outbound requests (`Connection: close`, `keepAlive: false`, `agent: false`, `pipelining: 0`)',
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
        'This {{label}} is created without `{{option}}: true`, and {{reason}}, so most requests open a new connection; add `{{option}}: true`.',
      removeHeader: 'Remove the `Connection: close` header.',
      replaceOption: 'Use `{{option}}: {{replacement}}`.',
      removeOption: 'Remove `{{option}}: {{value}}`.',
      addKeepAlive: 'Add `{{option}}: true`.',
    },
  },
  create(context) {
    const file = fileContextOf(context);
    const { sourceCode, services } = file;

    /** Whether the options object at `site` reaches what `oracle` accepts, after the write when it is one. */
    function reaches(site: OptionSite, oracle: Parameters<typeof localLifetime>[2]): boolean {
      const lifetime = localLifetime(site.object, sourceCode, oracle, { closures: 'any', path: site.path });
      if (lifetime.escape || lifetime.uses.length === 0) return false;
      const after = site.after;
      return !after || lifetime.uses.some((use) => use.range[0] > after.range[1]);
    }

    function checkHeader(site: OptionSite): void {
      if (!reaches(site, headersOracle(file)) || !site.isLast()) return;
      context.report({
        node: site.node,
        messageId: 'connectionClose',
        suggest: site.remove ? [{ messageId: 'removeHeader', fix: site.remove }] : [],
      });
    }

    /** `keepAlive: false` or `pipelining: 0` in an object that configures a pool made here. */
    function checkPoolOption(site: OptionSite, name: string, value: unknown): void {
      const state: { found?: { label: string; option: KeepAliveOffOption } } = {};
      const oracle = optionsOracle(file, (call, index) => {
        if (call.type !== AST_NODE_TYPES.NewExpression) return false;
        const factory = poolFactoryOf(call, file, true);
        if (!factory || factory.optionsArgument !== index) return false;
        const option = factory.keepAliveOff?.find((candidate) => candidate.option === name && candidate.off === value);
        if (option) state.found = { label: factory.label, option };
        return option !== undefined;
      });
      const found = reaches(site, oracle) ? state.found : undefined;
      if (!found || !site.isLast()) return;
      const { option, label } = found;
      const replacement = typeof option.replacement === 'string' ? option.replacement : undefined;
      const data = { option: name, value: String(value), label, effect: option.effect, replacement: replacement ?? '' };
      context.report({
        node: site.node,
        messageId: 'optionOff',
        data,
        suggest: replacement
          ? [{ messageId: 'replaceOption', data, fix: (fixer) => fixer.replaceText(site.value, replacement) }]
          : [],
      });
    }

    /** A request option that turns keep-alive off for that request (`agent: false`). */
    function checkRequestOption(site: OptionSite, name: string, value: unknown): void {
      const state: { found?: { request: string; option: KeepAliveOffOption } } = {};
      const oracle = optionsOracle(file, (call) => {
        if (call.type !== AST_NODE_TYPES.CallExpression) return false;
        const matched = matchRequest(call, file);
        if (!matched) return false;
        const option = matched.client.requestKeepAliveOff?.find(
          (candidate) => candidate.option === name && candidate.off === value,
        );
        if (option) state.found = { request: matched.request.label, option };
        return option !== undefined;
      });
      const found = reaches(site, oracle) ? state.found : undefined;
      if (!found || !site.isLast()) return;
      const data = { option: name, value: String(value), request: found.request, effect: found.option.effect };
      context.report({
        node: site.node,
        messageId: 'requestOptionOff',
        data,
        suggest: site.remove ? [{ messageId: 'removeOption', data, fix: site.remove }] : [],
      });
    }

    /** One keep-alive option or header, written in an object literal or assigned later. */
    function checkOption(site: OptionSite, key: string, value: TSESTree.Literal): void {
      if (key.toLowerCase() === CLOSE_HEADER.name) {
        if (typeof value.value === 'string' && value.value.trim().toLowerCase() === CLOSE_HEADER.value)
          checkHeader(site);
        return;
      }
      if (POOL_KEEP_ALIVE_OPTION_NAMES.has(key)) checkPoolOption(site, key, value.value);
      if (REQUEST_KEEP_ALIVE_OPTION_NAMES.has(key)) checkRequestOption(site, key, value.value);
    }

    function propertySite(
      property: TSESTree.Property & { parent: TSESTree.ObjectExpression },
      key: string,
    ): OptionSite {
      return {
        object: property.parent,
        path: [],
        node: property,
        value: property.value,
        isLast: () => isLastWith(property.parent, key, property),
        remove: (fixer) => removeProperty(fixer, property, sourceCode),
        after: undefined,
      };
    }

    /** `headers['Connection'] = 'close'`, `opts.agent = false` on an options object made in this function. */
    function assignmentSite(assignment: TSESTree.AssignmentExpression): OptionSite | undefined {
      const target = writeTarget(assignment, sourceCode);
      if (!target) return undefined;
      const statement = assignment.parent.type === AST_NODE_TYPES.ExpressionStatement ? assignment.parent : undefined;
      return {
        object: target.object,
        path: target.path.slice(0, -1),
        node: assignment,
        value: assignment.right,
        isLast: () => isLastWrite(assignment, target, sourceCode),
        remove: statement && ((fixer) => fixer.remove(statement)),
        after: assignment,
      };
    }

    function checkAgentDefault(node: TSESTree.NewExpression): void {
      const factory = poolFactoryOf(node, file, true);
      const idle = factory?.idleSockets;
      if (!factory || idle?.kind !== 'option' || idle.defaultOffReason === undefined) return;
      const options = node.arguments[factory.optionsArgument];
      if (options && literalProperty(options, idle.option).kind !== 'absent') return;
      if (options?.type === AST_NODE_TYPES.SpreadElement) return;
      const property = `${idle.option}: true`;
      context.report({
        node,
        messageId: 'agentDefault',
        data: { label: factory.label, option: idle.option, reason: idle.defaultOffReason },
        suggest: [
          {
            messageId: 'addKeepAlive',
            data: { option: idle.option },
            fix: (fixer) => addOption(fixer, node, options, property, sourceCode),
          },
        ],
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

    /** An outgoing request or its headers by type, or a `new Headers()` that reaches a request. */
    function isOutboundHeaderTarget(receiver: TSESTree.Node): boolean {
      if (services) {
        const type = services.getType(receiver);
        if (
          type &&
          !isOpaqueType(services.ts, type) &&
          matchType(services.program, services.checker, type, OUTBOUND_HEADER_TYPES)
        )
          return true;
      }
      const init = constInit(receiver);
      if (!init) return false;
      if (init.type === AST_NODE_TYPES.CallExpression) {
        return matchRequest(init, file)?.request.returnsOutgoingRequest === true;
      }
      if (!isHeadersConstructor(init, file)) return false;
      const lifetime = localLifetime(init, sourceCode, headersOracle(file), { closures: 'any' });
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
        const holder = property as TSESTree.Property & { parent: TSESTree.ObjectExpression };
        guarded(undefined, () => checkOption(propertySite(holder, key), key, value));
      },
      AssignmentExpression(assignment) {
        if (assignment.operator !== '=' || assignment.left.type !== AST_NODE_TYPES.MemberExpression) return;
        const value = skipTransparent(assignment.right);
        if (value.type !== AST_NODE_TYPES.Literal) return;
        const left = assignment.left;
        guarded(undefined, () => {
          const key = memberKey(left, sourceCode);
          if (key === undefined || !isKeepAliveKey(key)) return;
          const site = assignmentSite(assignment);
          if (site) checkOption(site, key, value);
        });
      },
      NewExpression(node) {
        guarded(undefined, () => checkAgentDefault(node));
      },
      CallExpression(call) {
        const callee = skipTransparent(call.callee);
        if (
          callee.type !== AST_NODE_TYPES.MemberExpression ||
          !HEADER_SET_METHODS.has(staticPropertyName(callee) ?? '')
        )
          return;
        guarded(undefined, () => checkHeaderCall(call));
      },
    };
  },
});

/** Where a keep-alive option or header is written, and how to take it back. */
interface OptionSite {
  /** The object literal the analysis follows to the request or pool. */
  readonly object: TSESTree.ObjectExpression;
  /** Where the written object sits inside it (`['headers']` for `opts.headers.connection = 'close'`). */
  readonly path: readonly string[];
  /** The property or the assignment: where the report goes. */
  readonly node: TSESTree.Node;
  readonly value: TSESTree.Node;
  /** No later write of the same option replaces it. */
  readonly isLast: () => boolean;
  readonly remove: ((fixer: TSESLint.RuleFixer) => TSESLint.RuleFix) | undefined;
  /** A write made after the object: only a request sent after it counts. */
  readonly after: TSESTree.Node | undefined;
}

function isKeepAliveKey(key: string): boolean {
  return (
    key.toLowerCase() === CLOSE_HEADER.name ||
    POOL_KEEP_ALIVE_OPTION_NAMES.has(key) ||
    REQUEST_KEEP_ALIVE_OPTION_NAMES.has(key)
  );
}

/** True when `property` is the last property named `name` in `object` (a later one would win). */
function isLastWith(object: TSESTree.ObjectExpression, name: string, property: TSESTree.Property): boolean {
  const index = object.properties.indexOf(property);
  return !object.properties
    .slice(index + 1)
    .some((other) => other.type === AST_NODE_TYPES.SpreadElement || staticPropertyName(other) === name);
}

/** `property` added first to the constructor's options, or as its options. */
function addOption(
  fixer: TSESLint.RuleFixer,
  node: TSESTree.NewExpression,
  options: TSESTree.CallExpressionArgument | undefined,
  property: string,
  sourceCode: Readonly<TSESLint.SourceCode>,
): TSESLint.RuleFix {
  if (!options) {
    const last = sourceCode.getLastToken(node)!;
    if (last.value === ')') return fixer.insertTextBefore(last, `{ ${property} }`);
    return fixer.insertTextAfter(node, `({ ${property} })`);
  }
  const object = skipTransparent(options) as TSESTree.ObjectExpression;
  const first = object.properties[0];
  if (!first) return fixer.replaceText(object, `{ ${property} }`);
  const multiline = first.loc.start.line !== object.loc.start.line;
  const indent = ' '.repeat(first.loc.start.column);
  return fixer.insertTextBefore(first, multiline ? `${property},${lineBreakOf(sourceCode)}${indent}` : `${property}, `);
}
