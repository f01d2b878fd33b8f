import { ESLintUtils } from '@typescript-eslint/utils';

import { ruleDocsUrl } from './package-json.js';

/** What every rule's `meta.docs` carries besides the description and URL. */
export interface HttpHygieneDocs {
  /** The smallest config that turns the rule on: `recommended` implies `strict` and `all`. */
  readonly recommended: 'recommended' | 'strict';
  /** True when the rule reads type information where it exists (it still runs without). */
  readonly requiresTypeChecking?: false;
  readonly usesTypeInformation: boolean;
}

export const createRule = ESLintUtils.RuleCreator<HttpHygieneDocs>(ruleDocsUrl);
