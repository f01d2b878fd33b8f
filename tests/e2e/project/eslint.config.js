import httpHygiene from 'eslint-plugin-http-hygiene';
import tseslint from 'typescript-eslint';

// A plain array rather than defineConfig(): `eslint/config` arrived in ESLint 9.22, and this project
// also runs on ESLint 9.15.
export default [
  {
    files: ['src/**/*.ts'],
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  httpHygiene.configs.recommended,
];
