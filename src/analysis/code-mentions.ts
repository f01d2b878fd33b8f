import type { TSESTree } from '@typescript-eslint/utils';

import { cacheKey, type FileContext } from './context.js';

const MENTIONS = cacheKey<TSESTree.Program, { code: string; names: Map<string, boolean> }>('code-mentions');

/**
 * True when the file's code (its comments left out) holds `name`, in any case: a cheap, sound
 * test before a costly one that can only succeed where the code spells the name (an import of a
 * module, a type named in an annotation).
 */
export function codeMentions(context: FileContext, name: string): boolean {
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
 * more pages"); a comment gives no value a type and imports no module, so only code counts.
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
