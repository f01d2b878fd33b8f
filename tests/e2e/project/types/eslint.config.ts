// Type-checked, not run: the configs with defineConfig() from eslint/config (ESLint 9.22 and later),
// and the plugin and its configs as ESLint's own types.
import type { ESLint, Linter } from 'eslint';
import { defineConfig } from 'eslint/config';
import httpHygiene from 'eslint-plugin-http-hygiene';
import tseslint from 'typescript-eslint';

export const plugin: ESLint.Plugin = httpHygiene;
export const recommended: Linter.Config = httpHygiene.configs.recommended;
export const others: Linter.Config[] = [httpHygiene.configs.strict, httpHygiene.configs.all];
export const extended = defineConfig({ files: ['**/*.ts'], extends: [httpHygiene.configs.strict] });
export const withTypescriptEslint = tseslint.config(...tseslint.configs.recommended, httpHygiene.configs.recommended);

// @ts-expect-error a config is not a number: fails if the plugin's types resolve to `any`
export const notANumber: number = httpHygiene.configs.recommended;
// @ts-expect-error a rule is not a number: fails if ESLint's rule type, seen from the plugin's .d.ts, is `any`
export const notARule: number = httpHygiene.rules['consume-response-body'];

export default defineConfig(
  tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
  },
  httpHygiene.configs.recommended,
);
