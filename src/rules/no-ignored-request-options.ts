import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { fileContextOf } from '../analysis/context.js';
import { mayBePositive, readObjectShape, staticValueOf } from '../analysis/object-shape.js';
import { ignoredOptionsOfCall, ignoredOptionsOfFactoryCall, type IgnoredFinding } from '../http/ignored-options.js';
import { matchRequest } from '../http/request-match.js';
import { calleeLabel, skipTransparent, staticPropertyName } from '../util/ast.js';
import { createRule } from '../util/create-rule.js';
import { guarded } from '../util/guard.js';
import { addProperty, formatMilliseconds, removeProperty } from '../util/object-fix.js';

type MessageId = 'ignored' | 'useSignal' | 'mergeSignal' | 'useIdleTimeouts' | 'moveTimeout' | 'useMilliseconds';

const UNITS: Record<string, number> = {
  ms: 1,
  millisecond: 1,
  milliseconds: 1,
  s: 1000,
  sec: 1000,
  second: 1000,
  seconds: 1000,
  m: 60_000,
  min: 60_000,
  minute: 60_000,
  minutes: 60_000,
};

export default createRule<[], MessageId>({
  name: 'no-ignored-request-options',
  meta: {
    type: 'problem',
    docs: {
      description:
        'Disallow request options the called HTTP client silently ignores, such as `timeout` on `fetch`, so no protection is believed to exist that does not',
      recommended: 'recommended',
      usesTypeInformation: true,
    },
    hasSuggestions: true,
    schema: [],
    messages: {
      ignored: '`{{name}}` {{reason}}{{where}}.',
      useSignal: 'Replace it with `signal: AbortSignal.timeout({{value}})`.',
      mergeSignal:
        'Combine it with the existing signal: `AbortSignal.any([{{signal}}, AbortSignal.timeout({{value}})])`.',
      useIdleTimeouts: 'Replace it with {{replacement}}.',
      moveTimeout: 'Move it out of `headers` into the config: `timeout: {{value}}`.',
      useMilliseconds: 'Write it in milliseconds: `timeout: {{value}}`.',
    },
  },
  create(context) {
    const file = fileContextOf(context);
    const { sourceCode, services } = file;
    const reported = new Set<TSESTree.Node>();

    function findingsOf(call: TSESTree.CallExpression): IgnoredFinding[] {
      const matched = matchRequest(call, file);
      return matched ? ignoredOptionsOfCall(matched.request, call, file) : ignoredOptionsOfFactoryCall(call, file);
    }

    function report(finding: IgnoredFinding, call: TSESTree.CallExpression, callee: string): void {
      const node = finding.write.node;
      if (reported.has(node)) return;
      reported.add(node);
      const name = finding.write.name;
      const where = finding.inCall ? '' : ` (it reaches \`${callee}\` on line ${call.loc.start.line})`;
      context.report({
        node,
        messageId: 'ignored',
        data: { name, reason: reasonOf(finding), where },
        suggest: suggestionsFor(finding),
      });
    }

    function reasonOf(finding: IgnoredFinding): string {
      if (finding.option.replacement !== 'milliseconds') return finding.option.reason;
      const value = String(staticValueOf(finding.write.value, sourceCode)?.value ?? '');
      const parsed = Number.parseInt(value, 10);
      if (value.trim() === '') return `${finding.option.reason}, so an empty string means no timeout`;
      if (Number.isNaN(parsed)) return `${finding.option.reason}, so \`'${value}'\` fails every request`;
      return `${finding.option.reason}, so \`'${value}'\` means ${parsed} ms`;
    }

    type Suggestion = TSESLint.SuggestionReportDescriptor<MessageId>;

    function suggestionsFor(finding: IgnoredFinding): Suggestion[] {
      const property = finding.write.node;
      if (property.type !== AST_NODE_TYPES.Property || property.kind !== 'init' || property.method) return [];
      const value = property.value;
      const replacement = finding.option.replacement;
      if (typeof replacement === 'object') {
        if (!finding.inCall || !isMilliseconds(value)) return [];
        const text = sourceCode.getText(value);
        const simple = value.type === AST_NODE_TYPES.Literal || value.type === AST_NODE_TYPES.Identifier;
        const options = replacement.options.map((option) => `${option}: ${text}`);
        const suggestions: Suggestion[] = simple
          ? [
              {
                messageId: 'useIdleTimeouts',
                data: { replacement: options.map((option) => `\`${option}\``).join(' and ') },
                fix: (fixer) => fixer.replaceText(property, options.join(', ')),
              },
            ]
          : [];
        return [...suggestions, ...signalSuggestions(finding, property)];
      }
      switch (replacement) {
        case 'signal-timeout':
          return finding.inCall && isMilliseconds(value) ? signalSuggestions(finding, property) : [];
        case 'top-level-timeout':
          return finding.inCall ? moveSuggestion(finding, property) : [];
        case 'milliseconds': {
          const literal = skipTransparent(value);
          const ms = parseDuration(staticValueOf(literal, sourceCode)?.value);
          if (ms === undefined || literal.type !== AST_NODE_TYPES.Literal) return [];
          const text = formatMilliseconds(ms);
          return [
            { messageId: 'useMilliseconds', data: { value: text }, fix: (fixer) => fixer.replaceText(literal, text) },
          ];
        }
        default:
          return [];
      }
    }

    /** `timeout: 5000` becomes `signal: AbortSignal.timeout(5000)`, or joins a signal already in the same object. */
    function signalSuggestions(finding: IgnoredFinding, property: TSESTree.Property): Suggestion[] {
      const value = sourceCode.getText(property.value);
      const signals = readObjectShape(finding.options, sourceCode).properties.get('signal') ?? [];
      if (signals.length === 0) {
        return [
          {
            messageId: 'useSignal',
            data: { value },
            fix: (fixer) => fixer.replaceText(property, `signal: AbortSignal.timeout(${value})`),
          },
        ];
      }
      const signal = signals.length === 1 ? signals[0] : undefined;
      const signalProperty = signal?.node;
      if (signal?.literal !== finding.write.literal || signalProperty?.type !== AST_NODE_TYPES.Property) return [];
      const existing = sourceCode.getText(signalProperty.value);
      const merged = `AbortSignal.any([${existing}, AbortSignal.timeout(${value})])`;
      return [
        {
          messageId: 'mergeSignal',
          data: { signal: existing, value },
          fix: (fixer) => [
            signalProperty.shorthand
              ? fixer.replaceText(signalProperty, `signal: ${merged}`)
              : fixer.replaceText(signalProperty.value, merged),
            removeProperty(fixer, property, sourceCode),
          ],
        },
      ];
    }

    /** `headers: { timeout: 5000 }` becomes `timeout: 5000` on the config. */
    function moveSuggestion(finding: IgnoredFinding, property: TSESTree.Property): Suggestion[] {
      const headers = finding.write.literal;
      const holder = headers?.parent;
      const config = holder?.parent;
      if (holder?.type !== AST_NODE_TYPES.Property || config?.type !== AST_NODE_TYPES.ObjectExpression) return [];
      if (staticPropertyName(holder) !== 'headers' || skipTransparent(holder.value) !== headers) return [];
      if (readObjectShape(finding.options, sourceCode).properties.has('timeout')) return [];
      const known = staticValueOf(property.value, sourceCode);
      let value: string;
      if (typeof known?.value === 'number') value = sourceCode.getText(property.value);
      else if (typeof known?.value === 'string') value = formatMilliseconds(Number.parseInt(known.value, 10));
      else if (isMilliseconds(property.value)) value = sourceCode.getText(property.value);
      else return [];
      const only = headers.properties.length === 1;
      return [
        {
          messageId: 'moveTimeout',
          data: { value },
          // `headers: { timeout: 5000 }` becomes `timeout: 5000`; otherwise the header leaves and the option joins the config.
          fix: (fixer) =>
            only
              ? fixer.replaceText(holder, `timeout: ${value}`)
              : [
                  removeProperty(fixer, property, sourceCode),
                  addProperty(fixer, config, `timeout: ${value}`, sourceCode),
                ],
        },
      ];
    }

    /** A value `AbortSignal.timeout()` accepts: a positive number, by its value or its type. */
    function isMilliseconds(node: TSESTree.Node): boolean {
      const known = staticValueOf(node, sourceCode);
      if (known) return typeof known.value === 'number' && mayBePositive(node, sourceCode);
      if (!services) return true;
      const type = services.getType(node);
      return type !== undefined && (type.flags & services.ts.TypeFlags.NumberLike) !== 0;
    }

    return {
      CallExpression(call) {
        const findings = guarded([], () => findingsOf(call));
        if (findings.length === 0) return;
        const callee = calleeLabel(call, sourceCode);
        for (const finding of findings) guarded(undefined, () => report(finding, call, callee));
      },
    };
  },
});

/** `'5s'` is 5000, `'500ms'` 500, `'1m'` 60000; undefined when it is not a duration. */
function parseDuration(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /^\s*(\d+(?:\.\d+)?)\s*([a-z]+)\s*$/i.exec(value);
  if (!match) return undefined;
  const unit = UNITS[match[2]!.toLowerCase()];
  if (unit === undefined) return undefined;
  const ms = Number(match[1]) * unit;
  return Number.isFinite(ms) && ms > 0 ? Math.round(ms) : undefined;
}
