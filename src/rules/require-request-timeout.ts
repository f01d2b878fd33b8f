import type { TSESTree } from '@typescript-eslint/utils';

import { fileContextOf } from '../analysis/context.js';
import { callMatchesSpecifier } from '../analysis/specifiers.js';
import type { TimeoutPhase } from '../clients/model.js';
import { globalDispatcherOf, mergeCarrier, type CarrierReading } from '../http/carriers.js';
import { matchRequest } from '../http/request-match.js';
import { timeoutVerdict, type TimedRequest, type TimeoutVerdict } from '../http/timeout-coverage.js';
import { timeoutRemedy, timeoutSuggestion } from '../http/timeout-suggestions.js';
import { wrapperRequest, type WrapperOption } from '../http/wrappers.js';
import { calleeLabel } from '../util/ast.js';
import { createRule } from '../util/create-rule.js';
import { guarded } from '../util/guard.js';
import { formatMilliseconds } from '../util/object-fix.js';

type Options = [
  {
    timeoutMs?: number;
    assumeGlobalDispatcher?: boolean;
    allowLibraryDefaults?: boolean;
    requireDeadline?: boolean;
    wrappers?: WrapperOption[];
  },
];
type MessageId = 'missing' | 'partial' | 'idleOnly' | 'disabled' | 'addSignal' | 'addOption';

const PHASES: readonly TimeoutPhase[] = ['headers', 'body'];

const PHASE_LABELS: Record<TimeoutPhase, string> = {
  headers: 'the wait for the response headers',
  body: 'the body',
};

