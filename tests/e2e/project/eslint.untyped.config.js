import httpHygiene from 'eslint-plugin-http-hygiene';
import tseslint from 'typescript-eslint';

// The same project without type information: the TypeScript parser, no project service.
export default [
  {
    files: ['src/**/*.ts'],
    languageOptions: { parser: tseslint.parser },
  },
  httpHygiene.configs.recommended,
];
