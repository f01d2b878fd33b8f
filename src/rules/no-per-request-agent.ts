import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

import { localLifetime } from '../analysis/lifetime.js';
import { functionName, inLoopWithin, runsOnce } from '../analysis/run-once.js';
import { fileContextOf } from '../analysis/context.js';
import type { FunctionSpecifier } from '../analysis/specifiers.js';
import type { PoolFactory } from '../clients/model.js';
import { idleSocketsLinger, isRequestCall, poolFactoryOf, poolOracle } from '../http/pool-sites.js';
import { contains, enclosingFunction, type FunctionNode } from '../util/ast.js';
import { createRule } from '../util/create-rule.js';
import { guarded } from '../util/guard.js';
import { functionSpecifierSchema } from '../util/schema.js';

type Options = [{ runOnceFunctions?: FunctionSpecifier[]; checkClientInstances?: boolean }];
type MessageId = 'perCall' | 'perCallUnclosed' | 'perCallGlobal' | 'perCallInstance';

interface Candidate {
  readonly node: TSESTree.NewExpression | TSESTree.CallExpression;
  readonly factory: PoolFactory;
  readonly fn: FunctionNode;
}

export default createRule<Options, MessageId>({
  name: 'no-per-request-agent',
  meta: {
    type: 'problem',
    docs: {
      description:
        'Disallow creating a connection pool (Agent, Pool, Client, http.Agent) per call and using it only for the requests of that call',
      recommended: 'recommended',
      usesTypeInformation: true,
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          runOnceFunctions: {
            type: 'array',
            items: functionSpecifierSchema,
            description:
              'Functions that run once per process (a CLI entry point, a start-up routine): a pool made in them is not per request.',
          },
          checkClientInstances: {
            type: 'boolean',
            description:
              'Also report client instances (made by a client factory such as `create()` or `extend()`) made per call without a pool of their own: they send through the shared default pool, so the cost is their set-up, not connections.',
          },
        },
      },
    ],
    defaultOptions: [{ runOnceFunctions: ['main'], checkClientInstances: false }],
    messages: {
      perCall:
        "{{subject}} is created on every call of {{fn}} and used for that call's requests, so each call opens new connections and leaves them in TIME_WAIT; create it once at module scope or in a long-lived object and reuse it.",
      perCallUnclosed:
        "{{subject}} is created on every call of {{fn}}, used for that call's requests and never closed, so each call opens new connections that stay open until they time out; create it once at module scope or in a long-lived object and reuse it.",
      perCallGlobal:
        '{{subject}} is installed with `setGlobalDispatcher()` on every call of {{fn}}, so each call opens new connections and the dispatcher it replaces is never closed; install one dispatcher once at start-up.',
      perCallInstance:
        "{{subject}} is created on every call of {{fn}} and used for that call's requests, so its set-up (defaults, interceptors, hooks) is repeated on every call; create it once at module scope or in a long-lived object and reuse it.",
    },
  },
  create(context, [options]) {
    const file = fileContextOf(context);
    const sourceCode = file.sourceCode;
    const runOnceNames = new Set(
      (options.runOnceFunctions ?? []).flatMap((specifier) =>
        typeof specifier === 'string' ? [specifier] : specifier.from === 'file' ? [specifier.name].flat() : [],
      ),
    );
    const candidates: Candidate[] = [];
    const calls: TSESTree.CallExpression[] = [];

    function consider(node: TSESTree.NewExpression | TSESTree.CallExpression): void {
      const fn = enclosingFunction(node);
      if (!fn) return;
      const factory = poolFactoryOf(node, file);
      if (!factory) return;
      if (factory.kind === 'instance' && !options.checkClientInstances) return;
      if (runsOnce(fn, sourceCode, runOnceNames) && !inLoopWithin(node, fn)) return;
      candidates.push({ node, factory, fn });
    }

    /** Whether the function around `call` (and its closures) sends a request. */
    function sendsRequests(call: TSESTree.CallExpression): boolean {
      const fn = enclosingFunction(call);
      if (!fn) return false;
      return calls.some((other) => other !== call && contains(fn, other) && isRequestCall(other, file));
    }

    function describeFunction(fn: FunctionNode): string {
      const name = functionName(fn);
      return name ? `\`${name}\`` : 'this function';
    }

    function subjectOf(candidate: Candidate): string {
      const parent = candidate.node.parent;
      const binding =
        parent.type === AST_NODE_TYPES.VariableDeclarator &&
        parent.init === candidate.node &&
        parent.id.type === AST_NODE_TYPES.Identifier
          ? parent.id.name
          : undefined;
      return binding ? `The ${candidate.factory.label} \`${binding}\`` : `This ${candidate.factory.label}`;
    }

    return {
      NewExpression(node) {
        guarded(undefined, () => consider(node));
      },
      CallExpression(node) {
        calls.push(node);
        guarded(undefined, () => consider(node));
      },
      'Program:exit'() {
        const carried = new Set<TSESTree.Node>();
        const ordered = [
          ...candidates.filter((c) => c.factory.kind === 'pool'),
          ...candidates.filter((c) => c.factory.kind === 'instance'),
        ];
        for (const candidate of ordered) {
          if (carried.has(candidate.node)) continue;
          const oracle = poolOracle(candidate.factory, file, sendsRequests);
          const lifetime = guarded(undefined, () => localLifetime(candidate.node, sourceCode, oracle));
          if (!lifetime || lifetime.escape || lifetime.uses.length === 0) continue;
          for (const instance of oracle.instances) carried.add(instance);
          const data = { subject: subjectOf(candidate), fn: describeFunction(candidate.fn) };
          const messageId: MessageId =
            oracle.installedGlobally.length > 0
              ? 'perCallGlobal'
              : candidate.factory.kind === 'instance'
                ? 'perCallInstance'
                : lifetime.closes.length === 0 && idleSocketsLinger(candidate.factory, candidate.node)
                  ? 'perCallUnclosed'
                  : 'perCall';
          context.report({ node: candidate.node, messageId, data });
        }
      },
    };
  },
});
