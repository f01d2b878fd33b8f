import type { TSESTree } from '@typescript-eslint/utils';

import { codeMentions } from '../analysis/code-mentions.js';
import type { FileContext } from '../analysis/context.js';
import type { CalleeMatcher } from '../clients/model.js';
import { skipTransparent } from '../util/ast.js';
import { typeMatches } from './client-instances.js';

/**
 * True with type information when the callee's type is one of `matcher.types` (`f: typeof fetch`,
 * `window.fetch`), wherever the function came from.
 *
 * The callee's type is the costliest query of the plugin: the checker computes it anew for every
 * call, receiver chain included (docs/benchmarks/lint-speed.md). A file whose code (comments left
 * out) never names one of the types (in any case: `typeof fetch`, `Fetch`, `fetchImpl`) is not asked
 * about. What that leaves out: a function of that type reached only through names declared in other files
 * (`this.transport(url)`, its `transport: typeof fetch` declared elsewhere) in a file that never
 * says the name.
 */
export function isFunctionTypeCall(
  call: TSESTree.CallExpression,
  matcher: Extract<CalleeMatcher, { kind: 'function-type' }>,
  context: FileContext,
): boolean {
  const services = context.services;
  if (!services || !matcher.types.some((type) => codeMentions(context, type.name))) return false;
  return typeMatches(services, skipTransparent(call.callee), matcher.types);
}
