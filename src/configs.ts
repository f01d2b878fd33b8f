import type { TSESLint } from '@typescript-eslint/utils';

import type { HttpHygieneDocs } from './util/create-rule.js';

export type ConfigName = 'recommended' | 'strict' | 'all';

type RuleWithDocs = { readonly meta: { readonly docs?: Partial<HttpHygieneDocs> & { readonly description?: string } } };

const LEVELS: Record<ConfigName, ReadonlySet<string | undefined>> = {
  recommended: new Set(['recommended']),
  strict: new Set(['recommended', 'strict']),
  all: new Set(['recommended', 'strict', undefined]),
};

/** Flat configs computed from each rule's `meta.docs.recommended`, never listed by hand. */
export function buildConfigs(
  plugin: TSESLint.FlatConfig.Plugin,
  rules: Readonly<Record<string, RuleWithDocs>>,
  strictOptions: Readonly<Record<string, readonly unknown[]>> = {},
): Record<ConfigName, TSESLint.FlatConfig.Config> {
  const build = (name: ConfigName): TSESLint.FlatConfig.Config => ({
    name: `http-hygiene/${name}`,
    plugins: { 'http-hygiene': plugin },
    rules: Object.fromEntries(
      Object.entries(rules)
        .filter(([, rule]) => LEVELS[name].has(rule.meta.docs?.recommended))
        .map(([ruleName]): [string, TSESLint.FlatConfig.RuleEntry] => {
          const options = name === 'recommended' ? undefined : strictOptions[ruleName];
          return [`http-hygiene/${ruleName}`, options ? ['error', ...options] : 'error'];
        }),
    ),
  });
  return { recommended: build('recommended'), strict: build('strict'), all: build('all') };
}
