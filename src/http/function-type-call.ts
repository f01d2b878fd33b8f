import type { TSESTree } from '@typescript-eslint/utils';

import { codeMentions } from '../analysis/code-mentions.js';
import type { FileContext } from '../analysis/context.js';
import { namesDeclaredWith } from '../analysis/names-declared-with.js';
import type { CalleeMatcher } from '../clients/model.js';
import { referenceName, skipTransparent } from '../util/ast.js';
import { typeMatches } from './client-instances.js';

/**
 * True with type information when the callee's type is one of `matcher.types` (`f: typeof fetch`,
 * `window.fetch`), wherever the function came from.
 *
 * The callee's type is the costliest query of the plugin: the checker computes it anew for every
 * call, receiver chain included (docs/benchmarks/lint-speed.md). It is asked only of a callee
 * whose name says one of the types (in any case: `fetch`, `fetchImpl`, `this._fetch`), or that the
 * file declares with a type's name in the declaration (`transport: typeof fetch`,
 * `const f = opts.f ?? fetch`, `this.impl = init.fetch`), or that is no name at all
 * (`(a ?? b)(url)`). What that leaves out: a function of that type called by a name declared in
 * another file that does not say the type's name (`this.transport(url)`, its
 * `transport: typeof fetch` declared elsewhere).
 */
export function isFunctionTypeCall(
  call: TSESTree.CallExpression,
  matcher: Extract<CalleeMatcher, { kind: 'function-type' }>,
  context: FileContext,
): boolean {
  const services = context.services;
  if (!services) return false;
  const callee = skipTransparent(call.callee);
  if (!matcher.types.some((type) => mayName(callee, type.name, context))) return false;
  return typeMatches(services, callee, matcher.types);
}

function mayName(callee: TSESTree.Node, typeName: string, context: FileContext): boolean {
  if (!codeMentions(context, typeName)) return false;
  const name = referenceName(callee);
  if (name === undefined) return true;
  return name.toLowerCase().includes(typeName.toLowerCase()) || namesDeclaredWith(context, typeName).has(name);
}
