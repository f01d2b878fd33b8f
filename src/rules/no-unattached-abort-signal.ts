import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { fileContextOf } from '../analysis/context.js';
import { isInScopeOf, variableOf } from '../analysis/scope.js';
import { matchRequest, type MatchedRequest } from '../http/request-match.js';
import {
  cancellationReach,
  cancellationSourceOf,
  combiningCall,
  mayCreateCancellation,
  mayMentionCancellation,
  signalConsumerOf,
  signalSlotOf,
  signalPresence,
  type CancellationReach,
  type CancellationSource,
} from '../http/signal-reach.js';
import { calleeLabel, contains, enclosingFunction } from '../util/ast.js';
import { createRule } from '../util/create-rule.js';
import { guarded } from '../util/guard.js';
import { removeStatement } from '../util/fix.js';
import { addProperty } from '../util/object-fix.js';

type MessageId = 'controllerUnattached' | 'signalUnattached' | 'attachSignal';

export default createRule<[], MessageId>({
  name: 'no-unattached-abort-signal',
  meta: {
    type: 'problem',
    docs: {
      description:
        'Disallow an AbortController, AbortSignal.timeout() or AbortSignal.any() whose signal reaches no request, so the timeout it was made for never applies',
      recommended: 'recommended',
      usesTypeInformation: true,
    },
    hasSuggestions: true,
    schema: [],
    messages: {
      controllerUnattached:
        'The signal of `{{name}}` reaches no request or other operation, so `{{name}}.abort()` cancels nothing; pass `{{name}}.signal` as the `signal` option of the request it was made for.',
      signalUnattached:
        '`{{text}}` reaches no request or other operation, so nothing is cancelled by it; pass it as the `signal` option of the request it was made for.',
      attachSignal: 'Attach it to `{{request}}` on line {{line}}: `{{property}}`.',
    },
  },
  create(context) {
    const sourceCode = context.sourceCode;
    if (!mayMentionCancellation(sourceCode.text)) return {};
    const candidates: CancellationSource[] = [];
    const calls: TSESTree.CallExpression[] = [];

    function collect(node: TSESTree.NewExpression | TSESTree.CallExpression): void {
      if (!mayCreateCancellation(node)) return;
      const source = guarded(undefined, () => cancellationSourceOf(node, sourceCode));
      if (source) candidates.push(source);
    }

    function check(source: CancellationSource): void {
      // A signal combined by `AbortSignal.any()` is reported through the combined one.
      if (source.kind !== 'controller' && combiningCall(source.node, sourceCode)) return;
      const reach = cancellationReach(source, fileContextOf(context));
      if (reach.attached) return;
      if (source.kind === 'controller' && reach.aborts.length === 0) return;
      const suggestion = attachSuggestion(source, reach);
      if (source.kind === 'controller') {
        context.report({
          node: source.node,
          messageId: 'controllerUnattached',
          data: { name: reach.name ?? 'new AbortController()' },
          suggest: suggestion ? [suggestion] : [],
        });
        return;
      }
      context.report({
        node: source.node,
        messageId: 'signalUnattached',
        data: { text: reach.binding?.name ?? shorten(sourceCode.getText(source.node)) },
        suggest: suggestion ? [suggestion] : [],
      });
    }

    /** One request in the function, without a signal, after the source and in its scope. */
    function attachSuggestion(
      source: CancellationSource,
      reach: CancellationReach,
    ): TSESLint.SuggestionReportDescriptor<MessageId> | undefined {
      const scope: TSESTree.Node = enclosingFunction(source.node) ?? sourceCode.ast;
      const inScope = calls.filter((call) => contains(scope, call));
      const context_ = fileContextOf(context);
      const requests: MatchedRequest[] = [];
      for (const call of inScope) {
        const matched = matchRequest(call, context_);
        if (matched) {
          requests.push(matched);
          continue;
        }
        const consumer = signalConsumerOf(call, sourceCode);
        if (consumer?.kind === 'operation' && signalPresence(call, consumer.optionsArgument) !== 'present')
          return undefined;
      }
      if (requests.length !== 1) return undefined;
      const request = requests[0]!;
      if (request.call.range[0] < source.node.range[1]) return undefined;
      // A signal made once at module level is one deadline for every call: never moved into one.
      if (source.kind !== 'controller' && enclosingFunction(request.call) !== enclosingFunction(source.node))
        return undefined;
      const slot = signalSlotOf(request.request, request.call, context_);
      if (!slot) return undefined;

      let signal: string;
      let removal: TSESTree.Node | undefined;
      if (reach.binding) {
        if (!visibleAt(reach.binding, request.call)) return undefined;
        signal = source.kind === 'controller' ? `${reach.binding.name}.signal` : reach.binding.name;
      } else if (source.kind !== 'controller' && source.node.parent.type === AST_NODE_TYPES.ExpressionStatement) {
        signal = sourceCode.getText(source.node);
        removal = source.node.parent;
      } else {
        return undefined;
      }
      const property = signal === slot.name ? signal : `${slot.name}: ${signal}`;
      const call = request.call;
      return {
        messageId: 'attachSignal',
        data: { request: calleeLabel(call, sourceCode, 60), line: String(call.loc.start.line), property },
        fix: (fixer) => {
          const fixes: TSESLint.RuleFix[] = [];
          if (removal) fixes.push(removeStatement(fixer, removal, sourceCode));
          if (slot.kind === 'new-options') {
            const next = call.arguments[slot.index];
            fixes.push(
              next
                ? fixer.insertTextBefore(next, `{ ${property} }, `)
                : fixer.insertTextAfter(call.arguments.at(-1)!, `, { ${property} }`),
            );
          } else {
            fixes.push(addProperty(fixer, slot.object, property, sourceCode));
          }
          return fixes;
        },
      };
    }

    function visibleAt(binding: TSESTree.Identifier, at: TSESTree.Node): boolean {
      const variable = variableOf(binding, sourceCode);
      return variable !== undefined && isInScopeOf(variable, at);
    }

    return {
      NewExpression: collect,
      CallExpression(call) {
        calls.push(call);
        collect(call);
      },
      'Program:exit'() {
        for (const source of candidates) guarded(undefined, () => check(source));
      },
    };
  },
});

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > 60 ? `${flat.slice(0, 57)}...` : flat;
}
