import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { pathEndingCalls } from '../analysis/endings.js';
import { describeLeakEnd, getCodePathIndex, type LeakEnd } from '../analysis/paths.js';
import { callsOfFile } from '../analysis/calls-of-file.js';
import { admitsNullish } from '../analysis/narrowing.js';
import { isInScopeOf, isReassigned, variableOf } from '../analysis/scope.js';
import { fileContextOf } from '../analysis/context.js';
import type { FunctionSpecifier } from '../analysis/specifiers.js';
import type { ReleaseTarget, ResponseModel } from '../clients/model.js';
import { releaseFacts, type ReleaseFacts } from '../http/release-sites.js';
import { responseSourcesOfCall, responseTypeTest, type ResponseSource } from '../http/response-sources.js';
import { contains, enclosingFunction, isAsyncContext, isFunctionNode, memberPath } from '../util/ast.js';
import { createRule } from '../util/create-rule.js';
import { guarded } from '../util/guard.js';
import { appendStatement, insertStatementBefore } from '../util/fix.js';
import { mergeListeners } from '../util/listeners.js';
import { functionSpecifierSchema } from '../util/schema.js';

type ReleaseMode = 'auto' | 'cancel' | 'drain';
type Options = [{ release?: ReleaseMode; releaseFunctions?: FunctionSpecifier[] }];
type MessageId = 'leaks' | 'discarded' | 'insertRelease' | 'releaseDiscarded';

