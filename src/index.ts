import { readFileSync } from 'node:fs';

import type { TSESLint } from '@typescript-eslint/utils';

import { buildConfigs, type ConfigName } from './configs.js';
import { rules } from './rules/index.js';

const packageJson = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  name: string;
  version: string;
};

/** Options the `strict` and `all` configs turn on beyond the rules' defaults. */
const STRICT_OPTIONS: Record<string, readonly unknown[]> = {
  'no-per-request-agent': [{ runOnceFunctions: ['main'], checkClientInstances: true }],
  'require-request-timeout': [{ requireDeadline: true }],
};

const plugin = {
  meta: { name: packageJson.name, version: packageJson.version, namespace: 'http-hygiene' },
  rules,
  configs: {} as Record<ConfigName, TSESLint.FlatConfig.Config>,
} satisfies TSESLint.FlatConfig.Plugin;

Object.assign(plugin.configs, buildConfigs(plugin as unknown as TSESLint.FlatConfig.Plugin, rules, STRICT_OPTIONS));

export default plugin;
export { rules };
export const configs = plugin.configs;
