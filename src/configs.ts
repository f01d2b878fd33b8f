import type { HttpHygieneDocs } from './util/create-rule.js';

export type ConfigName = 'recommended' | 'strict' | 'all';

/** How a config turns a rule on: always as an error, with options or without. */
export type RuleEntry = 'error' | ['error', ...unknown[]];

/**
 * One flat config of the plugin. Narrow on purpose: it has only the properties it sets, typed so that
 * ESLint's `Linter.Config` (9.15 and later), `defineConfig()` and typescript-eslint's config types
 * all accept it. A wider type such as typescript-eslint's `FlatConfig.Config` carries
 * `languageOptions` typed differently from ESLint's and is rejected by them.
 */
export interface PluginConfig<Plugin> {
  name: `http-hygiene/${ConfigName}`;
  plugins: { 'http-hygiene': Plugin };
  rules: Record<string, RuleEntry>;
}

type RuleWithDocs = { readonly meta: { readonly docs?: Partial<HttpHygieneDocs> & { readonly description?: string } } };

const LEVELS: Record<ConfigName, ReadonlySet<string | undefined>> = {
  recommended: new Set(['recommended']),
  strict: new Set(['recommended', 'strict']),
  all: new Set(['recommended', 'strict', undefined]),
};

/** Flat configs computed from each rule's `meta.docs.recommended`, never listed by hand. */
export function buildConfigs<Plugin>(
  plugin: Plugin,
  rules: Readonly<Record<string, RuleWithDocs>>,
  strictOptions: Readonly<Record<string, readonly unknown[]>> = {},
): Record<ConfigName, PluginConfig<Plugin>> {
  const build = (name: ConfigName): PluginConfig<Plugin> => ({
    name: `http-hygiene/${name}`,
    plugins: { 'http-hygiene': plugin },
    rules: Object.fromEntries(
      Object.entries(rules)
        .filter(([, rule]) => LEVELS[name].has(rule.meta.docs?.recommended))
        .map(([ruleName]): [string, RuleEntry] => {
          const options = name === 'recommended' ? undefined : strictOptions[ruleName];
          return [`http-hygiene/${ruleName}`, options ? ['error', ...options] : 'error'];
        }),
    ),
  });
  return { recommended: build('recommended'), strict: build('strict'), all: build('all') };
}