export default createRule<Options, MessageId>({
  name: 'consume-response-body',
  meta: {
    type: 'problem',
    docs: {
      description:
        'Require every HTTP response body to be read, drained, cancelled or handed on, on every path, so its connection returns to the pool',
      recommended: 'recommended',
      usesTypeInformation: true,
    },
    fixable: 'code',
    hasSuggestions: true,
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          release: {
            type: 'string',
            enum: ['auto', 'cancel', 'drain'],
            description:
              "How the fix releases a body: 'cancel' tears it down (bounded, closes the connection), 'drain' reads and discards it (keeps the connection reusable), 'auto' picks each client's default.",
          },
          releaseFunctions: {
            type: 'array',
            items: functionSpecifierSchema,
            description:
              'Your own functions that release a response passed to them (name or typescript-eslint specifier).',
          },
        },
      },
    ],
    defaultOptions: [{ release: 'auto', releaseFunctions: [] }],
    messages: {
      leaks:
        '{{subject}} is not read or cancelled before {{where}}, so its connection is not returned to the pool; call `{{release}}` there or read the body. Reading or draining a body lets its connection be reused; cancelling closes the connection at once.',
      discarded:
        'The response of `{{callee}}` is discarded without reading or cancelling its body, so its connection is not returned to the pool; keep it and read or drain the body to reuse the connection, or call `{{release}}` to close the connection at once.',
      insertRelease:
        'Release the body with `{{release}}` before {{where}} (a drain keeps the connection reusable, a cancel closes it).',
      releaseDiscarded: 'Cancel the discarded response body (this closes its connection at once; read it to reuse it).',
    },
  },
  create(context, [options]) {
    const file = fileContextOf(context);
    const { sourceCode, services } = file;
    // Candidates before the traversal: a file with no response records no code paths.
    const sources = callsOfFile(sourceCode).flatMap((call) => guarded([], () => responseSourcesOfCall(call, file)));
    if (sources.length === 0) return {};
    const { index, listeners } = getCodePathIndex(context);
    const endingCall = pathEndingCalls(sourceCode, services);
    const releaseContext = {
      ...file,
      releaseFunctions: options.releaseFunctions ?? [],
      isResponseType: responseTypeTest(file),
      everyPathPasses: (fn: TSESTree.Node, releases: readonly TSESTree.Node[]) =>
        index.verdict({ start: fn, releases, endingCall }).kind !== 'leaks',
    };
    const mode: ReleaseMode = options.release ?? 'auto';

    function releaseOf(
      model: ResponseModel,
      target: ReleaseTarget,
      at: TSESTree.Node,
    ): { text: string; expression: string } {
      const choice = mode === 'auto' ? model.release.preferred : mode;
      const statement = model.release[choice](target);
      const expression = statement.sync ? statement.expression : `await ${statement.expression}`;
      const prefix = statement.sync ? '' : isAsyncAt(at) ? 'await ' : 'void ';
      return { text: `${prefix}${statement.expression};`, expression };
    }

    function check(source: ResponseSource): void {
      const start = source.kind === 'result' ? { expression: source.call } : { binding: source.parameter };
      const facts = releaseFacts(start, source.model, releaseContext);
      if (facts.unplaceableGuard) return;
      for (const callback of facts.callbacks) {
        check({ ...source, kind: 'callback', callback: callback.callback, parameter: callback.parameter });
      }
      const target = releaseTarget(facts, mayBeUnset);
      if (source.kind === 'result' && facts.discardedAt && facts.sites.length === 0) {
        reportDiscarded(source, facts.discardedAt);
        return;
      }
      const startNode = source.kind === 'result' ? source.call : source.callback;
      const binding = facts.bodyBinding ?? facts.responseBinding;
      const scope = binding
        ? variableOfBinding(binding)?.scope.block
        : source.kind === 'callback'
          ? source.callback
          : undefined;
      const verdict = index.verdict({
        start: startNode,
        releases: facts.sites.map((site) => site.node),
        endingCall,
        scope,
        earliestEnd: true,
      });
      if (verdict.kind !== 'leaks') return;
      const end = verdict.end;
      const shownTarget = target ?? source.model.unnamedTarget ?? { response: 'res' };
      const release = releaseOf(
        source.model,
        shownTarget,
        end.kind === 'end' && isFunctionNode(end.node) ? end.node.body : end.node,
      );
      const where = describeLeakEnd(end);
      const subject = subjectOf(source, facts);
      const fix = target && !facts.readerTaken ? planFix(source, facts, target, end, release.text) : undefined;
      context.report({
        node: source.call,
        messageId: 'leaks',
        data: { subject, where, release: release.expression },
        fix: fix?.kind === 'fix' ? fix.apply : null,
        suggest:
          fix?.kind === 'suggestion'
            ? [{ messageId: 'insertRelease', data: { release: release.expression, where }, fix: fix.apply }]
            : [],
      });
    }

    function reportDiscarded(source: Extract<ResponseSource, { kind: 'result' }>, discardedAt: TSESTree.Node): void {
      const statement = source.model.release.cancel({ response: 'res' });
      const release = statement.expression;
      const outer = discardedAt.parent?.type === AST_NODE_TYPES.UnaryExpression ? discardedAt.parent : discardedAt;
      const awaited = outer.type === AST_NODE_TYPES.AwaitExpression ? outer : undefined;
      const canSuggest = awaited !== undefined && outer.parent?.type === AST_NODE_TYPES.ExpressionStatement;
      context.report({
        node: source.call,
        messageId: 'discarded',
        data: { callee: source.label, release: statement.sync ? release : `await ${release}` },
        suggest: canSuggest
          ? [
              {
                messageId: 'releaseDiscarded',
                fix: (fixer) => {
                  const cancel = source.model.release.cancel({ response: `(${sourceCode.getText(awaited)})` });
                  return fixer.replaceText(awaited, cancel.sync ? cancel.expression : `await ${cancel.expression}`);
                },
              },
            ]
          : [],
      });
    }

    type PlannedFix = { kind: 'fix' | 'suggestion'; apply: TSESLint.ReportFixFunction };

    function planFix(
      source: ResponseSource,
      facts: ReleaseFacts,
      target: ReleaseTarget,
      end: LeakEnd,
      text: string,
    ): PlannedFix | undefined {
      const binding = facts.bodyBinding ?? facts.responseBinding;
      const variable = binding && variableOfBinding(binding);
      if (!variable || !isInScopeOf(variable, end.node) || isReassigned(variable)) return undefined;
      // Declared without a value and set later (`let res; try { res = await fetch(u) } ...`): it may
      // still be unset where the path ends, so the release is optional-chained and only suggested.
      if (mayBeUnset(binding) && end.kind !== 'loop') {
        const at = end.kind === 'end' ? undefined : end.kind === 'never-returns' ? end.node.parent : end.node;
        if (!at || at.type === AST_NODE_TYPES.Program) return undefined;
        return { kind: 'suggestion', apply: (fixer) => insertStatementBefore(fixer, at, text, sourceCode) };
      }
      switch (end.kind) {
        case 'return':
        case 'throw': {
          const readsResponse =
            end.node.type !== AST_NODE_TYPES.ReturnStatement && end.node.type !== AST_NODE_TYPES.ThrowStatement
              ? true
              : readsBeyondMetadata(end.node.argument, variable, source.model);
          const inScope = enclosingFunction(end.node) === functionOfSource(source);
          return {
            kind: readsResponse || !inScope ? 'suggestion' : 'fix',
            apply: (fixer) => insertStatementBefore(fixer, end.node, text, sourceCode),
          };
        }
        case 'break':
        case 'continue':
          return { kind: 'suggestion', apply: (fixer) => insertStatementBefore(fixer, end.node, text, sourceCode) };
        case 'never-returns': {
          const statement = end.node.parent;
          if (statement?.type !== AST_NODE_TYPES.ExpressionStatement) return undefined;
          return { kind: 'suggestion', apply: (fixer) => insertStatementBefore(fixer, statement, text, sourceCode) };
        }
        case 'end': {
          const fn = end.node;
          if (!isFunctionNode(fn) || fn.body.type !== AST_NODE_TYPES.BlockStatement) return undefined;
          const body = fn.body;
          return { kind: 'suggestion', apply: (fixer) => appendStatement(fixer, body, text, sourceCode) };
        }
        case 'loop':
          return undefined;
      }
    }

    function functionOfSource(source: ResponseSource): TSESTree.Node | undefined {
      return source.kind === 'callback' ? source.callback : enclosingFunction(source.call);
    }

    /** Unset where the path ends (`let res;`), or typed to admit null (`Response | null`). */
    function mayBeUnset(binding: TSESTree.Identifier): boolean {
      return declaredUnset(variableOfBinding(binding)) || (services !== undefined && admitsNullish(services, binding));
    }

    function variableOfBinding(binding: TSESTree.Identifier): TSESLint.Scope.Variable | undefined {
      return variableOf(binding, sourceCode);
    }

    function readsBeyondMetadata(
      node: TSESTree.Node | null | undefined,
      variable: TSESLint.Scope.Variable,
      model: ResponseModel,
    ): boolean {
      if (!node) return false;
      return variable.references.some((reference) => {
        const identifier = reference.identifier;
        if (!contains(node, identifier)) return false;
        const parent = identifier.parent;
        return !(
          parent?.type === AST_NODE_TYPES.MemberExpression &&
          parent.object === identifier &&
          model.metadataProperties.has(memberPath(parent)?.at(-1) ?? '')
        );
      });
    }

    function subjectOf(source: ResponseSource, facts: ReleaseFacts): string {
      if (facts.bodyBinding) return `The body \`${facts.bodyBinding.name}\` of the \`${source.label}\` response`;
      const name = source.kind === 'callback' ? source.parameter.name : facts.responseBinding?.name;
      return name
        ? `${capitalize(source.model.label)} \`${name}\``
        : `The ${source.model.label} of \`${source.label}\``;
    }

    return mergeListeners(listeners, {
      'Program:exit'() {
        for (const source of sources) {
          if (!enclosingFunction(source.call) && source.kind === 'result') continue;
          guarded(undefined, () => check(source));
        }
      },
    });
  },
});

/** True when `await` may be written at `node`: inside an async function (a function's own body counts). */
function isAsyncAt(node: TSESTree.Node): boolean {
  return node.parent && isFunctionNode(node.parent) && node.parent.body === node
    ? node.parent.async
    : isAsyncContext(node);
}

/** What the fix releases; a response variable that may still be unset is reached with `?.`. */
function releaseTarget(
  facts: ReleaseFacts,
  mayBeUnset: (binding: TSESTree.Identifier) => boolean,
): ReleaseTarget | undefined {
  if (facts.bodyBinding) return { body: facts.bodyBinding.name };
  const binding = facts.responseBinding;
  if (binding) return { response: mayBeUnset(binding) ? `${binding.name}?` : binding.name };
  return undefined;
}

/** `let res;` or `let res: Response | undefined;`: declared without a value, set later. */
function declaredUnset(variable: TSESLint.Scope.Variable | undefined): boolean {
  const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  return definition?.type === 'Variable' && definition.node.init === null;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
