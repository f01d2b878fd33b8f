import type { TSESTree } from '@typescript-eslint/utils';

import { cacheKey, type FileContext } from '../analysis/context.js';
import type { CalleeMatcher } from '../clients/model.js';
import { skipTransparent } from '../util/ast.js';
import { typeMatches } from './client-instances.js';

const MENTIONS = cacheKey<TSESTree.Program, { code: string; names: Map<string, boolean> }>('function-type-mentions');

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
  if (!services || !matcher.types.some((type) => fileMentions(context, type.name))) return false;
  return typeMatches(services, skipTransparent(call.callee), matcher.types);
}

function fileMentions(context: FileContext, name: string): boolean {
  const ast = context.sourceCode.ast;
  const cache = context.cache(MENTIONS);
  let mentions = cache.get(ast);
  if (!mentions) cache.set(ast, (mentions = { code: codeText(context.sourceCode), names: new Map() }));
  let found = mentions.names.get(name);
  if (found === undefined) {
    found = mentions.code.includes(name.toLowerCase());
    mentions.names.set(name, found);
  }
  return found;
}

/**
 * The file's text without its comments, lowercased. Doc comments name `fetch` often ("fetches
 * more pages"); a comment gives no value a type, so only code counts.
 */
function codeText(sourceCode: FileContext['sourceCode']): string {
  const text = sourceCode.text;
  let code = '';
  let at = 0;
  for (const comment of sourceCode.getAllComments()) {
    code += `${text.slice(at, comment.range[0])} `;
    at = comment.range[1];
  }
  return `${code}${text.slice(at)}`.toLowerCase();
}
