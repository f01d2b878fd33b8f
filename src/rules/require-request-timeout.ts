import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { readObjectShape, staticValueOf } from '../analysis/object-shape.js';
import { getTypeServices } from '../analysis/services.js';
import { callMatchesSpecifier, type FunctionSpecifier } from '../analysis/specifiers.js';
import {
  globalDispatcherOf,
  matchRequest,
  mayBePositive,
  timeoutVerdict,
  type CarrierReading,
  type OptionPath,
  type RequestFunction,
  type TimedRequest,
  type TimeoutModel,
  type TimeoutPhase,
  type TimeoutVerdict,
} from '../clients/index.js';
import { skipTransparent, staticPropertyName } from '../util/ast.js';
import { createRule } from '../util/create-rule.js';
import { addProperty, formatMilliseconds, insertArgument, spreadable } from '../util/object-fix.js';

/** A user's own request function: a name or a typescript-eslint style specifier, and where its options are. */
type WrapperOption =
  | string
  | {
      name: string | string[];
      from?: 'file' | 'lib' | 'package';
      package?: string;
      optionsArgument?: number;
      timeoutOptions?: string[];
    };

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
            description: 'The timeout, in milliseconds, that suggestions write.',
          },
          assumeGlobalDispatcher: {
            type: 'boolean',
            description:
              'The process calls `setGlobalDispatcher(new Agent({ headersTimeout, bodyTimeout }))` at start-up, so `fetch` and `undici.request()` without a dispatcher are covered.',
          },
          allowLibraryDefaults: {
            type: 'boolean',
            description:
              "Count a library's own default timeouts (undici's 300 s `headersTimeout` and `bodyTimeout`) as a timeout.",
          },
          requireDeadline: {
            type: 'boolean',
            description:
              'Only an overall deadline counts (a `signal`, axios `timeout`, got `timeout.request`, ky `timeout`): idle timeouts such as `headersTimeout` with `bodyTimeout` do not.',
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
    const sourceCode = context.sourceCode;
    const services = getTypeServices(context);
    const clientContext = { sourceCode, services };
    const settings = {
      assumeGlobalDispatcher: options.assumeGlobalDispatcher ?? false,
      allowLibraryDefaults: options.allowLibraryDefaults ?? false,
      requireDeadline: options.requireDeadline ?? false,
    };
    const ms = formatMilliseconds(options.timeoutMs ?? 10_000);
    const wrappers = (options.wrappers ?? []).map(wrapperRequest);
    const requests: TimedRequest[] = [];
    let globalDispatcher: CarrierReading | undefined;

    function wrapperOf(call: TSESTree.CallExpression): RequestFunction | undefined {
      if (wrappers.length === 0) return undefined;
      return wrappers.find((wrapper) =>
        wrapper.specifiers.some((specifier) => callMatchesSpecifier(call, specifier, services)),
      )?.request;
    }

    function report(timed: TimedRequest, verdict: TimeoutVerdict): void {
      if (verdict.kind === 'covered' || verdict.kind === 'deferred') return;
      const model = timed.request.timeouts!;
      const callee = calleeLabel(timed.call, sourceCode);
      const remedy = remedyOf(model, timed.request);
      const suggest = suggestionFor(timed, verdict.site, model);
      const base = { node: timed.call, suggest: suggest ? [suggest] : [] };
      switch (verdict.kind) {
        case 'missing':
          context.report({ ...base, messageId: 'missing', data: { callee, unbounded: model.unbounded, remedy } });
          return;
        case 'partial': {
          const missing = (['headers', 'body'] as const).filter((phase) => !verdict.bounded.includes(phase));
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
          context.report({
            ...base,
            messageId: 'idleOnly',
            data: { callee, names: verdict.names.join(', '), remedy },
          });
          return;
        case 'disabled':
          context.report({ ...base, messageId: 'disabled', data: { callee, unbounded: model.unbounded, remedy } });
          return;
      }
    }

    type Suggestion = TSESLint.SuggestionReportDescriptor<MessageId>;

    /** The suggestion: the client's own deadline option where it has one and it fits, the signal otherwise. */
    function suggestionFor(
      timed: TimedRequest,
      site: Extract<TimeoutVerdict, { site: unknown }>['site'],
      model: TimeoutModel,
    ): Suggestion | undefined {
      if (model.suggest.kind === 'option') {
        const option = optionSuggestion(timed, site, model.suggest.path);
        if (option) return option;
      }
      return timed.request.signalOption ? signalSuggestion(timed, site, timed.request.signalOption) : undefined;
    }

    function signalSuggestion(
      timed: TimedRequest,
      site: Extract<TimeoutVerdict, { site: unknown }>['site'],
      name: string,
    ): Suggestion | undefined {
      const property = `${name}: AbortSignal.timeout(${ms})`;
      const data = { ms };
      if (site.kind === 'absent') {
        return {
          messageId: 'addSignal',
          data,
          fix: (fixer) => insertArgument(fixer, timed.call, site.index, `{ ${property} }`, sourceCode),
        };
      }
      if (site.kind !== 'argument') return undefined;
      const literal = skipTransparent(site.node);
      if (literal.type === AST_NODE_TYPES.ObjectExpression) {
        const existing = ownProperty(literal, name);
        if (existing)
          return {
            messageId: 'addSignal',
            data,
            fix: (fixer) => fixer.replaceText(existing.value, `AbortSignal.timeout(${ms})`),
          };
        return { messageId: 'addSignal', data, fix: (fixer) => addProperty(fixer, literal, property, sourceCode) };
      }
      return {
        messageId: 'addSignal',
        data,
        fix: (fixer) => fixer.replaceText(site.node, `{ ...${spreadable(site.node, sourceCode)}, ${property} }`),
      };
    }

    function optionSuggestion(
      timed: TimedRequest,
      site: Extract<TimeoutVerdict, { site: unknown }>['site'],
      path: OptionPath,
    ): Suggestion | undefined {
      const text = nested(path, ms);
      const data = { option: text };
      if (site.kind === 'absent') {
        return {
          messageId: 'addOption',
          data,
          fix: (fixer) => insertArgument(fixer, timed.call, site.index, `{ ${text} }`, sourceCode),
        };
      }
      if (site.kind !== 'argument') return undefined;
      const literal = skipTransparent(site.node);
      if (literal.type !== AST_NODE_TYPES.ObjectExpression) {
        // `{ ...opts, timeout }` would replace a `timeout` object the options already hold.
        const shape = readObjectShape(site.node, sourceCode);
        if (path.length > 1 && shape.properties.has(path[0]!)) return undefined;
        return {
          messageId: 'addOption',
          data,
          fix: (fixer) => fixer.replaceText(site.node, `{ ...${spreadable(site.node, sourceCode)}, ${text} }`),
        };
      }
      // Walk down the literal: replace a value that turns the timeout off, or add what is missing.
      let holder: TSESTree.ObjectExpression = literal;
      for (let depth = 0; depth < path.length; depth++) {
        const name = path[depth]!;
        const existing = ownProperty(holder, name);
        const rest = path.slice(depth);
        if (!existing) {
          const target = holder;
          const added = nested(rest, ms);
          return { messageId: 'addOption', data, fix: (fixer) => addProperty(fixer, target, added, sourceCode) };
        }
        const value = skipTransparent(existing.value);
        if (depth === path.length - 1) {
          if (mayBePositive(value, sourceCode) && value.type !== AST_NODE_TYPES.ObjectExpression) return undefined;
          return { messageId: 'addOption', data, fix: (fixer) => fixer.replaceText(existing.value, ms) };
        }
        if (value.type !== AST_NODE_TYPES.ObjectExpression) {
          const known = staticValueOf(value, sourceCode);
          if (known?.value !== false && known?.value !== 0) return undefined;
          return {
            messageId: 'addOption',
            data,
            fix: (fixer) => fixer.replaceText(existing.value, nestedValue(path.slice(depth + 1), ms)),
          };
        }
        holder = value;
      }
      return undefined;
    }

    return {
      CallExpression(call) {
        try {
          const dispatcher = globalDispatcherOf(call, sourceCode);
          if (dispatcher) {
            globalDispatcher = mergeCarrier(globalDispatcher, dispatcher);
            return;
          }
          const matched = matchRequest(call, clientContext);
          if (matched) {
            if (matched.request.timeouts) requests.push({ request: matched.request, client: matched.client, call });
            return;
          }
          const wrapper = wrapperOf(call);
          if (wrapper) requests.push({ request: wrapper, call });
        } catch {
          // Code the client model does not understand is left alone.
        }
      },
      'Program:exit'() {
        for (const timed of requests) {
          try {
            report(timed, timeoutVerdict(timed, clientContext, settings, globalDispatcher));
          } catch {
            // Never throw on code the analysis does not understand.
          }
        }
      },
    };
  },
});

