import { ESLintUtils, type TSESLint } from '@typescript-eslint/utils';

import { inDynamicScope } from '../analysis/dynamic-scope.js';
import { ruleDocsUrl } from './package-json.js';

/** What every rule's `meta.docs` carries besides the description and URL. */
export interface HttpHygieneDocs {
  /** The smallest config that turns the rule on: `recommended` implies `strict` and `all`. */
  readonly recommended: 'recommended' | 'strict';
  /** True when the rule reads type information where it exists (it still runs without). */
  readonly requiresTypeChecking?: false;
  readonly usesTypeInformation: boolean;
}

const ruleCreator = ESLintUtils.RuleCreator<HttpHygieneDocs>(ruleDocsUrl);

/**
 * typescript-eslint's `RuleCreator`, with one rule for every rule of the plugin: code whose names
 * resolve at run time (`with`, a direct `eval`) is code a rule does not understand, so it says
 * nothing there.
 */
export const createRule: typeof ruleCreator = (rule) =>
  ruleCreator({ ...rule, create: (context, options) => rule.create(silentInDynamicScope(context), options) });

function silentInDynamicScope<Context extends Readonly<TSESLint.RuleContext<string, readonly unknown[]>>>(
  context: Context,
): Context {
  if (!/\b(?:with|eval)\b/.test(context.sourceCode.text)) return context;
  const report: Context['report'] = (descriptor) => {
    const node = 'node' in descriptor ? descriptor.node : undefined;
    if (node && 'parent' in node && inDynamicScope(node)) return;
    context.report(descriptor);
  };
  return Object.create(context, { report: { value: report } }) as Context;
}
