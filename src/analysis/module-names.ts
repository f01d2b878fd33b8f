import type { TSESTree } from '@typescript-eslint/utils';

import { cacheKey, type FileContext } from './context.js';

const STRINGS = cacheKey<TSESTree.Program, ReadonlySet<string>>('string-literals');

/**
 * True when the file has a string literal `module` (or `node:module`): every import the syntax-only
 * analysis follows (`import … from 'm'`, `require('m')`, `await import('m')`) is spelled so. A cheap
 * test before walking values back to their imports.
 */
export function mayImportModule(context: FileContext, module: string): boolean {
  const ast = context.sourceCode.ast;
  const cache = context.cache(STRINGS);
  let strings = cache.get(ast);
  if (!strings) cache.set(ast, (strings = stringLiterals(context)));
  return strings.has(module) || strings.has(`node:${module}`);
}

function stringLiterals(context: FileContext): ReadonlySet<string> {
  const strings = new Set<string>();
  for (const token of context.sourceCode.ast.tokens ?? []) {
    if (token.type !== 'String') continue;
    const raw = token.value.slice(1, -1);
    if (!raw.includes('\\')) {
      strings.add(raw);
      continue;
    }
    // An escape: the literal's own value says what it spells.
    const node = context.sourceCode.getNodeByRangeIndex(token.range[0]);
    strings.add(node?.type === 'Literal' && typeof node.value === 'string' ? node.value : raw);
  }
  return strings;
}