/** `['timeout', 'request']` with 10_000 gives `timeout: { request: 10_000 }`. */
function nested(path: OptionPath, ms: string): string {
  return `${path[0]}: ${nestedValue(path.slice(1), ms)}`;
}

function nestedValue(path: OptionPath, ms: string): string {
  return path.length === 0 ? ms : `{ ${nested(path, ms)} }`;
}

function ownProperty(literal: TSESTree.ObjectExpression, name: string): TSESTree.Property | undefined {
  const found = literal.properties.filter(
    (property): property is TSESTree.Property =>
      property.type === AST_NODE_TYPES.Property && staticPropertyName(property) === name,
  );
  return found.at(-1);
}

function remedyOf(model: TimeoutModel, request: RequestFunction): string {
  if (model.suggest.kind === 'option') {
    const option = `\`${nested(model.suggest.path, 'ms')}\``;
    return request.signalOption ? `Set ${option} or pass a \`signal\`` : `Set ${option}`;
  }
  return `Pass \`${request.signalOption ?? 'signal'}: AbortSignal.timeout(ms)\` in its options`;
}

function mergeCarrier(previous: CarrierReading | undefined, next: CarrierReading): CarrierReading {
  if (!previous || previous.kind === 'none') return next;
  if (previous.kind === 'unseen' || next.kind === 'unseen') return { kind: 'unseen' };
  if (next.kind === 'none') return previous;
  return {
    kind: 'seen',
    bounds: new Set([...previous.bounds].filter((phase) => next.bounds.has(phase))),
    names: next.names,
  };
}

