import { ESLintUtils } from '@typescript-eslint/utils';

/** What every rule's `meta.docs` carries besides the description and URL. */
export interface HttpHygieneDocs {
  /** The smallest config that turns the rule on: `recommended` implies `strict` and `all`. */
  readonly recommended: 'recommended' | 'strict';
  /** True when the rule reads type information where it exists (it still runs without). */
  readonly requiresTypeChecking?: false;
  readonly usesTypeInformation: boolean;
}

const REPOSITORY = 'https://github.com/http-hygiene/eslint-plugin-http-hygiene';

export const createRule = ESLintUtils.RuleCreator<HttpHygieneDocs>(
  (name) => `${REPOSITORY}/blob/main/docs/rules/${name}.md`,
);
