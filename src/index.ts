import type { Rule } from 'eslint';

import { buildConfigs, type ConfigName, type PluginConfig } from './configs.js';
import { rules } from './rules/index.js';
import { packageJson } from './util/package-json.js';

/** Options the `strict` and `all` configs turn on beyond the rules' defaults. */
const STRICT_OPTIONS: Record<string, readonly unknown[]> = {
  'no-per-request-agent': [{ runOnceFunctions: ['main'], checkClientInstances: true }],
  'require-request-timeout': [{ requireDeadline: true }],
};

export type RuleName = keyof typeof rules;

/**
 * The plugin, typed with the user's own ESLint types, so it is an `ESLint.Plugin` and its configs
 * fit `defineConfig()` and `Linter.Config` on every ESLint the peer range allows. The rules are
 * typescript-eslint rule modules; their context type differs from ESLint's, so here they are seen
 * as ESLint's `Rule.RuleModule` (the named export `rules` keeps their typescript-eslint types).
 */
export interface HttpHygienePlugin {
  meta: { name: string; version: string; namespace: 'http-hygiene' };
  rules: Record<RuleName, Rule.RuleModule & { meta: Rule.RuleMetaData }>;
  configs: Record<ConfigName, PluginConfig<HttpHygienePlugin>>;
}

const plugin: HttpHygienePlugin = {
  meta: { name: packageJson.name, version: packageJson.version, namespace: 'http-hygiene' },
  rules: rules as unknown as HttpHygienePlugin['rules'],
  configs: {} as HttpHygienePlugin['configs'],
};

Object.assign(plugin.configs, buildConfigs(plugin, rules, STRICT_OPTIONS));

export default plugin;
export { rules };
export const configs = plugin.configs;
export type { ConfigName, PluginConfig };
