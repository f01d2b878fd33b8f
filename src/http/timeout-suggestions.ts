import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import type { FileContext } from '../analysis/context.js';
import { mayBePositive, readObjectShape, staticValueOf } from '../analysis/object-shape.js';
import type { OptionPath, RequestFunction, TimeoutModel } from '../clients/model.js';
import { skipTransparent, staticPropertyName } from '../util/ast.js';
import { addProperty, insertArgument, spreadable } from '../util/object-fix.js';
import type { RequestOptionsSite } from './request-options.js';

/** A fix that gives a request a timeout: a signal, or the client's own option. */
export interface TimeoutSuggestion {
  readonly kind: 'signal' | 'option';
  /** `signal`: the milliseconds; `option`: the option as written (`timeout: { request: 10_000 }`). */
  readonly data: Readonly<Record<string, string>>;
  readonly fix: TSESLint.ReportFixFunction;
}

/**
 * The suggestion for a request with options at `site`: the client's own deadline option where it
 * has one and it fits, the signal otherwise. `ms` is the timeout as the fix writes it.
 */
export function timeoutSuggestion(
  request: RequestFunction,
  call: TSESTree.CallExpression,
  site: RequestOptionsSite,
  ms: string,
  context: FileContext,
): TimeoutSuggestion | undefined {
  const model = request.timeouts;
  if (site.kind === 'builder') return builderSuggestion(request, call, site.methods, ms);
  if (model?.suggest.kind === 'option') {
    const option = optionSuggestion(call, site, model.suggest.path, ms, context);
    if (option) return option;
  }
  return request.signalOption ? signalSuggestion(call, site, request.signalOption, ms, context) : undefined;
}

/**
 * A builder's own option method, chained right after the request call: `.timeout(10_000)`. None
 * where the chain already calls it (a chained number would replace the options it set).
 */
function builderSuggestion(
  request: RequestFunction,
  call: TSESTree.CallExpression,
  called: ReadonlySet<string>,
  ms: string,
): TimeoutSuggestion | undefined {
  const method = builderMethodOf(request);
  if (!method || called.has(method)) return undefined;
  return {
    kind: 'option',
    data: { option: `.${method}(${ms})` },
    fix: (fixer) => fixer.insertTextAfter(call, `.${method}(${ms})`),
  };
}

/** The builder method that sets the suggested option. */
function builderMethodOf(request: RequestFunction): string | undefined {
  const suggest = request.timeouts?.suggest;
  if (suggest?.kind !== 'option' || suggest.path.length !== 1) return undefined;
  return request.builder?.optionMethods.find((candidate) => candidate.option === suggest.path[0])?.method;
}

/** What to do, in the message: the client's own option, or a signal. */
export function timeoutRemedy(model: TimeoutModel, request: RequestFunction): string {
  const method = builderMethodOf(request);
  if (method) return `Call \`.${method}(ms)\``;
  if (model.suggest.kind === 'option') {
    const option = `\`${nested(model.suggest.path, 'ms')}\``;
    return request.signalOption ? `Set ${option} or pass a \`signal\`` : `Set ${option}`;
  }
  return `Pass \`${request.signalOption ?? 'signal'}: AbortSignal.timeout(ms)\` in its options`;
}

function signalSuggestion(
  call: TSESTree.CallExpression,
  site: RequestOptionsSite,
  name: string,
  ms: string,
  { sourceCode }: FileContext,
): TimeoutSuggestion | undefined {
  const property = `${name}: AbortSignal.timeout(${ms})`;
  const data = { ms };
  if (site.kind === 'absent') {
    return {
      kind: 'signal',
      data,
      fix: (fixer) => insertArgument(fixer, call, site.index, `{ ${property} }`, sourceCode),
    };
  }
  if (site.kind !== 'argument') return undefined;
  const literal = skipTransparent(site.node);
  if (literal.type === AST_NODE_TYPES.ObjectExpression) {
    const existing = ownProperty(literal, name);
    if (existing) {
      return { kind: 'signal', data, fix: (fixer) => fixer.replaceText(existing.value, `AbortSignal.timeout(${ms})`) };
    }
    return { kind: 'signal', data, fix: (fixer) => addProperty(fixer, literal, property, sourceCode) };
  }
  return {
    kind: 'signal',
    data,
    fix: (fixer) => fixer.replaceText(site.node, `{ ...${spreadable(site.node, sourceCode)}, ${property} }`),
  };
}

function optionSuggestion(
  call: TSESTree.CallExpression,
  site: RequestOptionsSite,
  path: OptionPath,
  ms: string,
  { sourceCode }: FileContext,
): TimeoutSuggestion | undefined {
  const text = nested(path, ms);
  const data = { option: text };
  if (site.kind === 'absent') {
    return { kind: 'option', data, fix: (fixer) => insertArgument(fixer, call, site.index, `{ ${text} }`, sourceCode) };
  }
  if (site.kind !== 'argument') return undefined;
  const literal = skipTransparent(site.node);
  if (literal.type !== AST_NODE_TYPES.ObjectExpression) {
    // `{ ...opts, timeout }` would replace a `timeout` object the options already hold.
    const shape = readObjectShape(site.node, sourceCode);
    if (path.length > 1 && shape.properties.has(path[0]!)) return undefined;
    return {
      kind: 'option',
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
      return { kind: 'option', data, fix: (fixer) => addProperty(fixer, target, added, sourceCode) };
    }
    const value = skipTransparent(existing.value);
    if (depth === path.length - 1) {
      if (mayBePositive(value, sourceCode) && value.type !== AST_NODE_TYPES.ObjectExpression) return undefined;
      return { kind: 'option', data, fix: (fixer) => fixer.replaceText(existing.value, ms) };
    }
    if (value.type !== AST_NODE_TYPES.ObjectExpression) {
      const known = staticValueOf(value, sourceCode);
      if (known?.value !== false && known?.value !== 0) return undefined;
      return {
        kind: 'option',
        data,
        fix: (fixer) => fixer.replaceText(existing.value, nestedValue(path.slice(depth + 1), ms)),
      };
    }
    holder = value;
  }
  return undefined;
}

/** `['timeout', 'request']` with 10_000 gives `timeout: { request: 10_000 }`. */
function nested(path: OptionPath, ms: string): string {
  return `${path[0]}: ${nestedValue(path.slice(1), ms)}`;
}

function nestedValue(path: OptionPath, ms: string): string {
  return path.length === 0 ? ms : `{ ${nested(path, ms)} }`;
}

/** The last property of `literal` named `name`: the one that wins. */
function ownProperty(literal: TSESTree.ObjectExpression, name: string): TSESTree.Property | undefined {
  const found = literal.properties.filter(
    (property): property is TSESTree.Property =>
      property.type === AST_NODE_TYPES.Property && staticPropertyName(property) === name,
  );
  return found.at(-1);
}
