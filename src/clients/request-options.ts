import type { TSESTree } from '@typescript-eslint/utils';

import type { MatchedRequest } from './recognize.js';
import { literalOption } from './recognize.js';

/** Methods whose responses carry no body to release. */
const BODYLESS_METHODS = new Set(['HEAD']);

/** `fetch(url, { method: 'HEAD' })`: nothing to read. */
export function isBodylessRequest(matched: MatchedRequest | undefined, call: TSESTree.CallExpression): boolean {
  if (!matched) return false;
  const method = literalOption(call, matched.request.optionsArgument, 'method');
  return typeof method === 'string' && BODYLESS_METHODS.has(method.toUpperCase());
}
