// Type-checked, not run: the configs as a plain array, for ESLint 9.15 to 9.21, which have no
// eslint/config, and the plugin and its configs as ESLint's own types.
import type { ESLint, Linter } from 'eslint';
import httpHygiene from 'eslint-plugin-http-hygiene';
import tseslint from 'typescript-eslint';

export const plugin: ESLint.Plugin = httpHygiene;
export const others: Linter.Config[] = [httpHygiene.configs.strict, httpHygiene.configs.all];
export const withTypescriptEslint = tseslint.config(...tseslint.configs.recommended, httpHygiene.configs.recommended);

// @ts-expect-error a config is not a number: fails if the plugin's types resolve to `any`
export const notANumber: number = httpHygiene.configs.recommended;
// @ts-expect-error a rule is not a number: fails if ESLint's rule type, seen from the plugin's .d.ts, is `any`
export const notARule: number = httpHygiene.rules['consume-response-body'];

const config: Linter.Config[] = [
  {
    files: ['**/*.ts'],
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  httpHygiene.configs.recommended,
];

export default config;