/** How a message names the call: `fetch()`, `api.get()`, `http.get()`. */
function calleeLabel(call: TSESTree.CallExpression, sourceCode: Readonly<TSESLint.SourceCode>): string {
  const text = sourceCode.getText(skipTransparent(call.callee)).replace(/\s+/g, '');
  return `${text.length > 40 ? `${text.slice(0, 37)}...` : text}()`;
}

interface Wrapper {
  readonly request: RequestFunction;
  /** Matched by name, and with `from` by where the function is declared. */
  readonly specifiers: readonly FunctionSpecifier[];
}

function wrapperRequest(option: WrapperOption): Wrapper {
  const spec = typeof option === 'string' ? { name: option } : option;
  const names: readonly string[] = typeof spec.name === 'string' ? [spec.name] : spec.name;
  const timeoutOptions = typeof option === 'string' ? [] : (option.timeoutOptions ?? []);
  const from = typeof option === 'string' ? undefined : option.from;
  const specifiers: FunctionSpecifier[] = from
    ? [
        {
          from,
          name: names,
          ...(typeof option !== 'string' && option.package !== undefined ? { package: option.package } : {}),
        },
      ]
    : [...names];
  const request: RequestFunction = {
    label: `${names[0]}()`,
    callee: { kind: 'import', modules: [], path: [] },
    optionsArgument: typeof option === 'string' ? 1 : (option.optionsArgument ?? 1),
    signalOption: 'signal',
    timeouts: {
      unbounded: 'its options carry no `signal`',
      options: timeoutOptions.map((name) => ({ path: [name], bounds: 'total' as const })),
      defaults: 'none',
      carriers: [],
      suggest: { kind: 'signal' },
    },
  };
  return { request, specifiers };
}