export default createRule<Options, MessageId>({
  name: 'require-request-timeout',
  meta: {
    type: 'problem',
    docs: {
      description:
        "Require every outbound HTTP request to have a timeout: a signal, its client's timeout option, or a dispatcher, agent or instance that carries one",
      recommended: 'recommended',
      usesTypeInformation: true,
    },
    hasSuggestions: true,
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          timeoutMs: {
            type: 'integer',
            minimum: 1,
            // Node's timers hold at most 2^31 - 1 ms; a larger value fires after about 1 ms.
            maximum: 2_147_483_647,
            description:
              'The timeout, in milliseconds, that suggestions write (at most 2147483647, as Node timers allow).',
          },
          assumeGlobalDispatcher: {
            type: 'boolean',
            description:
              'The process installs a global dispatcher with timeouts at start-up (`setGlobalDispatcher(new Agent({ headersTimeout, bodyTimeout }))`), so requests that go through it are covered.',
          },
          allowLibraryDefaults: {
            type: 'boolean',
            description:
              "Count a client library's own default timeouts (such as the 300 s idle timeouts of Node's `fetch`) as a timeout.",
          },
          requireDeadline: {
            type: 'boolean',
            description:
              'Only an overall deadline counts (a `signal`, or a client option that bounds the whole request): idle timeouts such as `headersTimeout` with `bodyTimeout` do not.',
          },
          wrappers: {
            type: 'array',
            description:
              'Your own request functions, checked like the built-in clients: a name, or a specifier with the index of their options argument.',
            items: {
              oneOf: [
                { type: 'string', description: 'A function name; its options are its second argument.' },
                {
                  type: 'object',
                  additionalProperties: false,
                  required: ['name'],
                  properties: {
                    name: {
                      description: 'The function name, or several.',
                      oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' }, minItems: 1 }],
                    },
                    from: {
                      type: 'string',
                      enum: ['file', 'lib', 'package'],
                      description: 'Where the function is declared (checked with type information).',
                    },
                    package: { type: 'string', description: "With `from: 'package'`: the package that declares it." },
                    optionsArgument: {
                      type: 'integer',
                      minimum: 0,
                      description: 'The index of its options argument (default 1).',
                    },
                    timeoutOptions: {
                      type: 'array',
                      items: { type: 'string' },
                      description:
                        'Options of the wrapper that set a deadline in milliseconds, besides `signal` (default none).',
                    },
                  },
                },
              ],
            },
          },
        },
      },
    ],
    defaultOptions: [
      {
        timeoutMs: 10_000,
        assumeGlobalDispatcher: false,
        allowLibraryDefaults: false,
        requireDeadline: false,
        wrappers: [],
      },
    ],
    messages: {
      missing: '`{{callee}}` can wait forever: {{unbounded}}. {{remedy}}.',
      partial: '`{{callee}}` can wait forever: nothing bounds {{unbounded}}, only {{bounded}} ({{names}}). {{remedy}}.',
      idleOnly:
        '`{{callee}}` has only idle timeouts ({{names}}): a peer that trickles bytes never trips them, so nothing bounds the whole request. {{remedy}}.',
      disabled: '`{{callee}}` can wait forever: {{unbounded}}. {{remedy}}.',
      addSignal: 'Add `signal: AbortSignal.timeout({{ms}})`.',
      addOption: 'Set `{{option}}`.',
    },
  },
  create(context, [options]) {
    const file = fileContextOf(context);
    const { sourceCode, services } = file;
    const settings = {
      assumeGlobalDispatcher: options.assumeGlobalDispatcher ?? false,
      allowLibraryDefaults: options.allowLibraryDefaults ?? false,
      requireDeadline: options.requireDeadline ?? false,
    };
    const ms = formatMilliseconds(options.timeoutMs ?? 10_000);
    const wrappers = (options.wrappers ?? []).map(wrapperRequest);
    const requests: TimedRequest[] = [];
    let globalDispatcher: CarrierReading | undefined;

    function wrapperOf(call: TSESTree.CallExpression): TimedRequest | undefined {
      const wrapper = wrappers.find((candidate) =>
        candidate.specifiers.some((specifier) => callMatchesSpecifier(call, specifier, services)),
      );
      return wrapper && { request: wrapper.request, call };
    }

    function collect(call: TSESTree.CallExpression): void {
      const dispatcher = globalDispatcherOf(call, file);
      if (dispatcher) {
        globalDispatcher = mergeCarrier(globalDispatcher, dispatcher);
        return;
      }
      const matched = matchRequest(call, file);
      if (matched) {
        if (matched.request.timeouts) requests.push({ request: matched.request, client: matched.client, call });
        return;
      }
      const wrapped = wrappers.length > 0 ? wrapperOf(call) : undefined;
      if (wrapped) requests.push(wrapped);
    }

    function report(timed: TimedRequest, verdict: TimeoutVerdict): void {
      if (verdict.kind === 'covered' || verdict.kind === 'deferred') return;
      const model = timed.request.timeouts!;
      const callee = calleeLabel(timed.call, sourceCode);
      const remedy = timeoutRemedy(model, timed.request);
      const suggestion = timeoutSuggestion(timed.request, timed.call, verdict.site, ms, file);
      const suggest = suggestion
        ? [
            {
              messageId: suggestion.kind === 'signal' ? 'addSignal' : 'addOption',
              data: suggestion.data,
              fix: suggestion.fix,
            } as const,
          ]
        : [];
      const base = { node: timed.call, suggest };
      switch (verdict.kind) {
        case 'missing':
        case 'disabled':
          context.report({ ...base, messageId: verdict.kind, data: { callee, unbounded: model.unbounded, remedy } });
          return;
        case 'partial': {
          const missing = PHASES.filter((phase) => !verdict.bounded.includes(phase));
          context.report({
            ...base,
            messageId: 'partial',
            data: {
              callee,
              names: verdict.names.join(', '),
              bounded: verdict.bounded.map((phase) => PHASE_LABELS[phase]).join(' and '),
              unbounded: missing.map((phase) => PHASE_LABELS[phase]).join(' and '),
              remedy,
            },
          });
          return;
        }
        case 'idle-only':
          context.report({ ...base, messageId: 'idleOnly', data: { callee, names: verdict.names.join(', '), remedy } });
          return;
      }
    }

    return {
      CallExpression(call) {
        guarded(undefined, () => collect(call));
      },
      'Program:exit'() {
        for (const timed of requests) {
          guarded(undefined, () => report(timed, timeoutVerdict(timed, file, settings, globalDispatcher)));
        }
      },
    };
  },
});
